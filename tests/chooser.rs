//! The stack chooser: a scenario table grounded in seed facts, and an exhaustive check of every
//! combination of answers.

use serde::Deserialize;
use stackguide::catalog::Catalog;
use stackguide::chooser::{recommend, Answers, ReasonSource, Recommendation, Rules};
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Scenario {
    name: String,
    answers: BTreeMap<String, String>,
    expect: BTreeMap<String, String>,
    seed: String,
    fact: String,
}

fn answers(pairs: &BTreeMap<String, String>) -> Answers {
    let rules = Rules::builtin();
    let mut a = Answers::default();
    for (q, v) in pairs {
        assert!(a.set(rules, q, v), "{q}={v} is not a valid answer");
    }
    a
}

fn run(a: &Answers) -> Recommendation {
    recommend(Catalog::builtin(), Rules::builtin(), a).expect("complete answers give a result")
}

#[test]
fn scenarios_grounded_in_the_seeds() {
    let text = include_str!("fixtures/chooser_scenarios.json");
    let scenarios: Vec<Scenario> = serde_json::from_str(text).expect("scenario fixture parses");
    assert!(scenarios.len() >= 20, "at least 20 scenarios");
    let seeds = ["000", "001", "002", "003"];
    for s in &scenarios {
        assert!(
            seeds.contains(&s.seed.as_str()) && !s.fact.is_empty(),
            "{}: cite a seed",
            s.name
        );
        let rec = run(&answers(&s.answers));
        for (layer, expected) in &s.expect {
            let got = rec.pick_id(layer).unwrap_or("none");
            assert_eq!(
                got, expected,
                "scenario `{}`, layer {layer} ({})",
                s.name, s.fact
            );
        }
    }
}

/// Every combination of the five answers (11 × 9 × 3 × 3 × 4).
fn every_combination() -> Vec<Answers> {
    Answers::every_combination(Rules::builtin())
}

#[test]
fn every_combination_gives_a_complete_coherent_explained_stack() {
    let catalog = Catalog::builtin();
    let rules = Rules::builtin();
    let combos = every_combination();
    assert_eq!(combos.len(), 11 * 9 * 3 * 3 * 4);
    for a in &combos {
        let rec = run(a);
        assert_eq!(rec.layers.len(), rules.layers.len());
        let ctx = format!("{a:?}");
        for l in &rec.layers {
            // Complete: a pick for every required layer; "none" only where allowed.
            match l.pick {
                Some(t) => {
                    assert!(
                        l.layer.categories.contains(&t.category),
                        "{ctx}: {} in {}",
                        t.id,
                        l.layer.key
                    );
                    assert!(catalog.technology(t.id).is_some());
                }
                None => assert!(l.layer.optional, "{ctx}: layer {} has no pick", l.layer.key),
            }
            // Explained: at least one reason, and answer reasons name a real answer.
            assert!(
                !l.reasons.is_empty(),
                "{ctx}: layer {} has no reason",
                l.layer.key
            );
            for r in &l.reasons {
                if let ReasonSource::Answers(named) = &r.source {
                    let rule = r.rule.expect("an answer reason comes from a rule");
                    assert_eq!(
                        named.len(),
                        rule.when.len(),
                        "{ctx}: every matched answer is named"
                    );
                    for (question, value) in named {
                        assert_eq!(a.effective(rules, question), Some(*value), "{ctx}");
                    }
                }
            }
            for alt in &l.alternatives {
                assert!(l.layer.categories.contains(&alt.category));
                assert_ne!(Some(alt.id), l.pick.map(|p| p.id));
            }
        }
        // Coherent: the framework speaks the language.
        let language = rec
            .layer("language")
            .and_then(|l| l.pick)
            .expect("a language");
        if let Some(fw) = rec.layer("framework").and_then(|l| l.pick) {
            let tags = rules.language_tags(language.id);
            assert!(
                fw.tags.iter().any(|t| tags.contains(t)),
                "{ctx}: {} with {}",
                fw.id,
                language.id
            );
        }
        // Coherent: a BaaS database also covers auth.
        let db = rec
            .layer("database")
            .and_then(|l| l.pick)
            .expect("a database");
        if db.tags.contains(&"backend-as-a-service") {
            assert_eq!(rec.pick_id("auth"), Some(db.id), "{ctx}");
            assert!(rec
                .shared
                .iter()
                .any(|(t, keys)| t.id == db.id && keys.len() >= 2));
        }
        // Coherent: one cloud at most across the infrastructure layers, the one asked for if any.
        // (Languages and frameworks may lean to a cloud, as C# does to Azure, without tying you.)
        let clouds: std::collections::BTreeSet<&str> = rec
            .layers
            .iter()
            .filter(|l| l.layer.match_cloud)
            .filter_map(|l| l.pick)
            .flat_map(|t| t.tags.iter().copied())
            .filter(|t| ["aws", "gcp", "azure"].contains(t))
            .collect();
        assert!(clouds.len() <= 1, "{ctx}: several clouds {clouds:?}");
        if let Some(asked) = a.get("cloud").and_then(|c| rules.cloud_tag(c)) {
            assert!(
                clouds.iter().all(|c| *c == asked),
                "{ctx}: {clouds:?} but asked {asked}"
            );
        }
        // Self-hosting: nothing that only exists as someone else's service.
        if a.get("ops") == Some("selfhost") {
            for t in rec.layers.iter().filter_map(|l| l.pick) {
                assert!(
                    t.hosting.is_empty()
                        || t.hosting
                            .contains(&stackguide::catalog::Hosting::SelfHosted),
                    "{ctx}: {} cannot be self-hosted",
                    t.id
                );
            }
        }
    }
}

#[test]
fn what_would_change_this_really_changes_the_pick() {
    let rules = Rules::builtin();
    // A spread of combinations (every 37th), each change re-run independently.
    for a in every_combination().iter().step_by(37) {
        let rec = run(a);
        for l in &rec.layers {
            for c in &l.changes {
                let other = run(&a.with(rules, c.question, c.value));
                let new_pick = other.pick_id(l.layer.key);
                assert_ne!(
                    new_pick,
                    l.pick.map(|t| t.id),
                    "{a:?}: {} {c:?}",
                    l.layer.key
                );
                assert_eq!(new_pick, c.pick.map(|t| t.id));
            }
        }
    }
}

#[test]
fn changes_name_the_team_for_the_language() {
    let rules = Rules::builtin();
    let a = Answers::default()
        .with(rules, "product", "saas")
        .with(rules, "team", "python")
        .with(rules, "scale", "growth");
    let rec = run(&a);
    assert_eq!(rec.pick_id("language"), Some("python"));
    let lang = rec.layer("language").unwrap();
    assert_eq!(
        lang.changes[0].question, "team",
        "the answer the reason names comes first"
    );
    assert!(lang
        .reasons
        .iter()
        .any(|r| r.source == ReasonSource::Answers(vec![("team", "python")])));
}

#[test]
fn missing_answers_are_listed_and_defaults_apply() {
    let rules = Rules::builtin();
    let catalog = Catalog::builtin();
    let partial = Answers::default().with(rules, "product", "chat");
    let missing = recommend(catalog, rules, &partial).expect_err("team and scale are needed");
    let keys: Vec<&str> = missing.iter().map(|q| q.key).collect();
    assert_eq!(keys, ["team", "scale"]);
    let full = partial
        .with(rules, "team", "go")
        .with(rules, "scale", "prototype");
    assert_eq!(full.effective(rules, "ops"), Some("cloud"));
    assert_eq!(full.effective(rules, "cloud"), Some("any"));
    assert!(recommend(catalog, rules, &full).is_ok());
}

#[test]
fn unknown_answers_are_refused() {
    let rules = Rules::builtin();
    let mut a = Answers::default();
    assert!(!a.set(rules, "product", "spaceship"));
    assert!(!a.set(rules, "colour", "blue"));
    assert!(a.is_empty());
}

#[test]
fn the_markdown_record_holds_every_layer() {
    let rules = Rules::builtin();
    let a = Answers::default()
        .with(rules, "product", "fintech")
        .with(rules, "team", "java")
        .with(rules, "scale", "growth");
    let rec = run(&a);
    let md = stackguide::chooser::markdown::decision_record(
        &rec,
        &a,
        rules,
        "https://example.org/?view=chooser",
    );
    for l in &rec.layers {
        assert!(
            md.contains(&format!("### {}:", l.layer.label)),
            "{} missing",
            l.layer.label
        );
        if let Some(t) = l.pick {
            assert!(md.contains(t.name));
        }
    }
    assert!(md.contains("## Context") && md.contains("Payments"));
    assert!(md.contains("(default)"), "defaults are marked as such");
}

#[test]
fn a_reason_names_every_answer_its_rule_matched() {
    // C# with no cloud preference lands on Azure SQL Database because of the team, the ops
    // default and the cloud default together: the reason must not name only one of them.
    let rules = Rules::builtin();
    let a = Answers::default()
        .with(rules, "product", "saas")
        .with(rules, "team", "csharp")
        .with(rules, "scale", "growth");
    let rec = run(&a);
    let db = rec.layer("database").unwrap();
    let azure = db
        .reasons
        .iter()
        .find(|r| r.rule.is_some_and(|rule| rule.id == "db-azure-sql"))
        .expect("the Azure SQL rule explains the pick");
    match &azure.source {
        ReasonSource::Answers(named) => {
            let questions: Vec<&str> = named.iter().map(|(q, _)| *q).collect();
            assert_eq!(questions, ["team", "ops", "cloud"], "in question order");
        }
        other => panic!("unexpected source {other:?}"),
    }
}
