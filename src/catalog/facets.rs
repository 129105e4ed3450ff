//! Facets and the explore query: which items show for a search plus filters, how many each
//! filter option would show, and how the results are ordered. Pure Rust.
//!
//! Semantics: OR within a group, AND across groups. An option's count is the number of items
//! that would show if the option were picked, given the search and the *other* groups' filters.

use super::search::{Hit, SearchIndex};
use super::{Catalog, Hosting, License, Technology};
use std::collections::BTreeSet;

/// The filter groups a reader can narrow by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FacetGroup {
    Category,
    Tag,
    Hosting,
    License,
}

impl FacetGroup {
    pub const ALL: [FacetGroup; 4] = [
        FacetGroup::Category,
        FacetGroup::Tag,
        FacetGroup::Hosting,
        FacetGroup::License,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FacetGroup::Category => "Category",
            FacetGroup::Tag => "Tags",
            FacetGroup::Hosting => "Hosting",
            FacetGroup::License => "License",
        }
    }
}

/// The active filters. Category entries are a category id (`databases`) or a category and one
/// of its subcategories (`databases/relational`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub categories: BTreeSet<String>,
    pub tags: BTreeSet<String>,
    pub hosting: BTreeSet<Hosting>,
    pub licenses: BTreeSet<License>,
}

/// One active filter, as shown on a removable chip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    Category(String),
    Tag(String),
    Hosting(Hosting),
    License(License),
}

impl Filter {
    pub fn group(&self) -> FacetGroup {
        match self {
            Filter::Category(_) => FacetGroup::Category,
            Filter::Tag(_) => FacetGroup::Tag,
            Filter::Hosting(_) => FacetGroup::Hosting,
            Filter::License(_) => FacetGroup::License,
        }
    }

    /// What the chip says, e.g. "Databases › Relational" or "Open source".
    pub fn label(&self, catalog: &Catalog) -> String {
        match self {
            Filter::Category(key) => category_label(catalog, key),
            Filter::Tag(id) => catalog.tag(id).map_or(id.clone(), |t| t.label.to_string()),
            Filter::Hosting(h) => h.label().to_string(),
            Filter::License(l) => l.label().to_string(),
        }
    }
}

/// "Databases" for `databases`, "Databases › Relational" for `databases/relational`.
pub fn category_label(catalog: &Catalog, key: &str) -> String {
    let (cat, sub) = split_category_key(key);
    match catalog.category(cat) {
        Some(c) => match sub.and_then(|s| c.subcategory(s)) {
            Some(s) => format!("{} › {}", c.name, s.name),
            None => c.name.to_string(),
        },
        None => key.to_string(),
    }
}

pub fn split_category_key(key: &str) -> (&str, Option<&str>) {
    match key.split_once('/') {
        Some((c, s)) => (c, Some(s)),
        None => (key, None),
    }
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.categories.is_empty()
            && self.tags.is_empty()
            && self.hosting.is_empty()
            && self.licenses.is_empty()
    }

    /// Every active filter, in group order.
    pub fn active(&self) -> Vec<Filter> {
        let mut out: Vec<Filter> = self
            .categories
            .iter()
            .cloned()
            .map(Filter::Category)
            .collect();
        out.extend(self.tags.iter().cloned().map(Filter::Tag));
        out.extend(self.hosting.iter().copied().map(Filter::Hosting));
        out.extend(self.licenses.iter().copied().map(Filter::License));
        out
    }

    pub fn contains(&self, filter: &Filter) -> bool {
        match filter {
            Filter::Category(k) => self.categories.contains(k),
            Filter::Tag(t) => self.tags.contains(t),
            Filter::Hosting(h) => self.hosting.contains(h),
            Filter::License(l) => self.licenses.contains(l),
        }
    }

    /// Turns a filter on or off.
    pub fn toggle(&mut self, filter: Filter) {
        fn flip<T: Ord>(set: &mut BTreeSet<T>, value: T) {
            if !set.remove(&value) {
                set.insert(value);
            }
        }
        match filter {
            Filter::Category(k) => flip(&mut self.categories, k),
            Filter::Tag(t) => flip(&mut self.tags, t),
            Filter::Hosting(h) => flip(&mut self.hosting, h),
            Filter::License(l) => flip(&mut self.licenses, l),
        }
    }

    pub fn remove(&mut self, filter: &Filter) {
        match filter {
            Filter::Category(k) => {
                self.categories.remove(k);
            }
            Filter::Tag(t) => {
                self.tags.remove(t);
            }
            Filter::Hosting(h) => {
                self.hosting.remove(h);
            }
            Filter::License(l) => {
                self.licenses.remove(l);
            }
        }
    }

    /// Does the item pass this group's filter? An empty group passes everything.
    pub fn passes_group(&self, tech: &Technology, group: FacetGroup) -> bool {
        match group {
            FacetGroup::Category => {
                self.categories.is_empty()
                    || self
                        .categories
                        .iter()
                        .any(|k| category_key_matches(k, tech))
            }
            FacetGroup::Tag => {
                self.tags.is_empty() || tech.tags.iter().any(|t| self.tags.contains(*t))
            }
            FacetGroup::Hosting => {
                self.hosting.is_empty() || tech.hosting.iter().any(|h| self.hosting.contains(h))
            }
            FacetGroup::License => {
                self.licenses.is_empty() || self.licenses.contains(&tech.license)
            }
        }
    }

    pub fn passes(&self, tech: &Technology) -> bool {
        FacetGroup::ALL.iter().all(|g| self.passes_group(tech, *g))
    }

    fn passes_except(&self, tech: &Technology, except: FacetGroup) -> bool {
        FacetGroup::ALL
            .iter()
            .filter(|g| **g != except)
            .all(|g| self.passes_group(tech, *g))
    }
}

fn category_key_matches(key: &str, tech: &Technology) -> bool {
    match split_category_key(key) {
        (c, None) => tech.category == c,
        (c, Some(s)) => tech.category == c && tech.subcategory == s,
    }
}

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

/// A count for one option of a facet group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionCount<K> {
    pub key: K,
    pub count: usize,
}

/// The count for `key` in a group's counts, looking at position `pos` first: counts come in
/// the order the options are offered, so that is almost always a hit; 0 for an unknown key.
pub fn count_of<K: PartialEq>(list: &[OptionCount<K>], pos: usize, key: &K) -> usize {
    list.get(pos)
        .filter(|o| o.key == *key)
        .or_else(|| list.iter().find(|o| o.key == *key))
        .map_or(0, |o| o.count)
}

/// The counts for every option of every group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Category ids in catalog order, each followed by its subcategories (`cat/sub`).
    pub categories: Vec<OptionCount<String>>,
    /// Tags in vocabulary order (build-time validation makes sure some item carries each).
    pub tags: Vec<OptionCount<&'static str>>,
    pub hosting: Vec<OptionCount<Hosting>>,
    pub licenses: Vec<OptionCount<License>>,
}

impl FacetCounts {
    /// Every option's count in the order [`filter_options`] lists the options.
    pub fn in_option_order(&self) -> impl Iterator<Item = usize> + '_ {
        (self.categories.iter().map(|o| o.count))
            .chain(self.tags.iter().map(|o| o.count))
            .chain(self.hosting.iter().map(|o| o.count))
            .chain(self.licenses.iter().map(|o| o.count))
    }
}

/// A filter option as the filter panel offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterOption {
    pub filter: Filter,
    /// The option's own name (a subcategory's, not "category › subcategory").
    pub label: &'static str,
    /// A subcategory, shown under its category.
    pub nested: bool,
}

/// Every filter option, in the order [`FacetCounts`] counts them: each category followed by
/// its subcategories, then the tags, the hosting models and the licenses.
pub fn filter_options(catalog: &Catalog) -> Vec<FilterOption> {
    let option = |filter, label, nested| FilterOption {
        filter,
        label,
        nested,
    };
    let mut options = Vec::new();
    for c in catalog.categories {
        options.push(option(Filter::Category(c.id.to_string()), c.name, false));
        for s in c.subcategories {
            let key = format!("{}/{}", c.id, s.id);
            options.push(option(Filter::Category(key), s.name, true));
        }
    }
    for t in catalog.tags {
        options.push(option(Filter::Tag(t.id.to_string()), t.label, false));
    }
    for h in Hosting::ALL {
        options.push(option(Filter::Hosting(h), h.label(), false));
    }
    for l in License::ALL {
        options.push(option(Filter::License(l), l.label(), false));
    }
    options
}

/// What the filter panel shows of one option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionState {
    /// How many items the option would show, given the search and the other groups' filters.
    pub count: usize,
    pub checked: bool,
    /// Nothing to add: the option would show no item. A ticked option stays enabled, so it can
    /// still be removed.
    pub disabled: bool,
}

/// The state of every option of [`filter_options`], in the same order.
pub fn option_states(
    options: &[FilterOption],
    counts: &FacetCounts,
    filters: &Filters,
) -> Vec<OptionState> {
    options
        .iter()
        .zip(counts.in_option_order())
        .map(|(option, count)| {
            let checked = filters.contains(&option.filter);
            OptionState {
                count,
                checked,
                disabled: count == 0 && !checked,
            }
        })
        .collect()
}

/// The outcome of an explore query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// Indices into the catalog, in display order.
    pub items: Vec<usize>,
    pub counts: FacetCounts,
    /// How many items match the search alone (all items when not searching).
    pub matching_search: usize,
}

/// Runs a query: search, filter, count, order. The index is read only when the query has
/// search text.
pub fn explore(catalog: &Catalog, index: &SearchIndex, query: &ExploreQuery) -> Results {
    let hits: Vec<Hit> = if query.is_searching() {
        index.search(&query.text)
    } else {
        (0..catalog.technologies.len())
            .map(|i| Hit {
                index: i,
                rank: super::search::Rank::OtherFields,
            })
            .collect()
    };
    let counts = facet_counts(catalog, &hits, &query.filters);
    let mut items: Vec<usize> = hits
        .iter()
        .map(|h| h.index)
        .filter(|&i| query.filters.passes(&catalog.technologies[i]))
        .collect();
    match query.effective_sort() {
        Sort::Relevance => {} // hits are already ranked
        Sort::Name => {
            items.sort_by_cached_key(|&i| (super::search::fold(catalog.technologies[i].name), i))
        }
        Sort::Category => items.sort_unstable(), // catalog order is category order
    }
    Results {
        items,
        counts,
        matching_search: hits.len(),
    }
}

/// Counts per option: for each group, the items matching the search and the other groups.
/// One pass over the hits: each item adds one to the options it carries, in every group whose
/// *other* groups it passes.
pub fn facet_counts(catalog: &Catalog, hits: &[Hit], filters: &Filters) -> FacetCounts {
    // Each item knows its options' places (FacetKeys, from build.rs): counting is indexing.
    let techs = catalog.technologies;
    let category_options: usize = catalog
        .categories
        .iter()
        .map(|c| 1 + c.subcategories.len())
        .sum();
    let mut categories_n = vec![0usize; category_options];
    let mut tags_n = vec![0usize; catalog.tags.len()];
    let mut hosting_n = [0usize; Hosting::ALL.len()];
    let mut licenses_n = [0usize; License::ALL.len()];
    let add = |counts: &mut Vec<usize>, at: u16| {
        if let Some(n) = counts.get_mut(at as usize) {
            *n += 1;
        }
    };
    for hit in hits {
        let t = &techs[hit.index];
        if filters.passes_except(t, FacetGroup::Category) {
            add(&mut categories_n, t.facet_keys.category);
            add(&mut categories_n, t.facet_keys.subcategory);
        }
        if filters.passes_except(t, FacetGroup::Tag) {
            for &tag in t.facet_keys.tags {
                add(&mut tags_n, tag);
            }
        }
        if filters.passes_except(t, FacetGroup::Hosting) {
            for h in t.hosting {
                hosting_n[*h as usize] += 1;
            }
        }
        if filters.passes_except(t, FacetGroup::License) {
            licenses_n[t.license as usize] += 1;
        }
    }

    let mut categories = Vec::with_capacity(category_options);
    for c in catalog.categories {
        categories.push(c.id.to_string());
        for s in c.subcategories {
            categories.push(format!("{}/{}", c.id, s.id));
        }
    }
    let categories = categories
        .into_iter()
        .zip(categories_n)
        .map(|(key, count)| OptionCount { key, count })
        .collect();
    // Every tag of the vocabulary is carried by some item (checked at build time).
    let tags = catalog
        .tags
        .iter()
        .zip(tags_n)
        .map(|(tag, count)| OptionCount { key: tag.id, count })
        .collect();
    let hosting = Hosting::ALL
        .iter()
        .map(|h| OptionCount {
            key: *h,
            count: hosting_n[*h as usize],
        })
        .collect();
    let licenses = License::ALL
        .iter()
        .map(|l| OptionCount {
            key: *l,
            count: licenses_n[*l as usize],
        })
        .collect();
    FacetCounts {
        categories,
        tags,
        hosting,
        licenses,
    }
}

/// For an empty result: each active filter with how many items would show without it, so the
/// view can say which filters excluded everything and offer to remove them.
pub fn relaxations(
    catalog: &Catalog,
    index: &SearchIndex,
    query: &ExploreQuery,
) -> Vec<(Filter, usize)> {
    query
        .filters
        .active()
        .into_iter()
        .map(|f| {
            let mut relaxed = query.clone();
            relaxed.filters.remove(&f);
            let n = explore(catalog, index, &relaxed).items.len();
            (f, n)
        })
        .collect()
}
