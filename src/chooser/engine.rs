//! Eliminate, then rank: the engine that turns answers into a stack. It knows no domain words:
//! layers, candidates, what follows or shares what, and every weight come from
//! `data/chooser.json`. Deterministic: the highest total wins, and a tie goes to the candidate
//! listed first.

use super::answers::Answers;
use super::changes::{changes_for, shared_picks, Variant};
use super::model::{picked_matches, Effect, LayerSpec, Rule, Rules};
use super::result::{Companion, LayerResult, Reason, Recommendation};
use crate::catalog::{Catalog, Technology};

/// The id a boost uses on an optional layer for "not needed yet".
const NONE: &str = "none";

/// The result for complete answers; the questions still unanswered otherwise.
pub fn recommend(
    catalog: &Catalog,
    rules: &Rules,
    answers: &Answers,
) -> Result<Recommendation, Vec<&'static super::Question>> {
    let missing = answers.missing(rules);
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut layers = evaluate(catalog, rules, answers);
    // Every other answer to every question, evaluated once and compared layer by layer.
    let variants: Vec<Variant> = rules
        .questions
        .iter()
        .enumerate()
        .flat_map(|(qi, q)| {
            let current = answers.effective(rules, q.key);
            q.values
                .iter()
                .filter(move |c| Some(c.key) != current)
                .map(move |c| (qi, q.key, c.key))
        })
        .map(|(qi, q, v)| Variant {
            question_index: qi,
            question: q,
            value: v,
            layers: evaluate(catalog, rules, &answers.with(rules, q, v)),
        })
        .collect();
    for result in &mut layers {
        result.changes = changes_for(&variants, result);
    }
    let shared = shared_picks(&layers);
    Ok(Recommendation { layers, shared })
}

/// What the layers filled so far tell the next one.
struct Context<'a> {
    /// The catalog tag of the cloud in force, if any.
    cloud: Option<&'static str>,
    /// The layer whose pick fixed the cloud, when no answer named it.
    cloud_from: Option<&'static str>,
    done: &'a [LayerResult],
}

impl Context<'_> {
    fn pick_of(&self, layer: &str) -> Option<&'static Technology> {
        self.done
            .iter()
            .find(|r| r.layer.key == layer)
            .and_then(|r| r.pick)
    }
}

/// One pass of the engine without "what would change this".
fn evaluate(catalog: &Catalog, rules: &Rules, answers: &Answers) -> Vec<LayerResult> {
    let matching: Vec<&'static Rule> = rules
        .rules
        .iter()
        .filter(|r| answers.meet(r.when, rules))
        .collect();
    let mut cloud = answers.named_cloud(rules);
    let mut cloud_from = None;
    let mut done: Vec<LayerResult> = Vec::with_capacity(rules.layers.len());
    for &index in rules.order {
        let spec = &rules.layers[index];
        let context = Context {
            cloud,
            cloud_from,
            done: &done,
        };
        let applying: Vec<&'static Rule> = matching
            .iter()
            .copied()
            .filter(|r| r.applies_to(spec.key))
            .filter(|r| picked_matches(r.when_picked, |l| context.pick_of(l)))
            .collect();
        let result = evaluate_layer(catalog, rules, answers, &applying, spec, &context);
        // The first pick that belongs to a cloud fixes it for the layers after (the layer that
        // decides the cloud goes first), so a stack never spans two clouds.
        if spec.match_cloud && cloud.is_none() {
            cloud = result.items().find_map(|t| rules.cloud_of(t));
            cloud_from = cloud.map(|_| spec.key);
        }
        done.push(result);
    }
    // Back to the listed order.
    crate::order::sort_by_key(&mut done, |r| {
        let at = rules.layers.iter().position(|l| l.key == r.layer.key);
        at.map_or(0, |p| p as u64 + 1)
    });
    done
}

/// The reason a rule gives, naming every answer and earlier pick it matched (for a cloud boost,
/// also the pick that fixed the cloud when no answer named it).
fn reason_from(rule: &'static Rule, answers: &Answers, rules: &Rules, context: &Context) -> Reason {
    let named = rules
        .questions
        .iter()
        .filter(|q| rule.when.iter().any(|(w, _)| *w == q.key))
        .filter_map(|q| answers.effective(rules, q.key).map(|v| (q.key, v)))
        .collect();
    let mut layers: Vec<&'static str> = rule.when_picked.iter().map(|(l, _)| *l).collect();
    if matches!(rule.effect, Effect::BoostCloud(_)) {
        layers.extend(context.cloud_from);
    }
    Reason {
        answers: named,
        layers,
        text: rule.because,
        rule: Some(rule),
    }
}

fn weight(rule: &Rule, tech: Option<&Technology>, cloud: Option<&str>) -> i32 {
    let id = tech.map_or(NONE, |t| t.id);
    match rule.effect {
        Effect::Boost(pairs) => pairs.iter().find(|(c, _)| *c == id).map_or(0, |(_, w)| *w),
        Effect::BoostCloud(w) => {
            let native = tech.zip(cloud).is_some_and(|(t, c)| t.tags.contains(&c));
            if native {
                w
            } else {
                0
            }
        }
        _ => 0,
    }
}

fn evaluate_layer(
    catalog: &Catalog,
    rules: &Rules,
    answers: &Answers,
    applying: &[&'static Rule],
    spec: &'static LayerSpec,
    context: &Context,
) -> LayerResult {
    let score = |tech: Option<&Technology>| -> i32 {
        applying
            .iter()
            .map(|r| weight(r, tech, context.cloud))
            .sum()
    };
    // The rules that weighed for it, heaviest first: the first reason is the main one.
    let positive = |tech: Option<&Technology>| -> Vec<Reason> {
        let mut weighed: Vec<(i32, &'static Rule)> = applying
            .iter()
            .map(|r| (weight(r, tech, context.cloud), *r))
            .filter(|(w, _)| *w > 0)
            .collect();
        crate::order::sort_by_key(&mut weighed, |(w, _)| {
            u64::from(crate::order::descending(*w))
        });
        weighed
            .into_iter()
            .map(|(_, r)| reason_from(r, answers, rules, context))
            .collect()
    };
    // Score every candidate first, so an elimination can say what it ruled out.
    let mut candidates: Vec<(&'static Technology, i32)> = Vec::new();
    let mut eliminated: Vec<(i32, Option<&'static Rule>)> = Vec::new();
    for id in spec.candidates {
        let Some(tech) = catalog.technology(id) else {
            continue;
        };
        let s = score(Some(tech));
        match exclusion(rules, applying, spec, tech, context) {
            Some(rule) => eliminated.push((s, rule)),
            None => candidates.push((tech, s)),
        }
    }
    let cover_rules: Vec<&'static Rule> = applying
        .iter()
        .copied()
        .filter(|r| matches!(r.effect, Effect::Cover(_)))
        .collect();
    let mut needed: Vec<&'static str> = spec.covers.to_vec();
    for rule in &cover_rules {
        if let Effect::Cover(tags) = rule.effect {
            for tag in tags {
                if !needed.contains(tag) {
                    needed.push(tag);
                }
            }
        }
    }

    // A shared pick still has to pass this layer's own rules (staff sign-in, self-hosting).
    let shared = spec.shares.and_then(|shares| {
        context
            .pick_of(shares.layer)
            .filter(|t| t.tags.contains(&shares.tag) && spec.candidates.contains(&t.id))
            .filter(|t| exclusion(rules, applying, spec, t, context).is_none())
            // An optional layer the answers say is not needed stays empty.
            .filter(|t| !(spec.optional && score(None) > score(Some(t))))
            .map(|t| (shares, t))
    });
    let mut reasons: Vec<Reason> = Vec::new();
    let pick: Option<(&'static Technology, i32)> = if let Some((shares, tech)) = shared {
        reasons.push(Reason {
            answers: Vec::new(),
            layers: vec![shares.layer],
            text: shares.because,
            rule: None,
        });
        Some((tech, score(Some(tech))))
    } else {
        // A layer that must cover something is never "not needed".
        let may_skip = spec.optional && needed.is_empty();
        let none_score = if may_skip { score(None) } else { i32::MIN };
        // Stable: the first of equal scores wins.
        candidates
            .iter()
            .enumerate()
            .max_by(|(ia, (_, a)), (ib, (_, b))| a.cmp(b).then(ib.cmp(ia)))
            .map(|(_, (t, s))| (*t, *s))
            .filter(|(_, s)| *s >= none_score || !may_skip)
    };

    match pick {
        Some((tech, s)) => {
            for reason in positive(Some(tech)) {
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
            // A candidate that would have beaten the pick was ruled out by an answer: say so.
            for rule in eliminated
                .iter()
                .filter(|(es, _)| *es > s)
                .filter_map(|e| e.1)
            {
                let reason = reason_from(rule, answers, rules, context);
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
        }
        None => {
            reasons.extend(positive(None));
            if candidates.is_empty() {
                if let Some(text) = spec.none_because {
                    reasons.push(Reason {
                        answers: Vec::new(),
                        layers: spec.follows.map(|f| f.layer).into_iter().collect(),
                        text,
                        rule: None,
                    });
                }
            }
        }
    }
    reasons.extend(
        cover_rules
            .iter()
            .map(|r| reason_from(r, answers, rules, context))
            .filter(|r| !reasons.contains(r))
            .collect::<Vec<_>>(),
    );

    let pick = pick.map(|(t, _)| t);
    let companions = companions_for(pick, &candidates, &needed);
    let taken = |t: &Technology| {
        pick.is_some_and(|p| p.id == t.id) || companions.iter().any(|c| c.tech.id == t.id)
    };
    let mut rest: Vec<(usize, &'static Technology, i32)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, (t, _))| !taken(t))
        .map(|(i, (t, s))| (i, *t, *s))
        .collect();
    crate::order::sort_by_key(&mut rest, |(i, _, s)| {
        crate::order::pair(crate::order::descending(*s), *i as u32)
    });
    let alternatives = rest.into_iter().take(2).map(|(_, t, _)| t).collect();

    LayerResult {
        layer: spec,
        pick,
        // Not when a rule says the layer is not needed anyway (a CDN on your own servers).
        nothing_fits: pick.is_none() && candidates.is_empty() && score(None) <= 0,
        companions,
        alternatives,
        reasons,
        changes: Vec::new(),
    }
}

/// Adds, while something needed is uncovered, the candidate that scores highest among those
/// covering any of it (more of it breaks a tie, then listed order).
fn companions_for(
    pick: Option<&'static Technology>,
    candidates: &[(&'static Technology, i32)],
    needed: &[&'static str],
) -> Vec<Companion> {
    let mut uncovered: Vec<&'static str> = needed
        .iter()
        .copied()
        .filter(|tag| !pick.is_some_and(|p| p.tags.contains(tag)))
        .collect();
    let mut companions: Vec<Companion> = Vec::new();
    while !uncovered.is_empty() {
        let best = candidates
            .iter()
            .enumerate()
            .filter(|(_, (t, _))| {
                pick.is_none_or(|p| p.id != t.id) && companions.iter().all(|c| c.tech.id != t.id)
            })
            .map(|(i, (t, s))| {
                let covers = uncovered.iter().filter(|u| t.tags.contains(u)).count();
                (i, *t, *s, covers)
            })
            .filter(|(_, _, _, covers)| *covers > 0)
            .max_by(|a, b| a.2.cmp(&b.2).then(a.3.cmp(&b.3)).then(b.0.cmp(&a.0)));
        let Some((_, tech, _, _)) = best else {
            break;
        };
        let covers: Vec<&'static str> = uncovered
            .iter()
            .copied()
            .filter(|u| tech.tags.contains(u))
            .collect();
        uncovered.retain(|u| !covers.contains(u));
        companions.push(Companion { tech, covers });
    }
    companions
}

/// Why a candidate is ruled out: `Some(Some(rule))` for a rule, `Some(None)` for a structural
/// reason (the followed layer, the cloud, a shared pick it is not), `None` when it stays.
fn exclusion(
    rules: &Rules,
    applying: &[&'static Rule],
    spec: &LayerSpec,
    tech: &Technology,
    context: &Context,
) -> Option<Option<&'static Rule>> {
    for rule in applying.iter().copied() {
        let out = match rule.effect {
            Effect::RequireHosting(model) => !tech.runs_as(model),
            Effect::Eliminate(ids) => ids.contains(&tech.id),
            Effect::EliminateTagged(tags) => tech.tags.iter().any(|t| tags.contains(t)),
            Effect::RequireTagged(tags) => !tech.tags.iter().any(|t| tags.contains(t)),
            Effect::Boost(_) | Effect::BoostCloud(_) | Effect::Cover(_) => false,
        };
        if out {
            return Some(Some(rule));
        }
    }
    if let Some(follows) = spec.follows {
        if !follows.admits(context.pick_of(follows.layer), tech) {
            return Some(None);
        }
    }
    if spec.match_cloud {
        if let Some(cloud) = context.cloud {
            if rules.cloud_of(tech).is_some_and(|c| c != cloud) {
                return Some(None);
            }
        }
    }
    if let Some(shares) = spec.shares {
        if tech.tags.contains(&shares.tag)
            && context.pick_of(shares.layer).map(|p| p.id) != Some(tech.id)
        {
            return Some(None);
        }
    }
    None
}
