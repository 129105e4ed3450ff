use super::category_section::CategorySection;
use super::state::use_page;
use super::tech_card::TechCard;
use crate::catalog::facets::{explore, relaxations, Filter, Results, Sort};
use crate::catalog::{Hosting, License};
use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Search, facets, chips, the result count and the results, grouped by category or flat.
#[component]
pub fn Explorer() -> impl IntoView {
    let page = use_page();
    let results = Memo::new(move |_| page.query.with(|q| explore(page.catalog, page.index, q)));
    let search_ref = NodeRef::<Input>::new();

    // `/` focuses the search box unless the reader is typing somewhere else.
    let slash = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        if is_typing_target(ev.target()) {
            return;
        }
        if let Some(input) = search_ref.get() {
            ev.prevent_default();
            let _ = input.focus();
        }
    });
    on_cleanup(move || slash.remove());

    view! {
        <section class="sg-explore" id="sg-explore" aria-labelledby="sg-explore-title">
            <h2 class="sg-section-title" id="sg-explore-title">"Explore the catalog"</h2>
            <div class="sg-controls">
                <SearchBox search_ref />
                <SortSelect />
            </div>
            <div class="sg-explore__body">
                <FacetPanel results />
                <div class="sg-results">
                    <ActiveChips />
                    <ResultCount results />
                    <ResultList results />
                </div>
            </div>
        </section>
    }
}

fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}

#[component]
fn SearchBox(search_ref: NodeRef<Input>) -> impl IntoView {
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
fn SortSelect() -> impl IntoView {
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

/// One checkbox of a facet group, with its count; disabled at zero.
#[component]
fn FacetOption(
    filter: Filter,
    label: String,
    #[prop(into)] count: Signal<usize>,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    let page = use_page();
    let checked_filter = filter.clone();
    let checked = Memo::new(move |_| page.query.with(|q| q.filters.contains(&checked_filter)));
    view! {
        <li class=if nested { "sg-facet__option sg-facet__option--nested" } else { "sg-facet__option" }>
            <label class="sg-check">
                <input
                    type="checkbox"
                    prop:checked=checked
                    disabled=move || count.get() == 0 && !checked.get()
                    on:change=move |_| page.query.update(|q| q.filters.toggle(filter.clone()))
                />
                <span class="sg-check__label">{label}</span>
                <span class="sg-count" aria-label=move || format!("{} items", count.get())>
                    {move || count.get()}
                </span>
            </label>
        </li>
    }
}

#[component]
fn FacetPanel(results: Memo<Results>) -> impl IntoView {
    let page = use_page();
    let catalog = page.catalog;
    let category_options = catalog
        .categories
        .iter()
        .flat_map(|c| {
            std::iter::once((c.id.to_string(), c.name.to_string(), false)).chain(
                c.subcategories
                    .iter()
                    .map(move |s| (format!("{}/{}", c.id, s.id), s.name.to_string(), true)),
            )
        })
        .map(|(key, label, nested)| {
            let k = key.clone();
            let count = Signal::derive(move || {
                results.with(|r| {
                    r.counts
                        .categories
                        .iter()
                        .find(|o| o.key == k)
                        .map_or(0, |o| o.count)
                })
            });
            view! { <FacetOption filter=Filter::Category(key) label count nested /> }
        })
        .collect_view();
    let tag_options = catalog
        .tags
        .iter()
        .filter(|t| catalog.technologies.iter().any(|x| x.tags.contains(&t.id)))
        .map(|t| {
            let id = t.id;
            let count = Signal::derive(move || {
                results.with(|r| r.counts.tags.iter().find(|o| o.key == id).map_or(0, |o| o.count))
            });
            view! { <FacetOption filter=Filter::Tag(id.to_string()) label=t.label.to_string() count /> }
        })
        .collect_view();
    let hosting_options = Hosting::ALL
        .into_iter()
        .map(|h| {
            let count = Signal::derive(move || {
                results.with(|r| {
                    r.counts
                        .hosting
                        .iter()
                        .find(|o| o.key == h)
                        .map_or(0, |o| o.count)
                })
            });
            view! { <FacetOption filter=Filter::Hosting(h) label=h.label().to_string() count /> }
        })
        .collect_view();
    let license_options = License::ALL
        .into_iter()
        .map(|l| {
            let count = Signal::derive(move || {
                results.with(|r| {
                    r.counts
                        .licenses
                        .iter()
                        .find(|o| o.key == l)
                        .map_or(0, |o| o.count)
                })
            });
            view! { <FacetOption filter=Filter::License(l) label=l.label().to_string() count /> }
        })
        .collect_view();

    view! {
        <details class="sg-facets" open>
            <summary class="sg-facets__summary">"Filters"</summary>
            <fieldset class="sg-facet">
                <legend class="sg-facet__legend">"Category"</legend>
                <ul class="sg-facet__list sg-facet__list--scroll">{category_options}</ul>
            </fieldset>
            <fieldset class="sg-facet">
                <legend class="sg-facet__legend">"Hosting"</legend>
                <ul class="sg-facet__list">{hosting_options}</ul>
            </fieldset>
            <fieldset class="sg-facet">
                <legend class="sg-facet__legend">"License"</legend>
                <ul class="sg-facet__list">{license_options}</ul>
            </fieldset>
            <fieldset class="sg-facet">
                <legend class="sg-facet__legend">"Tags"</legend>
                <ul class="sg-facet__list sg-facet__list--scroll">{tag_options}</ul>
            </fieldset>
        </details>
    }
}

#[component]
fn ActiveChips() -> impl IntoView {
    let page = use_page();
    let active = move || page.query.with(|q| q.filters.active());
    view! {
        <Show when=move || !active().is_empty()>
            <div class="sg-chips" aria-label="Active filters" role="group">
                {move || {
                    active()
                        .into_iter()
                        .map(|f| {
                            let label = f.label(page.catalog);
                            let aria = format!("Remove filter {label}");
                            view! {
                                <button type="button" class="sg-chip sg-chip--removable" aria-label=aria
                                    on:click=move |_| page.query.update(|q| q.filters.remove(&f))>
                                    {label}
                                    <span aria-hidden="true">" ×"</span>
                                </button>
                            }
                        })
                        .collect_view()
                }}
                <button type="button" class="sg-button sg-button--quiet"
                    on:click=move |_| page.query.update(|q| q.filters = Default::default())>
                    "Clear all"
                </button>
            </div>
        </Show>
    }
}

#[component]
fn ResultCount(results: Memo<Results>) -> impl IntoView {
    let page = use_page();
    let total = page.catalog.technologies.len();
    let text = move || {
        let n = results.with(|r| r.items.len());
        let searching = page
            .query
            .with(|q| q.is_searching() || !q.filters.is_empty());
        match (n, searching) {
            (_, false) => format!("All {total} technologies"),
            (1, true) => "1 technology matches".to_string(),
            (n, true) => format!("{n} of {total} technologies match"),
        }
    };
    view! { <p class="sg-result-count" role="status" aria-live="polite" aria-atomic="true">{text}</p> }
}

#[component]
fn ResultList(results: Memo<Results>) -> impl IntoView {
    let page = use_page();
    let grouped = move || page.query.with(|q| q.effective_sort() == Sort::Category);
    let empty = move || results.with(|r| r.items.is_empty());
    view! {
        <Show when=move || !empty() fallback=move || view! { <EmptyResult /> }>
            {move || {
                if grouped() {
                    page.catalog
                        .categories
                        .iter()
                        .map(|category| view! { <CategorySection category results /> })
                        .collect_view()
                        .into_any()
                } else {
                    view! {
                        <div class="sg-grid sg-grid--flat">
                            <For each=move || results.with(|r| r.items.clone()) key=|i| *i let:i>
                                <TechCard tech=&page.catalog.technologies[i] />
                            </For>
                        </div>
                    }
                    .into_any()
                }
            }}
        </Show>
    }
}

/// Says what excluded everything and offers to undo it.
#[component]
fn EmptyResult() -> impl IntoView {
    let page = use_page();
    let relax = Memo::new(move |_| {
        page.query
            .with(|q| relaxations(page.catalog, page.index, q))
    });
    let text = move || page.query.with(|q| q.text.trim().to_string());
    view! {
        <div class="sg-empty">
            <p class="sg-empty__title">"No technology matches."</p>
            {move || {
                let t = text();
                (!t.is_empty()).then(|| view! {
                    <p>
                        {format!("Nothing matches the search “{t}” with these filters. ")}
                        <button type="button" class="sg-button sg-button--quiet"
                            on:click=move |_| page.query.update(|q| q.text.clear())>
                            "Clear the search"
                        </button>
                    </p>
                })
            }}
            <ul class="sg-empty__list">
                {move || {
                    relax
                        .get()
                        .into_iter()
                        .map(|(filter, n)| {
                            let label = filter.label(page.catalog);
                            let group = filter.group().label();
                            let f = filter.clone();
                            view! {
                                <li>
                                    {format!("Without the {group} filter “{label}”: {n} shown. ")}
                                    <button type="button" class="sg-button sg-button--quiet"
                                        on:click=move |_| page.query.update(|q| q.filters.remove(&f))>
                                        {format!("Remove “{label}”")}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
