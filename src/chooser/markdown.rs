//! "Copy as Markdown": the recommendation as a decision record a team can paste into its docs.
//! Context = the answers; one decision per layer with its reasons; alternatives; consequences and
//! what would change them.

use super::{Answers, ReasonSource, Recommendation, Rules};
use std::fmt::Write;

/// The decision record. `link` is the URL that reproduces this result.
pub fn decision_record(
    rec: &Recommendation,
    answers: &Answers,
    rules: &Rules,
    link: &str,
) -> String {
    let mut md = String::new();
    md.push_str("# Backend stack decision record\n\n");
    md.push_str("## Context\n\n");
    for q in rules.questions {
        let value = answers.effective(rules, q.key).unwrap_or("");
        let assumed = if answers.get(q.key).is_none() {
            " (default)"
        } else {
            ""
        };
        let _ = writeln!(md, "- **{}** {}{}", q.label, q.label_of(value), assumed);
    }
    let _ = writeln!(md, "\nReproduce this result: <{link}>\n");
    md.push_str("## Decision\n\n");
    md.push_str("| Layer | Pick | Alternatives |\n|---|---|---|\n");
    for l in &rec.layers {
        let pick = l.pick.map_or("Not needed yet", |t| t.name);
        let alts: Vec<&str> = l.alternatives.iter().map(|t| t.name).collect();
        let alts = if alts.is_empty() {
            "—".to_string()
        } else {
            alts.join(", ")
        };
        let _ = writeln!(md, "| {} | {} | {} |", l.layer.label, pick, alts);
    }
    for (tech, keys) in &rec.shared {
        let labels: Vec<&str> = keys
            .iter()
            .filter_map(|k| rules.layer(k))
            .map(|l| l.label)
            .collect();
        let _ = writeln!(
            md,
            "\n{} fills several layers: {}.",
            tech.name,
            labels.join(", ")
        );
    }
    md.push_str("\n## Reasons and consequences\n");
    for l in &rec.layers {
        let pick = l.pick.map_or("not needed yet", |t| t.name);
        let _ = writeln!(md, "\n### {}: {}\n", l.layer.label, pick);
        for r in &l.reasons {
            match &r.source {
                ReasonSource::Answers(answers) => {
                    let named: Vec<String> = answers
                        .iter()
                        .map(|(question, value)| {
                            let q = rules.question(question);
                            let label = q.map_or(*question, |q| q.label);
                            let answer = q.map_or(*value, |q| q.label_of(value));
                            format!("*{label}* → {answer}")
                        })
                        .collect();
                    let _ = writeln!(md, "- Because of {}: {}", named.join(" and "), r.text);
                }
                ReasonSource::Layer(layer) => {
                    let label = rules.layer(layer).map_or(*layer, |l| l.label);
                    let _ = writeln!(md, "- Follows from the {label} pick: {}", r.text);
                }
            }
        }
        if let Some(t) = l.pick {
            if let Some(first) = t.trade_offs.first() {
                let _ = writeln!(md, "- Consequence to plan for: {first}");
            }
        }
        for c in l.changes.iter().take(2) {
            let q = rules.question(c.question);
            let label = q.map_or(c.question, |q| q.label);
            let answer = q.map_or(c.value, |q| q.label_of(c.value));
            let to = c.pick.map_or("not needed", |t| t.name);
            let _ = writeln!(
                md,
                "- Would change if *{label}* were {answer}: {to} instead."
            );
        }
    }
    md
}
