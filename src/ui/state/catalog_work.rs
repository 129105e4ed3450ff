//! The work done for one catalog that every guide of a page shares: its search index (built in
//! short tasks after start-up, see docs/decisions/0003), the plain browse view, and the items'
//! details fetched after the first paint ([`Details`]). Done once, for whichever guide asks
//! first, and kept while the page lives: several embedded guides build one index, and a guide
//! mounted again finds it ready.

use super::Details;
use crate::catalog::facets::{explore, ExploreQuery, Results};
use crate::catalog::search::{IndexBuilder, SearchIndex};
use crate::catalog::Catalog;
use leptos::prelude::*;
use std::sync::OnceLock;

/// About how long each task that builds the search index runs, in milliseconds.
pub const INDEX_SLICE_MS: f64 = 6.0;

pub struct CatalogWork {
    catalog: &'static Catalog,
    index: OnceLock<SearchIndex>,
    builder: std::sync::Mutex<Option<IndexBuilder<'static>>>,
    browse: OnceLock<Results>,
    /// The items' details, fetched after the first paint.
    pub details: Details,
}

/// Work queued for when a catalog's index is built.
type IndexWaiter = (&'static CatalogWork, Box<dyn FnOnce()>);

thread_local! {
    static CATALOG_WORK: std::cell::RefCell<Vec<&'static CatalogWork>> =
        const { std::cell::RefCell::new(Vec::new()) };
    /// What waits for a catalog's index to be built ([`CatalogWork::when_index_built`]).
    static INDEX_WAITERS: std::cell::RefCell<Vec<IndexWaiter>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl CatalogWork {
    /// The page's work for this catalog, made on first use.
    pub fn for_catalog(catalog: &'static Catalog) -> &'static CatalogWork {
        CATALOG_WORK.with(|all| {
            let mut all = all.borrow_mut();
            if let Some(work) = all.iter().find(|w| std::ptr::eq(w.catalog, catalog)) {
                return *work;
            }
            let work: &'static CatalogWork = Box::leak(Box::new(CatalogWork {
                catalog,
                index: OnceLock::new(),
                builder: std::sync::Mutex::new(None),
                browse: OnceLock::new(),
                details: Details::default(),
            }));
            all.push(work);
            work
        })
    }

    /// The search index: built by [`Self::build_index_in_slices`] after start-up (during it, on a
    /// page that opens on a search); a search that comes before it is done finishes it at once.
    pub fn index(&'static self) -> &'static SearchIndex {
        self.index.get_or_init(|| {
            self.take_builder()
                .unwrap_or_else(|| IndexBuilder::new(self.catalog))
                .complete()
        })
    }

    /// Builds the search index in tasks of about [`INDEX_SLICE_MS`] each, so that the first
    /// keystroke finds it ready without a start-up task building it all. Stops when a search has
    /// built it; does nothing when it is built or being built already.
    pub fn build_index_in_slices(&'static self) {
        fn slice(work: &'static CatalogWork) {
            // Gone when a search has finished it.
            if let Some(mut builder) = work.take_builder() {
                let started = crate::ui::browser::now_ms();
                // A hidden tab paints nothing and throttles timers: all of it at once there.
                let hidden = document().hidden();
                if builder
                    .add_while(|| hidden || crate::ui::browser::now_ms() - started < INDEX_SLICE_MS)
                {
                    work.put_builder(builder);
                    set_timeout(move || slice(work), std::time::Duration::ZERO);
                    return;
                }
                let _ = work.index.set(builder.finish());
            }
            // In a task of their own: what waits (the results of a search) is not a slice.
            set_timeout(move || work.run_index_waiters(), std::time::Duration::ZERO);
        }
        let building = self.builder.lock().is_ok_and(|b| b.is_some());
        if self.index.get().is_none() && !building {
            self.put_builder(IndexBuilder::new(self.catalog));
            slice(self);
        }
    }

    /// Runs `work` once the search index is built: at once if it is, otherwise after the slice
    /// that finishes it (starting the slices if they have not started). For a page that opens on
    /// a search, whose results need the index.
    pub fn when_index_built(&'static self, work: impl FnOnce() + 'static) {
        if self.index.get().is_some() {
            work();
            return;
        }
        INDEX_WAITERS.with(|w| w.borrow_mut().push((self, Box::new(work))));
        self.build_index_in_slices();
    }

    /// Runs a query; the plain browse view is computed once and then copied (counting a large
    /// catalog again each time a search is cleared was the slow part).
    pub fn explore(&'static self, query: &ExploreQuery) -> Results {
        if query.shows_everything() {
            let index = self.index_for(query);
            return self
                .browse
                .get_or_init(|| explore(self.catalog, index, query))
                .clone();
        }
        explore(self.catalog, self.index_for(query), query)
    }

    /// The index to run a query with: the real one only when the query searches.
    pub fn index_for(&'static self, query: &ExploreQuery) -> &'static SearchIndex {
        static NO_SEARCH: SearchIndex = SearchIndex::empty();
        if query.is_searching() {
            self.index()
        } else {
            &NO_SEARCH
        }
    }

    fn take_builder(&self) -> Option<IndexBuilder<'static>> {
        self.builder.lock().ok().and_then(|mut b| b.take())
    }

    fn put_builder(&self, builder: IndexBuilder<'static>) {
        if let Ok(mut slot) = self.builder.lock() {
            *slot = Some(builder);
        }
    }

    /// Runs what waits for this catalog's index (of any guide, gone or not: what a gone guide
    /// queued only sets its disposed signals, which does nothing).
    fn run_index_waiters(&'static self) {
        let waiting: Vec<_> = INDEX_WAITERS.with(|w| {
            let mut w = w.borrow_mut();
            let (mine, others) = std::mem::take(&mut *w)
                .into_iter()
                .partition(|(work, _)| std::ptr::eq(*work, self));
            *w = others;
            mine
        });
        for (_, work) in waiting {
            work();
        }
    }
}
