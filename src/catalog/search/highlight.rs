//! The marked runs of a card's text for a search: what the view shows highlighted.

use super::text::{fold, match_word, searched_in, terms, words_with_offsets, WordMatch};
use super::Field;

/// What a search marks: its terms, and for each word the search met in the index, how many of
/// its letters to mark in each field. A card's text is then marked by looking its words up, not
/// by matching every term against every word again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    /// The search text the marks are for.
    query: String,
    terms: Vec<Vec<char>>,
    /// Folded word → letters to mark when it is in a name, an alias or other text (0: none),
    /// sorted by word (a few dozen words: a search, not a map, keeps the wasm small).
    met: Vec<(String, [usize; 3])>,
}

impl Marks {
    /// The marks of `query` before any word was met: a text's words are matched as they come.
    pub fn for_query(query: &str) -> Marks {
        Marks {
            query: query.to_string(),
            terms: terms(query).iter().map(|t| t.chars().collect()).collect(),
            met: Vec::new(),
        }
    }

    /// The search text these marks are for.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// True when they mark nothing: no search.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// How many words the search met (what [`Marks::runs`] looks up rather than matches).
    pub fn words_met(&self) -> usize {
        self.met.len()
    }

    /// Records a word of the index that some term met (the search calls this as it goes).
    pub(super) fn meet(&mut self, word: &[char]) {
        let folded: String = word.iter().collect();
        if let Err(at) = self.find(&folded) {
            let lengths = [Field::Name, Field::Alias, Field::Other].map(|f| self.marked(word, f));
            self.met.insert(at, (folded, lengths));
        }
    }

    fn find(&self, word: &str) -> Result<usize, usize> {
        self.met.binary_search_by(|(w, _)| w.as_str().cmp(word))
    }

    /// How many letters of `word` to mark in `field`: a word starting with a term marks the
    /// term's length; a word one typo away marks the whole word; the best term decides.
    fn marked(&self, word: &[char], field: Field) -> usize {
        let lone = self.terms.len() == 1;
        let best = self
            .terms
            .iter()
            .filter(|t| searched_in(t, field, lone))
            .filter_map(|t| match_word(t, word).map(|m| (m, t.len())))
            .min_by_key(|(m, len)| (*m, usize::MAX - len));
        match best {
            Some((WordMatch::Fuzzy, _)) => word.len(),
            Some((_, len)) => len.min(word.len()),
            None => 0,
        }
    }

    /// Splits `text` (an item's `field`) into runs to show plain or highlighted. Terms the search
    /// does not look for in this field mark nothing. The runs, joined, are exactly `text`: the
    /// view renders them as text nodes, never as HTML.
    pub fn runs(&self, text: &str, field: Field) -> Vec<(String, bool)> {
        let chars: Vec<char> = text.chars().collect();
        let mut marked = vec![false; chars.len()];
        if !self.terms.is_empty() {
            for (start, word) in words_with_offsets(&fold(text)) {
                let len = match self.find(&word) {
                    Ok(at) => self.met[at].1[field as usize],
                    // A word the search never saw (text outside the index) is matched here.
                    Err(_) => self.marked(&word.chars().collect::<Vec<char>>(), field),
                };
                let end = (start + len).min(marked.len());
                marked[start..end].iter_mut().for_each(|m| *m = true);
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
}

/// Whether `now` has the shape of `before`: as many runs, marked alike, so a view can change the
/// runs' text in place instead of rebuilding them. Typing on in a word keeps the shape; a new
/// match, a lost one or a typo match (which marks the whole word) changes it.
pub fn same_shape(before: &[(String, bool)], now: &[(String, bool)]) -> bool {
    before.len() == now.len() && before.iter().zip(now).all(|((_, a), (_, b))| a == b)
}

/// The runs of `text` for `query` alone, without an index: [`Marks::for_query`] then
/// [`Marks::runs`].
pub fn highlight(text: &str, query: &str, field: Field) -> Vec<(String, bool)> {
    Marks::for_query(query).runs(text, field)
}
