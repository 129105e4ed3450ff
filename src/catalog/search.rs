//! Full-text search over the catalog: folding, typo tolerance, ranking and highlight ranges.
//! Pure Rust: no leptos, no web-sys.
//!
//! The index is built once. Every distinct folded word of every item goes into one
//! vocabulary, and items hold word ids. A keystroke then compares each query term with the
//! vocabulary (a few thousand words even for a 10,000-item catalog) rather than with every word
//! of every item, and scoring an item is a lookup per word id: no allocation per item.

use super::{Catalog, Technology};

mod highlight;
mod text;

pub use highlight::{highlight, same_shape, Marks};
pub use text::{fold, fold_char, terms, within_one_edit, OTHER_FIELDS_MIN_CHARS};
use text::{match_word, searched_in, words_with_offsets, WordMatch};

/// Where a match was found, best first. The order is the ranking the reader sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// The query is the name.
    ExactName,
    /// The name starts with the query.
    NamePrefix,
    /// The query is an alias, or an alias starts with it.
    Alias,
    /// Every term is found in the name's words.
    NameWords,
    /// Every term is found in the aliases' or the name's words.
    AliasWords,
    /// Some term is only in the summary, tags or best-for text.
    OtherFields,
    /// Some term needed a typo to match the name.
    FuzzyName,
    /// Some term needed a typo to match an alias.
    FuzzyAlias,
    /// Some term needed a typo to match the other fields.
    FuzzyOther,
}

impl Rank {
    /// The match needed a typo: the reader may not have meant it.
    pub fn needed_a_typo(self) -> bool {
        self >= Rank::FuzzyName
    }
}

#[derive(Debug, Clone)]
struct Entry {
    /// Folded name and aliases, for the whole-query ranks.
    name: String,
    aliases: Vec<String>,
}

/// Where in an item a word occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name = 0,
    Alias = 1,
    Other = 2,
}

/// The search index for one catalog.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    vocabulary: Vec<Vec<char>>,
    /// For each vocabulary word, the items it occurs in and where (one pair per item and field),
    /// so a query term only visits the items that have a word it meets.
    postings: Vec<Vec<(u32, Field)>>,
    entries: Vec<Entry>,
    /// Each item's place in order of folded name.
    name_order: Vec<u32>,
}

/// What a search found: its hits, best first, and what to mark in the texts it shows.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub marks: Marks,
}

/// One search hit: the item's position in the catalog and how well it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    pub rank: Rank,
}

/// Builds a [`SearchIndex`] an item at a time, so that a page can build it in short tasks
/// ([`SearchIndex::new`] builds it in one go). The index it finishes is the same either way.
pub struct IndexBuilder<'a> {
    catalog: &'a Catalog,
    /// The next item to add.
    next: usize,
    /// Words are interned as they are met: the synthetic 10,000-item catalog has about a million
    /// word occurrences but only about 11,000 distinct words.
    ids: rustc_hash::FxHashMap<String, u32>,
    vocabulary: Vec<Vec<char>>,
    postings: Vec<Vec<(u32, Field)>>,
    entries: Vec<Entry>,
}

impl<'a> IndexBuilder<'a> {
    pub fn new(catalog: &'a Catalog) -> IndexBuilder<'a> {
        IndexBuilder {
            catalog,
            next: 0,
            ids: rustc_hash::FxHashMap::default(),
            vocabulary: Vec::new(),
            postings: Vec::new(),
            entries: Vec::with_capacity(catalog.technologies.len()),
        }
    }

    /// Adds the next item; false once every item has been added (then it adds nothing).
    pub fn add_next(&mut self) -> bool {
        let Some(tech) = self.catalog.technologies.get(self.next) else {
            return false;
        };
        let item = self.next as u32;
        self.next += 1;
        let (mut name_words, mut alias_words, mut other_words) =
            (Vec::new(), Vec::new(), Vec::new());
        self.intern(tech.name, &mut name_words);
        for alias in tech.aliases {
            self.intern(alias, &mut alias_words);
        }
        for text in other_text(self.catalog, tech) {
            self.intern(text, &mut other_words);
        }
        for (field, mut words) in [
            (Field::Name, name_words),
            (Field::Alias, alias_words),
            (Field::Other, other_words),
        ] {
            crate::order::sort_by_key(&mut words, |&w| u64::from(w));
            words.dedup();
            for id in words {
                let id = id as usize;
                if self.postings.len() <= id {
                    self.postings.resize_with(id + 1, Vec::new);
                }
                self.postings[id].push((item, field));
            }
        }
        self.entries.push(Entry {
            name: fold(tech.name),
            aliases: tech.aliases.iter().map(|a| fold(a)).collect(),
        });
        true
    }

    /// Adds items while `more_time` says so (asked before each item); false once every item
    /// has been added.
    pub fn add_while(&mut self, mut more_time: impl FnMut() -> bool) -> bool {
        while more_time() {
            if !self.add_next() {
                return false;
            }
        }
        self.next < self.catalog.technologies.len()
    }

    /// Adds the items not yet added and finishes the index.
    pub fn complete(mut self) -> SearchIndex {
        while self.add_next() {}
        self.finish()
    }

    /// How many items are in so far.
    pub fn added(&self) -> usize {
        self.next
    }

    fn intern(&mut self, text: &str, out: &mut Vec<u32>) {
        for (_, word) in words_with_offsets(&fold(text)) {
            let id = match self.ids.get(&word) {
                Some(id) => *id,
                None => {
                    let id = self.vocabulary.len() as u32;
                    self.vocabulary.push(word.chars().collect());
                    self.ids.insert(word, id);
                    id
                }
            };
            out.push(id);
        }
    }

    /// The index of every item added so far (all of them, once [`Self::add_next`] says so).
    pub fn finish(self) -> SearchIndex {
        let entries = self.entries;
        // Each item's place in tie order: fewer name words first (PostgreSQL before Azure
        // Database for PostgreSQL when both match alike), then folded name, then catalog order.
        // Ties in a ranking then compare two integers instead of two strings.
        let name_order = crate::order::places(
            entries
                .iter()
                .map(|e| (e.name.split(' ').count(), e.name.clone()))
                .collect(),
        );
        SearchIndex {
            vocabulary: self.vocabulary,
            postings: self.postings,
            entries,
            name_order,
        }
    }
}

impl SearchIndex {
    pub fn new(catalog: &Catalog) -> SearchIndex {
        IndexBuilder::new(catalog).complete()
    }

    /// An index of nothing: for browsing without a search term, where no index is read.
    pub const fn empty() -> SearchIndex {
        SearchIndex {
            vocabulary: Vec::new(),
            postings: Vec::new(),
            entries: Vec::new(),
            name_order: Vec::new(),
        }
    }

    /// Number of distinct words indexed.
    pub fn vocabulary_len(&self) -> usize {
        self.vocabulary.len()
    }

    /// The items matching every term of `query`, best first; ties by shorter name, then name. An empty query
    /// matches nothing: browsing without a query is the caller's business.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.find(query).hits
    }

    /// [`SearchIndex::search`]'s hits, with the marks of every word a term met on the way.
    pub fn find(&self, query: &str) -> Found {
        let mut marks = Marks::for_query(query);
        let terms: Vec<Vec<char>> = terms(query).iter().map(|t| t.chars().collect()).collect();
        if terms.is_empty() {
            return Found {
                hits: Vec::new(),
                marks,
            };
        }
        // The weakest term decides an item's rank; an item some term misses is out (None).
        let n = self.entries.len();
        let mut worst: Vec<Option<Rank>> = vec![Some(Rank::ExactName); n];
        // Per term and item, how the term best met the item's name, aliases and other words.
        let mut best: Vec<[Option<WordMatch>; 3]> = vec![[None; 3]; n];
        let lone = terms.len() == 1;
        for (i, term) in terms.iter().enumerate() {
            if i > 0 {
                best.iter_mut().for_each(|b| *b = [None; 3]);
            }
            for (word, items) in self.vocabulary.iter().zip(&self.postings) {
                let Some(m) = match_word(term, word) else {
                    continue;
                };
                marks.meet(word);
                for &(item, field) in items {
                    if !searched_in(term, field, lone) {
                        continue;
                    }
                    let slot = &mut best[item as usize][field as usize];
                    *slot = Some(slot.map_or(m, |old| old.min(m)));
                }
            }
            for (w, b) in worst.iter_mut().zip(&best) {
                *w = w.zip(term_rank(b)).map(|(a, t)| a.max(t));
            }
        }
        let whole = fold(query.trim());
        let mut hits: Vec<Hit> = worst
            .iter()
            .enumerate()
            .filter_map(|(index, rank)| {
                let rank = (*rank)?;
                let rank = whole_rank(&self.entries[index], &whole).map_or(rank, |r| r.min(rank));
                Some(Hit { index, rank })
            })
            .collect();
        // Ties by folded name, through the index's name order: folding in the comparison
        // allocated twice per comparison (the slowest part of a 10,000-item search, measured).
        crate::order::sort_by_key(&mut hits, |h| {
            crate::order::pair(h.rank as u32, self.name_order[h.index])
        });
        Found { hits, marks }
    }
}

/// The text besides name and aliases that a search looks at.
fn other_text<'a>(
    catalog: &'a Catalog,
    tech: &'a Technology,
) -> impl Iterator<Item = &'static str> + 'a {
    std::iter::once(tech.summary)
        .chain(tech.best_for.iter().copied())
        .chain(tech.tags.iter().copied())
        .chain(tech.tags.iter().map(|t| catalog.tag_label(t)))
}

/// How one term ranks an item, from how it best met the item's name, aliases and other words;
/// None when it met none of them.
fn term_rank(best: &[Option<WordMatch>; 3]) -> Option<Rank> {
    let [name, alias, other] = *best;
    let exact = |m: Option<WordMatch>| m.is_some_and(|m| m != WordMatch::Fuzzy);
    Some(if exact(name) {
        Rank::NameWords
    } else if exact(alias) {
        Rank::AliasWords
    } else if exact(other) {
        Rank::OtherFields
    } else if name.is_some() {
        Rank::FuzzyName
    } else if alias.is_some() {
        Rank::FuzzyAlias
    } else if other.is_some() {
        Rank::FuzzyOther
    } else {
        return None;
    })
}

/// The rank the whole query earns against the name or an alias, if any.
fn whole_rank(entry: &Entry, whole: &str) -> Option<Rank> {
    if entry.name == whole {
        Some(Rank::ExactName)
    } else if entry.name.starts_with(whole) {
        Some(Rank::NamePrefix)
    } else if entry.aliases.iter().any(|a| a.starts_with(whole)) {
        Some(Rank::Alias)
    } else {
        None
    }
}
