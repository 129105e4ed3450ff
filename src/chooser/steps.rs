//! Where the questionnaire stands: one question at a time, then the result. Pure: the view keeps
//! a [`Step`] and asks this module where to go next.

use super::{Answers, Question, Rules};

/// What the chooser shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The question at this index of the rules' questions.
    Ask(usize),
    Result,
}

impl Step {
    /// Where a reader arriving with `answers` starts: on the result when every question that
    /// needs an answer has one (a shared link, remembered answers), otherwise at the first
    /// question not answered yet.
    pub fn opening(answers: &Answers, rules: &Rules) -> Step {
        if answers.is_complete(rules) {
            Step::Result
        } else {
            Step::Ask(first_unanswered(answers, rules))
        }
    }

    /// After the question at `index` is answered (or skipped for its default): the next
    /// question, or the result after the last one.
    pub fn after(index: usize, rules: &Rules) -> Step {
        if index + 1 < rules.questions.len() {
            Step::Ask(index + 1)
        } else {
            Step::Result
        }
    }

    /// One question back; from the result, the last question.
    pub fn back(self, rules: &Rules) -> Step {
        match self {
            Step::Ask(i) => Step::Ask(i.saturating_sub(1)),
            Step::Result => Step::Ask(rules.questions.len().saturating_sub(1)),
        }
    }

    /// What can be shown for this step with these answers: the result only once every question
    /// that needs an answer has one (Back or Forward may have taken one away), otherwise the
    /// first question that needs one; a question index past the end is the result.
    pub fn shown(self, answers: &Answers, rules: &Rules) -> Step {
        match self {
            Step::Ask(i) if i < rules.questions.len() => self,
            _ if answers.is_complete(rules) => Step::Result,
            _ => Step::Ask(first_missing(answers, rules)),
        }
    }
}

/// The first question with no answer given (its default does not count), or the first one.
fn first_unanswered(answers: &Answers, rules: &Rules) -> usize {
    rules
        .questions
        .iter()
        .position(|q| answers.given(q.key).is_none())
        .unwrap_or(0)
}

/// The first question a result still needs, or the first one.
fn first_missing(answers: &Answers, rules: &Rules) -> usize {
    let missing = answers.missing(rules);
    rules
        .questions
        .iter()
        .position(|q| missing.iter().any(|m| m.key == q.key))
        .unwrap_or(0)
}

/// The words of the button that moves on from `question` without changing anything: "Next" once
/// it is answered, "Skip: keep …" its default, or no such button (it must be answered).
pub fn forward_label(question: &Question, answers: &Answers) -> Option<String> {
    if answers.given(question.key).is_some() {
        return Some("Next".to_string());
    }
    question
        .default
        .map(|d| format!("Skip: keep “{}”", question.label_of(d)))
}
