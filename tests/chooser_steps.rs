//! The questionnaire's steps: where a reader starts, goes next and lands.
#![cfg(not(target_arch = "wasm32"))]

use stackguide::chooser::steps::{forward_label, Step};
use stackguide::chooser::{Answers, Rules, NOT_SURE};

fn answers(pairs: &[(&str, &str)]) -> Answers {
    let rules = Rules::builtin();
    let mut a = Answers::default();
    for (q, v) in pairs {
        assert!(a.set(rules, q, v), "{q}={v}");
    }
    a
}

fn index(key: &str) -> usize {
    Rules::builtin()
        .questions
        .iter()
        .position(|q| q.key == key)
        .unwrap()
}

#[test]
fn a_new_reader_starts_at_the_first_question_and_a_complete_link_on_the_result() {
    let rules = Rules::builtin();
    assert_eq!(Step::opening(&Answers::default(), rules), Step::Ask(0));
    let partial = answers(&[("product", "saas"), ("team", "go")]);
    assert_eq!(Step::opening(&partial, rules), Step::Ask(index("scale")));
    let complete = answers(&[("product", "saas"), ("team", "go"), ("scale", "growth")]);
    assert_eq!(Step::opening(&complete, rules), Step::Result);
    let unsure = answers(&[
        ("product", NOT_SURE),
        ("team", NOT_SURE),
        ("scale", NOT_SURE),
    ]);
    assert_eq!(
        Step::opening(&unsure, rules),
        Step::Result,
        "\"Not sure\" is an answer"
    );
}

#[test]
fn every_question_is_asked_in_order_then_the_result() {
    let rules = Rules::builtin();
    let n = rules.questions.len();
    let mut step = Step::Ask(0);
    let mut asked = Vec::new();
    while let Step::Ask(i) = step {
        asked.push(rules.questions[i].key);
        step = Step::after(i, rules);
    }
    assert_eq!(asked.len(), n);
    assert_eq!(
        asked,
        rules.questions.iter().map(|q| q.key).collect::<Vec<_>>()
    );
    assert_eq!(Step::Result.back(rules), Step::Ask(n - 1));
    assert_eq!(Step::Ask(0).back(rules), Step::Ask(0));
    assert_eq!(Step::Ask(2).back(rules), Step::Ask(1));
}

#[test]
fn the_result_shows_only_when_it_can_be_computed() {
    let rules = Rules::builtin();
    let complete = answers(&[("product", "saas"), ("team", "go"), ("scale", "growth")]);
    assert_eq!(Step::Result.shown(&complete, rules), Step::Result);
    // Back in the browser took the team away: ask it again.
    let without_team = answers(&[("product", "saas"), ("scale", "growth")]);
    assert_eq!(
        Step::Result.shown(&without_team, rules),
        Step::Ask(index("team"))
    );
    assert_eq!(Step::Ask(99).shown(&complete, rules), Step::Result);
    assert_eq!(Step::Ask(1).shown(&without_team, rules), Step::Ask(1));
}

#[test]
fn a_question_moves_on_with_next_its_default_or_not_at_all() {
    let rules = Rules::builtin();
    let question = |key: &str| &rules.questions[index(key)];
    // No default: it must be answered, then "Next".
    assert_eq!(question("product").default, None);
    assert_eq!(
        forward_label(question("product"), &Answers::default()),
        None
    );
    assert_eq!(
        forward_label(question("product"), &answers(&[("product", "saas")])).as_deref(),
        Some("Next")
    );
    // A default: skipping keeps it, named as the reader sees it.
    let ops = question("ops");
    let default = ops.default.expect("ops has a default");
    assert_eq!(
        forward_label(ops, &Answers::default()),
        Some(format!("Skip: keep “{}”", ops.label_of(default)))
    );
}
