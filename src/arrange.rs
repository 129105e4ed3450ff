//! How to turn the rows a list shows into the rows it should show with few DOM operations.
//!
//! A keystroke in the explorer reorders and filters up to a hundred cards. Moving a DOM node
//! makes the browser restyle it and lay it out again, so the plan keeps in place the longest run
//! of rows that are already in the right relative order (a longest increasing subsequence) and
//! moves only the others. Pure: the UI applies the steps to real nodes.

use rustc_hash::FxHashMap as HashMap;
use std::hash::Hash;

/// One DOM operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<K> {
    /// Take the row out of the list.
    Remove(K),
    /// Put the row (new, or moved from elsewhere in the list) before `before`, or at the end.
    Insert { row: K, before: Option<K> },
}

/// The steps that turn `current` into `wanted`: removals first, then insertions from the end of
/// `wanted` to its start, each before a row that is already in its final place. Rows must be
/// unique within each list.
pub fn plan<K: Copy + Eq + Hash>(current: &[K], wanted: &[K]) -> Vec<Step<K>> {
    let position: HashMap<K, usize> = wanted.iter().enumerate().map(|(i, &k)| (k, i)).collect();
    let mut steps: Vec<Step<K>> = current
        .iter()
        .filter(|k| !position.contains_key(k))
        .map(|&k| Step::Remove(k))
        .collect();
    // Where each row that stays would have to be, in the order it is now.
    let kept: Vec<usize> = current
        .iter()
        .filter_map(|k| position.get(k).copied())
        .collect();
    let mut stays = vec![false; wanted.len()];
    for i in longest_increasing(&kept) {
        stays[kept[i]] = true;
    }
    let mut next: Option<K> = None;
    for (i, &row) in wanted.iter().enumerate().rev() {
        if !stays[i] {
            steps.push(Step::Insert { row, before: next });
        }
        next = Some(row);
    }
    steps
}

/// Indices into `xs` of one longest strictly increasing subsequence (O(n log n)).
fn longest_increasing(xs: &[usize]) -> Vec<usize> {
    // tails[l] = index of the smallest tail of an increasing run of length l + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous = vec![usize::MAX; xs.len()];
    for (i, &x) in xs.iter().enumerate() {
        let at = tails.partition_point(|&t| xs[t] < x);
        if at > 0 {
            previous[i] = tails[at - 1];
        }
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        run.push(i);
        at = (previous[i] != usize::MAX).then_some(previous[i]);
    }
    run.reverse();
    run
}

/// Applies steps to a list, as the DOM would: what the tests check plans against.
pub fn apply<K: Copy + Eq>(list: &mut Vec<K>, steps: &[Step<K>]) {
    for step in steps {
        match *step {
            Step::Remove(row) => list.retain(|&k| k != row),
            Step::Insert { row, before } => {
                list.retain(|&k| k != row);
                let at = before
                    .and_then(|b| list.iter().position(|&k| k == b))
                    .unwrap_or(list.len());
                list.insert(at, row);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_increasing_finds_a_longest_run() {
        let xs = [3, 1, 4, 1, 5, 9, 2, 6];
        let run = longest_increasing(&xs);
        assert_eq!(run.len(), 4);
        assert!(run.windows(2).all(|w| w[0] < w[1] && xs[w[0]] < xs[w[1]]));
    }
}
