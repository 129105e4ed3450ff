//! The filter groups and the active filters: what a reader can narrow by, and whether an item
//! passes.

use crate::catalog::{Catalog, Hosting, License, Technology};

/// A set kept as a sorted list: a reader ticks a handful of filters, and a list's code is a
/// fraction of a `BTreeSet`'s in the wasm (decision 0024's reasoning).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FilterSet<T>(Vec<T>);

impl<T> Default for FilterSet<T> {
    fn default() -> FilterSet<T> {
        FilterSet(Vec::new())
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for FilterSet<T> {
    fn from(values: [T; N]) -> FilterSet<T> {
        let mut set = FilterSet::default();
        for value in values {
            set.insert(value);
        }
        set
    }
}

impl<T: Ord> FilterSet<T> {
    /// Adds `value`; false when it was there already.
    pub fn insert(&mut self, value: T) -> bool {
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Takes `value` out; false when it was not there.
    pub fn remove<Q: ?Sized + Ord>(&mut self, value: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
    {
        match self.0.binary_search_by(|v| v.borrow().cmp(value)) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains<Q: ?Sized + Ord>(&self, value: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
    {
        self.0.binary_search_by(|v| v.borrow().cmp(value)).is_ok()
    }

    /// In order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

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
    pub categories: FilterSet<String>,
    pub tags: FilterSet<String>,
    pub hosting: FilterSet<Hosting>,
    pub licenses: FilterSet<License>,
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
        fn flip<T: Ord>(set: &mut FilterSet<T>, value: T) {
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::FilterSet;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    proptest! {
        /// A filter set answers as a `BTreeSet` does, whatever is added and taken out.
        #[test]
        fn a_filter_set_behaves_as_a_btree_set(ops in proptest::collection::vec((any::<bool>(), 0u8..12), 0..60)) {
            let (mut set, mut tree) = (FilterSet::default(), BTreeSet::new());
            for (add, value) in ops {
                if add {
                    prop_assert_eq!(set.insert(value), tree.insert(value));
                } else {
                    prop_assert_eq!(set.remove(&value), tree.remove(&value));
                }
                prop_assert_eq!(set.iter().collect::<Vec<_>>(), tree.iter().collect::<Vec<_>>());
                prop_assert_eq!(set.len(), tree.len());
                prop_assert!((0..12).all(|v| set.contains(&v) == tree.contains(&v)));
            }
        }
    }
}
