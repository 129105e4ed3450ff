//! How many items each filter option would show, the options as the filter panel offers them,
//! and, for an empty result, what dropping each filter would bring back.

use super::{explore, ExploreQuery, FacetGroup, Filter, Filters};
use crate::catalog::search::{Hit, SearchIndex};
use crate::catalog::{Catalog, Hosting, License};

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
