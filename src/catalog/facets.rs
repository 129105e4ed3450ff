//! Facets and the explore query: which items show for a search plus filters, how many each
//! filter option would show, and how the results are ordered. Pure Rust.
//!
//! Semantics: OR within a group, AND across groups. An option's count is the number of items
//! that would show if the option were picked, given the search and the *other* groups' filters.

use super::search::{Found, Hit, Marks, SearchIndex};
use super::Catalog;

mod counts;
mod filters;

pub use counts::{
    count_of, facet_counts, filter_options, option_states, relaxations, FacetCounts, FilterOption,
    OptionCount, OptionState,
};
pub use filters::{category_label, split_category_key, FacetGroup, Filter, Filters};

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best match first; only meaningful with a search term.
    #[default]
    Relevance,
    Name,
    /// Grouped by category in catalog order, with the category introductions.
    Category,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Name, Sort::Category];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Name => "name",
            Sort::Category => "category",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Relevance",
            Sort::Name => "Name",
            Sort::Category => "Category",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A page of results: how many of a search's matches, or of a large catalog, show before
/// "Show more" (see [`ExploreQuery::page_size`]).
pub const SEARCH_PAGE: usize = 24;
/// The largest catalog shown whole when browsing or filtering. A 10,000-item catalog shown whole
/// would put 150,000 elements in the page.
pub const WHOLE_CATALOG_MAX: usize = 240;

/// What the reader asked for: a search and filters, and an order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExploreQuery {
    pub text: String,
    pub filters: Filters,
    /// `None`: relevance when searching, category otherwise.
    pub sort: Option<Sort>,
}

impl ExploreQuery {
    pub fn is_searching(&self) -> bool {
        !self.text.trim().is_empty()
    }

    /// True when the query shows the whole catalog in catalog order (no search, no filter,
    /// sorted by category): the browse view, which the page keeps built.
    pub fn shows_everything(&self) -> bool {
        !self.is_searching() && self.filters.is_empty() && self.effective_sort() == Sort::Category
    }

    /// How many results show at first, and how many more each "Show more" adds, for a catalog
    /// of `total` items. A search shows its best [`SEARCH_PAGE`] matches first: the rest of a
    /// short word's matches are weak ones (a letter pair somewhere in a summary), and every card
    /// a keystroke places costs (about 0.1 ms a card at 4x CPU throttling, measured). Browsing
    /// and filters show everything when the catalog is of a readable size (at most
    /// [`WHOLE_CATALOG_MAX`] items), pages of [`SEARCH_PAGE`] beyond it.
    pub fn page_size(&self, total: usize) -> usize {
        if self.is_searching() || total > WHOLE_CATALOG_MAX {
            SEARCH_PAGE
        } else {
            total.max(1)
        }
    }

    /// The order in effect: relevance needs a search term, so without one it falls back to
    /// category.
    pub fn effective_sort(&self) -> Sort {
        match self.sort {
            Some(Sort::Relevance) | None if self.is_searching() => Sort::Relevance,
            Some(Sort::Name) => Sort::Name,
            _ => Sort::Category,
        }
    }
}

impl ExploreQuery {
    /// Whether the reader may choose `sort`: relevance needs a search term.
    pub fn offers(&self, sort: Sort) -> bool {
        sort != Sort::Relevance || self.is_searching()
    }

    /// Whether results show under their categories' headers: when they are in category order.
    pub fn is_grouped(&self) -> bool {
        self.effective_sort() == Sort::Category
    }

    /// Whether the query narrows the catalog: a search or a filter.
    pub fn narrows(&self) -> bool {
        self.is_searching() || !self.filters.is_empty()
    }
}

/// The line above the results: how many of the `total` items the query shows.
pub fn count_line(shown: usize, total: usize, narrowed: bool) -> String {
    match (shown, narrowed) {
        (_, false) => format!("All {total} technologies"),
        (1, true) => "1 technology matches".to_string(),
        (n, true) => format!("{n} of {total} technologies match"),
    }
}

/// The words of the button that closes the filters over the results, on a phone.
pub fn show_results_line(matching: usize) -> String {
    match matching {
        1 => "Show 1 result".to_string(),
        n => format!("Show {n} results"),
    }
}

/// How many of a query's results are shown: its first page ([`ExploreQuery::page_size`]), and a
/// page more each time the reader asks. Another query starts from its first page; only the last
/// query paged keeps its pages, so coming back to it (a cleared letter typed again) keeps them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paging {
    /// The query more was asked for, and how many it shows now.
    asked: Option<(ExploreQuery, usize)>,
}

impl Paging {
    /// How many results of `query` are shown, in a catalog of `total` items.
    pub fn limit(&self, query: &ExploreQuery, total: usize) -> usize {
        match &self.asked {
            Some((asked, n)) if asked == query => *n,
            _ => query.page_size(total),
        }
    }

    /// Shows a page more of `query`'s results; returns how many were shown before (the index of
    /// the first result added).
    pub fn show_more(&mut self, query: &ExploreQuery, total: usize) -> usize {
        let shown = self.limit(query, total);
        self.asked = Some((query.clone(), shown + query.page_size(total)));
        shown
    }

    /// How many of `found` results are not shown yet.
    pub fn remaining(&self, query: &ExploreQuery, total: usize, found: usize) -> usize {
        found.saturating_sub(self.limit(query, total))
    }

    /// How many of them "Show more" adds: a page, or what is left.
    pub fn next_page(&self, query: &ExploreQuery, total: usize, found: usize) -> usize {
        self.remaining(query, total, found)
            .min(query.page_size(total))
    }
}

/// The outcome of an explore query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// Indices into the catalog, in display order.
    pub items: Vec<usize>,
    pub counts: FacetCounts,
    /// How many items match the search alone (all items when not searching).
    pub matching_search: usize,
    /// Where the matches that needed a typo begin in `items`, when results in order of relevance
    /// hold both kinds: they are shown apart ("Also matching"), after the exact ones.
    pub typo_from: Option<usize>,
    /// What the search marks in the texts it shows (nothing when not searching).
    pub marks: Marks,
}

/// Runs a query: search, filter, count, order. The index is read only when the query has
/// search text.
pub fn explore(catalog: &Catalog, index: &SearchIndex, query: &ExploreQuery) -> Results {
    let Found { hits, marks } = if query.is_searching() {
        index.find(&query.text)
    } else {
        Found {
            hits: (0..catalog.technologies.len())
                .map(|i| Hit {
                    index: i,
                    rank: super::search::Rank::OtherFields,
                })
                .collect(),
            marks: Marks::default(),
        }
    };
    let counts = facet_counts(catalog, &hits, &query.filters);
    let passing: Vec<&Hit> = hits
        .iter()
        .filter(|h| query.filters.passes(&catalog.technologies[h.index]))
        .collect();
    let mut items: Vec<usize> = passing.iter().map(|h| h.index).collect();
    let mut typo_from = None;
    match query.effective_sort() {
        // Hits are already ranked, exact matches before typo matches.
        Sort::Relevance => {
            typo_from = passing
                .iter()
                .position(|h| h.rank.needed_a_typo())
                .filter(|&at| at > 0);
        }
        Sort::Name => {
            let names = items
                .iter()
                .map(|&i| (0, super::search::fold(catalog.technologies[i].name)))
                .collect();
            let mut sorted = vec![0; items.len()];
            for (&item, place) in items.iter().zip(crate::order::places(names)) {
                sorted[place as usize] = item;
            }
            items = sorted;
        }
        // Catalog order is category order.
        Sort::Category => crate::order::sort_by_key(&mut items, |&i| i as u64),
    }
    Results {
        items,
        counts,
        matching_search: hits.len(),
        typo_from,
        marks,
    }
}
