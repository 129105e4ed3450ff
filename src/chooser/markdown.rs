//! "Copy as Markdown": the explanation as a decision record a team can paste into its docs.
//! Context = the answers; one decision per layer with its reasons; alternatives; consequences and
//! what would change them.

use super::explain::Explanation;
use std::fmt::Write;

/// The decision record. `link` is the URL that reproduces this result.
pub fn decision_record(story: &Explanation, link: &str) -> String {
    let mut md = String::new();
    md.push_str("# Backend stack decision record\n\n");
    let _ = writeln!(md, "**The stack:** {}\n", story.summary);
    md.push_str("## Context\n\n");
    for a in &story.answers {
        let assumed = if a.assumed { " (default)" } else { "" };
        let _ = writeln!(
            md,
            "- **{}** {}{}",
            a.question.label, a.value.label, assumed
        );
    }
    let _ = writeln!(md, "\nReproduce this result: <{link}>\n");
    md.push_str("## Decision\n\n");
    md.push_str("| Layer | Pick | Alternatives |\n|---|---|---|\n");
    for l in &story.layers {
        let pick = l.names();
        let alts: Vec<&str> = l.alternatives.iter().map(|t| t.name).collect();
        let alts = if alts.is_empty() {
            "—".to_string()
        } else {
            alts.join(", ")
        };
        let _ = writeln!(md, "| {} | {} | {} |", l.label, pick, alts);
    }
    for s in &story.shared {
        let _ = writeln!(md, "\n{s}");
    }
    md.push_str("\n## Reasons and consequences\n");
    for l in &story.layers {
        let pick = l.pick.map_or_else(|| l.names(), |t| t.name.to_string());
        let _ = writeln!(md, "\n### {}: {}\n", l.label, pick);
        for r in &l.reasons {
            match r.aside() {
                aside if aside.is_empty() => {
                    let _ = writeln!(md, "- {}", r.text);
                }
                aside => {
                    let _ = writeln!(md, "- {} *{aside}*", r.text);
                }
            }
        }
        if let Some(sentence) = l.companions_sentence() {
            let _ = writeln!(md, "- {sentence}");
        }
        if let Some(first) = l.consequence() {
            let _ = writeln!(md, "- Consequence to plan for: {first}");
        }
        for c in &l.changes {
            let to = c.pick.map_or("not needed", |t| t.name);
            let _ = writeln!(md, "- {} → {to}.", c.condition);
        }
    }
    md
}
