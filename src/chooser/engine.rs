//! Eliminate, then rank: the engine that turns answers into a stack. Deterministic: candidates
//! are scored from the rules, the highest total wins, and a tie goes to the candidate listed
//! first in `data/chooser.json`.

use super::model::{Answers, Effect, LayerSpec, Rule, Rules};
use crate::catalog::{Catalog, Technology};

/// The tag that marks a backend-as-a-service platform (database, auth and more in one).
const BAAS_TAG: &str = "backend-as-a-service";
const NONE: &str = "none";

/// Why a pick was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReasonSource {
    /// A rule matched these answers of the reader's (or their defaults), in question order.
    Answers(Vec<(&'static str, &'static str)>),
    /// The pick follows from another layer's pick (a BaaS shared by database and auth).
    Layer(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub source: ReasonSource,
    pub text: &'static str,
    /// The rule behind it (`None` for reasons the engine adds itself).
    pub rule: Option<&'static Rule>,
}

/// "If you answered `question` = `value`, the pick would be `pick`."
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub question: &'static str,
    pub value: &'static str,
    /// `None`: the layer would not be needed.
    pub pick: Option<&'static Technology>,
}

/// One layer of the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerResult {
    pub layer: &'static LayerSpec,
    /// `None`: not needed yet (optional layers), or nothing in the catalog fits.
    pub pick: Option<&'static Technology>,
    pub alternatives: Vec<&'static Technology>,
    pub reasons: Vec<Reason>,
    /// Answers that would change the pick, most relevant first.
    pub changes: Vec<Change>,
}

/// A whole recommended stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    pub layers: Vec<LayerResult>,
    /// Picks that fill more than one layer, with the layer keys they fill.
    pub shared: Vec<(&'static Technology, Vec<&'static str>)>,
}

impl Recommendation {
    pub fn layer(&self, key: &str) -> Option<&LayerResult> {
        self.layers.iter().find(|l| l.layer.key == key)
    }

    pub fn pick_id(&self, key: &str) -> Option<&'static str> {
        self.layer(key).and_then(|l| l.pick).map(|t| t.id)
    }
}

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
    let variants: Vec<(usize, &'static str, &'static str, Vec<LayerResult>)> = rules
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
        .map(|(qi, q, v)| {
            (
                qi,
                q,
                v,
                evaluate(catalog, rules, &answers.with(rules, q, v)),
            )
        })
        .collect();
    for result in &mut layers {
        result.changes = changes_for(&variants, result);
    }
    let shared = shared_picks(&layers);
    Ok(Recommendation { layers, shared })
}

fn shared_picks(layers: &[LayerResult]) -> Vec<(&'static Technology, Vec<&'static str>)> {
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
fn changes_for(
    variants: &[(usize, &'static str, &'static str, Vec<LayerResult>)],
    result: &LayerResult,
) -> Vec<Change> {
    let named: Vec<&str> = result
        .reasons
        .iter()
        .flat_map(|r| match &r.source {
            ReasonSource::Answers(answers) => answers.iter().map(|(q, _)| *q).collect(),
            ReasonSource::Layer(_) => Vec::new(),
        })
        .collect();
    let mut changes: Vec<(bool, usize, Change)> = Vec::new();
    for (qi, question, value, layers) in variants {
        let Some(alt) = layers.iter().find(|l| l.layer.key == result.layer.key) else {
            continue;
        };
        if alt.pick.map(|t| t.id) != result.pick.map(|t| t.id) {
            let change = Change {
                question,
                value,
                pick: alt.pick,
            };
            changes.push((!named.contains(question), *qi, change));
        }
    }
    changes.sort_by_key(|(unnamed, qi, _)| (*unnamed, *qi));
    changes.into_iter().map(|(_, _, c)| c).collect()
}

/// One pass of the engine without "what would change this".
fn evaluate(catalog: &Catalog, rules: &Rules, answers: &Answers) -> Vec<LayerResult> {
    let matching: Vec<&'static Rule> = rules
        .rules
        .iter()
        .filter(|r| r.matches(answers, rules))
        .collect();
    let answered_cloud = answers
        .effective(rules, "cloud")
        .and_then(|c| rules.cloud_tag(c));
    let mut context = Context {
        cloud: answered_cloud,
        language: None,
        database: None,
    };

    // The layer that decides the cloud goes first; the rest keep their listed order.
    let mut order: Vec<&'static LayerSpec> = rules.layers.iter().collect();
    order.sort_by_key(|l| !l.decides_cloud);

    let mut results: Vec<LayerResult> = Vec::with_capacity(order.len());
    for spec in order {
        let result = evaluate_layer(catalog, rules, answers, &matching, spec, &context);
        if spec.decides_cloud && context.cloud.is_none() {
            context.cloud = result.pick.and_then(|p| cloud_of(rules, p));
        }
        match spec.key {
            "language" => context.language = result.pick,
            "database" => context.database = result.pick,
            _ => {}
        }
        results.push(result);
    }
    // Back to the listed order.
    results.sort_by_key(|r| rules.layers.iter().position(|l| l.key == r.layer.key));
    results
}

struct Context {
    /// The catalog tag of the cloud in force, if any.
    cloud: Option<&'static str>,
    language: Option<&'static Technology>,
    database: Option<&'static Technology>,
}

fn cloud_of(rules: &Rules, tech: &Technology) -> Option<&'static str> {
    rules
        .cloud_tags
        .iter()
        .map(|(_, tag)| *tag)
        .find(|tag| tech.tags.contains(tag))
}

/// Every answer a rule matched, in question order, for the reason line.
fn reason_from(rule: &'static Rule, answers: &Answers, rules: &Rules) -> Reason {
    let named = rules
        .questions
        .iter()
        .filter(|q| rule.when.iter().any(|(w, _)| *w == q.key))
        .filter_map(|q| answers.effective(rules, q.key).map(|v| (q.key, v)))
        .collect();
    Reason {
        source: ReasonSource::Answers(named),
        text: rule.because,
        rule: Some(rule),
    }
}

fn evaluate_layer(
    catalog: &Catalog,
    rules: &Rules,
    answers: &Answers,
    matching: &[&'static Rule],
    spec: &'static LayerSpec,
    context: &Context,
) -> LayerResult {
    // A BaaS picked as the database also handles this layer when it can.
    if spec.key != "database" {
        if let Some(db) = context.database.filter(|d| d.tags.contains(&BAAS_TAG)) {
            if spec.candidates.contains(&db.id) {
                let mut reasons = vec![Reason {
                    source: ReasonSource::Layer("database"),
                    text: "The backend-as-a-service platform picked as your database includes this, so one service covers both.",
                    rule: None,
                }];
                reasons.extend(
                    boosts_for(matching, spec, db.id)
                        .filter(|r| weight(r, db.id) > 0)
                        .map(|r| reason_from(r, answers, rules)),
                );
                let alternatives = spec
                    .candidates
                    .iter()
                    .filter(|id| **id != db.id)
                    .filter_map(|id| catalog.technology(id))
                    .filter(|t| exclusion(rules, matching, spec, t, context).is_none())
                    .take(2)
                    .collect();
                return LayerResult {
                    layer: spec,
                    pick: Some(db),
                    alternatives,
                    reasons,
                    changes: Vec::new(),
                };
            }
        }
    }

    // Score every candidate first, so an elimination can say what it ruled out.
    let score = |id: &str| -> i32 {
        boosts_for(matching, spec, id)
            .map(|r| match r.effect {
                Effect::Boost(pairs) => pairs.iter().find(|(c, _)| *c == id).map_or(0, |(_, w)| *w),
                _ => 0,
            })
            .sum()
    };
    let mut candidates: Vec<(&'static Technology, i32)> = Vec::new();
    let mut eliminated: Vec<(&'static Technology, i32, Option<&'static Rule>)> = Vec::new();
    for id in spec.candidates {
        let Some(tech) = catalog.technology(id) else {
            continue;
        };
        let s = score(id);
        match exclusion(rules, matching, spec, tech, context) {
            Some(rule) => eliminated.push((tech, s, rule)),
            None => candidates.push((tech, s)),
        }
    }

    let none_score = if spec.optional { score(NONE) } else { i32::MIN };
    // Stable: the first of equal scores wins.
    let best = candidates
        .iter()
        .enumerate()
        .max_by(|(ia, (_, a)), (ib, (_, b))| a.cmp(b).then(ib.cmp(ia)));
    let pick: Option<(usize, &'static Technology, i32)> = match best {
        Some((i, (tech, s))) if *s >= none_score || !spec.optional => Some((i, *tech, *s)),
        _ => None,
    };

    let mut reasons: Vec<Reason> = Vec::new();
    match pick {
        Some((_, tech, s)) => {
            reasons.extend(
                boosts_for(matching, spec, tech.id)
                    .filter(|r| weight(r, tech.id) > 0)
                    .map(|r| reason_from(r, answers, rules)),
            );
            // A candidate that would have beaten the pick was ruled out by an answer: say so.
            for (_, _, rule) in eliminated.iter().filter(|(_, es, _)| *es > s) {
                if let Some(rule) = rule {
                    let reason = reason_from(rule, answers, rules);
                    if !reasons.contains(&reason) {
                        reasons.push(reason);
                    }
                }
            }
        }
        None => {
            reasons.extend(
                boosts_for(matching, spec, NONE)
                    .filter(|r| weight(r, NONE) > 0)
                    .map(|r| reason_from(r, answers, rules)),
            );
            if candidates.is_empty() && spec.match_language {
                if let Some(language) = context.language {
                    reasons.push(Reason {
                        source: ReasonSource::Layer("language"),
                        text: no_framework_text(language.id),
                        rule: None,
                    });
                }
            }
        }
    }

    let picked_index = pick.map(|(i, _, _)| i);
    let mut rest: Vec<(usize, &'static Technology, i32)> = candidates
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != picked_index)
        .map(|(i, (t, s))| (i, *t, *s))
        .collect();
    rest.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    let alternatives = rest.into_iter().take(2).map(|(_, t, _)| t).collect();

    LayerResult {
        layer: spec,
        pick: pick.map(|(_, t, _)| t),
        alternatives,
        reasons,
        changes: Vec::new(),
    }
}

fn no_framework_text(language: &str) -> &'static str {
    match language {
        "go" => "This guide lists no Go framework; Go's standard library already includes an HTTP server that many teams build on directly.",
        "rust" => "This guide lists no Rust web framework, so this layer is left for you to choose.",
        _ => "This guide lists no framework for this language, so this layer is left for you to choose.",
    }
}

fn weight(rule: &Rule, id: &str) -> i32 {
    match rule.effect {
        Effect::Boost(pairs) => pairs.iter().find(|(c, _)| *c == id).map_or(0, |(_, w)| *w),
        _ => 0,
    }
}

/// The boost rules for this layer that name `id`.
fn boosts_for<'a>(
    matching: &'a [&'static Rule],
    spec: &'a LayerSpec,
    id: &'a str,
) -> impl Iterator<Item = &'static Rule> + 'a {
    matching.iter().copied().filter(move |r| {
        r.layer == spec.key
            && matches!(r.effect, Effect::Boost(pairs) if pairs.iter().any(|(c, _)| *c == id))
    })
}

/// Why a candidate is ruled out: `Some(Some(rule))` for a rule, `Some(None)` for a structural
/// reason (language, cloud, a BaaS not picked as the database), `None` when it stays.
fn exclusion(
    rules: &Rules,
    matching: &[&'static Rule],
    spec: &LayerSpec,
    tech: &Technology,
    context: &Context,
) -> Option<Option<&'static Rule>> {
    for rule in matching.iter().copied().filter(|r| r.applies_to(spec.key)) {
        let out = match rule.effect {
            Effect::RequireHosting(model) => {
                !tech.hosting.is_empty() && !tech.hosting.contains(&model)
            }
            Effect::Eliminate(ids) => ids.contains(&tech.id),
            Effect::Boost(_) => false,
        };
        if out {
            return Some(Some(rule));
        }
    }
    if spec.match_language {
        let language = context
            .language
            .map(|l| rules.language_tags(l.id))
            .unwrap_or(&[]);
        if !tech.tags.iter().any(|t| language.contains(t)) {
            return Some(None);
        }
    }
    if spec.match_cloud {
        if let Some(cloud) = context.cloud {
            let other_cloud = rules
                .cloud_tags
                .iter()
                .any(|(_, tag)| *tag != cloud && tech.tags.contains(tag));
            if other_cloud {
                return Some(None);
            }
        }
    }
    if spec.key != "database"
        && tech.tags.contains(&BAAS_TAG)
        && context.database.map(|d| d.id) != Some(tech.id)
    {
        return Some(None);
    }
    None
}
