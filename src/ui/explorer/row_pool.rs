//! The rows of the results grids: built once each, kept for the page's life, and moved into
//! place with as few DOM moves as possible (see docs/decisions/0004).

use crate::arrange::{plan_shared, Shared, Step};
use crate::catalog::facets::SEARCH_PAGE;
use crate::catalog::search::Marks;
use crate::catalog::{Catalog, Grouped};
use crate::ui::category_header::CategoryHeader;
use crate::ui::tech_card::{tech_card, CardMarks};
use leptos::prelude::*;

/// The grid rows for these items: the cards, each category's header before its first card
/// when `header` is given ([`Catalog::grouped`]).
pub(super) fn rows_for(
    catalog: &Catalog,
    items: &[usize],
    header: Option<fn(usize) -> Row>,
) -> Vec<Row> {
    match header {
        Some(header) => catalog
            .grouped(items)
            .into_iter()
            .map(|entry| match entry {
                Grouped::Category(ci) => header(ci),
                Grouped::Item(i) => Row::Card(i),
            })
            .collect(),
        None => items.iter().map(|&i| Row::Card(i)).collect(),
    }
}

/// How many built rows a large catalog may hold before the rows no grid shows are dropped.
const POOL_MAX: usize = 6 * SEARCH_PAGE;

/// A row of the results grids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Row {
    /// A category's header in the browse grid, the target of the page's category links
    /// (index into the catalog's categories).
    Category(usize),
    /// A category's header in the results grid.
    Heading(usize),
    /// A card (index into the catalog's technologies), in whichever grid shows it.
    Card(usize),
    /// The heading before the matches that needed a typo, in the results grid.
    AlsoMatching,
}

/// Builds a row's view under the list's owner (not the arranging effect's, which is replaced
/// on every pass), untracked, so the row outlives the pass and its reads do not re-run it.
pub(super) fn build_row(page: crate::ui::state::Page, owner: Option<&Owner>, row: Row) -> BuiltRow {
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
        Row::AlsoMatching => (
            view! { <h3 class="sg-also">"Also matching, allowing for a typo"</h3> }
                .into_any()
                .build(),
            None,
        ),
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
pub(super) struct BuiltRow {
    element: web_sys::Element,
    /// What the card marks as the search changes (cards only).
    marks: Option<CardMarks>,
    /// Owns the row's signals and effects.
    owner: Option<Owner>,
    /// Keeps the row's DOM and effects alive.
    _view: leptos::tachys::view::any_view::AnyViewState,
}

#[derive(Clone, Copy)]
pub(super) struct Grids<'a> {
    pub browse: &'a web_sys::HtmlDivElement,
    pub results: &'a web_sys::HtmlDivElement,
}

/// What one [`RowPool::arrange`] did.
pub(super) struct Arranged {
    /// Every row is in place.
    pub complete: bool,
    /// How many rows it built.
    pub new_rows: usize,
}

/// The rows built so far, and where the grids hold them.
#[derive(Default)]
pub(super) struct RowPool {
    built: rustc_hash::FxHashMap<Row, BuiltRow>,
    /// The browse grid is `rest`, the results grid `shown`.
    grids: Shared<Row>,
}

impl RowPool {
    /// Puts `shown` in the results grid and the rest of `all` in the browse grid, building at
    /// most `budget` new rows; says whether every row is in place and how many it built. The
    /// plan is [`crate::arrange::plan_shared`]'s (pure, property-tested); this only carries it
    /// out.
    pub(super) fn arrange(
        &mut self,
        grids: Grids,
        all: &[Row],
        shown: &[Row],
        mut budget: usize,
        build: impl Fn(Row) -> BuiltRow,
        search: &Marks,
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
        // Only the cards a search shows follow its marks; the others catch up when shown (the
        // browse grid is on show only without a search, so its cards highlight nothing).
        let follow = |built: &mut rustc_hash::FxHashMap<Row, BuiltRow>, rows: &[Row], search| {
            for row in rows {
                if let Some(marks) = built.get_mut(row).and_then(|b| b.marks.as_mut()) {
                    marks.follow(search);
                }
            }
        };
        follow(&mut self.built, &self.grids.shown, search);
        if search.is_empty() {
            follow(&mut self.built, &self.grids.rest, search);
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
