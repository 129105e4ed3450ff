//! The stack chooser: questions, answers and the engine that turns answers into a stack.
//! Pure Rust: no leptos, no web-sys. What each answer implies lives in `data/chooser.json`
//! (validated by `build.rs`); this module only applies it.

mod answers;
mod changes;
pub mod coherence;
mod engine;
pub mod explain;
pub mod markdown;
mod model;
mod result;
pub mod steps;

pub use answers::{Answers, Given, NOT_SURE};
pub use engine::recommend;
pub use model::{
    Check, Choice, Cloud, Effect, Follows, Grounds, Invariant, LayerSpec, Question, Rule, Rules,
    Shares, Tier,
};
pub use result::{Change, Companion, LayerResult, Reason, Recommendation};

mod generated {
    use super::{
        Check, Choice, Cloud, Effect, Follows, Grounds, Invariant, LayerSpec, Question, Rule,
        Shares, Tier,
    };
    use crate::catalog::Hosting;
    include!(concat!(env!("OUT_DIR"), "/chooser.rs"));
}

static BUILTIN: Rules = Rules {
    questions: generated::QUESTIONS,
    cloud: generated::CLOUD,
    layers: generated::LAYERS,
    order: generated::ORDER,
    rules: generated::RULES,
    invariants: generated::INVARIANTS,
};

impl Rules {
    /// The rules compiled from `data/chooser.json`.
    pub fn builtin() -> &'static Rules {
        &BUILTIN
    }
}
