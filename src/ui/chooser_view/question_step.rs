//! One question on its own screen: the choices as buttons (a click or Enter answers and moves
//! on; arrow keys never do), "Not sure" with what it assumes, Back, and Skip for a question
//! with a default.

use crate::chooser::steps::{forward_label, Step};
use crate::chooser::NOT_SURE;
use crate::ui::state::use_page;
use leptos::prelude::*;

#[component]
pub(super) fn QuestionStep(
    index: usize,
    go: impl Fn(Step) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let page = use_page();
    let question = &page.rules.questions[index];
    let total = page.rules.questions.len();
    let current = move || page.answers.with(|a| a.get(question.key));
    let unsure = move || page.answers.with(|a| a.is_not_sure(question.key));
    let answer = move |value: &'static str| {
        page.answers.update(|a| {
            a.set(page.rules, question.key, value);
        });
        go(Step::after(index, page.rules));
    };
    view! {
        <div class="sg-step" role="group" aria-labelledby="sg-step-title"
            aria-describedby="sg-step-why" data-question=question.key>
            <p class="sg-step__progress">{format!("Question {} of {total}", index + 1)}</p>
            <h3 class="sg-step__title" id="sg-step-title" tabindex="-1">{question.label}</h3>
            <p class="sg-question__why" id="sg-step-why">{format!("Why we ask: {}", question.why)}</p>
            <ul class="sg-choices">
                {question.values.iter().map(|choice| view! {
                    <li>
                        <button type="button" class="sg-choice" data-value=choice.key
                            aria-pressed=move || if current() == Some(choice.key) { "true" } else { "false" }
                            on:click=move |_| answer(choice.key)>
                            {choice.label}
                        </button>
                    </li>
                }).collect_view()}
                <li>
                    <button type="button" class="sg-choice sg-choice--unsure" data-value=NOT_SURE
                        aria-pressed=move || if unsure() { "true" } else { "false" }
                        aria-describedby="sg-step-assumed"
                        on:click=move |_| answer(NOT_SURE)>
                        "Not sure"
                    </button>
                </li>
            </ul>
            <p class="sg-question__assumed" id="sg-step-assumed">
                {format!("Not sure? {}", question.not_sure)}
            </p>
            <div class="sg-step__nav">
                {(index > 0).then(|| view! {
                    <button type="button" class="sg-button" on:click=move |_| go(Step::Ask(index).back(page.rules))>
                        "Back"
                    </button>
                })}
                // Forward without changing anything: to keep an answer given before, or a default.
                {move || {
                    let text = page.answers.with(|a| forward_label(question, a))?;
                    Some(view! {
                        <button type="button" class="sg-button sg-button--quiet"
                            on:click=move |_| go(Step::after(index, page.rules))>
                            {text}
                        </button>
                    })
                }}
            </div>
        </div>
    }
}
