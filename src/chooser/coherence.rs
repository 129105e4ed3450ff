//! Checks a recommendation against the invariants of `data/chooser.json`: what every coherent
//! stack satisfies. The engine never calls this; the native tests run it over every combination
//! of answers, so advice that breaks an invariant fails a test instead of reaching a reader.

use super::answers::Answers;
use super::model::{picked_matches, Check, Invariant, Rules};
use super::{LayerResult, Recommendation};
use crate::catalog::{LifecycleStatus, Technology};

/// One invariant a result breaks, on one layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub invariant: &'static str,
    pub layer: &'static str,
    pub detail: String,
}

/// Every invariant the result breaks for these answers.
pub fn violations(rec: &Recommendation, answers: &Answers, rules: &Rules) -> Vec<Violation> {
    let pick_of = |key: &str| rec.layer(key).and_then(|l| l.pick);
    let mut found = Vec::new();
    for invariant in rules.invariants {
        if !answers.meet(invariant.when, rules) || !picked_matches(invariant.when_picked, pick_of) {
            continue;
        }
        let layers: Vec<&LayerResult> = rec
            .layers
            .iter()
            .filter(|l| {
                invariant
                    .layers
                    .iter()
                    .any(|k| *k == "*" || *k == l.layer.key)
            })
            .collect();
        check(invariant, &layers, rec, answers, rules, &mut found);
    }
    found
}

fn names(items: &[&Technology]) -> String {
    let names: Vec<&str> = items.iter().map(|t| t.id).collect();
    names.join(", ")
}

fn check(
    invariant: &'static Invariant,
    layers: &[&LayerResult],
    rec: &Recommendation,
    answers: &Answers,
    rules: &Rules,
    found: &mut Vec<Violation>,
) {
    let mut report = |layer: &'static str, detail: String| {
        found.push(Violation {
            invariant: invariant.id,
            layer,
            detail,
        })
    };
    match invariant.check {
        Check::PickHas(tags) => {
            for l in layers {
                let ok = l
                    .pick
                    .is_some_and(|t| t.tags.iter().any(|x| tags.contains(x)));
                if !ok {
                    let pick = l.pick.map_or("none", |t| t.id);
                    report(
                        l.layer.key,
                        format!("{pick} carries none of {}", tags.join(", ")),
                    );
                }
            }
        }
        Check::PickLacks(tags) => {
            for l in layers {
                let bad: Vec<&Technology> = l
                    .items()
                    .filter(|t| t.tags.iter().any(|x| tags.contains(x)))
                    .collect();
                if !bad.is_empty() {
                    report(
                        l.layer.key,
                        format!("{} carries {}", names(&bad), tags.join(" or ")),
                    );
                }
            }
        }
        Check::Covers(tags) => {
            for l in layers {
                let missing: Vec<&str> = tags
                    .iter()
                    .copied()
                    .filter(|tag| !l.items().any(|t| t.tags.contains(tag)))
                    .collect();
                if !missing.is_empty() {
                    let items: Vec<&Technology> = l.items().collect();
                    report(
                        l.layer.key,
                        format!(
                            "[{}] leaves {} uncovered",
                            names(&items),
                            missing.join(", ")
                        ),
                    );
                }
            }
        }
        Check::HostedAs(model) => {
            for l in layers {
                let bad: Vec<&Technology> = l.items().filter(|t| !t.runs_as(model)).collect();
                if !bad.is_empty() {
                    report(
                        l.layer.key,
                        format!("{} cannot be run {}", names(&bad), model.key()),
                    );
                }
            }
        }
        Check::NativeCloud => {
            let Some(cloud) = answers.named_cloud(rules) else {
                return;
            };
            for l in layers {
                if let Some(t) = l.pick.filter(|t| !t.tags.contains(&cloud)) {
                    report(l.layer.key, format!("{} is not native to {cloud}", t.id));
                }
            }
        }
        Check::OneCloud => {
            let mut clouds: Vec<(&str, &str)> = Vec::new();
            for l in layers {
                for t in l.items() {
                    if let Some(c) = rules.cloud_of(t) {
                        clouds.push((c, t.id));
                    }
                }
            }
            let named = answers.named_cloud(rules);
            let first = named.or(clouds.first().map(|(c, _)| *c));
            for (cloud, id) in clouds {
                if Some(cloud) != first {
                    report(
                        "*",
                        format!("{id} belongs to {cloud}, the stack to {first:?}"),
                    );
                }
            }
        }
        Check::AllHave(tags) => {
            for l in layers {
                let bad: Vec<&Technology> = l
                    .items()
                    .filter(|t| !t.tags.iter().any(|x| tags.contains(x)))
                    .collect();
                if !bad.is_empty() {
                    report(
                        l.layer.key,
                        format!("{} carries none of {}", names(&bad), tags.join(", ")),
                    );
                }
            }
        }
        Check::Current => {
            for l in layers {
                for t in l.items() {
                    if let Some(lifecycle) =
                        t.lifecycle.filter(|c| c.status != LifecycleStatus::Active)
                    {
                        report(
                            l.layer.key,
                            format!("{} is {}", t.id, lifecycle.status.label()),
                        );
                    }
                }
            }
        }
        Check::Follows => {
            for l in layers {
                let (Some(follows), Some(pick)) = (l.layer.follows, l.pick) else {
                    continue;
                };
                let led = rec.layer(follows.layer).and_then(|f| f.pick);
                if !follows.admits(led, pick) {
                    report(
                        l.layer.key,
                        format!(
                            "{} does not go with the {} pick {}",
                            pick.id,
                            follows.layer,
                            led.map_or("none", |p| p.id)
                        ),
                    );
                }
            }
        }
    }
}
