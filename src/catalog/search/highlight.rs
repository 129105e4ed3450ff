//! The marked runs of a card's text for a search: what the view shows highlighted.

use super::text::{fold, match_word, searched_in, terms, words_with_offsets, WordMatch};
use super::Field;

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
