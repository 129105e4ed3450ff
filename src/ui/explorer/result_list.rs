//! The result count, the results grids and what an empty result says.

use super::row_pool::{build_row, rows_for, Grids, Row, RowPool};
use crate::arrange::BuildSchedule;
use crate::catalog::facets::{count_line, relaxations, Paging, Results};
use crate::ui::state::use_page;
use leptos::prelude::*;

#[component]
pub(super) fn ResultCount(results: Memo<Results>) -> impl IntoView {
    let page = use_page();
    let total = page.catalog.technologies.len();
    let text = move || {
        let n = results.with(|r| r.items.len());
        count_line(n, total, page.query.with(|q| q.narrows()))
    };
    view! { <p class="sg-result-count" role="status" aria-live="polite" aria-atomic="true">{text}</p> }
}

/// How long after start-up the search index is built, so it does not compete with the first
/// paint of the sections rendered after the cards (a page that opens on a search builds it
/// during start-up instead, see `UrlState`).
const INDEX_DELAY: std::time::Duration = std::time::Duration::from_millis(300);

/// The results. Two grids share one set of rows, each built once, the first time it is
/// needed, and kept for the page's life:
/// - the browse grid: the whole catalog by category, which is what most readers see first and
///   come back to. While a search or filter is active it is parked (`content-visibility:
///   hidden`), which keeps its layout, so clearing the search shows it again without laying
///   out ~100 cards;
/// - the results grid: the cards the query shows, in its order, borrowed from the browse grid.
///   A search shows its best matches first ([`crate::catalog::facets::ExploreQuery::page_size`]), so a keystroke moves
///   at most a page of cards.
///
/// A change only moves the few rows that are out of place ([`crate::arrange::plan`]). Hiding or
/// rebuilding every card cost 60–200 ms a keystroke at 4x CPU throttling (measured).
#[component]
pub(super) fn ResultList(results: Memo<Results>) -> impl IntoView {
    let page = use_page();
    // What the search marks: a filter change keeps them, so the cards' marks stay still.
    let marks = Memo::new(move |_| results.with(|r| r.marks.clone()));
    let total = page.catalog.technologies.len();
    // How many results are shown: a query's first page, then a page more each "Show more". Any
    // other query starts from its first page, in the same pass as its results.
    let paging = RwSignal::new(Paging::default());
    let limit = Memo::new(move |_| page.query.with(|q| paging.with(|p| p.limit(q, total))));
    let show_more = move || {
        let shown = page
            .query
            .with_untracked(|q| paging.try_update(|p| p.show_more(q, total)))
            .unwrap_or_default();
        // A keyboard reader carries on from the first card added (the button may be gone).
        let first_added = results
            .with_untracked(|r| r.items.get(shown).map(|&i| page.catalog.technologies[i].id));
        if let Some(id) = first_added {
            set_timeout(
                move || crate::ui::tech_card::focus_card(page, id),
                std::time::Duration::ZERO,
            );
        }
    };
    let remaining = move || {
        let found = results.with(|r| r.items.len());
        page.query
            .with(|q| paging.with(|p| p.remaining(q, total, found)))
    };
    let next_page = move || {
        let found = results.with(|r| r.items.len());
        page.query
            .with(|q| paging.with(|p| p.next_page(q, total, found)))
    };
    let browsing = Memo::new(move |_| page.query.with(|q| q.shows_everything()));
    let grouped = Memo::new(move |_| page.query.with(|q| q.is_grouped()));
    let empty = Memo::new(move |_| results.with(|r| r.items.is_empty()));
    let shown = Memo::new(move |_| {
        let catalog = page.catalog;
        if browsing.get() {
            return Vec::new();
        }
        results.with(|r| {
            let shown = &r.items[..r.items.len().min(limit.get())];
            let mut rows = rows_for(catalog, shown, grouped.get().then_some(Row::Heading));
            // Matches that needed a typo, apart from the exact ones.
            if let Some(&first) = r.typo_from.and_then(|at| shown.get(at)) {
                if let Some(at) = rows.iter().position(|row| *row == Row::Card(first)) {
                    rows.insert(at, Row::AlsoMatching);
                }
            }
            rows
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
        let search = marks.get();
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
            let started = crate::ui::browser::now_ms();
            let built = build_row(page, owner.as_ref(), row);
            building.set(building.get() + (crate::ui::browser::now_ms() - started));
            built
        };
        let arranged = shown.with(|shown| {
            all.with(|all| {
                pool.try_update_value(|pool| {
                    pool.arrange(grids, all, shown, budget, build, &search)
                })
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
                crate::ui::schedule::after_next_paint(crate::ui::schedule::Turn::Next, move || {
                    crate::ui::reveal::reveal();
                    crate::ui::schedule::after_next_paint(
                        crate::ui::schedule::Turn::Next,
                        move || page.revealed.set(true),
                    );
                });
                // Build the search index in a quiet moment, in short tasks, rather than on the
                // first keystroke; then fetch what only a detail shows, so none waits for it.
                let guide_url = page.host.guide_url();
                set_timeout(
                    move || {
                        page.work
                            .when_index_built(move || page.work.details.prefetch(guide_url))
                    },
                    INDEX_DELAY,
                );
            }
        } else {
            // The rows just built are laid out (out of sight) in the next frame.
            if schedule.borrow().next_waits_for_frame() {
                crate::ui::schedule::after_next_paint(crate::ui::schedule::Turn::Next, move || {
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
                {move || format!("Show {} more of {}", next_page(), remaining())}
            </button>
        </Show>
    }
}

/// Says what excluded everything and offers to undo it.
#[component]
fn EmptyResult() -> impl IntoView {
    let page = use_page();
    let relax = Memo::new(move |_| {
        page.query
            .with(|q| relaxations(page.catalog, page.work.index_for(q), q))
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
