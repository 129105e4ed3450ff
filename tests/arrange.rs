//! The list-arranging plan: applying it always yields the wanted rows, and it moves only the
//! rows that are out of order.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stackguide::arrange::{apply, plan, Step};

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
