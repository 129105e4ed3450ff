//! Words as search compares them: folded (lowercase, no accents, same length), split, with
//! question words dropped, and matched exactly, as a prefix or one typo away.

use super::Field;
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
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '#' || c == '+'
}

/// Splits folded text into words (with their char offsets). Dots inside a word ("node.js") stay,
/// trailing punctuation does not.
pub(super) fn words_with_offsets(folded: &str) -> Vec<(usize, String)> {
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
pub(super) enum WordMatch {
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
pub(super) fn searched_in(term: &[char], field: Field, lone: bool) -> bool {
    field != Field::Other || term.len() >= OTHER_FIELDS_MIN_CHARS || !lone
}

pub(super) fn match_word(term: &[char], word: &[char]) -> Option<WordMatch> {
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
