//! The stack chooser: worked scenarios a senior engineer can audit, the coherence invariants over
//! every combination of answers (and one failing case per invariant, so each can fail), answers
//! with "Not sure" and renamed values, and the explanation every view renders.

use serde::Deserialize;
use stackguide::catalog::{Catalog, Technology};
use stackguide::chooser::coherence::violations;
use stackguide::chooser::explain::explain;
use stackguide::chooser::{
    recommend, Answers, Choice, Cloud, Companion, Effect, Grounds, LayerSpec, Question,
    Recommendation, Rule, Rules, Tier, NOT_SURE,
};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    name: String,
    answers: BTreeMap<String, String>,
    /// Layer → pick id (`none` for "not needed yet"), for every layer.
    expect: BTreeMap<String, String>,
    /// Layer → companion ids, in order; layers not named have none.
    #[serde(default)]
    companions: BTreeMap<String, Vec<String>>,
    /// Why a senior backend engineer would sign this stack, in one line.
    why: String,
    /// Shown as a worked example in docs/chooser.md.
    #[serde(default)]
    example: bool,
}

fn scenarios() -> Vec<Scenario> {
    serde_json::from_str(include_str!("fixtures/chooser_scenarios.json"))
        .expect("scenario fixture parses")
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

fn tech(id: &str) -> &'static Technology {
    Catalog::builtin()
        .technology(id)
        .unwrap_or_else(|| panic!("{id} is in the catalog"))
}

#[test]
fn scenarios_a_senior_engineer_would_sign() {
    let rules = Rules::builtin();
    let all = scenarios();
    assert!(
        all.len() >= 40,
        "at least 40 scenarios, {} found",
        all.len()
    );
    assert_eq!(
        all.iter().filter(|s| s.example).count(),
        12,
        "12 worked examples"
    );
    for s in &all {
        assert!(!s.why.trim().is_empty(), "{}: say why", s.name);
        let rec = run(&answers(&s.answers));
        let keys: BTreeSet<&str> = s.expect.keys().map(String::as_str).collect();
        let layers: BTreeSet<&str> = rules.layers.iter().map(|l| l.key).collect();
        assert_eq!(keys, layers, "{}: expect names every layer", s.name);
        for l in &rec.layers {
            let got = l.pick.map_or("none", |t| t.id);
            assert_eq!(
                got, s.expect[l.layer.key],
                "`{}`, {}: {}",
                s.name, l.layer.key, s.why
            );
            let companions: Vec<&str> = l.companions.iter().map(|c| c.tech.id).collect();
            let want: Vec<&str> = s
                .companions
                .get(l.layer.key)
                .map_or(Vec::new(), |v| v.iter().map(String::as_str).collect());
            assert_eq!(companions, want, "`{}`, {} companions", s.name, l.layer.key);
        }
    }
}

/// Every combination of the five answers (11 × 9 × 3 × 3 × 4).
fn every_combination() -> Vec<Answers> {
    Answers::every_combination(Rules::builtin())
}

#[test]
fn every_combination_is_complete_explained_and_coherent() {
    let catalog = Catalog::builtin();
    let rules = Rules::builtin();
    let combos = every_combination();
    assert_eq!(combos.len(), 3_564);
    let mut broken: BTreeMap<&str, (usize, String)> = BTreeMap::new();
    for a in &combos {
        let rec = run(a);
        assert_eq!(rec.layers.len(), rules.layers.len());
        let ctx = format!("{a:?}");
        for l in &rec.layers {
            // Complete: a pick for every required layer; "none" only where allowed.
            match l.pick {
                Some(t) => assert!(
                    l.layer.categories.contains(&t.category) && catalog.technology(t.id).is_some(),
                    "{ctx}: {} in {}",
                    t.id,
                    l.layer.key
                ),
                None => assert!(l.layer.optional, "{ctx}: layer {} has no pick", l.layer.key),
            }
            // Explained: at least one reason, and every answer a reason names is in force.
            assert!(
                !l.reasons.is_empty(),
                "{ctx}: {} has no reason",
                l.layer.key
            );
            for r in &l.reasons {
                if let Some(rule) = r.rule {
                    let asked = rule.when.iter().map(|(q, _)| *q).collect::<BTreeSet<_>>();
                    let named = r.answers.iter().map(|(q, _)| *q).collect::<BTreeSet<_>>();
                    assert_eq!(asked, named, "{ctx}: every matched answer is named");
                }
                for (question, value) in &r.answers {
                    assert_eq!(a.effective(rules, question), Some(*value), "{ctx}");
                }
            }
            for alt in &l.alternatives {
                assert!(l.layer.categories.contains(&alt.category));
                assert!(
                    !l.items().any(|t| t.id == alt.id),
                    "{ctx}: {} twice",
                    alt.id
                );
            }
        }
        // A backend-as-a-service database also signs the customers of a product in.
        if let Some(db) = rec.layer("database").and_then(|l| l.pick) {
            let product = a.effective(rules, "product").unwrap();
            let customers = !["dashboard", "content"].contains(&product);
            if db.tags.contains(&"backend-as-a-service") && customers {
                assert_eq!(
                    rec.pick_id("auth"),
                    Some(db.id),
                    "{ctx}: {} signs users in",
                    db.id
                );
                assert!(rec
                    .shared
                    .iter()
                    .any(|(t, k)| t.id == db.id && k.len() >= 2));
            }
        }
        for v in violations(&rec, a, rules) {
            let entry = broken.entry(v.invariant).or_insert((0, String::new()));
            entry.0 += 1;
            if entry.1.is_empty() {
                entry.1 = format!("{ctx} → {}: {}", v.layer, v.detail);
            }
        }
    }
    assert!(
        broken.is_empty(),
        "combinations breaking each invariant (count, first case):\n{broken:#?}"
    );
}

/// A result for these answers with one layer's pick replaced (and its companions dropped).
fn with_pick(pairs: &[(&str, &str)], layer: &str, pick: &str) -> (Recommendation, Answers) {
    let rules = Rules::builtin();
    let mut a = Answers::default();
    for (q, v) in pairs {
        assert!(a.set(rules, q, v));
    }
    let mut rec = run(&a);
    let l = rec
        .layers
        .iter_mut()
        .find(|l| l.layer.key == layer)
        .expect("layer");
    l.pick = (pick != "none").then(|| tech(pick));
    l.companions.clear();
    (rec, a)
}

fn broken_by(rec: &Recommendation, a: &Answers) -> BTreeSet<&'static str> {
    violations(rec, a, Rules::builtin())
        .into_iter()
        .map(|v| v.invariant)
        .collect()
}

/// Each failure class an expert review found, rebuilt by hand: the invariants must catch it.
#[test]
fn every_invariant_catches_its_failure_class() {
    let rules = Rules::builtin();
    let saas = [("product", "saas"), ("team", "python"), ("scale", "growth")];
    let chat = [
        ("product", "chat"),
        ("team", "javascript"),
        ("scale", "growth"),
    ];
    let on_azure = [
        ("product", "saas"),
        ("team", "javascript"),
        ("scale", "growth"),
        ("ops", "cloud"),
        ("cloud", "azure"),
    ];
    let mut cases: Vec<(&str, Recommendation, Answers)> = Vec::new();
    let mut case = |name: &'static str, (rec, a): (Recommendation, Answers)| {
        cases.push((name, rec, a));
    };
    case(
        "auth-is-a-product",
        with_pick(&saas, "auth", "openid-connect"),
    );
    case(
        "customers-get-customer-identity",
        with_pick(&chat, "auth", "okta"),
    );
    case(
        "staff-get-workforce-identity",
        with_pick(
            &[
                ("product", "dashboard"),
                ("team", "go"),
                ("scale", "growth"),
            ],
            "auth",
            "auth0",
        ),
    );
    case(
        "observability-is-complete",
        with_pick(&saas, "observability", "grafana"),
    );
    case(
        "managed-means-no-vms",
        with_pick(&saas, "hosting", "amazon-ec2"),
    );
    case(
        "named-cloud-is-used",
        with_pick(&on_azure, "hosting", "kubernetes"),
    );
    case(
        "named-cloud-identity",
        with_pick(&on_azure, "auth", "auth0"),
    );
    case(
        "named-cloud-messaging",
        with_pick(
            &[
                ("product", "fintech"),
                ("team", "java"),
                ("scale", "massive"),
                ("ops", "cloud"),
                ("cloud", "aws"),
            ],
            "messaging",
            "rabbitmq",
        ),
    );
    case("one-cloud", with_pick(&saas, "database", "dynamodb"));
    case(
        "self-hosting-is-runnable",
        with_pick(
            &[
                ("product", "api"),
                ("team", "go"),
                ("scale", "growth"),
                ("ops", "selfhost"),
            ],
            "auth",
            "auth0",
        ),
    );
    case(
        "framework-speaks-language",
        with_pick(&saas, "framework", "laravel"),
    );
    let content = [
        ("product", "content"),
        ("team", "php"),
        ("scale", "growth"),
        ("ops", "selfhost"),
    ];
    let (mut rec, a) = with_pick(&content, "framework", "wordpress");
    rec.layers
        .iter_mut()
        .find(|l| l.layer.key == "hosting")
        .unwrap()
        .pick = Some(tech("heroku"));
    case("host-keeps-local-files", (rec, a));
    case(
        "content-needs-no-sign-in",
        with_pick(
            &[("product", "content"), ("team", "php"), ("scale", "growth")],
            "auth",
            "auth0",
        ),
    );
    case(
        "live-connections-need-a-server",
        with_pick(&chat, "hosting", "aws-lambda"),
    );
    case(
        "open-source-when-asked",
        with_pick(
            &[
                ("product", "iot"),
                ("team", "go"),
                ("scale", "growth"),
                ("ops", "selfhost"),
            ],
            "database",
            "mongodb",
        ),
    );
    case(
        "nothing-retiring",
        with_pick(&saas, "hosting", "aws-app-runner"),
    );
    let (mut rec, a) = with_pick(
        &[
            ("product", "fintech"),
            ("team", "java"),
            ("scale", "growth"),
        ],
        "framework",
        "spring-boot",
    );
    rec.layers
        .iter_mut()
        .find(|l| l.layer.key == "hosting")
        .unwrap()
        .pick = Some(tech("azure-functions"));
    case("functions-run-handlers", (rec, a));
    case(
        "live-products-are-real-time",
        with_pick(&chat, "api", "rest"),
    );
    case(
        "devices-speak-mqtt",
        with_pick(
            &[("product", "iot"), ("team", "go"), ("scale", "massive")],
            "messaging",
            "kafka",
        ),
    );
    case(
        "public-api-style",
        with_pick(
            &[("product", "api"), ("team", "go"), ("scale", "growth")],
            "api",
            "grpc",
        ),
    );
    case(
        "orm-gets-sql",
        with_pick(
            &[
                ("product", "chat"),
                ("team", "ruby"),
                ("scale", "growth"),
                ("ops", "serverless"),
            ],
            "database",
            "firebase",
        ),
    );
    case(
        "cms-gets-mysql",
        with_pick(&content, "database", "postgresql"),
    );

    let mut caught = BTreeSet::new();
    for (invariant, rec, a) in &cases {
        let found = broken_by(rec, a);
        assert!(
            found.contains(invariant),
            "{invariant} not caught; found {found:?}"
        );
        caught.insert(*invariant);
    }
    let all: BTreeSet<&str> = rules.invariants.iter().map(|i| i.id).collect();
    assert_eq!(caught, all, "every invariant has a failing case here");
}

#[test]
fn a_companion_fills_what_the_pick_cannot_cover() {
    let rules = Rules::builtin();
    let a = Answers::default()
        .with(rules, "product", "iot")
        .with(rules, "team", "rust")
        .with(rules, "scale", "massive")
        .with(rules, "ops", "selfhost");
    let rec = run(&a);
    let messaging = rec.layer("messaging").unwrap();
    assert_eq!(messaging.pick.map(|t| t.id), Some("kafka"));
    assert!(
        matches!(&messaging.companions[..], [Companion { tech, covers }] if tech.tags.contains(&"mqtt") && covers == &["mqtt"]),
        "{:?}",
        messaging.companions
    );
    let observability = rec.layer("observability").unwrap();
    for needed in [
        "metrics",
        "logging",
        "tracing",
        "error-tracking",
        "dashboards",
    ] {
        assert!(
            observability.items().any(|t| t.tags.contains(&needed)),
            "{needed}"
        );
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
    assert_eq!(
        lang.reasons[0].answers,
        vec![("team", "python")],
        "the main reason first"
    );
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
    assert!(full.is_assumed("ops") && !full.is_assumed("team"));
    assert!(recommend(catalog, rules, &full).is_ok());
}

#[test]
fn not_sure_is_an_answer_of_its_own() {
    let rules = Rules::builtin();
    let mut a = Answers::default();
    assert!(a.set(rules, "scale", NOT_SURE));
    assert_eq!(a.get("scale"), None, "not a value the reader picked");
    assert_eq!(
        a.token("scale"),
        Some(NOT_SURE),
        "links and storage carry it"
    );
    assert_eq!(
        a.effective(rules, "scale"),
        Some("growth"),
        "the stated assumption"
    );
    assert!(a.is_assumed("scale") && a.is_not_sure("scale"));
    assert!(
        a.missing(rules).iter().all(|q| q.key != "scale"),
        "it answers the question"
    );
}

#[test]
fn a_renamed_value_is_still_read_under_its_old_key() {
    let rules = Rules::builtin();
    let mut a = Answers::default();
    assert!(
        a.set(rules, "ops", "managed"),
        "ops=managed was the old key"
    );
    assert_eq!(a.get("ops"), Some("serverless"));
    assert_eq!(
        a.token("ops"),
        Some("serverless"),
        "written back under the new key"
    );
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
fn a_reason_names_every_answer_its_rule_matched_in_question_order() {
    // C# with no cloud named lands on App Service because of the team, the ops default and the
    // cloud default together: the reason names all three.
    let rules = Rules::builtin();
    let a = Answers::default()
        .with(rules, "product", "saas")
        .with(rules, "team", "csharp")
        .with(rules, "scale", "growth");
    let rec = run(&a);
    let hosting = rec.layer("hosting").unwrap();
    let reason = hosting
        .reasons
        .iter()
        .find(|r| r.rule.is_some_and(|rule| rule.id == "hosting-dotnet-azure"))
        .expect("the .NET-on-Azure rule explains the pick");
    let questions: Vec<&str> = reason.answers.iter().map(|(q, _)| *q).collect();
    assert_eq!(questions, ["team", "ops", "cloud"]);
}

#[test]
fn the_explanation_marks_defaults_and_links_each_guide_once() {
    let rules = Rules::builtin();
    let catalog = Catalog::builtin();
    let a = Answers::default()
        .with(rules, "product", "fintech")
        .with(rules, "team", "java")
        .with(rules, "scale", "growth")
        .with(rules, "cloud", NOT_SURE);
    let rec = run(&a);
    let story = explain(&rec, &a, rules, catalog);
    for l in &rec.layers {
        if let Some(t) = l.pick {
            assert!(story.summary.contains(t.name), "{} in the summary", t.name);
        }
    }
    let assumed: Vec<&str> = story
        .answers
        .iter()
        .filter(|n| n.assumed)
        .map(|n| n.question.key)
        .collect();
    assert_eq!(assumed, ["ops", "cloud"]);
    assert!(story
        .layers
        .iter()
        .flat_map(|l| &l.reasons)
        .any(|r| r.said.contains("(default)")));
    let guides: Vec<&str> = story.layers.iter().flat_map(|l| l.guides.clone()).collect();
    let unique: BTreeSet<&str> = guides.iter().copied().collect();
    assert_eq!(
        guides.len(),
        unique.len(),
        "each guide at most once: {guides:?}"
    );
    assert!(story
        .layers
        .iter()
        .all(|l| l.changes.iter().all(|c| c.condition.starts_with("If "))));
}

#[test]
fn a_reason_says_which_answers_and_which_picks_it_follows_from() {
    let rules = Rules::builtin();
    let a = answers(&BTreeMap::from([
        ("product".to_string(), "saas".to_string()),
        ("team".to_string(), "javascript".to_string()),
        ("scale".to_string(), "growth".to_string()),
        ("ops".to_string(), "serverless".to_string()),
    ]));
    let rec = run(&a);
    assert_eq!(
        rec.pick_id("auth"),
        Some("supabase"),
        "the database's BaaS signs users in"
    );
    let story = explain(&rec, &a, rules, Catalog::builtin());
    let auth = story.layers.iter().find(|l| l.key == "auth").unwrap();
    let shared = &auth.reasons[0];
    assert!(shared.said.is_empty());
    assert_eq!(
        shared.aside(),
        "(It follows from your Database pick, Supabase.)"
    );
    let language = story.layers.iter().find(|l| l.key == "language").unwrap();
    assert!(language.reasons[0]
        .aside()
        .starts_with("(You said your team knows JavaScript"));
    // Tag labels keep the capitals of a name inside a sentence.
    let ci = story.layers.iter().find(|l| l.key == "ci-cd").unwrap();
    assert!(ci.companions.iter().all(|c| !c.adds.contains("gitOps")));
}

#[test]
fn an_empty_layer_says_whether_it_is_not_needed_or_nothing_fits() {
    let rules = Rules::builtin();
    let prototype = run(&Answers::default()
        .with(rules, "product", "saas")
        .with(rules, "team", "python")
        .with(rules, "scale", "prototype"));
    let cache = prototype.layer("cache").unwrap();
    assert!(cache.pick.is_none() && !cache.nothing_fits);
    let story = explain(&prototype, &Answers::default(), rules, Catalog::builtin());
    let cache = story.layers.iter().find(|l| l.key == "cache").unwrap();
    assert_eq!(cache.names(), "Not needed yet");
    // On your own servers every CDN (all hosted services) is ruled out, and a rule says why none
    // is needed: "not needed", with that reason, rather than "nothing fits".
    let selfhost = run(&Answers::default()
        .with(rules, "product", "content")
        .with(rules, "team", "php")
        .with(rules, "scale", "massive")
        .with(rules, "ops", "selfhost"));
    let edge = selfhost.layer("edge").unwrap();
    assert!(edge.pick.is_none() && !edge.nothing_fits);
    assert!(edge
        .reasons
        .iter()
        .any(|r| r.text.contains("reverse proxy")));
    // A layer whose only candidate a rule removes, with nothing saying it is not needed: nothing fits.
    let questions: &'static [Question] = Box::leak(Box::new([Question {
        key: "scale",
        label: "Scale",
        why: "why",
        not_sure: "assumed",
        not_sure_value: "small",
        default: None,
        values: Box::leak(Box::new([Choice {
            key: "small",
            label: "Small",
            says: "it is small",
            formerly: &[],
        }])),
    }]));
    let layers: &'static [LayerSpec] = Box::leak(Box::new([LayerSpec {
        key: "cache",
        label: "Cache",
        tier: Tier::Data,
        categories: &["caching"],
        candidates: &["redis"],
        optional: true,
        match_cloud: false,
        decides_cloud: false,
        follows: None,
        shares: None,
        covers: &[],
        none_because: Some("Nothing in the catalog fits."),
    }]));
    let gone: &'static [Rule] = Box::leak(Box::new([Rule {
        id: "no-redis",
        when: &[],
        when_picked: &[],
        layer: "cache",
        effect: Effect::Eliminate(&["redis"]),
        because: "Ruled out.",
        grounds: Grounds::Seed("000"),
        fact: "A test.",
    }]));
    let tiny = Rules {
        questions,
        cloud: Cloud {
            question: "scale",
            tags: &[],
        },
        layers,
        order: &[0],
        rules: gone,
        invariants: &[],
    };
    let rec = recommend(
        Catalog::builtin(),
        &tiny,
        &Answers::default().with(&tiny, "scale", "small"),
    )
    .expect("complete");
    let cache = rec.layer("cache").unwrap();
    assert!(cache.pick.is_none() && cache.nothing_fits);
    let story = explain(&rec, &Answers::default(), &tiny, Catalog::builtin());
    assert_eq!(story.layers[0].names(), "Nothing in the catalog fits");
}

#[test]
fn the_markdown_record_holds_every_layer() {
    let rules = Rules::builtin();
    let a = Answers::default()
        .with(rules, "product", "fintech")
        .with(rules, "team", "java")
        .with(rules, "scale", "growth");
    let rec = run(&a);
    let story = explain(&rec, &a, rules, Catalog::builtin());
    let md =
        stackguide::chooser::markdown::decision_record(&story, "https://example.org/?view=chooser");
    for l in &rec.layers {
        assert!(
            md.contains(&format!("### {}:", l.layer.label)),
            "{} missing",
            l.layer.label
        );
        // The decision table's row names the pick and every companion.
        let row = md
            .lines()
            .find(|line| line.starts_with(&format!("| {} |", l.layer.label)))
            .unwrap_or_else(|| panic!("a table row for {}", l.layer.label));
        for t in l.items() {
            assert!(row.contains(t.name), "{} in {row}", t.name);
        }
    }
    assert!(md.contains("## Context") && md.contains("Payments"));
    assert!(md.contains("(default)"), "defaults are marked as such");
    assert!(md.contains(&story.summary));
}

/// docs/chooser.md: the worked examples, generated from the fixture and the engine. Stale docs
/// fail; `UPDATE_DOCS=1 cargo test --test chooser` rewrites them.
#[test]
fn the_worked_examples_in_the_docs_are_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/chooser.md");
    let written = worked_examples();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &written).expect("docs/ is writable");
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == written,
        "docs/chooser.md is stale: run `UPDATE_DOCS=1 cargo test --test chooser` and commit it"
    );
}

fn worked_examples() -> String {
    use std::fmt::Write;
    let rules = Rules::builtin();
    let catalog = Catalog::builtin();
    let covers: Vec<String> = rules
        .layers
        .iter()
        .filter(|l| !l.covers.is_empty())
        .map(|l| format!("{}: {}", l.label, l.covers.join(", ")))
        .collect();
    let mut md = format!(
        "# The stack chooser: how it decides, with worked examples\n\n\
         <!-- Generated by tests/chooser.rs from tests/fixtures/chooser_scenarios.json and \
         data/chooser.json: run `UPDATE_DOCS=1 cargo test --test chooser` after changing either. -->\n\n\
         {questions} answers go in; one pick for each of {layers} layers comes out, with the \
         reasons behind it. Everything the engine knows is data in `data/chooser.json`:\n\n\
         - **layers**: what a stack is made of and which catalog items may fill each layer;\n\
         - **rules** ({rule_count}): the advice (weights, eliminations, what a layer must cover), \
         each with the sentence a reader sees and the fact it rests on (a seed article, or a \
         catalog card and its references);\n\
         - **invariants** ({invariant_count}): what any coherent stack satisfies. The engine never \
         reads them; a native test checks all {combinations} combinations of answers against \
         them, and a bad rule fails it.\n\n\
         For each layer the engine removes candidates that a rule, the followed layer, the cloud \
         or a shared pick rules out, adds up the weights of the rules that apply, and picks the \
         highest total (ties go to the candidate listed first). When the pick cannot cover what \
         the layer needs, companions are added until it is covered (always: {covers}; and \
         whatever a rule asks, such as a real-time channel for a chat or MQTT for devices).\n\n\
         ## The invariants\n\n",
        questions = rules.questions.len(),
        layers = rules.layers.len(),
        rule_count = rules.rules.len(),
        invariant_count = rules.invariants.len(),
        combinations = every_combination().len(),
        covers = covers.join("; "),
    );
    for i in rules.invariants {
        let _ = writeln!(md, "- `{}`: {}", i.id, i.says);
    }
    md.push_str(
        "\n## Worked examples\n\nEach line gives the pick and the main reason for it. \
         Argue with any of them: the scenarios are tests, so a change of advice changes this page.\n",
    );
    for (n, s) in scenarios().iter().filter(|s| s.example).enumerate() {
        let a = answers(&s.answers);
        let rec = run(&a);
        let story = explain(&rec, &a, rules, catalog);
        let _ = writeln!(md, "\n### {}. {}\n", n + 1, capitalise(&s.name));
        let given: Vec<String> = story
            .answers
            .iter()
            .map(|n| {
                let mark = if n.assumed { " (default)" } else { "" };
                format!("{} **{}**{mark}", n.question.label, n.value.label)
            })
            .collect();
        let _ = writeln!(md, "{}\n", given.join(" · "));
        let _ = writeln!(md, "**Stack:** {}\n", story.summary);
        md.push_str("| Layer | Pick | Why |\n|---|---|---|\n");
        for l in &story.layers {
            let pick = l.pick.map_or("Not needed yet", |t| t.name);
            let mut why: Vec<String> = l
                .reasons
                .first()
                .map(|r| r.text.to_string())
                .into_iter()
                .collect();
            why.extend(
                l.companions
                    .iter()
                    .map(|c| format!("{} adds {}.", c.tech.name, c.adds)),
            );
            let _ = writeln!(md, "| {} | {} | {} |", l.label, pick, why.join(" "));
        }
        let _ = writeln!(md, "\n*Why a senior engineer would sign it:* {}", s.why);
    }
    md
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

#[test]
fn the_diagram_holds_every_layer_once_in_tier_order_and_consequences_come_from_the_cards() {
    let rules = Rules::builtin();
    assert_eq!(
        rules.required_count(),
        rules
            .questions
            .iter()
            .filter(|q| q.default.is_none())
            .count()
    );
    assert!(rules.required_count() > 0 && rules.required_count() < rules.questions.len());
    let a = Answers::default()
        .with(rules, "product", "saas")
        .with(rules, "team", "python")
        .with(rules, "scale", "growth");
    let story = explain(&run(&a), &a, rules, Catalog::builtin());
    let tiers = stackguide::chooser::explain::by_tier(&story.layers);
    let order: Vec<Tier> = tiers.iter().map(|(t, _)| *t).collect();
    let mut sorted = order.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(order, sorted, "each tier once, in Tier::ALL's order");
    assert_eq!(order.last(), Some(&Tier::Alongside));
    let placed: Vec<&str> = tiers
        .iter()
        .flat_map(|(t, ls)| {
            ls.iter()
                .inspect(move |l| assert_eq!(l.tier, *t))
                .map(|l| l.key)
        })
        .collect();
    let mut keys: Vec<&str> = story.layers.iter().map(|l| l.key).collect();
    let mut placed_sorted = placed.clone();
    placed_sorted.sort();
    keys.sort();
    assert_eq!(placed_sorted, keys, "every layer exactly once");
    for l in &story.layers {
        assert_eq!(
            l.consequence(),
            l.pick.and_then(|t| t.trade_offs.first().copied())
        );
        if l.pick.is_some() {
            assert!(
                l.consequence().is_some(),
                "{}: a pick has a trade-off to plan for",
                l.key
            );
        }
    }
}
