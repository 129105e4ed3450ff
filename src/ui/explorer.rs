use super::category_section::CategoryHeader;
use super::state::use_page;
use super::tech_card::{tech_card, CardMarks};
use crate::arrange::{plan_shared, BuildSchedule, Shared, Step};
use crate::catalog::facets::{
    filter_options, option_states, relaxations, ExploreQuery, FacetGroup, Filter, FilterOption,
    Filters, OptionState, Results, Sort, SEARCH_PAGE,
};
use crate::catalog::Catalog;
use leptos::html::{Input, Span};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Search, facets, chips, the result count and the results, grouped by category or flat.
#[component]
pub fn Explorer() -> impl IntoView {
    let page = use_page();
    let results = Memo::new(move |_| page.query.with(|q| page.explore(q)));
    // The filters alone: a keystroke changes the query but not them, so what reads only the
    // filters stays still.
    let filters = Memo::new(move |_| page.query.with(|q| q.filters.clone()));
    let search_ref = NodeRef::<Input>::new();

    // `/` focuses the search box unless the reader is typing somewhere else, or the app is still
    // being built out of sight (the key then stays the browser's). An embedded guide takes it
    // only while it has focus: the rest of the host page keeps its keys.
    let slash = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        if !page.revealed.get_untracked() {
            return;
        }
        if page.embedded() && page.focused().is_none() {
            return;
        }
        // Where the key was pressed: inside a shadow root, `target` is its host element.
        let pressed_in = ev
            .composed_path()
            .get(0)
            .dyn_into::<web_sys::EventTarget>()
            .ok();
        if is_typing_target(pressed_in) {
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
            // In a frame of its own: with them, the explorer's frame ran over 50 ms (measured at
            // 4x CPU throttling: 31-39 ms of script, then 22-28 ms of rendering).
            <super::app::InALaterFrame>
                <div class="sg-controls">
                    <SearchBox search_ref />
                    <SortSelect />
                </div>
            </super::app::InALaterFrame>
            <div class="sg-explore__body">
                // The filters render in a frame after the app is shown, so they do not hold it up.
                <div class="sg-facets-slot">
                    <super::app::AfterFirstPaint>
                        <FacetPanel results filters />
                    </super::app::AfterFirstPaint>
                </div>
                // Busy while start-up is still building the grid.
                <div class="sg-results" aria-busy=move || if page.revealed.get() { "false" } else { "true" }>
                    <ActiveChips filters />
                    // A page that opens on a search waits for the index its results need.
                    <super::app::AfterSearchIndex>
                        <ResultCount results />
                        <super::app::InALaterFrame>
                            <ResultList results />
                        </super::app::InALaterFrame>
                    </super::app::AfterSearchIndex>
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

/// One checkbox of a facet group, with its count. Rendered once; [`FacetPanel`] keeps its
/// count, tick and `disabled` up to date through the two node refs.
#[component]
fn FacetOption(
    filter: Filter,
    label: &'static str,
    state: OptionState,
    input: NodeRef<Input>,
    count: NodeRef<Span>,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    let page = use_page();
    view! {
        <li class=if nested { "sg-facet__option sg-facet__option--nested" } else { "sg-facet__option" }>
            <label class="sg-check">
                <input
                    type="checkbox"
                    node_ref=input
                    checked=state.checked
                    disabled=state.disabled
                    on:change=move |_| page.query.update(|q| q.filters.toggle(filter.clone()))
                />
                <span class="sg-check__label">{label}</span>
                <span class="sg-count" node_ref=count>{state.count}</span>
            </label>
        </li>
    }
}

/// The checkboxes of one group, showing `states`.
fn option_views(
    options: &[FilterOption],
    states: &[OptionState],
    nodes: &[(NodeRef<Input>, NodeRef<Span>)],
    group: FacetGroup,
) -> impl IntoView {
    options
        .iter()
        .zip(states)
        .zip(nodes)
        .filter(|((o, _), _)| o.filter.group() == group)
        .map(|((o, &state), &(input, count))| {
            view! {
                <FacetOption filter=o.filter.clone() label=o.label state input count nested=o.nested />
            }
        })
        .collect_view()
}

/// An option's checkbox and the text node of its count, once rendered.
struct OptionNodes {
    input: web_sys::HtmlInputElement,
    count: web_sys::Text,
}

impl OptionNodes {
    fn find(input: NodeRef<Input>, count: NodeRef<Span>) -> Option<OptionNodes> {
        let input = input.get_untracked()?;
        let count = count.get_untracked()?.first_child()?.dyn_into().ok()?;
        Some(OptionNodes { input, count })
    }

    /// Writes what changed from `before` to `now`, everything when what the nodes show is not
    /// known. Each write costs: setting `disabled`, even to the value it has, makes the browser
    /// recheck the control (CPU profile: the largest DOM cost of a keystroke).
    fn show(&self, now: OptionState, before: Option<OptionState>) {
        if before.is_none_or(|b| b.checked != now.checked) {
            self.input.set_checked(now.checked);
        }
        if before.is_none_or(|b| b.disabled != now.disabled) {
            self.input.set_disabled(now.disabled);
        }
        if before.is_none_or(|b| b.count != now.count) {
            self.count.set_data(&now.count.to_string());
        }
    }
}

#[component]
fn FacetPanel(results: Memo<Results>, filters: Memo<Filters>) -> impl IntoView {
    let page = use_page();
    // Open beside the results on wide screens; a collapsed "Filters" bar above them otherwise.
    let wide = page.is_wide(48);
    let options = filter_options(page.catalog);
    let states = Memo::new({
        let options = options.clone();
        move |_| results.with(|r| filters.with(|f| option_states(&options, &r.counts, f)))
    });
    let first = states.get_untracked();
    // One effect writes the options whose state changed straight into their nodes. A keystroke
    // changes ~170 counts and ~120 `disabled` flags; as a reactive text and attribute each (with
    // a memo per tick and per flag) they were most of the app's own work per keystroke (CPU
    // profile at 4x throttling).
    let nodes: Vec<(NodeRef<Input>, NodeRef<Span>)> = options
        .iter()
        .map(|_| (NodeRef::new(), NodeRef::new()))
        .collect();
    let is_tag: Vec<bool> = options
        .iter()
        .map(|o| o.filter.group() == FacetGroup::Tag)
        .collect();
    let tag_total = is_tag.iter().filter(|&&t| t).count();
    // Built hidden, shown a frame later: the browser then lays the panel out after a task that
    // only shows it, not after the one that built it (measured at 4x throttling: 15-25 ms of
    // script, then 30-40 ms of style and layout, one frame of 50-70 ms together). It is shown
    // with the first dozen category options, and the other options a frame later: the category
    // list (60 options) is three quarters of the panel's layout (12 of 16 ms at 4x throttling
    // with warm caches; its first showing took 48-91 ms of rendering in some loads).
    let shown = RwSignal::new(false);
    let whole = RwSignal::new(false);
    super::app::after_next_paint(super::app::Turn::Next, move || {
        shown.set(true);
        super::app::after_next_paint(super::app::Turn::Next, move || whole.set(true));
    });
    // The tags are most of the options: closed until the reader opens them (or a link ticks one),
    // and while closed their counts and flags are not written: a keystroke then writes about a
    // third of the ~290 changes it would (measured on first letters and cleared searches).
    let tags_open = RwSignal::new(first.iter().zip(&is_tag).any(|(s, &t)| t && s.checked));
    // What each option's nodes show; none yet for the tags, which render later, as they are then.
    let mut written: Vec<Option<OptionState>> = first
        .iter()
        .zip(&is_tag)
        .map(|(&s, &t)| (!t).then_some(s))
        .collect();
    let refs = nodes.clone();
    // The nodes, found the first time an option changes.
    let mut found: Vec<Option<OptionNodes>> = refs.iter().map(|_| None).collect();
    Effect::new(move |_| {
        let open = tags_open.get();
        states.with(|now| {
            for (i, &state) in now.iter().enumerate() {
                if (is_tag[i] && !open) || written[i] == Some(state) {
                    continue;
                }
                if found[i].is_none() {
                    let (input, count) = refs[i];
                    found[i] = OptionNodes::find(input, count);
                }
                if let Some(nodes) = &found[i] {
                    nodes.show(state, written[i]);
                    written[i] = Some(state);
                }
            }
        })
    });
    let group = |group: FacetGroup| option_views(&options, &first, &nodes, group);
    let (category_options, hosting_options, license_options) = (
        group(FacetGroup::Category),
        group(FacetGroup::Hosting),
        group(FacetGroup::License),
    );
    // The tags render once opened, in a frame of their own, as they are then.
    let tags_wanted =
        Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || tags_open.get());
    let tag_options = move || {
        tags_wanted
            .get()
            .then(|| option_views(&options, &states.get_untracked(), &nodes, FacetGroup::Tag))
    };

    view! {
        <details class="sg-facets" open=wide hidden=move || !shown.get()>
            <summary class="sg-facets__summary">"Filters"</summary>
            <fieldset class="sg-facet">
                <legend class="sg-facet__legend">"Category"</legend>
                <ul class="sg-facet__list sg-facet__list--scroll" class:sg-facet__list--opening=move || !whole.get()>{category_options}</ul>
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
                <details class="sg-facet__more" open=tags_open.get_untracked()
                    on:toggle=move |ev| tags_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
                    <summary class="sg-facet__more-summary">{format!("All {tag_total} tags")}</summary>
                    <ul class="sg-facet__list sg-facet__list--scroll">
                        <super::app::AfterFirstPaint>{tag_options.clone()}</super::app::AfterFirstPaint>
                    </ul>
                </details>
            </fieldset>
        </details>
    }
}

#[component]
fn ActiveChips(filters: Memo<Filters>) -> impl IntoView {
    let page = use_page();
    let active = move || filters.with(|f| f.active());
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

/// How long after start-up the search index is built, so it does not compete with the first
/// paint of the sections rendered after the cards (a page that opens on a search builds it
/// during start-up instead, see `UrlState`).
const INDEX_DELAY: std::time::Duration = std::time::Duration::from_millis(300);

/// How many built rows a large catalog may hold before the rows no grid shows are dropped.
const POOL_MAX: usize = 6 * SEARCH_PAGE;

/// The results. Two grids share one set of rows, each built once, the first time it is
/// needed, and kept for the page's life:
/// - the browse grid: the whole catalog by category, which is what most readers see first and
///   come back to. While a search or filter is active it is parked (`content-visibility:
///   hidden`), which keeps its layout, so clearing the search shows it again without laying
///   out ~100 cards;
/// - the results grid: the cards the query shows, in its order, borrowed from the browse grid.
///   A search shows its best matches first ([`ExploreQuery::page_size`]), so a keystroke moves
///   at most a page of cards.
///
/// A change only moves the few rows that are out of place ([`crate::arrange::plan`]). Hiding or
/// rebuilding every card cost 60–200 ms a keystroke at 4x CPU throttling (measured).
#[component]
fn ResultList(results: Memo<Results>) -> impl IntoView {
    let page = use_page();
    let total = page.catalog.technologies.len();
    // The query "Show more" was pressed for, and how many cards it shows now. Any other query
    // starts from its first page, in the same pass as its results.
    let more: RwSignal<Option<(ExploreQuery, usize)>> = RwSignal::new(None);
    let step = Memo::new(move |_| page.query.with(|q| q.page_size(total)));
    let limit = Memo::new(move |_| {
        page.query.with(|q| {
            more.with(|more| match more {
                Some((asked, n)) if asked == q => *n,
                _ => step.get(),
            })
        })
    });
    let show_more = move || {
        let shown = limit.get_untracked();
        more.set(Some((
            page.query.get_untracked(),
            shown + step.get_untracked(),
        )));
        // A keyboard reader carries on from the first card added (the button may be gone).
        let first_added = results
            .with_untracked(|r| r.items.get(shown).map(|&i| page.catalog.technologies[i].id));
        if let Some(id) = first_added {
            set_timeout(
                move || super::tech_card::focus_card(page, id),
                std::time::Duration::ZERO,
            );
        }
    };
    let remaining = move || results.with(|r| r.items.len()).saturating_sub(limit.get());
    let browsing = Memo::new(move |_| page.query.with(|q| q.shows_everything()));
    let grouped = Memo::new(move |_| page.query.with(|q| q.effective_sort() == Sort::Category));
    let empty = Memo::new(move |_| results.with(|r| r.items.is_empty()));
    let shown = Memo::new(move |_| {
        let catalog = page.catalog;
        if browsing.get() {
            return Vec::new();
        }
        results.with(|r| {
            rows_for(
                catalog,
                &r.items[..r.items.len().min(limit.get())],
                grouped.get().then_some(Row::Heading),
            )
        })
    });
    // The browse grid's rows. While parked it keeps what it had: "Show more" on a query's
    // results (large catalogs) must not build browse cards nobody sees.
    let all = Memo::new(move |before: Option<&Vec<Row>>| {
        if let Some(before) = before.filter(|_| !browsing.get()) {
            return before.clone();
        }
        let catalog = page.catalog;
        let items: Vec<usize> = (0..catalog.technologies.len().min(limit.get())).collect();
        rows_for(catalog, &items, Some(Row::Category))
    });

    let browse_grid = NodeRef::<leptos::html::Div>::new();
    let results_grid = NodeRef::<leptos::html::Div>::new();
    let owner = Owner::current();
    let pool = StoredValue::new_local(RowPool::default());
    // Asks the arranging effect for another pass while start-up is still building rows.
    let more_to_build = Trigger::new();
    let schedule = std::cell::RefCell::new(BuildSchedule::default());
    let reveal_scheduled = std::cell::Cell::new(false);
    Effect::new(move |_| {
        more_to_build.track();
        let (Some(browse_grid), Some(results_grid)) = (browse_grid.get(), results_grid.get())
        else {
            return;
        };
        let grids = Grids {
            browse: &browse_grid,
            results: &results_grid,
        };
        let text = page.search_text.get();
        // Start-up builds a few rows per pass, the first of them in a frame after the one that
        // built the page around them (each first run of code also compiles it: measured at 4x
        // throttling, the page and its first rows together made a task of about 100 ms), each
        // pass sized by the pace of the ones before it ([`BuildSchedule`]); afterwards a change
        // settles in one pass.
        let starting = !page.revealed.get_untracked();
        let budget = if starting {
            schedule.borrow_mut().next_budget()
        } else {
            usize::MAX
        };
        // The time spent building rows, which is what a pass's budget changes (the plan over
        // every row costs the same whatever the budget).
        let building = std::cell::Cell::new(0.0);
        let build = |row| {
            let started = super::now_ms();
            let built = build_row(page, owner.as_ref(), row);
            building.set(building.get() + (super::now_ms() - started));
            built
        };
        let arranged = shown.with(|shown| {
            all.with(|all| {
                pool.try_update_value(|pool| pool.arrange(grids, all, shown, budget, build, &text))
            })
        });
        if let (true, Some(arranged)) = (starting, &arranged) {
            // The next pass is sized by this one's pace.
            schedule
                .borrow_mut()
                .record(arranged.new_rows, building.get());
        }
        if arranged.is_none_or(|a| a.complete) {
            if !page.revealed.get_untracked() && !reveal_scheduled.replace(true) {
                // In a frame of its own, after the one that laid out the last rows: the frame that
                // shows the app then only removes the fallback and unhides the app. What waits for
                // the app to be shown starts a frame later still.
                super::app::after_next_paint(super::app::Turn::Next, move || {
                    super::reveal();
                    super::app::after_next_paint(super::app::Turn::Next, move || {
                        page.revealed.set(true)
                    });
                });
                // Build the search index in a quiet moment, in short tasks, rather than on the
                // first keystroke.
                set_timeout(move || page.build_index_in_slices(), INDEX_DELAY);
            }
        } else {
            // The rows just built are laid out (out of sight) in the next frame.
            if schedule.borrow().next_waits_for_frame() {
                super::app::after_next_paint(super::app::Turn::Next, move || {
                    more_to_build.notify()
                });
            } else {
                set_timeout(move || more_to_build.notify(), std::time::Duration::ZERO);
            }
        }
    });

    view! {
        <Show when=move || empty.get()>
            <EmptyResult />
        </Show>
        // The results come first, so the first card in the page is the best match.
        <div class="sg-grid" node_ref=results_grid></div>
        <div class="sg-grid" class:sg-grid--parked=move || !browsing.get() node_ref=browse_grid></div>
        <Show when=move || { remaining() > 0 }>
            <button type="button" class="sg-button sg-more" on:click=move |_| show_more()>
                {move || format!("Show {} more of {}", remaining().min(step.get()), remaining())}
            </button>
        </Show>
    }
}

/// The grid rows for these items: the cards, each category's header before its first card
/// when `header` is given.
/// A category's header appears once even if its items do not all come together (rows are
/// keys: the arranging plan needs each once).
fn rows_for(catalog: &Catalog, items: &[usize], header: Option<fn(usize) -> Row>) -> Vec<Row> {
    let mut rows = Vec::with_capacity(items.len() + catalog.categories.len());
    let mut current: Option<&str> = None;
    let mut headed = vec![false; catalog.categories.len()];
    for &i in items {
        let category = catalog.technologies[i].category;
        if let Some(header) = header.filter(|_| current != Some(category)) {
            if let Some(ci) = catalog.categories.iter().position(|c| c.id == category) {
                if !std::mem::replace(&mut headed[ci], true) {
                    rows.push(header(ci));
                }
            }
            current = Some(category);
        }
        rows.push(Row::Card(i));
    }
    rows
}

/// A row of the results grids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Row {
    /// A category's header in the browse grid, the target of the page's category links
    /// (index into the catalog's categories).
    Category(usize),
    /// A category's header in the results grid.
    Heading(usize),
    /// A card (index into the catalog's technologies), in whichever grid shows it.
    Card(usize),
}

/// Builds a row's view under the list's owner (not the arranging effect's, which is replaced
/// on every pass), untracked, so the row outlives the pass and its reads do not re-run it.
fn build_row(page: super::state::Page, owner: Option<&Owner>, row: Row) -> BuiltRow {
    use leptos::tachys::view::{Mountable, Render};
    let build = || match row {
        Row::Category(ci) | Row::Heading(ci) => {
            let category = &page.catalog.categories[ci];
            let anchor = matches!(row, Row::Category(_));
            (
                view! { <CategoryHeader category anchor /> }
                    .into_any()
                    .build(),
                None,
            )
        }
        Row::Card(i) => {
            let tech = &page.catalog.technologies[i];
            // Unmarked: the pass that places the card marks it if it shows it.
            let marks = CardMarks::new(tech);
            (tech_card(tech, &marks).into_any().build(), Some(marks))
        }
    };
    let owner = owner.map(Owner::child);
    let (view, marks) = untrack(|| match &owner {
        Some(owner) => owner.with(build),
        None => build(),
    });
    let element = view
        .elements()
        .into_iter()
        .next()
        .unwrap_or_else(|| document().create_element("div").expect("a div"));
    BuiltRow {
        element,
        marks,
        owner,
        _view: view,
    }
}

/// A row built once and kept for the page's life.
struct BuiltRow {
    element: web_sys::Element,
    /// What the card marks as the search changes (cards only).
    marks: Option<CardMarks>,
    /// Owns the row's signals and effects.
    owner: Option<Owner>,
    /// Keeps the row's DOM and effects alive.
    _view: leptos::tachys::view::any_view::AnyViewState,
}

#[derive(Clone, Copy)]
struct Grids<'a> {
    browse: &'a web_sys::HtmlDivElement,
    results: &'a web_sys::HtmlDivElement,
}

/// What one [`RowPool::arrange`] did.
struct Arranged {
    /// Every row is in place.
    complete: bool,
    /// How many rows it built.
    new_rows: usize,
}

/// The rows built so far, and where the grids hold them.
#[derive(Default)]
struct RowPool {
    built: rustc_hash::FxHashMap<Row, BuiltRow>,
    /// The browse grid is `rest`, the results grid `shown`.
    grids: Shared<Row>,
}

impl RowPool {
    /// Puts `shown` in the results grid and the rest of `all` in the browse grid, building at
    /// most `budget` new rows; says whether every row is in place and how many it built. The
    /// plan is [`crate::arrange::plan_shared`]'s (pure, property-tested); this only carries it
    /// out.
    fn arrange(
        &mut self,
        grids: Grids,
        all: &[Row],
        shown: &[Row],
        mut budget: usize,
        build: impl Fn(Row) -> BuiltRow,
        text: &str,
    ) -> Arranged {
        let mut new_rows = 0;
        let built = &self.built;
        let plan = plan_shared(&self.grids, all, shown, |row| {
            built.contains_key(row)
                || (budget > 0 && {
                    budget -= 1;
                    true
                })
        });
        for row in &plan.removals {
            if let Some(built) = self.built.get(row) {
                built.element.remove();
            }
        }
        for (grid, steps) in [
            (grids.browse, &plan.into_rest),
            (grids.results, &plan.into_shown),
        ] {
            for step in steps {
                if let Step::Insert { row, before } = *step {
                    let built = self.built.entry(row).or_insert_with(|| {
                        new_rows += 1;
                        build(row)
                    });
                    let element = built.element.clone();
                    let before = before.and_then(|b| self.built.get(&b)).map(|b| &b.element);
                    let _ = grid.insert_before(&element, before.map(|b| b.as_ref()));
                }
            }
        }
        self.grids = plan.next;
        // Only the cards a search shows follow its text; the others catch up when shown (the
        // browse grid is on show only without a search, so its cards highlight nothing).
        let follow = |built: &mut rustc_hash::FxHashMap<Row, BuiltRow>, rows: &[Row], text| {
            for row in rows {
                if let Some(marks) = built.get_mut(row).and_then(|b| b.marks.as_mut()) {
                    marks.follow(text);
                }
            }
        };
        follow(&mut self.built, &self.grids.shown, text);
        if text.trim().is_empty() {
            follow(&mut self.built, &self.grids.rest, "");
        }
        if self.built.len() > POOL_MAX {
            self.evict();
        }
        Arranged {
            complete: plan.complete,
            new_rows,
        }
    }

    /// Drops the rows neither grid shows (large catalogs only: the real one fits well within
    /// [`POOL_MAX`]), disposing of their effects.
    fn evict(&mut self) {
        let placed: rustc_hash::FxHashSet<Row> = self
            .grids
            .shown
            .iter()
            .chain(&self.grids.rest)
            .copied()
            .collect();
        self.built.retain(|row, built| {
            let keep = placed.contains(row);
            if !keep {
                if let Some(owner) = &built.owner {
                    owner.cleanup();
                }
            }
            keep
        });
    }
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
