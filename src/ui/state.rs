//! The page's reactive state, shared through context: one signal per part of the URL state, and
//! the actions that change them. History rules live here: typing replaces the URL, opening a
//! detail or a comparison pushes an entry so Back closes it.

use crate::catalog::facets::ExploreQuery;
use crate::catalog::search::SearchIndex;
use crate::catalog::Catalog;
use crate::chooser::{Answers, Rules};
use crate::guides::GuideSeries;
use crate::url_state::{self, PageState, View, MAX_COMPARE};
use leptos::prelude::*;
use std::sync::OnceLock;

/// Built once, on first use: about 1 ms for the real catalog.
pub fn search_index(catalog: &'static Catalog) -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(catalog))
}

#[derive(Clone, Copy)]
pub struct Page {
    pub catalog: &'static Catalog,
    pub index: &'static SearchIndex,
    pub rules: &'static Rules,
    pub series: GuideSeries,
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
    /// The next URL write pushes a history entry instead of replacing.
    push_next: StoredValue<bool>,
    /// The open detail / comparison has its own history entry (so closing goes Back).
    detail_pushed: StoredValue<bool>,
    compare_pushed: StoredValue<bool>,
}

impl Page {
    pub fn new(catalog: &'static Catalog, rules: &'static Rules) -> Page {
        Page {
            catalog,
            index: search_index(catalog),
            rules,
            series: GuideSeries::builtin(),
            base_url: crate::guides::default_base_url(),
            view: RwSignal::new(View::Explore),
            query: RwSignal::new(ExploreQuery::default()),
            tech: RwSignal::new(None),
            compare: RwSignal::new(Vec::new()),
            comparing: RwSignal::new(false),
            answers: RwSignal::new(Answers::default()),
            notices: RwSignal::new(Vec::new()),
            push_next: StoredValue::new(false),
            detail_pushed: StoredValue::new(false),
            compare_pushed: StoredValue::new(false),
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
        self.view.set(state.view);
        self.query.set(state.explore);
        self.tech.set(state.tech);
        if state.compare.len() >= 2 {
            self.compare.set(state.compare);
            self.comparing.set(true);
        } else {
            if !state.compare.is_empty() {
                self.compare.set(state.compare);
            }
            self.comparing.set(false);
        }
        self.answers.set(state.answers);
        self.detail_pushed.set_value(false);
        self.compare_pushed.set_value(false);
    }

    /// Writes the URL for the current state: called from one effect.
    pub fn sync_url(&self) {
        let query = url_state::encode(&self.state(), self.rules);
        let push = self.push_next.get_value();
        self.push_next.set_value(false);
        url_state::write_to_history(&query, push);
    }

    pub fn open_detail(&self, id: &'static str) {
        // Moving from one open detail to another replaces the entry: Back still closes it.
        if self.tech.get_untracked().is_none() {
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
            self.push_next.set_value(true);
            self.compare_pushed.set_value(true);
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

fn go_back() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

pub fn use_page() -> Page {
    expect_context::<Page>()
}
