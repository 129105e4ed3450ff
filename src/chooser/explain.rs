//! The one explanation of a result that the view, the Markdown record, the diagram and the worked
//! examples all render: a summary line, the answers (marked when assumed), and per layer the
//! pick, its companions, reasons as sentences with what they follow from, "If you … → X"
//! alternatives and guide links, each guide at most once per result.

use super::{Answers, Choice, LayerResult, Question, Reason, Recommendation, Rules, Tier};
use crate::catalog::{Catalog, Technology};

/// A whole result in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// The stack at a glance: "Python + Django · REST · PostgreSQL · …".
    pub summary: String,
    pub answers: Vec<AnswerNote>,
    pub layers: Vec<LayerStory>,
    /// "Supabase fills Database and Authentication: one service instead of 2."
    pub shared: Vec<String>,
}

/// One answer in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerNote {
    pub question: &'static Question,
    pub value: &'static Choice,
    /// The reader said "Not sure" or skipped it: the stated default applies.
    pub assumed: bool,
}

/// One layer in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerStory {
    pub key: &'static str,
    pub label: &'static str,
    /// Where it stands in the stack diagram.
    pub tier: Tier,
    pub pick: Option<&'static Technology>,
    /// The layer is empty because nothing in the catalog fits, not because it is not needed.
    pub nothing_fits: bool,
    pub companions: Vec<CompanionNote>,
    pub reasons: Vec<ReasonNote>,
    pub alternatives: Vec<&'static Technology>,
    /// "If … → X", most relevant first.
    pub changes: Vec<ChangeNote>,
    /// Guide ids to read next, none repeated from an earlier layer.
    pub guides: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanionNote {
    pub tech: &'static Technology,
    /// What it adds, as a phrase: "logging and tracing".
    pub adds: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReasonNote {
    /// The sentence.
    pub text: &'static str,
    /// The answers it follows from: "your team knows Python and you want managed cloud services
    /// (default)"; empty when it follows from none.
    pub said: String,
    /// The earlier picks it follows from: "your Database pick, Supabase".
    pub picks: String,
}

impl ReasonNote {
    /// What the reason follows from, as the aside a view or a record prints after the sentence:
    /// "(You said …; it follows from your Database pick, Supabase.)", empty when nothing.
    pub fn aside(&self) -> String {
        match (self.said.is_empty(), self.picks.is_empty()) {
            (true, true) => String::new(),
            (false, true) => format!("(You said {}.)", self.said),
            (true, false) => format!("(It follows from {}.)", self.picks),
            (false, false) => format!("(You said {}; it follows from {}.)", self.said, self.picks),
        }
    }
}

/// The layers by where they stand in the diagram: each tier that has a layer, in
/// [`Tier::ALL`]'s order (the request's path, then what runs alongside), its layers in order.
pub fn by_tier(layers: &[LayerStory]) -> Vec<(Tier, Vec<&LayerStory>)> {
    Tier::ALL
        .into_iter()
        .map(|t| (t, layers.iter().filter(|l| l.tier == t).collect::<Vec<_>>()))
        .filter(|(_, in_tier)| !in_tier.is_empty())
        .collect()
}

impl LayerStory {
    /// What the pick costs, to plan for: its card's first trade-off.
    pub fn consequence(&self) -> Option<&'static str> {
        self.pick.and_then(|t| t.trade_offs.first().copied())
    }

    /// The pick and its companions, "Prometheus + Grafana + Loki", or what an empty layer means.
    pub fn names(&self) -> String {
        match self.pick {
            Some(pick) => std::iter::once(pick.name)
                .chain(self.companions.iter().map(|c| c.tech.name))
                .collect::<Vec<_>>()
                .join(" + "),
            None if self.nothing_fits => "Nothing in the catalog fits".to_string(),
            None => "Not needed yet".to_string(),
        }
    }

    /// The names for a narrow place (the diagram): "Prometheus + 5 more" past one companion.
    pub fn short_names(&self) -> String {
        match (self.pick, self.companions.len()) {
            (Some(pick), n) if n > 1 => format!("{} + {n} more", pick.name),
            _ => self.names(),
        }
    }

    /// "Added beside it: Grafana for dashboards and Loki for logging.", when there are companions.
    pub fn companions_sentence(&self) -> Option<String> {
        let parts: Vec<String> = self
            .companions
            .iter()
            .map(|c| format!("{} for {}", c.tech.name, c.adds))
            .collect();
        (!parts.is_empty()).then(|| format!("Added beside it: {}.", join_phrases(&parts)))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeNote {
    /// "If your team knows Go".
    pub condition: String,
    pub pick: Option<&'static Technology>,
}

/// How many guide links a layer offers at most.
const GUIDES_PER_LAYER: usize = 2;
/// How many "If …" lines a layer offers at most.
const CHANGES_PER_LAYER: usize = 3;

/// Joins phrases as a person would: "a", "a and b", "a, b and c".
pub fn join_phrases(parts: &[String]) -> String {
    join_with(parts, "and")
}

fn join_with(parts: &[String], word: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}

/// A tag label inside a sentence: "Error tracking" → "error tracking"; a label with another
/// capital ("GitOps", "MQTT", "JavaScript") is a name and stays as it is.
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) if !chars.any(char::is_uppercase) => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_string(),
    }
}

/// The answers in force, in question order.
pub fn answer_notes(answers: &Answers, rules: &Rules) -> Vec<AnswerNote> {
    rules
        .questions
        .iter()
        .filter_map(|q| {
            let value = answers.effective(rules, q.key).and_then(|v| q.value(v))?;
            Some(AnswerNote {
                question: q,
                value,
                assumed: answers.is_assumed(q.key),
            })
        })
        .collect()
}

/// The result of the answers in force, or the questions it still needs.
pub type Outcome = Result<Explanation, Vec<&'static Question>>;

/// Explains a recommendation made from these answers.
pub fn explain(
    rec: &Recommendation,
    answers: &Answers,
    rules: &Rules,
    catalog: &Catalog,
) -> Explanation {
    let mut used_guides: Vec<&'static str> = Vec::new();
    let layers: Vec<LayerStory> = rec
        .layers
        .iter()
        .map(|l| story(l, rec, answers, rules, catalog, &mut used_guides))
        .collect();
    let summary = layers
        .iter()
        .filter(|l| l.pick.is_some())
        .map(LayerStory::names)
        .collect::<Vec<_>>()
        .join(" · ");
    let shared = rec
        .shared
        .iter()
        .map(|(t, keys)| {
            let labels: Vec<String> = keys
                .iter()
                .filter_map(|k| rules.layer(k))
                .map(|l| l.label.to_string())
                .collect();
            format!(
                "{} fills {}: one service instead of {}.",
                t.name,
                join_phrases(&labels),
                labels.len()
            )
        })
        .collect();
    Explanation {
        summary,
        answers: answer_notes(answers, rules),
        layers,
        shared,
    }
}

fn story(
    l: &LayerResult,
    rec: &Recommendation,
    answers: &Answers,
    rules: &Rules,
    catalog: &Catalog,
    used_guides: &mut Vec<&'static str>,
) -> LayerStory {
    let companions = l
        .companions
        .iter()
        .map(|c| {
            let labels: Vec<String> = c
                .covers
                .iter()
                .map(|t| in_sentence(catalog.tag_label(t)))
                .collect();
            CompanionNote {
                tech: c.tech,
                adds: join_phrases(&labels),
            }
        })
        .collect();
    let reasons = l
        .reasons
        .iter()
        .map(|r| ReasonNote {
            text: r.text,
            said: said(r, answers, rules),
            picks: picks(r, rec, rules),
        })
        .collect();
    // Answers that lead to the same pick share one line: "If a, b or c → X".
    let mut by_pick: Vec<(Option<&'static Technology>, Vec<String>)> = Vec::new();
    for c in &l.changes {
        let Some(says) = rules.question(c.question).and_then(|q| q.value(c.value)) else {
            continue;
        };
        let same = |p: &Option<&'static Technology>| p.map(|t| t.id) == c.pick.map(|t| t.id);
        match by_pick.iter_mut().find(|(p, _)| same(p)) {
            Some((_, conditions)) => conditions.push(says.says.to_string()),
            None => by_pick.push((c.pick, vec![says.says.to_string()])),
        }
    }
    let changes = by_pick
        .into_iter()
        .take(CHANGES_PER_LAYER)
        .map(|(pick, conditions)| ChangeNote {
            condition: format!("If {}", join_with(&conditions, "or")),
            pick,
        })
        .collect();
    let mut guides = Vec::new();
    for id in l.items().flat_map(|t| catalog.guide_ids(t)) {
        if guides.len() < GUIDES_PER_LAYER && !used_guides.contains(&id) {
            used_guides.push(id);
            guides.push(id);
        }
    }
    LayerStory {
        key: l.layer.key,
        label: l.layer.label,
        tier: l.layer.tier,
        pick: l.pick,
        nothing_fits: l.nothing_fits,
        companions,
        reasons,
        alternatives: l.alternatives.clone(),
        changes,
        guides,
    }
}

/// "your team knows Python and this is a prototype (default)": the answers a reason follows
/// from, each assumed one marked "(default)".
fn said(r: &Reason, answers: &Answers, rules: &Rules) -> String {
    let parts: Vec<String> = r
        .answers
        .iter()
        .filter_map(|(q, v)| {
            let says = rules.question(q)?.value(v)?.says;
            let mark = if answers.is_assumed(q) {
                " (default)"
            } else {
                ""
            };
            Some(format!("{says}{mark}"))
        })
        .collect();
    join_phrases(&parts)
}

/// "your Database pick, Supabase": the earlier picks a reason follows from.
fn picks(r: &Reason, rec: &Recommendation, rules: &Rules) -> String {
    let parts: Vec<String> = r
        .layers
        .iter()
        .filter_map(|key| {
            let layer = rules.layer(key)?;
            let pick = rec.layer(key)?.pick?;
            Some(format!("your {} pick, {}", layer.label, pick.name))
        })
        .collect();
    join_phrases(&parts)
}
