//! The list-arranging plan: applying it always yields the wanted rows, and it moves only the
//! rows that are out of order.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stackguide::arrange::{apply, plan, BuildSchedule, Step};

fn inserts(steps: &[Step<u32>]) -> usize {
    steps
        .iter()
        .filter(|s| matches!(s, Step::Insert { .. }))
        .count()
}

fn check(current: &[u32], wanted: &[u32]) -> Vec<Step<u32>> {
    let steps = plan(current, wanted);
    let mut list = current.to_vec();
    apply(&mut list, &steps);
    assert_eq!(list, wanted, "plan {steps:?}");
    steps
}

#[test]
fn the_same_rows_need_no_step() {
    assert!(check(&[1, 2, 3], &[1, 2, 3]).is_empty());
    assert!(check(&[], &[]).is_empty());
}

#[test]
fn narrowing_only_removes() {
    let steps = check(&[1, 2, 3, 4, 5], &[2, 4]);
    assert_eq!(steps, [Step::Remove(1), Step::Remove(3), Step::Remove(5)]);
}

#[test]
fn widening_inserts_the_new_rows_before_their_successor() {
    let steps = check(&[2, 4], &[1, 2, 3, 4, 5]);
    assert_eq!(
        steps,
        [
            Step::Insert {
                row: 5,
                before: None
            },
            Step::Insert {
                row: 3,
                before: Some(4)
            },
            Step::Insert {
                row: 1,
                before: Some(2)
            },
        ]
    );
}

#[test]
fn moving_one_row_is_one_insert() {
    let steps = check(&[1, 2, 3, 4, 5, 6], &[1, 5, 2, 3, 4, 6]);
    assert_eq!(
        steps,
        [Step::Insert {
            row: 5,
            before: Some(2)
        }]
    );
}

#[test]
fn a_reversal_keeps_one_row_in_place() {
    let steps = check(&[1, 2, 3, 4], &[4, 3, 2, 1]);
    assert_eq!(inserts(&steps), 3);
}

/// A longest increasing subsequence by brute force over small inputs, for the minimality check.
fn lis_len(xs: &[usize]) -> usize {
    let mut best = vec![1; xs.len()];
    for i in 0..xs.len() {
        for j in 0..i {
            if xs[j] < xs[i] {
                best[i] = best[i].max(best[j] + 1);
            }
        }
    }
    best.into_iter().max().unwrap_or(0)
}

proptest! {
    #[test]
    fn any_plan_reaches_the_wanted_rows_with_fewest_moves(
        current in proptest::sample::subsequence((0u32..40).collect::<Vec<_>>(), 0..40).prop_shuffle(),
        wanted in proptest::sample::subsequence((0u32..40).collect::<Vec<_>>(), 0..40).prop_shuffle(),
    ) {
        let steps = check(&current, &wanted);
        let removed = current.iter().filter(|k| !wanted.contains(k)).count();
        let kept: Vec<usize> = current
            .iter()
            .filter_map(|k| wanted.iter().position(|w| w == k))
            .collect();
        prop_assert_eq!(steps.len() - inserts(&steps), removed);
        prop_assert_eq!(inserts(&steps), wanted.len() - lis_len(&kept));
    }
}

mod shared {
    use super::*;
    use stackguide::arrange::{apply_shared, plan_shared, Shared};

    /// Rows 0..60; the two grids never hold a row twice.
    fn state() -> impl Strategy<Value = Shared<u32>> {
        (
            proptest::sample::subsequence((0u32..60).collect::<Vec<_>>(), 0..60).prop_shuffle(),
            0usize..60,
        )
            .prop_map(|(rows, split)| {
                let split = split.min(rows.len());
                Shared {
                    shown: rows[..split].to_vec(),
                    rest: rows[split..].to_vec(),
                }
            })
    }

    fn rows(max: usize) -> impl Strategy<Value = Vec<u32>> {
        proptest::sample::subsequence((0u32..60).collect::<Vec<_>>(), 0..max).prop_shuffle()
    }

    proptest! {
        #[test]
        fn the_grids_end_as_planned_and_never_share_a_row(
            current in state(),
            all in rows(60),
            shown in rows(30),
            budget in 0usize..80,
        ) {
            let mut left = budget;
            let plan = plan_shared(&current, &all, &shown, |_| {
                left = left.saturating_sub(1);
                left > 0 || budget > 60
            });
            let mut grids = current.clone();
            apply_shared(&mut grids, &plan);
            prop_assert_eq!(&grids, &plan.next);
            prop_assert!(grids.shown.iter().all(|r| !grids.rest.contains(r)));
            // Each grid keeps its wanted order, whatever was held back.
            let in_order = |got: &[u32], wanted: &[u32]| {
                let kept: Vec<u32> = wanted.iter().copied().filter(|r| got.contains(r)).collect();
                kept == got
            };
            let rest: Vec<u32> = all.iter().copied().filter(|r| !shown.contains(r)).collect();
            prop_assert!(in_order(&grids.shown, &shown));
            prop_assert!(in_order(&grids.rest, &rest));
            if plan.complete {
                prop_assert_eq!(&grids.shown, &shown);
                prop_assert_eq!(&grids.rest, &rest);
            }
            // Everything already placed stays placeable: a plan only ever holds back new rows.
            let placed: Vec<u32> = current.rest.iter().chain(&current.shown).copied().collect();
            for row in shown.iter().filter(|r| placed.contains(r)) {
                prop_assert!(grids.shown.contains(row));
            }
        }
    }

    #[test]
    fn a_row_changing_grid_is_moved_not_removed() {
        let current = Shared {
            rest: vec![1, 2, 3, 4],
            shown: vec![],
        };
        let plan = plan_shared(&current, &[1, 2, 3, 4], &[3], |_| true);
        assert!(plan.removals.is_empty(), "{plan:?}");
        assert_eq!(
            plan.into_shown,
            [Step::Insert {
                row: 3,
                before: None
            }]
        );
        let back = plan_shared(&plan.next, &[1, 2, 3, 4], &[], |_| true);
        assert!(back.removals.is_empty(), "{back:?}");
        assert_eq!(
            back.into_rest,
            [Step::Insert {
                row: 3,
                before: Some(4)
            }]
        );
    }

    #[test]
    fn held_back_rows_make_the_plan_incomplete_until_placed() {
        let mut grids = Shared::default();
        let all: Vec<u32> = (0..10).collect();
        let mut passes = 0;
        loop {
            let mut budget = 4;
            let plan = plan_shared(&grids, &all, &[], |_| {
                budget -= 1;
                budget >= 0
            });
            apply_shared(&mut grids, &plan);
            passes += 1;
            if plan.complete {
                break;
            }
        }
        assert_eq!(passes, 3);
        assert_eq!(grids.rest, all);
    }
}

#[test]
fn start_up_builds_no_rows_then_a_few_then_a_pass_at_a_time() {
    let mut schedule = BuildSchedule::default();
    let budgets: Vec<usize> = (0..5).map(|_| schedule.next_budget()).collect();
    assert_eq!(
        budgets,
        [
            0,
            BuildSchedule::FIRST,
            BuildSchedule::PASS,
            BuildSchedule::PASS,
            BuildSchedule::PASS
        ]
    );
}

#[test]
fn start_up_waits_for_a_frame_only_while_its_rows_are_laid_out_at_once() {
    let mut schedule = BuildSchedule::default();
    let mut waits = vec![schedule.next_waits_for_frame()];
    let mut built = 0;
    while built < 40 {
        built += schedule.next_budget();
        waits.push(schedule.next_waits_for_frame());
        // Once past the rows laid out at once, no later pass waits for a frame.
        assert_eq!(
            schedule.next_waits_for_frame(),
            built < BuildSchedule::LAID_OUT_AT_ONCE,
            "after {built} rows"
        );
    }
    assert!(waits.iter().any(|&w| w) && waits.iter().any(|&w| !w));
}

/// The budgets of the passes after `passes` recorded ones, each of which built `rows` rows in
/// `ms` milliseconds.
fn budgets_after(passes: usize, rows: usize, ms: f64) -> usize {
    let mut schedule = BuildSchedule::default();
    schedule.next_budget();
    for _ in 0..passes {
        schedule.next_budget();
        schedule.record(rows, ms);
    }
    schedule.next_budget()
}

#[test]
fn start_up_passes_shrink_when_rows_are_slow_and_grow_when_they_are_quick() {
    let target = BuildSchedule::PASS_TARGET_MS;
    // A row at a third of the target: three rows a pass.
    assert_eq!(budgets_after(1, 4, 4.0 * target / 3.0), 3);
    // Slow rows: one a pass, never none.
    assert_eq!(budgets_after(3, 2, 10.0 * target), 1);
    // Quick rows: as many as the cap allows.
    assert_eq!(budgets_after(3, 8, 0.5), BuildSchedule::PASS_MAX);
    // Zero time is taken as quick, not as a division by zero.
    assert_eq!(budgets_after(2, 8, 0.0), BuildSchedule::PASS_MAX);
}

#[test]
fn start_up_passes_follow_the_recent_pace() {
    let mut schedule = BuildSchedule::default();
    schedule.next_budget();
    schedule.next_budget();
    // The first pass was slow (its code was compiling), the next ones quick.
    schedule.record(3, 3.0 * BuildSchedule::PASS_TARGET_MS);
    let mut budgets = vec![schedule.next_budget()];
    for _ in 0..6 {
        schedule.record(*budgets.last().unwrap(), 1.0);
        budgets.push(schedule.next_budget());
    }
    assert_eq!(budgets[0], 1, "{budgets:?}");
    assert!(budgets.windows(2).all(|w| w[0] <= w[1]), "{budgets:?}");
    assert_eq!(
        *budgets.last().unwrap(),
        BuildSchedule::PASS_MAX,
        "{budgets:?}"
    );
}

#[test]
fn start_up_ignores_passes_that_built_nothing_or_were_not_timed() {
    let mut timed = BuildSchedule::default();
    timed.next_budget();
    timed.next_budget();
    timed.record(4, 8.0);
    let mut odd = timed;
    for (rows, ms) in [(0, 5.0), (3, f64::NAN), (3, f64::INFINITY), (3, -1.0)] {
        odd.record(rows, ms);
    }
    assert_eq!(odd.next_budget(), timed.next_budget());
}
