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

/// Where two grids that share rows stand: each row is in at most one of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared<K> {
    /// The grid that holds everything not shown elsewhere (the browse grid).
    pub rest: Vec<K>,
    /// The grid that shows a query's rows, borrowed from the other (the results grid).
    pub shown: Vec<K>,
}

impl<K> Default for Shared<K> {
    fn default() -> Self {
        Shared {
            rest: Vec::new(),
            shown: Vec::new(),
        }
    }
}

/// The DOM operations that take two grids from one [`Shared`] state to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedPlan<K> {
    /// Where the grids will stand.
    pub next: Shared<K>,
    /// Rows to take out of the page first. A row moving from one grid to the other is not in
    /// it: its insertion moves it, one operation instead of two.
    pub removals: Vec<K>,
    /// Then these insertions into the rest grid, then [`SharedPlan::into_shown`].
    pub into_rest: Vec<Step<K>>,
    pub into_shown: Vec<Step<K>>,
    /// False when `placeable` held some rows back: call again for the others.
    pub complete: bool,
}

/// Plans the shown grid to hold `shown` (in order) and the rest grid to hold the rows of `all`
/// not shown (in order). Only rows `placeable` accepts are placed (it is asked once per row
/// not already placed, in order: shown rows first); the plan then says it is not complete.
/// Rows must be unique within `all` and within `shown`.
pub fn plan_shared<K: Copy + Eq + Hash>(
    current: &Shared<K>,
    all: &[K],
    shown: &[K],
    mut placeable: impl FnMut(&K) -> bool,
) -> SharedPlan<K> {
    let placed: rustc_hash::FxHashSet<K> =
        current.rest.iter().chain(&current.shown).copied().collect();
    let mut ok = |row: &K| placed.contains(row) || placeable(row);
    let next_shown: Vec<K> = shown.iter().copied().filter(&mut ok).collect();
    let borrowed: rustc_hash::FxHashSet<K> = shown.iter().copied().collect();
    let unborrowed: Vec<K> = all
        .iter()
        .copied()
        .filter(|r| !borrowed.contains(r))
        .collect();
    let next_rest: Vec<K> = unborrowed.iter().copied().filter(&mut ok).collect();
    let complete = next_shown.len() == shown.len() && next_rest.len() == unborrowed.len();
    let to_shown = plan(&current.shown, &next_shown);
    let to_rest = plan(&current.rest, &next_rest);
    let (mut removals, mut into_rest, mut into_shown) = (Vec::new(), Vec::new(), Vec::new());
    let inserted: rustc_hash::FxHashSet<K> = to_shown
        .iter()
        .chain(&to_rest)
        .filter_map(|step| match step {
            Step::Insert { row, .. } => Some(*row),
            Step::Remove(_) => None,
        })
        .collect();
    for (steps, into) in [(to_rest, &mut into_rest), (to_shown, &mut into_shown)] {
        for step in steps {
            match step {
                Step::Remove(row) if !inserted.contains(&row) => removals.push(row),
                Step::Remove(_) => {}
                insert => into.push(insert),
            }
        }
    }
    SharedPlan {
        next: Shared {
            rest: next_rest,
            shown: next_shown,
        },
        removals,
        into_rest,
        into_shown,
        complete,
    }
}

/// Applies a shared plan to two lists, as the DOM would (an insertion takes the row out of
/// wherever it is): what the tests check plans against.
pub fn apply_shared<K: Copy + Eq>(grids: &mut Shared<K>, plan: &SharedPlan<K>) {
    for row in &plan.removals {
        grids.rest.retain(|k| k != row);
        grids.shown.retain(|k| k != row);
    }
    for (steps, into_rest) in [(&plan.into_rest, true), (&plan.into_shown, false)] {
        for step in steps {
            if let Step::Insert { row, before } = *step {
                grids.rest.retain(|&k| k != row);
                grids.shown.retain(|&k| k != row);
                let list = if into_rest {
                    &mut grids.rest
                } else {
                    &mut grids.shown
                };
                let at = before
                    .and_then(|b| list.iter().position(|&k| k == b))
                    .unwrap_or(list.len());
                list.insert(at, row);
            }
        }
    }
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

/// How start-up builds the grids: in passes of a few rows, so that no task builds the whole
/// catalog. Each pass asks for its budget and then reports how long it took ([`Self::record`]):
/// later passes are sized to take about [`Self::PASS_TARGET_MS`], so a slow device, or a slow
/// spell on a shared one, gets smaller passes rather than longer tasks. Between passes the UI
/// waits for a frame while the rows built so far are ones the browser lays out at once (the
/// opening screen's), and after that only yields a task, since further rows skip layout until
/// scrolled near (`content-visibility: auto`).
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct BuildSchedule {
    passes: usize,
    budgeted: usize,
    /// What a row has cost in the passes measured so far, in milliseconds (each pass weighs half).
    row_ms: Option<f64>,
}

impl BuildSchedule {
    /// The first pass's budget: its rows are the first laid out, and that layout is slower than
    /// the later ones (measured at 4x CPU throttling: a first pass of 8 rows, 28 ms to build and
    /// 47 ms to lay out).
    pub const FIRST: usize = 3;
    /// A later pass's budget before any pass has been timed.
    pub const PASS: usize = 8;
    /// The most rows a pass builds, however quick they are (measured at 4x CPU throttling: a pass
    /// of 16 rows took about 55 ms when every pass built 16).
    pub const PASS_MAX: usize = 16;
    /// The time a pass aims at, in milliseconds: a third of a 50 ms task, which leaves room for
    /// the work the rows' effects do after the pass in the same task, and for the frame's layout.
    pub const PASS_TARGET_MS: f64 = 12.0;
    /// How many of a grid's first rows the browser lays out as soon as they are built: the first
    /// category's header and the dozen cards after it that the stylesheet keeps from skipping
    /// layout (`.sg-grid > .sg-card:nth-child(-n+13)`), with a margin.
    pub const LAID_OUT_AT_ONCE: usize = 16;

    /// The rows the next pass may build: none in the one that runs as the list is set up (it is
    /// built in a frame after the page around it), then [`Self::FIRST`], then as many as fit in
    /// [`Self::PASS_TARGET_MS`] at the pace measured so far (at least one, at most
    /// [`Self::PASS_MAX`]), or [`Self::PASS`] when nothing has been measured.
    pub fn next_budget(&mut self) -> usize {
        let budget = match self.passes {
            0 => 0,
            1 => Self::FIRST,
            _ => match self.row_ms {
                // Whole rows only: a pass that cannot fit one still builds one.
                Some(ms) => ((Self::PASS_TARGET_MS / ms) as usize).clamp(1, Self::PASS_MAX),
                None => Self::PASS,
            },
        };
        self.passes += 1;
        self.budgeted = self.budgeted.saturating_add(budget);
        budget
    }

    /// Records that the last pass built `rows` rows in `elapsed_ms` milliseconds. A pass that
    /// built nothing, or a time that is not a number of milliseconds, changes nothing.
    pub fn record(&mut self, rows: usize, elapsed_ms: f64) {
        if rows == 0 || !elapsed_ms.is_finite() || elapsed_ms < 0.0 {
            return;
        }
        // A row takes at least a hundredth of a millisecond: keeps the budget's division sane.
        let per_row = (elapsed_ms / rows as f64).max(0.01);
        self.row_ms = Some(match self.row_ms {
            Some(before) => (before + per_row) / 2.0,
            None => per_row,
        });
    }

    /// Whether the next pass should wait for a frame: the rows built so far are still ones the
    /// browser lays out at once, so a pass and its layout should share a frame with nothing else.
    pub fn next_waits_for_frame(&self) -> bool {
        self.budgeted < Self::LAID_OUT_AT_ONCE
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
