//! The result, first thing in the view: the stack in one line, the share actions, the answers
//! as a compact summary that can be changed in place, the diagram, then each layer in words.

use super::diagram::StackDiagram;
use super::exports::Exports;
use crate::chooser::explain::LayerStory;
use crate::chooser::explain::Outcome;
use crate::chooser::steps::Step;
use crate::ui::guides_view::GuideLinks;
use crate::ui::state::use_page;
use leptos::prelude::*;

/// The head (title, summary, actions, answers) stays built while answers change, so a reader
/// changing an answer keeps focus on its control; the body follows the result.
#[component]
pub(super) fn StackResult(
    result: Memo<Outcome>,
    go: impl Fn(Step) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let page = use_page();
    let story = move || result.get().ok();
    view! {
        <section class="sg-stack" aria-labelledby="sg-stack-title">
            <div class="sg-stack__head">
                <h3 class="sg-stack__title" id="sg-stack-title" tabindex="-1">"Your stack"</h3>
                <p class="sg-stack__summary">{move || story().map(|s| s.summary)}</p>
                <Exports result />
            </div>
            <AnswerChips />
            <div class="sg-stack__again">
                <button type="button" class="sg-button" on:click=move |_| go(Step::Ask(0))>
                    "Change answers one by one"
                </button>
                <button type="button" class="sg-button sg-button--quiet"
                    on:click=move |_| {
                        page.answers.set(Default::default());
                        go(Step::Ask(0));
                    }>
                    "Start over"
                </button>
            </div>
            {move || story().map(|story| {
                let shared = story.shared.clone();
                view! {
                    <StackDiagram layers=story.layers.clone() />
                    {(!shared.is_empty()).then(|| view! {
                        <ul class="sg-stack__shared">{shared.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                    })}
                    <h4 class="sg-stack__subtitle">"Layer by layer"</h4>
                    <ol class="sg-layers">
                        {story.layers.into_iter().map(|l| view! { <LayerItem layer=l /> }).collect_view()}
                    </ol>
                }
            })}
        </section>
    }
}

/// The answers in force as a compact summary, each changed in place; the result follows at once.
/// An answer the reader did not give shows as an option of its own ("SaaS (assumed)"), so
/// picking the value it assumes is a change the select reports.
/// The value of the option that stands for an assumed answer (never an answer key).
const ASSUMED: &str = "assumed";

#[component]
fn AnswerChips() -> impl IntoView {
    let page = use_page();
    view! {
        <div class="sg-answer-chips" role="group" aria-label="Your answers">
            {page.rules.questions.iter().map(|q| {
                let id = format!("sg-chip-{}", q.key);
                let for_id = id.clone();
                let assumed = move || page.answers.with(|a| a.is_assumed(q.key));
                let assumed_label = move || {
                    let effective = page.answers.with(|a| a.effective(page.rules, q.key));
                    let label = q.values.iter().find(|c| Some(c.key) == effective).map_or("", |c| c.label);
                    format!("{label} (assumed)")
                };
                view! {
                    <span class="sg-answer-chip">
                        <label for=for_id>{q.label}</label>
                        <select id=id class="sg-select"
                            on:change:target=move |ev| {
                                let v = ev.target().value();
                                if v != ASSUMED {
                                    page.answers.update(|a| { a.set(page.rules, q.key, &v); });
                                }
                            }>
                            <Show when=assumed>
                                <option value=ASSUMED selected>{assumed_label}</option>
                            </Show>
                            {q.values.iter().map(|c| view! {
                                <option value=c.key
                                    prop:selected=move || page.answers.with(|a| a.get(q.key) == Some(c.key))>
                                    {c.label}
                                </option>
                            }).collect_view()}
                        </select>
                    </span>
                }
            }).collect_view()}
        </div>
    }
}

#[component]
fn LayerItem(layer: LayerStory) -> impl IntoView {
    let page = use_page();
    let pick_id = layer.pick.map_or("none", |t| t.id);
    let links = page.series.links(&layer.guides, page.base_url);
    view! {
        <li class="sg-layer" id=format!("sg-layer-{}", layer.key) data-layer=layer.key data-pick=pick_id>
            <h5 class="sg-layer__title">
                <span class="sg-layer__label">{layer.label}": "</span>
                {match layer.pick {
                    Some(t) => view! {
                        <button type="button" class="sg-link-button sg-layer__pick" on:click=move |_| page.open_detail(t.id)>
                            {t.name}
                        </button>
                    }.into_any(),
                    None => view! { <span class="sg-layer__pick">{layer.names()}</span> }.into_any(),
                }}
                {layer.companions.iter().map(|c| {
                    let t = c.tech;
                    view! {
                        " + "
                        <button type="button" class="sg-link-button sg-layer__companion" data-companion=t.id
                            on:click=move |_| page.open_detail(t.id)>
                            {t.name}
                        </button>
                    }
                }).collect_view()}
            </h5>
            <ul class="sg-layer__reasons">
                {layer.reasons.iter().map(|r| {
                    let aside = r.aside();
                    let aside = (!aside.is_empty()).then(|| format!(" {aside}"));
                    view! { <li>{r.text}<span class="sg-layer__because">{aside}</span></li> }
                }).collect_view()}
                {layer.companions_sentence().map(|s| view! { <li>{s}</li> })}
            </ul>
            {layer.consequence().map(|c| view! {
                <p class="sg-layer__consequence"><strong>"To plan for: "</strong>{c}</p>
            })}
            {(!layer.alternatives.is_empty()).then(|| {
                let count = layer.alternatives.len();
                view! {
                    <p class="sg-layer__alts">
                        {if layer.pick.is_some() { "Alternatives: " } else { "If you need one later: " }}
                        {layer.alternatives.iter().enumerate().map(|(i, t)| {
                            let t = *t;
                            view! {
                                <button type="button" class="sg-link-button" data-alt=t.id on:click=move |_| page.open_detail(t.id)>
                                    {t.name}
                                </button>
                                {(i + 1 < count).then_some(", ")}
                            }
                        }).collect_view()}
                    </p>
                }
            })}
            {(!layer.changes.is_empty()).then(|| view! {
                <p class="sg-layer__changes-title">"What would change this"</p>
                <ul class="sg-layer__changes" aria-label="What would change this">
                    {layer.changes.iter().map(|c| view! {
                        <li>{format!("{} → {}", c.condition, c.pick.map_or("not needed yet", |t| t.name))}</li>
                    }).collect_view()}
                </ul>
            })}
            <GuideLinks links label="Read next"
                name=format!("Read next for your {} pick", layer.label) />
        </li>
    }
}
