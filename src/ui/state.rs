//! The page's reactive state, shared through context: one signal per part of the URL state, and
//! the actions that change them. History rules live here: typing replaces the URL, opening a
//! detail or a comparison pushes an entry so Back closes it.

use crate::catalog::facets::{explore, ExploreQuery, Results};
use crate::catalog::search::{IndexBuilder, SearchIndex};
use crate::catalog::Catalog;
use crate::chooser::{Answers, Rules};
use crate::guides::GuideSeries;
use crate::url_state::{self, PageState, View, MAX_COMPARE};
use leptos::prelude::*;
use std::sync::OnceLock;

/// About how long each task that builds the search index runs, in milliseconds.
pub const INDEX_SLICE_MS: f64 = 6.0;

/// How long typing must pause before the URL is replaced.
pub const URL_WRITE_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

fn current_search() -> String {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search.trim_start_matches('?').to_string()
}

#[derive(Clone, Copy)]
pub struct Page {
    pub catalog: &'static Catalog,
    pub rules: &'static Rules,
    pub series: GuideSeries,
    /// Guide links resolve against this (data/guides.json, or the root's `data-guide-base`).
    pub base_url: &'static str,
    pub view: RwSignal<View>,
    pub query: RwSignal<ExploreQuery>,
    /// The search text alone: cards highlight from it without watching the filters.
    pub search_text: Memo<String>,
    /// The technology whose detail is open.
    pub tech: RwSignal<Option<&'static str>>,
    /// Items picked for comparison (up to four).
    pub compare: RwSignal<Vec<&'static str>>,
    /// The comparison is open.
    pub comparing: RwSignal<bool>,
    pub answers: RwSignal<Answers>,
    /// Things the reader should know, e.g. settings in a link that were ignored.
    pub notices: RwSignal<Vec<String>>,
    /// Every card is in place and the app is in the document: dialogs may open, and the parts
    /// below the cards may render.
    pub revealed: RwSignal<bool>,
    /// The next URL write pushes a history entry instead of replacing.
    push_next: StoredValue<bool>,
    /// A replaceState waiting for typing to pause (Chromium spends ~10 ms per call), with the
    /// query it will write.
    pending_write: StoredValue<Option<(TimeoutHandle, String)>, LocalStorage>,
    /// The query string (without `?`) the page's URL holds because we put it there, or found it
    /// there: a `popstate` that leaves it unchanged is a jump to an in-page anchor, not Back.
    written: StoredValue<String>,
    /// The search index (built on the first search, or in a quiet moment after start-up) and the
    /// plain browse view, for this catalog: shared by every guide of the page.
    work: &'static CatalogWork,
    /// The open detail / comparison has its own history entry (so closing goes Back).
    detail_pushed: StoredValue<bool>,
    compare_pushed: StoredValue<bool>,
    /// Where the app is embedded in another page; none on the guide's own page.
    embed: StoredValue<Option<Embedding>, LocalStorage>,
}

/// A guide embedded in a `<stack-guide>` element: what `crate::embed` read from it. The app looks
/// its elements up in the shadow root, leaves the host page's URL and history alone, and stores
/// nothing in the host's storage.
pub struct Embedding {
    pub shadow: web_sys::ShadowRoot,
    /// The guide's own page, for the links it copies.
    pub guide_url: Option<String>,
    pub theme: Option<&'static str>,
    /// The state its attributes asked for, and what was ignored; taken when the state is read.
    pub start: Option<(PageState, Vec<String>)>,
}

impl Page {
    pub fn new(catalog: &'static Catalog, rules: &'static Rules, base_url: &'static str) -> Page {
        let query = RwSignal::new(ExploreQuery::default());
        Page {
            catalog,
            rules,
            series: GuideSeries::builtin(),
            base_url,
            view: RwSignal::new(View::Explore),
            query,
            search_text: Memo::new(move |_| query.with(|q| q.text.clone())),
            tech: RwSignal::new(None),
            compare: RwSignal::new(Vec::new()),
            comparing: RwSignal::new(false),
            answers: RwSignal::new(Answers::default()),
            notices: RwSignal::new(Vec::new()),
            revealed: RwSignal::new(false),
            push_next: StoredValue::new(false),
            pending_write: StoredValue::new_local(None),
            written: StoredValue::new(current_search()),
            work: CatalogWork::for_catalog(catalog),
            detail_pushed: StoredValue::new(false),
            compare_pushed: StoredValue::new(false),
            embed: StoredValue::new_local(None),
        }
    }

    /// The same page, embedded (see [`Embedding`]).
    pub fn embedded_in(self, embedding: Embedding) -> Page {
        self.embed.set_value(Some(embedding));
        self
    }

    /// The app is embedded in another page (a `<stack-guide>` element).
    pub fn embedded(&self) -> bool {
        self.embed.try_with_value(Option::is_some).unwrap_or(false)
    }

    /// The embedding's shadow root. (Like the other helpers here, safe to call from a timer that
    /// outlives the app: a panic would stop every guide on the page.)
    fn shadow(&self) -> Option<web_sys::ShadowRoot> {
        self.embed
            .try_with_value(|e| e.as_ref().map(|e| e.shadow.clone()))
            .flatten()
    }

    /// The app's first element matching `selector`: in its shadow root when embedded, otherwise
    /// in the document. None once the app is gone.
    pub fn find(&self, selector: &str) -> Option<web_sys::Element> {
        let found = match self.shadow() {
            Some(shadow) => shadow.query_selector(selector),
            None if self.embed.is_disposed() => return None,
            None => document().query_selector(selector),
        };
        found.ok().flatten()
    }

    /// The element that has focus, within the app's shadow root when embedded.
    pub fn focused(&self) -> Option<web_sys::Element> {
        match self.shadow() {
            Some(shadow) => shadow.active_element(),
            None => document().active_element(),
        }
    }

    /// The state and notices an embedded app's attributes asked for: once.
    pub fn take_embedded_start(&self) -> Option<(PageState, Vec<String>)> {
        self.embed
            .try_update_value(|e| e.as_mut().and_then(|e| e.start.take()))
            .flatten()
    }

    /// The theme an embedded app's `theme` attribute asked for.
    pub fn embedded_theme(&self) -> Option<&'static str> {
        self.embed
            .try_with_value(|e| e.as_ref().and_then(|e| e.theme))
            .flatten()
    }

    /// The link that reproduces what the guide shows: the page's address, or, embedded, the
    /// guide's own page with the state in its query string.
    pub fn link(&self) -> String {
        let guide = self
            .embed
            .try_with_value(|e| e.as_ref().map(|e| e.guide_url.clone()))
            .flatten();
        match guide {
            Some(Some(page)) => {
                let query = untrack(|| url_state::encode(&self.state(), self.rules));
                if query.is_empty() {
                    page
                } else {
                    format!("{page}?{query}")
                }
            }
            _ => web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default(),
        }
    }

    /// The guide is at least `rem` wide (taken as 16 px each): the window without its scroll bar
    /// on the guide's page, the `<stack-guide>` element when embedded. The stylesheet's container
    /// queries follow the same widths (the guide's root, 2 rem of padding inside them).
    pub fn is_wide(&self, rem: i32) -> bool {
        // The window's width without its scroll bar, as the guide's root sees it.
        let width = match self.shadow() {
            Some(shadow) => shadow.host().client_width(),
            None => document()
                .document_element()
                .map_or(i32::MAX, |root| root.client_width()),
        };
        width >= rem * 16
    }

    /// Where the theme is set (`data-theme`): the `<stack-guide>` element when embedded,
    /// otherwise `<html>`.
    pub fn theme_root(&self) -> Option<web_sys::Element> {
        match self.shadow() {
            Some(shadow) => Some(shadow.host()),
            None => document().document_element(),
        }
    }

    /// The search index: built by [`Page::build_index_in_slices`] after start-up (during it, on a
    /// page that opens on a search); a search that comes before it is done finishes it at once.
    pub fn index(&self) -> &'static SearchIndex {
        let work = self.work;
        work.index.get_or_init(|| {
            work.take_builder()
                .unwrap_or_else(|| IndexBuilder::new(work.catalog))
                .complete()
        })
    }

    /// Builds the search index in tasks of about [`INDEX_SLICE_MS`] each, so that the first
    /// keystroke finds it ready without a start-up task building it all (measured at 4x CPU
    /// throttling: 10-24 ms in one task for the real catalog). Stops when a search has built it;
    /// does nothing when it is built or being built already.
    pub fn build_index_in_slices(self) {
        fn slice(work: &'static CatalogWork) {
            // Gone when a search has finished it.
            if let Some(mut builder) = work.take_builder() {
                let started = super::now_ms();
                // A hidden tab paints nothing and throttles timers: all of it at once there.
                let hidden = document().hidden();
                if builder.add_while(|| hidden || super::now_ms() - started < INDEX_SLICE_MS) {
                    work.put_builder(builder);
                    set_timeout(move || slice(work), std::time::Duration::ZERO);
                    return;
                }
                let _ = work.index.set(builder.finish());
            }
            // In a task of their own: what waits (the results of a search) is not a slice.
            set_timeout(move || work.run_index_waiters(), std::time::Duration::ZERO);
        }
        let work = self.work;
        let building = work.builder.lock().is_ok_and(|b| b.is_some());
        if work.index.get().is_none() && !building {
            work.put_builder(IndexBuilder::new(work.catalog));
            slice(work);
        }
    }

    /// The query searches (has text to match), as it stands; not tracked.
    pub fn is_searching(&self) -> bool {
        self.query.with_untracked(|q| q.is_searching())
    }

    /// Runs `work` once the search index is built: at once if it is, otherwise after the slice
    /// that finishes it (starting the slices if they have not started). For a page that opens on
    /// a search, whose results need the index: built at once, in the frame that showed them, the
    /// index made that frame's task 50-77 ms (measured at 4x CPU throttling).
    pub fn when_index_built(self, work: impl FnOnce() + 'static) {
        if self.work.index.get().is_some() {
            work();
            return;
        }
        let waiting_for = self.work;
        INDEX_WAITERS.with(|w| w.borrow_mut().push((waiting_for, Box::new(work))));
        self.build_index_in_slices();
    }

    /// Runs a query; the plain browse view is computed once and then copied (a 10,000-item
    /// catalog took ~35 ms at 4x throttling to count again each time a search was cleared).
    pub fn explore(&self, query: &ExploreQuery) -> Results {
        if query.shows_everything() {
            let catalog = self.catalog;
            let index = self.index_for(query);
            return self
                .work
                .browse
                .get_or_init(|| explore(catalog, index, query))
                .clone();
        }
        explore(self.catalog, self.index_for(query), query)
    }

    /// The index to run a query with: the real one only when the query searches.
    pub fn index_for(&self, query: &ExploreQuery) -> &'static SearchIndex {
        static NO_SEARCH: SearchIndex = SearchIndex::empty();
        if query.is_searching() {
            self.index()
        } else {
            &NO_SEARCH
        }
    }

    /// The state as a link carries it (tracked: call inside an effect to follow changes).
    pub fn state(&self) -> PageState {
        let comparing = self.comparing.get();
        PageState {
            view: self.view.get(),
            explore: self.query.get(),
            tech: self.tech.get(),
            compare: if comparing {
                self.compare.get()
            } else {
                Vec::new()
            },
            answers: self.answers.get(),
        }
    }

    /// Sets every signal from a decoded state (page load, Back/Forward). A selection for
    /// comparison survives a state that does not open the comparison.
    pub fn apply(&self, state: PageState) {
        set_if_changed(self.view, state.view);
        set_if_changed(self.query, state.explore);
        set_if_changed(self.tech, state.tech);
        if state.compare.len() >= 2 {
            self.compare.set(state.compare);
            self.comparing.set(true);
        } else {
            if !state.compare.is_empty() {
                self.compare.set(state.compare);
            }
            self.comparing.set(false);
        }
        set_if_changed(self.answers, state.answers);
        self.detail_pushed.set_value(false);
        self.compare_pushed.set_value(false);
    }

    /// Writes the URL for the current state: called from one effect. Opening something pushes
    /// at once; other changes replace the URL once the reader pauses for [`URL_WRITE_DELAY`].
    pub fn sync_url(&self) {
        let query = url_state::encode(&self.state(), self.rules);
        let push = self.push_next.get_value();
        self.push_next.set_value(false);
        let earlier = self.pending_write.get_value();
        self.pending_write.set_value(None);
        if let Some((handle, earlier)) = earlier {
            handle.clear();
            if push {
                // The entry we leave keeps what was typed before opening the detail.
                self.write(&earlier, false);
            }
        }
        if push {
            self.write(&query, true);
        } else {
            let page = *self;
            let later = query.clone();
            let handle = set_timeout_with_handle(
                move || {
                    page.pending_write.set_value(None);
                    page.write(&later, false);
                },
                URL_WRITE_DELAY,
            );
            if let Ok(handle) = handle {
                self.pending_write.set_value(Some((handle, query)));
            }
        }
    }

    /// Writes a URL change that is still waiting for typing to pause, now.
    pub fn flush_url(&self) {
        if let Some((handle, query)) = self.pending_write.get_value() {
            self.pending_write.set_value(None);
            handle.clear();
            self.write(&query, false);
        }
    }

    /// Drops a URL change still waiting for typing to pause: for an app taken off the page,
    /// whose state the URL no longer describes (the next app on the page reads the URL).
    pub fn cancel_url_write(&self) {
        if let Some(Some((handle, _))) = self.pending_write.try_update_value(Option::take) {
            handle.clear();
        }
    }

    fn write(&self, query: &str, push: bool) {
        url_state::write_to_history(query, push);
        self.written.set_value(query.to_string());
    }

    /// Called on `popstate`: true when the URL's query string is one we put there, which means
    /// the reader followed an in-page anchor (or went Back to the same state): nothing to do.
    /// Otherwise it is remembered and the caller applies it.
    pub fn is_own_url(&self, search: &str) -> bool {
        let search = search.trim_start_matches('?');
        if self.written.with_value(|w| w == search) {
            return true;
        }
        self.written.set_value(search.to_string());
        false
    }

    /// From an open detail straight to the comparison, in place: one history entry, which Back
    /// closes.
    pub fn switch_detail_to_compare(&self) {
        if self.compare.with_untracked(|c| c.len() < 2) {
            return;
        }
        let pushed = self.detail_pushed.get_value();
        self.detail_pushed.set_value(false);
        self.compare_pushed.set_value(pushed);
        self.push_next.set_value(!pushed);
        // The comparison first, while the detail is still open: it then opens at once, over the
        // detail (see `open_modal_after_paint`).
        self.comparing.set(true);
        self.tech.set(None);
    }

    pub fn open_detail(&self, id: &'static str) {
        // Moving from one open detail to another replaces the entry: Back still closes it.
        if self.tech.get_untracked().is_none() && !self.embedded() {
            self.push_next.set_value(true);
            self.detail_pushed.set_value(true);
        }
        self.tech.set(Some(id));
    }

    pub fn close_detail(&self) {
        if self.tech.get_untracked().is_none() {
            return;
        }
        if self.detail_pushed.get_value() {
            self.detail_pushed.set_value(false);
            go_back();
        } else {
            self.tech.set(None);
        }
    }

    pub fn is_compared(&self, id: &str) -> bool {
        self.compare.with(|c| c.contains(&id))
    }

    /// Adds or removes an item from the comparison; refuses a fifth.
    pub fn toggle_compare(&self, id: &'static str) {
        self.compare.update(|c| {
            if let Some(pos) = c.iter().position(|x| *x == id) {
                c.remove(pos);
            } else if c.len() < MAX_COMPARE {
                c.push(id);
            }
        });
        if self.compare.with_untracked(|c| c.len() < 2) && self.comparing.get_untracked() {
            self.close_compare();
        }
    }

    pub fn open_compare(&self) {
        if self.compare.with_untracked(|c| c.len() >= 2) && !self.comparing.get_untracked() {
            if !self.embedded() {
                self.push_next.set_value(true);
                self.compare_pushed.set_value(true);
            }
            self.comparing.set(true);
        }
    }

    pub fn close_compare(&self) {
        if !self.comparing.get_untracked() {
            return;
        }
        if self.compare_pushed.get_value() {
            self.compare_pushed.set_value(false);
            go_back();
        } else {
            self.comparing.set(false);
        }
    }
}

/// Setting a signal notifies even when the value is equal; Back/Forward would then rebuild views
/// (and lose keyboard focus) for nothing.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
    }
}

fn go_back() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// The work done for one catalog that every guide of the page shares: its search index (and the
/// builder while it is built in slices) and the plain browse view. Done once, for whichever guide
/// asks first, and kept while the page lives: several embedded guides build one index, and a
/// guide mounted again finds it ready.
pub struct CatalogWork {
    catalog: &'static Catalog,
    index: OnceLock<SearchIndex>,
    builder: std::sync::Mutex<Option<IndexBuilder<'static>>>,
    browse: OnceLock<Results>,
}

/// Work queued for when a catalog's index is built.
type IndexWaiter = (&'static CatalogWork, Box<dyn FnOnce()>);

thread_local! {
    static CATALOG_WORK: std::cell::RefCell<Vec<&'static CatalogWork>> =
        const { std::cell::RefCell::new(Vec::new()) };
    /// What waits for a catalog's index to be built ([`Page::when_index_built`]).
    static INDEX_WAITERS: std::cell::RefCell<Vec<IndexWaiter>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl CatalogWork {
    fn for_catalog(catalog: &'static Catalog) -> &'static CatalogWork {
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
            }));
            all.push(work);
            work
        })
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

pub fn use_page() -> Page {
    expect_context::<Page>()
}
