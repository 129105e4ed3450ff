use super::category_section::CategoryHeader;
use super::state::use_page;
use super::tech_card::TechCard;
use crate::catalog::facets::{count_of, explore, relaxations, Filter, Results, Sort};
use crate::catalog::{Hosting, License};
use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Search, facets, chips, the result count and the results, grouped by category or flat.
#[component]
pub fn Explorer() -> impl IntoView {
    let page = use_page();
    let results = Memo::new(move |_| {
        page.query
            .with(|q| explore(page.catalog, page.index_for(q), q))
    });
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
                // The filters render one task after the cards, so the first paint is not held up.
                <div class="sg-facets-slot">
                    <super::app::AfterFirstPaint>
                        <FacetPanel results />
                    </super::app::AfterFirstPaint>
                </div>
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
                <span class="sg-count">{move || count.get()}</span>
            </label>
        </li>
    }
}

#[component]
fn FacetPanel(results: Memo<Results>) -> impl IntoView {
    let page = use_page();
    // Open beside the results on wide screens; a collapsed "Filters" bar above them otherwise.
    let wide = web_sys::window()
        .and_then(|w| w.match_media("(min-width: 48rem)").ok().flatten())
        .is_none_or(|m| m.matches());
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
        .enumerate()
        .map(|(pos, (key, label, nested))| {
            let k = key.clone();
            let count =
                Memo::new(move |_| results.with(|r| count_of(&r.counts.categories, pos, &k)));
            view! { <FacetOption filter=Filter::Category(key) label count nested /> }
        })
        .collect_view();
    let tag_options = catalog
        .tags
        .iter()
        .filter(|t| catalog.technologies.iter().any(|x| x.tags.contains(&t.id)))
        .enumerate()
        .map(|(pos, t)| {
            let id = t.id;
            let count = Memo::new(move |_| results.with(|r| count_of(&r.counts.tags, pos, &id)));
            view! { <FacetOption filter=Filter::Tag(id.to_string()) label=t.label.to_string() count /> }
        })
        .collect_view();
    let hosting_options = Hosting::ALL
        .into_iter()
        .enumerate()
        .map(|(pos, h)| {
            let count = Memo::new(move |_| results.with(|r| count_of(&r.counts.hosting, pos, &h)));
            view! { <FacetOption filter=Filter::Hosting(h) label=h.label().to_string() count /> }
        })
        .collect_view();
    let license_options = License::ALL
        .into_iter()
        .enumerate()
        .map(|(pos, l)| {
            let count = Memo::new(move |_| results.with(|r| count_of(&r.counts.licenses, pos, &l)));
            view! { <FacetOption filter=Filter::License(l) label=l.label().to_string() count /> }
        })
        .collect_view();

    view! {
        <details class="sg-facets" open=wide>
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

/// How many cards show at first, and how many more each "Show more" adds. The real catalog
/// fits in one page; a 10,000-item one would otherwise put 150,000 elements in the DOM.
const PAGE_SIZE: usize = 120;

#[component]
fn ResultList(results: Memo<Results>) -> impl IntoView {
    let page = use_page();
    let limit = RwSignal::new(PAGE_SIZE);
    // A new search or filter starts from the first page again.
    Effect::new(move |_| {
        page.query.track();
        limit.set(PAGE_SIZE);
    });
    let visible = Memo::new(move |_| {
        results.with(|r| {
            r.items
                .iter()
                .copied()
                .take(limit.get())
                .collect::<Vec<usize>>()
        })
    });
    let remaining = move || results.with(|r| r.items.len()).saturating_sub(limit.get());
    // Memos, so the card lists are rebuilt only when the layout changes, not on every keystroke.
    let grouped = Memo::new(move |_| page.query.with(|q| q.effective_sort() == Sort::Category));
    let empty = Memo::new(move |_| results.with(|r| r.items.is_empty()));
    // One keyed list for both layouts: switching between grouped and flat moves the existing
    // cards instead of rebuilding them (measured: rebuilding cost 100+ ms a switch). A small
    // catalog also keeps the cards a search leaves out, hidden at the end of the list, so
    // widening a search un-hides and moves cards instead of creating them again.
    let keep_hidden = page.catalog.technologies.len() <= 2 * PAGE_SIZE;
    let shown = Memo::new(move |_| {
        let mut shown = vec![false; page.catalog.technologies.len()];
        visible.with(|v| v.iter().for_each(|&i| shown[i] = true));
        shown
    });
    let rows = Memo::new(move |_| {
        let techs = page.catalog.technologies;
        let mut rows = Vec::with_capacity(techs.len() + page.catalog.categories.len());
        visible.with(|v| {
            let mut current: Option<&str> = None;
            for &i in v {
                let category = techs[i].category;
                if grouped.get() && current != Some(category) {
                    if let Some(ci) = page
                        .catalog
                        .categories
                        .iter()
                        .position(|c| c.id == category)
                    {
                        rows.push(Row::Category(ci));
                    }
                    current = Some(category);
                }
                rows.push(Row::Card(i));
            }
        });
        if keep_hidden {
            shown.with(|shown| {
                rows.extend((0..techs.len()).filter(|&i| !shown[i]).map(Row::Card));
            });
        }
        rows
    });
    view! {
        <Show when=move || !empty.get() fallback=move || view! { <EmptyResult /> }>
            <div class="sg-grid">
                <For each=move || rows.get() key=|r| *r let:row>
                    {match row {
                        Row::Category(ci) => view! { <CategoryHeader category=&page.catalog.categories[ci] /> }.into_any(),
                        Row::Card(i) => view! {
                            <div class="sg-slot" hidden=move || !shown.with(|s| s.get(i).copied().unwrap_or(false))>
                                <TechCard tech=&page.catalog.technologies[i] />
                            </div>
                        }.into_any(),
                    }}
                </For>
            </div>
            <Show when=move || { remaining() > 0 }>
                <button type="button" class="sg-button sg-more" on:click=move |_| limit.update(|l| *l += PAGE_SIZE)>
                    {move || format!("Show {} more of {}", remaining().min(PAGE_SIZE), remaining())}
                </button>
            </Show>
        </Show>
    }
}

/// A row of the results grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Row {
    /// A category's header (index into the catalog's categories).
    Category(usize),
    /// A card (index into the catalog's technologies).
    Card(usize),
}

/// Says what excluded everything and offers to undo it.
#[component]
fn EmptyResult() -> impl IntoView {
    let page = use_page();
    let relax = Memo::new(move |_| {
        page.query
            .with(|q| relaxations(page.catalog, page.index_for(q), q))
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
