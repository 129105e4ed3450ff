//! The search box and the sort order.

use crate::catalog::facets::Sort;
use crate::ui::state::use_page;
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub(super) fn SearchBox(search_ref: NodeRef<Input>) -> impl IntoView {
    let page = use_page();
    view! {
        <div class="sg-search" role="search">
            <label class="sg-search__label" for="sg-search-input">"Search technologies"</label>
            <input
                id="sg-search-input"
                class="sg-search__input"
                type="search"
                node_ref=search_ref
                autocomplete="off"
                spellcheck="false"
                placeholder="Try “postgres”, “queue” or “k8s” (press / to focus)"
                aria-describedby="sg-search-hint"
                prop:value=move || page.query.with(|q| q.text.clone())
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    page.query.update(|q| q.text = text);
                }
                on:keydown=move |ev| {
                    if ev.key() == "Escape" && page.query.with_untracked(|q| !q.text.is_empty()) {
                        ev.prevent_default();
                        page.query.update(|q| q.text.clear());
                    }
                }
            />
            <p class="sg-search__hint" id="sg-search-hint">
                "Typos are forgiven. Esc clears the search."
            </p>
        </div>
    }
}

#[component]
pub(super) fn SortSelect() -> impl IntoView {
    let page = use_page();
    view! {
        <div class="sg-sort">
            <label for="sg-sort-select">"Sort by"</label>
            <select
                id="sg-sort-select"
                class="sg-select"
                on:change:target=move |ev| {
                    let sort = Sort::from_key(&ev.target().value());
                    page.query.update(|q| q.sort = sort);
                }
            >
                {Sort::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <option
                                value=s.key()
                                disabled=move || s == Sort::Relevance && !page.query.with(|q| q.is_searching())
                                prop:selected=move || page.query.with(|q| q.effective_sort() == s)
                            >
                                {s.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
