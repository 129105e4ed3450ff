//! The filter groups and the active filters: what a reader can narrow by, and whether an item
//! passes.

use crate::catalog::{Catalog, Hosting, License, Technology};
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

    pub(super) fn passes_except(&self, tech: &Technology, except: FacetGroup) -> bool {
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
