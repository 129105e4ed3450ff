//! The page's reactive state, shared through context: one signal per part of the URL state, and
//! the actions that change them. The outside world sits in rooms of its own: where the app lives
//! ([`Host`]), the URL and history ([`History`]), and the work shared by every guide of a page
//! ([`CatalogWork`]).

mod catalog_work;
mod details_load;
mod history;
mod host;

pub use catalog_work::{CatalogWork, INDEX_SLICE_MS};
pub use details_load::Details;
pub use history::{History, URL_WRITE_DELAY};
pub use host::{Embedding, Host};

use crate::catalog::compare;
use crate::catalog::facets::ExploreQuery;
use crate::catalog::Catalog;
use crate::chooser::{Answers, Rules};
use crate::guides::GuideSeries;
use crate::navigation::with_query;
use crate::url_state::{self, PageState, View};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Page {
    pub catalog: &'static Catalog,
    pub rules: &'static Rules,
    pub series: GuideSeries,
    /// Guide links resolve against this (data/guides.json, or the root's `data-guide-base`).
    pub base_url: &'static str,
    pub view: RwSignal<View>,
    pub query: RwSignal<ExploreQuery>,
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
    pub host: Host,
    pub history: History,
    /// The search index, the plain browse view and the items' details for this catalog, shared
    /// by every guide.
    pub work: &'static CatalogWork,
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
            tech: RwSignal::new(None),
            compare: RwSignal::new(Vec::new()),
            comparing: RwSignal::new(false),
            answers: RwSignal::new(Answers::default()),
            notices: RwSignal::new(Vec::new()),
            revealed: RwSignal::new(false),
            host: Host::new(),
            history: History::new(),
            work: CatalogWork::for_catalog(catalog),
        }
    }

    /// The same page, embedded (see [`Embedding`]).
    pub fn embedded_in(mut self, embedding: Embedding) -> Page {
        if let Some(base) = &embedding.guides_base {
            self.base_url = crate::guides::kept_base_url(base);
        }
        self.host.embed(embedding);
        self
    }

    /// The link that reproduces what the guide shows, from its state (the address bar follows
    /// typing only after a pause): the page's address, or, embedded, the guide's own page.
    pub fn link(&self) -> String {
        let page = self.host.guide_url().unwrap_or_else(|| {
            web_sys::window()
                .map(|w| w.location())
                .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
                .unwrap_or_default()
        });
        let query = untrack(|| url_state::encode(&self.state().for_view(), self.rules));
        if page.is_empty() && query.is_empty() {
            // No window and no guide page: nothing to link to.
            return String::new();
        }
        with_query(&page, &query)
    }

    /// An anchor's `href` for `state`, as its view's link carries it: relative on the guide's own
    /// page; embedded, the guide's page (a modified click opens it, not the host page).
    pub fn href_for(&self, state: &PageState) -> String {
        let query = url_state::encode(&state.for_view(), self.rules);
        with_query(&self.host.guide_url().unwrap_or_default(), &query)
    }

    /// The query searches (has text to match), as it stands; not tracked.
    pub fn is_searching(&self) -> bool {
        self.query.with_untracked(|q| q.is_searching())
    }

    /// The state as a link carries it (tracked: call inside an effect to follow changes).
    pub fn state(&self) -> PageState {
        let comparing = self.comparing.get();
        PageState {
            view: self.view.get(),
            explore: self.query.get(),
            tech: self.tech.get(),
            compare: self.compare.with(|c| compare::carried(c, comparing)),
            answers: self.answers.get(),
        }
    }

    /// Follows a link's state (page load, Back/Forward): what the link's view carries replaces
    /// the current state, the rest stays (see [`PageState::followed_by`]); the selection for
    /// comparison as [`compare::followed`] says.
    pub fn apply(&self, link: PageState) {
        let state = untrack(|| self.state()).followed_by(link);
        set_if_changed(self.view, state.view);
        set_if_changed(self.query, state.explore);
        set_if_changed(self.tech, state.tech);
        let (selected, comparing) = compare::followed(self.compare.get_untracked(), state.compare);
        set_if_changed(self.compare, selected);
        self.comparing.set(comparing);
        set_if_changed(self.answers, state.answers);
        self.history.forget_entries();
    }

    /// Writes the URL for the current state, as the current view's link carries it: called from
    /// one effect.
    pub fn sync_url(&self) {
        self.history
            .sync(url_state::encode(&self.state().for_view(), self.rules));
    }

    /// Shows another view, in a history entry of its own so Back returns to the one before.
    pub fn show_view(&self, view: View) {
        if self.view.get_untracked() == view {
            return;
        }
        if !self.host.embedded() {
            self.history.push_view();
        }
        self.view.set(view);
    }

    /// From an open detail straight to the comparison, in place: one history entry, which Back
    /// closes.
    pub fn switch_detail_to_compare(&self) {
        if !self.compare.with_untracked(|c| compare::can_open(c)) {
            return;
        }
        self.history.detail_to_compare();
        // The comparison first, while the detail is still open: it then opens at once, over the
        // detail (see `open_modal_after_paint`).
        self.comparing.set(true);
        self.tech.set(None);
    }

    pub fn open_detail(&self, id: &'static str) {
        // Moving from one open detail to another replaces the entry: Back still closes it.
        if self.tech.get_untracked().is_none() && !self.host.embedded() {
            self.history.push_detail();
        }
        self.tech.set(Some(id));
    }

    pub fn close_detail(&self) {
        if self.tech.get_untracked().is_some() && !self.history.back_from_detail() {
            self.tech.set(None);
        }
    }

    pub fn is_compared(&self, id: &str) -> bool {
        self.compare.with(|c| c.contains(&id))
    }

    /// Adds or removes an item from the comparison (see [`compare::toggle`]); closes the
    /// comparison when too few are left to compare.
    pub fn toggle_compare(&self, id: &'static str) {
        self.compare.update(|c| {
            compare::toggle(c, id);
        });
        if !self.compare.with_untracked(|c| compare::can_open(c)) && self.comparing.get_untracked()
        {
            self.close_compare();
        }
    }

    pub fn open_compare(&self) {
        if self.compare.with_untracked(|c| compare::can_open(c)) && !self.comparing.get_untracked()
        {
            if !self.host.embedded() {
                self.history.push_compare();
            }
            self.comparing.set(true);
        }
    }

    pub fn close_compare(&self) {
        if self.comparing.get_untracked() && !self.history.back_from_compare() {
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

pub fn use_page() -> Page {
    expect_context::<Page>()
}
