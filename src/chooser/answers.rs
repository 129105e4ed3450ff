//! The reader's answers to the questionnaire: what was given for each question, "Not sure"
//! included, and the answer in force once defaults and assumptions apply.

use super::model::{Question, Rules};

/// The answer key of "Not sure" in links and stored answers.
pub const NOT_SURE: &str = "not-sure";

/// How a question was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Given {
    Value(&'static str),
    /// "Not sure": the question's `not_sure_value` applies, and the result says it was assumed.
    NotSure,
}

/// The reader's answers: question key → what they gave, interned from the rules.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Answers {
    /// Sorted by question key, so equal answers compare and hash alike: a list, not a map, for
    /// five entries at most and less code in the wasm (decision 0024).
    values: Vec<(&'static str, Given)>,
}

impl Answers {
    /// Sets an answer if the question and value exist (`not-sure`, or a key the value had before,
    /// included); returns whether it did.
    pub fn set(&mut self, rules: &Rules, question: &str, value: &str) -> bool {
        let Some(q) = rules.question(question) else {
            return false;
        };
        let given = if value == NOT_SURE {
            Given::NotSure
        } else {
            match q.value_or_former(value) {
                Some(c) => Given::Value(c.key),
                None => return false,
            }
        };
        match self.find(q.key) {
            Ok(at) => self.values[at].1 = given,
            Err(at) => self.values.insert(at, (q.key, given)),
        }
        true
    }

    /// A copy with one answer changed; the question and value must exist.
    pub fn with(&self, rules: &Rules, question: &str, value: &str) -> Answers {
        let mut copy = self.clone();
        let known = copy.set(rules, question, value);
        debug_assert!(known, "{question}={value} is not an answer");
        copy
    }

    fn find(&self, question: &str) -> Result<usize, usize> {
        self.values
            .binary_search_by(|(key, _)| (*key).cmp(question))
    }

    pub fn clear(&mut self, question: &str) {
        if let Ok(at) = self.find(question) {
            self.values.remove(at);
        }
    }

    /// The value the reader picked themselves, if any ("Not sure" is not a value).
    pub fn get(&self, question: &str) -> Option<&'static str> {
        match self.given(question) {
            Some(Given::Value(v)) => Some(v),
            _ => None,
        }
    }

    pub fn given(&self, question: &str) -> Option<Given> {
        self.find(question).ok().map(|at| self.values[at].1)
    }

    pub fn is_not_sure(&self, question: &str) -> bool {
        self.given(question) == Some(Given::NotSure)
    }

    /// The key that stands for the answer in a link or in storage.
    pub fn token(&self, question: &str) -> Option<&'static str> {
        self.given(question).map(|g| match g {
            Given::Value(v) => v,
            Given::NotSure => NOT_SURE,
        })
    }

    /// The answer in force: the reader's value, what "Not sure" assumes, or the default.
    pub fn effective(&self, rules: &Rules, question: &str) -> Option<&'static str> {
        let q = rules.question(question)?;
        match self.given(question) {
            Some(Given::Value(v)) => Some(v),
            Some(Given::NotSure) => Some(q.not_sure_value),
            None => q.default,
        }
    }

    /// Whether the answer in force was assumed (Not sure, or the default) rather than picked.
    pub fn is_assumed(&self, question: &str) -> bool {
        self.get(question).is_none()
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

    /// Whether every (question, values) entry of a rule's or an invariant's `when` matches the
    /// answers in force (given or default).
    pub fn meet(&self, when: &[(&'static str, &'static [&'static str])], rules: &Rules) -> bool {
        when.iter().all(|(q, values)| {
            self.effective(rules, q)
                .is_some_and(|a| values.contains(&a))
        })
    }

    /// The cloud tag of the cloud answer in force, if it names one.
    pub fn named_cloud(&self, rules: &Rules) -> Option<&'static str> {
        self.effective(rules, rules.cloud.question)
            .and_then(|a| rules.cloud_tag(a))
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
}
