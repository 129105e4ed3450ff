//! "What would change this": every other answer to every question, evaluated once and compared
//! layer by layer with the result; and the picks that fill more than one layer.

use super::result::{Change, LayerResult};
use crate::catalog::Technology;

pub(super) struct Variant {
    pub question_index: usize,
    pub question: &'static str,
    pub value: &'static str,
    pub layers: Vec<LayerResult>,
}

pub(super) fn shared_picks(
    layers: &[LayerResult],
) -> Vec<(&'static Technology, Vec<&'static str>)> {
    let mut shared: Vec<(&'static Technology, Vec<&'static str>)> = Vec::new();
    for l in layers {
        if let Some(pick) = l.pick {
            match shared.iter_mut().find(|(t, _)| t.id == pick.id) {
                Some((_, keys)) => keys.push(l.layer.key),
                None => shared.push((pick, vec![l.layer.key])),
            }
        }
    }
    shared.retain(|(_, keys)| keys.len() > 1);
    shared
}

/// The answers that change this layer's pick: questions the reasons name come first, then
/// question order, then value order.
pub(super) fn changes_for(variants: &[Variant], result: &LayerResult) -> Vec<Change> {
    let named: Vec<&str> = result
        .reasons
        .iter()
        .flat_map(|r| r.answers.iter().map(|(q, _)| *q))
        .collect();
    let mut changes: Vec<(bool, usize, Change)> = Vec::new();
    for v in variants {
        let Some(alt) = v.layers.iter().find(|l| l.layer.key == result.layer.key) else {
            continue;
        };
        if alt.pick.map(|t| t.id) != result.pick.map(|t| t.id) {
            let change = Change {
                question: v.question,
                value: v.value,
                pick: alt.pick,
            };
            changes.push((!named.contains(&v.question), v.question_index, change));
        }
    }
    crate::order::sort_by_key(&mut changes, |(unnamed, qi, _)| {
        crate::order::pair(u32::from(*unnamed), *qi as u32)
    });
    changes.into_iter().map(|(_, _, c)| c).collect()
}
