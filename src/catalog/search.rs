//! Full-text search over the catalog: folding, typo tolerance, ranking and highlight ranges.
//! Pure Rust: no leptos, no web-sys.
//!
//! The index is built once. Every distinct folded word of every item goes into one
//! vocabulary, and items hold word ids. A keystroke then compares each query term with the
//! vocabulary (a few thousand words even for a 10,000-item catalog) rather than with every word
//! of every item, and scoring an item is a lookup per word id: no allocation per item.

use super::{Catalog, Technology};
use std::cmp::Ordering;

/// Lowercases one character and strips the accent from Latin letters, always yielding exactly one
/// character, so indices into folded text are indices into the original text.
pub fn fold_char(c: char) -> char {
    let lower = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    };
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        other => other,
    }
}

/// Case- and accent-insensitive form of a string.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// Characters that belong to a word. `#`, `+` and `.` keep "C#", "C++" and "Node.js" whole.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '#' || c == '+'
}

/// Splits folded text into words (with their char offsets). Dots inside a word ("node.js") stay,
/// trailing punctuation does not.
fn words_with_offsets(folded: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = folded.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_word_char(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (is_word_char(chars[i])
                || (chars[i] == '.' && i + 1 < chars.len() && is_word_char(chars[i + 1])))
        {
            i += 1;
        }
        out.push((start, chars[start..i].iter().collect()));
    }
    out
}

/// Words that carry no meaning in a question such as "what is loki" or "a database for a chat
/// app". Dropped unless the query is made of nothing else.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "best", "for", "how", "i", "in", "is", "me", "my", "of", "on", "or",
    "the", "to", "use", "what", "which", "with",
];

/// The query split into folded terms, question words left out.
pub fn terms(query: &str) -> Vec<String> {
    let all: Vec<String> = words_with_offsets(&fold(query))
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let meaningful: Vec<String> = all
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .cloned()
        .collect();
    if meaningful.is_empty() {
        all
    } else {
        meaningful
    }
}

/// True when `a` and `b` are at most one edit apart: one substitution, insertion, deletion or
/// swap of two neighbouring letters.
pub fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if prefix == la && prefix == lb {
        return true;
    }
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match la.cmp(&lb) {
        Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        Ordering::Less => ra == &rb[1..],
        Ordering::Greater => &ra[1..] == rb,
    }
}

/// How a query term met a vocabulary word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum WordMatch {
    Exact,
    Prefix,
    /// One typo away from the word or from a prefix of it.
    Fuzzy,
}

/// Shortest term we allow a typo in: below this a single edit matches too much.
const FUZZY_MIN_CHARS: usize = 4;

/// Shortest search, when it is a single term, looked for beyond names and aliases. A single
/// letter starts a word in most summaries ("p" met 73 of the 96 items), so alone it only finds
/// the items whose name or alias starts with it: a reader typing "p" is on the way to a name.
/// After other terms it is looked for everywhere: "message q" is on the way to "message queue",
/// and the first term has narrowed the items already.
pub const OTHER_FIELDS_MIN_CHARS: usize = 2;

/// Whether a term is looked for in this field; `lone` when it is the search's only term.
fn searched_in(term: &[char], field: Field, lone: bool) -> bool {
    field != Field::Other || term.len() >= OTHER_FIELDS_MIN_CHARS || !lone
}

fn match_word(term: &[char], word: &[char]) -> Option<WordMatch> {
    if term == word {
        return Some(WordMatch::Exact);
    }
    if word.starts_with(term) {
        return Some(WordMatch::Prefix);
    }
    if term.len() >= FUZZY_MIN_CHARS {
        if within_one_edit(term, word) {
            return Some(WordMatch::Fuzzy);
        }
        // A typo in what is meant as a prefix: "postgers" for "postgresql".
        for len in [term.len() - 1, term.len(), term.len() + 1] {
            if len < word.len() && within_one_edit(term, &word[..len]) {
                return Some(WordMatch::Fuzzy);
            }
        }
    }
    None
}

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
            words.sort_unstable();
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
        let words = |i: usize| entries[i].name.split(' ').count();
        let mut by_name: Vec<usize> = (0..entries.len()).collect();
        by_name.sort_by(|&a, &b| {
            (words(a), &entries[a].name, a).cmp(&(words(b), &entries[b].name, b))
        });
        let mut name_order = vec![0u32; entries.len()];
        for (place, &i) in by_name.iter().enumerate() {
            name_order[i] = place as u32;
        }
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
        let terms: Vec<Vec<char>> = terms(query).iter().map(|t| t.chars().collect()).collect();
        if terms.is_empty() {
            return Vec::new();
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
        hits.sort_unstable_by_key(|h| (h.rank, self.name_order[h.index]));
        hits
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

/// Whether `now` has the shape of `before`: as many runs, marked alike, so a view can change the
/// runs' text in place instead of rebuilding them. Typing on in a word keeps the shape; a new
/// match, a lost one or a typo match (which marks the whole word) changes it.
pub fn same_shape(before: &[(String, bool)], now: &[(String, bool)]) -> bool {
    before.len() == now.len() && before.iter().zip(now).all(|((_, a), (_, b))| a == b)
}

/// Splits `text` (an item's `field`) into runs to show plain or highlighted for `query`: a word
/// starting with a term highlights the term's length; a word one typo away highlights the whole
/// word; terms the search does not look for in this field highlight nothing. The runs, joined,
/// are exactly `text`: the view renders them as text nodes, never as HTML.
pub fn highlight(text: &str, query: &str, field: Field) -> Vec<(String, bool)> {
    let all = terms(query);
    let lone = all.len() == 1;
    let terms: Vec<Vec<char>> = all
        .iter()
        .map(|t| t.chars().collect::<Vec<char>>())
        .filter(|t| searched_in(t, field, lone))
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let mut marked = vec![false; chars.len()];
    if !terms.is_empty() {
        for (start, word) in words_with_offsets(&fold(text)) {
            let word: Vec<char> = word.chars().collect();
            let best = terms
                .iter()
                .filter_map(|t| match_word(t, &word).map(|m| (m, t.len())))
                .min_by_key(|(m, len)| (*m, usize::MAX - len));
            let len = match best {
                Some((WordMatch::Fuzzy, _)) => word.len(),
                Some((_, len)) => len.min(word.len()),
                None => 0,
            };
            marked[start..start + len]
                .iter_mut()
                .for_each(|m| *m = true);
        }
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match runs.last_mut() {
            Some((s, last)) if *last == m => s.push(c),
            _ => runs.push((c.to_string(), m)),
        }
    }
    runs
}
