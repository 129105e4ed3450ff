//! The "Choose a stack" view: the questions one at a time, then the result, which opens first
//! when the answers are all there (a shared link, answers remembered from a visit before).

use super::state::use_page;
use crate::chooser::explain::{explain, Outcome};
use crate::chooser::recommend;
use crate::chooser::steps::Step;
use leptos::prelude::*;

mod diagram;
mod exports;
mod question_step;
mod stack_result;

use question_step::QuestionStep;
use stack_result::StackResult;

#[component]
pub fn ChooserSection() -> impl IntoView {
    let page = use_page();
    let result: Memo<Outcome> = Memo::new(move |_| {
        page.answers.with(|a| {
            recommend(page.catalog, page.rules, a)
                .map(|rec| explain(&rec, a, page.rules, page.catalog))
        })
    });
    let step = RwSignal::new(
        page.answers
            .with_untracked(|a| Step::opening(a, page.rules)),
    );
    // Until the reader does something here, the step follows answers that arrive (remembered
    // ones are read in a task of their own; Back and Forward bring others).
    let touched = StoredValue::new(false);
    Effect::new(move |_| {
        let opening = page.answers.with(|a| Step::opening(a, page.rules));
        if !touched.get_value() {
            step.set(opening);
        }
    });
    let go = move |to: Step| {
        touched.set_value(true);
        step.set(to);
        super::dom::focus_when_shown(
            page,
            match to {
                Step::Ask(_) => "#sg-step-title",
                Step::Result => "#sg-stack-title",
            },
        );
    };
    let shown = Memo::new(move |_| page.answers.with(|a| step.get().shown(a, page.rules)));
    view! {
        <section class="sg-chooser" id="sg-chooser" aria-labelledby="sg-chooser-title">
            <h2 class="sg-section-title" id="sg-chooser-title">"Choose a stack"</h2>
            {move || match shown.get() {
                Step::Ask(index) => view! {
                    <p class="sg-chooser__intro">{intro(page.rules)}</p>
                    <QuestionStep index go />
                }.into_any(),
                Step::Result => view! { <StackResult result go /> }.into_any(),
            }}
        </section>
    }
}

/// How many questions there are and how many need an answer, from the rules; the crawlable
/// page says the same.
pub(crate) fn intro(rules: &crate::chooser::Rules) -> String {
    let required = rules.required_count();
    format!(
        "{} questions, one stack: a pick for every layer, the reasons drawn from your answers, an alternative or two, and the answer that would change each pick. {required} of them need an answer; the others start from a stated default.",
        rules.questions.len()
    )
}
