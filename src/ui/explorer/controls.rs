//! The search box, the sort order and the choice of cards or a denser list.

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
                placeholder="Try “postgres”, “queue” or “k8s”"
                aria-describedby="sg-search-hint"
                prop:value=move || page.query.with(|q| q.text.clone())
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    // The end-to-end tests' fault: a build with the feature only (never a release).
                    #[cfg(feature = "fault-trigger")]
                    if text == "panic!" {
                        panic!("the test-only fault trigger was typed");
                    }
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
                "Typos are forgiven."
                // Only where there is a keyboard (see the stylesheet).
                <span class="sg-keys">" Press / to search, Esc to clear."</span>
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
                                disabled=move || !page.query.with(|q| q.offers(s))
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

/// Cards, or a denser list of the same items.
#[component]
pub(super) fn LayoutSwitch(list: RwSignal<bool>) -> impl IntoView {
    let option = move |as_list: bool, label: &'static str| {
        view! {
            <button type="button" class="sg-button sg-button--small"
                aria-pressed=move || if list.get() == as_list { "true" } else { "false" }
                on:click=move |_| list.set(as_list)>
                {label}
            </button>
        }
    };
    view! {
        <div class="sg-layout-switch" role="group" aria-label="Show results as">
            {option(false, "Cards")}
            {option(true, "List")}
        </div>
    }
}
