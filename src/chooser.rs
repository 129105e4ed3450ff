//! The stack chooser: questions, answers and the engine that turns answers into a stack.
//! Pure Rust: no leptos, no web-sys. What each answer implies lives in `data/chooser.json`
//! (validated by `build.rs`); this module only applies it.

mod engine;
mod model;

pub use engine::{recommend, Change, LayerResult, Reason, ReasonSource, Recommendation};
pub use model::{Answers, Choice, Effect, LayerSpec, Question, Rule, Rules};

mod generated {
    use super::{Choice, Effect, LayerSpec, Question, Rule};
    use crate::catalog::Hosting;
    include!(concat!(env!("OUT_DIR"), "/chooser.rs"));
}

static BUILTIN: Rules = Rules {
    questions: generated::QUESTIONS,
    layers: generated::LAYERS,
    rules: generated::RULES,
    language_tags: generated::LANGUAGE_TAGS,
    cloud_tags: generated::CLOUD_TAGS,
};

impl Rules {
    /// The rules compiled from `data/chooser.json`.
    pub fn builtin() -> &'static Rules {
        &BUILTIN
    }
}

pub mod markdown;
