//! The chooser's data shapes (generated from `data/chooser.json`) and the reader's answers.

use crate::catalog::Hosting;
use std::collections::BTreeMap;

/// One question of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub key: &'static str,
    pub label: &'static str,
    /// One line: why we ask.
    pub why: &'static str,
    /// What "not sure" assumes, in a sentence.
    pub not_sure: &'static str,
    /// The value "not sure" applies.
    pub not_sure_value: &'static str,
    /// Applied when the question is left unanswered; `None` means an answer is needed.
    pub default: Option<&'static str>,
    pub values: &'static [Choice],
}

impl Question {
    pub fn value(&self, key: &str) -> Option<&'static Choice> {
        self.values.iter().find(|c| c.key == key)
    }

    pub fn label_of(&self, key: &str) -> &'static str {
        self.value(key).map_or("", |c| c.label)
    }
}

/// One possible answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub key: &'static str,
    pub label: &'static str,
}

/// One layer of the recommended stack and the catalog items that may fill it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayerSpec {
    pub key: &'static str,
    pub label: &'static str,
    pub categories: &'static [&'static str],
    /// In tie-break order: earlier wins a tie.
    pub candidates: &'static [&'static str],
    /// The pick may be "not needed yet".
    pub optional: bool,
    pub match_language: bool,
    pub match_cloud: bool,
    pub decides_cloud: bool,
}

/// What a rule does when its answers match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Adds weight to candidates (`none` on optional layers).
    Boost(&'static [(&'static str, i32)]),
    /// Removes candidates whose hosting list is non-empty and lacks this model.
    RequireHosting(Hosting),
    /// Removes these candidates.
    Eliminate(&'static [&'static str]),
}

/// One rule, grounded in a seed fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    /// Every question listed must have one of its values.
    pub when: &'static [(&'static str, &'static [&'static str])],
    /// A layer key, or `*` for every layer.
    pub layer: &'static str,
    pub effect: Effect,
    /// The sentence a reader sees.
    pub because: &'static str,
    pub seed: &'static str,
    pub fact: &'static str,
}

impl Rule {
    pub fn applies_to(&self, layer: &str) -> bool {
        self.layer == "*" || self.layer == layer
    }

    /// Whether every `when` entry matches the answers in force (given or default).
    pub fn matches(&self, answers: &Answers, rules: &Rules) -> bool {
        self.when.iter().all(|(q, values)| {
            answers
                .effective(rules, q)
                .is_some_and(|a| values.contains(&a))
        })
    }
}

/// Everything the engine knows.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    pub questions: &'static [Question],
    pub layers: &'static [LayerSpec],
    pub rules: &'static [Rule],
    /// Language id → tags its frameworks carry.
    pub language_tags: &'static [(&'static str, &'static [&'static str])],
    /// Cloud answer → catalog tag.
    pub cloud_tags: &'static [(&'static str, &'static str)],
}

impl Rules {
    pub fn question(&self, key: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.key == key)
    }

    pub fn layer(&self, key: &str) -> Option<&'static LayerSpec> {
        self.layers.iter().find(|l| l.key == key)
    }

    pub fn language_tags(&self, language: &str) -> &'static [&'static str] {
        self.language_tags
            .iter()
            .find(|(l, _)| *l == language)
            .map_or(&[], |(_, t)| *t)
    }

    pub fn cloud_tag(&self, cloud: &str) -> Option<&'static str> {
        self.cloud_tags
            .iter()
            .find(|(c, _)| *c == cloud)
            .map(|(_, t)| *t)
    }
}

/// The reader's answers: question key → value key, both interned from the rules.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Answers {
    values: BTreeMap<&'static str, &'static str>,
}

impl Answers {
    /// Sets an answer if the question and value exist; returns whether it did.
    pub fn set(&mut self, rules: &Rules, question: &str, value: &str) -> bool {
        match rules
            .question(question)
            .and_then(|q| q.value(value).map(|c| (q.key, c.key)))
        {
            Some((q, v)) => {
                self.values.insert(q, v);
                true
            }
            None => false,
        }
    }

    /// A copy with one answer changed.
    pub fn with(&self, rules: &Rules, question: &str, value: &str) -> Answers {
        let mut copy = self.clone();
        copy.set(rules, question, value);
        copy
    }

    pub fn clear(&mut self, question: &str) {
        self.values.remove(question);
    }

    /// The reader's own answer, if any.
    pub fn get(&self, question: &str) -> Option<&'static str> {
        self.values.get(question).copied()
    }

    /// The answer in force: the reader's, or the question's default.
    pub fn effective(&self, rules: &Rules, question: &str) -> Option<&'static str> {
        self.get(question)
            .or_else(|| rules.question(question).and_then(|q| q.default))
    }

    /// The questions that still need an answer before a result can show.
    pub fn missing(&self, rules: &Rules) -> Vec<&'static Question> {
        rules
            .questions
            .iter()
            .filter(|q| self.effective(rules, q.key).is_none())
            .collect()
    }

    pub fn is_complete(&self, rules: &Rules) -> bool {
        self.missing(rules).is_empty()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Every complete combination of answers (one value per question): 3,564 with today's
    /// questions. For exhaustive tests and the benchmark.
    pub fn every_combination(rules: &Rules) -> Vec<Answers> {
        let mut all = vec![Answers::default()];
        for q in rules.questions {
            all = all
                .into_iter()
                .flat_map(|a| q.values.iter().map(move |c| a.with(rules, q.key, c.key)))
                .collect();
        }
        all
    }

    /// (question, value) pairs the reader gave, in question order.
    pub fn given(&self, rules: &Rules) -> Vec<(&'static Question, &'static Choice)> {
        rules
            .questions
            .iter()
            .filter_map(|q| self.get(q.key).and_then(|v| q.value(v)).map(|c| (q, c)))
            .collect()
    }
}
