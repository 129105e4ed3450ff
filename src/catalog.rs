//! The catalog: the model types, the built-in data generated from `data/` by `build.rs`, and the
//! queries every view shares. Pure Rust: no leptos, no web-sys, so it is tested natively.

pub mod compare;
pub mod details;
pub mod facets;
mod model;
pub mod search;

pub use model::{
    Category, FacetKeys, Hosting, License, Lifecycle, LifecycleStatus, Reference, Subcategory, Tag,
    Technology,
};

mod generated {
    // The references are natively only, like the descriptions (`details`).
    #[cfg(not(target_arch = "wasm32"))]
    use super::Reference;
    use super::{
        Category, FacetKeys, Hosting, License, Lifecycle, LifecycleStatus, Subcategory, Tag,
        Technology,
    };
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

/// One entry of a list of items grouped by category ([`Catalog::grouped`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouped {
    /// A category's header (index into [`Catalog::categories`]).
    Category(usize),
    /// An item (index into [`Catalog::technologies`]).
    Item(usize),
}

/// A catalog of technologies with its categories and tag vocabulary. The app uses
/// [`Catalog::builtin`]; tests and benchmarks may build their own from leaked data.
#[derive(Debug, Clone, Copy)]
pub struct Catalog {
    pub technologies: &'static [Technology],
    pub categories: &'static [Category],
    pub tags: &'static [Tag],
}

static BUILTIN: Catalog = Catalog {
    technologies: generated::TECHNOLOGIES,
    categories: generated::CATEGORIES,
    tags: generated::TAGS,
};

impl Catalog {
    /// The catalog compiled from `data/`, validated at build time.
    pub fn builtin() -> &'static Catalog {
        &BUILTIN
    }

    pub fn technology(&self, id: &str) -> Option<&'static Technology> {
        self.technologies.iter().find(|t| t.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&'static Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn tag(&self, id: &str) -> Option<&'static Tag> {
        self.tags.iter().find(|t| t.id == id)
    }

    /// The label a reader sees for a tag id; the id itself when the tag is unknown.
    pub fn tag_label(&self, id: &'static str) -> &'static str {
        self.tag(id).map_or(id, |t| t.label)
    }

    /// How many "best for" phrases a card shows.
    pub const CARD_BEST_FOR: usize = 3;

    /// How many tags a card shows.
    pub const CARD_TAGS: usize = 6;

    /// A card's tags as one line of labels (`Open source · Relational · SQL`): one text node
    /// instead of an element per tag.
    pub fn tag_line(&self, tech: &Technology) -> String {
        let labels: Vec<&str> = tech
            .tags
            .iter()
            .take(Self::CARD_TAGS)
            .map(|t| self.tag_label(t))
            .collect();
        labels.join(" · ")
    }

    /// `items` (indices into [`Catalog::technologies`]) in their order, each category's header
    /// before the first of its items. A category is headed once even when its items do not all
    /// come together (a search ranks them).
    pub fn grouped(&self, items: &[usize]) -> Vec<Grouped> {
        let mut out = Vec::with_capacity(items.len() + self.categories.len());
        let mut headed = vec![false; self.categories.len()];
        for &i in items {
            let category = self.technologies[i].category;
            if let Some(ci) = self.categories.iter().position(|c| c.id == category) {
                if !std::mem::replace(&mut headed[ci], true) {
                    out.push(Grouped::Category(ci));
                }
            }
            out.push(Grouped::Item(i));
        }
        out
    }

    /// The technologies of one category, in catalog order.
    pub fn in_category<'a>(
        &'a self,
        category: &'a str,
    ) -> impl Iterator<Item = &'static Technology> + 'a {
        self.technologies
            .iter()
            .filter(move |t| t.category == category)
    }

    /// The items a technology names as related, skipping any id the catalog lacks.
    /// The guides to read about an item: its own, then its category's, each once.
    pub fn guide_ids(&self, tech: &Technology) -> Vec<&'static str> {
        let category = self.category(tech.category).map_or(&[][..], |c| c.guides);
        let mut ids: Vec<&'static str> = Vec::new();
        for id in tech.guides.iter().chain(category) {
            if !ids.contains(id) {
                ids.push(id);
            }
        }
        ids
    }

    /// The categories that send their readers to a guide, in catalog order.
    pub fn categories_citing(&self, guide: &str) -> Vec<&'static Category> {
        self.categories
            .iter()
            .filter(|c| c.guides.contains(&guide))
            .collect()
    }

    pub fn related(&self, tech: &Technology) -> Vec<&'static Technology> {
        tech.related
            .iter()
            .filter_map(|id| self.technology(id))
            .collect()
    }

    /// How many technologies each category holds, in category order.
    pub fn counts_by_category(&self) -> Vec<(&'static Category, usize)> {
        self.categories
            .iter()
            .map(|c| (c, self.in_category(c.id).count()))
            .collect()
    }
}

/// A catalog of `n` technologies made by repeating the built-in ones under numbered names and
/// ids, leaked for the life of the page. For the benchmark only: the app uses it when built with
/// the `synthetic` feature and opened with `?synthetic=N`.
pub fn synthetic(base: &'static Catalog, n: usize) -> &'static Catalog {
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let count = base.technologies.len().max(1);
    let mut technologies: Vec<Technology> = (0..n)
        .filter_map(|k| {
            let t = base.technologies.get(k % count)?;
            Some(Technology {
                id: leak(format!("{}-{k}", t.id)),
                name: leak(format!("{} {k}", t.name)),
                ..*t
            })
        })
        .collect();
    // Like the built-in catalog, in category order (grouped views rely on it).
    let position = |t: &Technology| base.categories.iter().position(|c| c.id == t.category);
    technologies.sort_by_key(position);
    Box::leak(Box::new(Catalog {
        technologies: Box::leak(technologies.into_boxed_slice()),
        categories: base.categories,
        tags: base.tags,
    }))
}
