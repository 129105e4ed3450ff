use super::guides_view::GuideLinks;
use super::state::use_page;
use crate::chooser::markdown::decision_record;
use crate::chooser::{recommend, LayerResult, Question, ReasonSource, Recommendation};
use crate::url_state::View;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The questionnaire and its result.
#[component]
pub fn ChooserSection() -> impl IntoView {
    let page = use_page();
    // Questions answered with "Not sure": they hold the stated default, and say so.
    let unsure: RwSignal<BTreeSet<&'static str>> = RwSignal::new(BTreeSet::new());
    let result = Memo::new(move |_| {
        page.answers
            .with(|a| recommend(page.catalog, page.rules, a))
    });
    // A link with view=chooser or #sg-chooser opens on the chooser, once it has rendered: the
    // browser's own jump to the anchor went to the fallback's copy, and the app is shown before
    // the chooser is built.
    Effect::new(move |first: Option<()>| {
        // Not in an embedded guide: the host page would scroll to it as it loads.
        let linked = window()
            .location()
            .hash()
            .is_ok_and(|hash| hash == "#sg-chooser");
        let asked = linked || page.view.get_untracked() == View::Chooser;
        if first.is_none() && asked && !page.embedded() {
            // After the questions and the result, which are built a frame apart and queued before
            // this: scrolled before them, the page was not yet tall enough to bring the chooser to
            // the top.
            super::app::after_next_paint(super::app::Turn::Next, move || {
                super::app::scroll_to(page, "sg-chooser")
            });
        }
    });
    view! {
        <section class="sg-chooser" id="sg-chooser" aria-labelledby="sg-chooser-title">
            <h2 class="sg-section-title" id="sg-chooser-title">"Choose a stack"</h2>
            <p class="sg-chooser__intro">
                "Five questions, one stack: a pick for every layer, the reasons drawn from your answers, an alternative or two, and the answer that would change each pick. Only the first three need an answer; the others start from a stated default."
            </p>
            <form class="sg-questions" on:submit=move |ev| ev.prevent_default()
                on:focusin=move |_| page.view.set(View::Chooser)>
                // A question per frame: built together with the section they made a task of
                // 41-56 ms in some loads (measured at 4x CPU throttling).
                {page.rules.questions.iter().map(|q| view! {
                    <super::app::InALaterFrame>
                        <QuestionField question=q unsure />
                    </super::app::InALaterFrame>
                }).collect_view()}
            </form>
            // After the questions, so that nothing above it moves once it is there.
            <super::app::InALaterFrame>
                {move || match result.get() {
                    Ok(rec) => view! { <StackResult rec unsure /> }.into_any(),
                    Err(missing) => {
                        let names: Vec<&str> = missing.iter().map(|q| q.label).collect();
                        view! {
                            <p class="sg-chooser__pending" role="status">
                                {format!("Answer {} to see your stack.", names.join(" · "))}
                            </p>
                        }
                        .into_any()
                    }
                }}
            </super::app::InALaterFrame>
        </section>
    }
}

#[component]
fn QuestionField(
    question: &'static Question,
    unsure: RwSignal<BTreeSet<&'static str>>,
) -> impl IntoView {
    let page = use_page();
    let name = format!("sg-q-{}", question.key);
    let why_id = format!("sg-q-{}-why", question.key);
    let current = move || page.answers.with(|a| a.get(question.key));
    let is_unsure = move || unsure.with(|u| u.contains(question.key));
    let default_note = question
        .default
        .map(|d| format!(" Default: {}.", question.label_of(d)))
        .unwrap_or_default();
    let describedby = why_id.clone();
    view! {
        <fieldset class="sg-question" id=format!("sg-question-{}", question.key) aria-describedby=describedby>
            <legend class="sg-question__legend">{question.label}</legend>
            <p class="sg-question__why" id=why_id>{format!("Why we ask: {}{}", question.why, default_note)}</p>
            <div class="sg-question__options">
                {question.values.iter().map(|choice| {
                    let id = format!("sg-q-{}-{}", question.key, choice.key);
                    let for_id = id.clone();
                    view! {
                        <span class="sg-radio">
                            <input type="radio" id=id name=name.clone() value=choice.key
                                prop:checked=move || !is_unsure() && current() == Some(choice.key)
                                on:change=move |_| {
                                    unsure.update(|u| { u.remove(question.key); });
                                    page.answers.update(|a| { a.set(page.rules, question.key, choice.key); });
                                } />
                            <label for=for_id>{choice.label}</label>
                        </span>
                    }
                }).collect_view()}
                <span class="sg-radio sg-radio--unsure">
                    <input type="radio" id=format!("sg-q-{}-unsure", question.key) name=name.clone() value=""
                        prop:checked=is_unsure
                        on:change=move |_| {
                            unsure.update(|u| { u.insert(question.key); });
                            page.answers.update(|a| { a.set(page.rules, question.key, question.not_sure_value); });
                        } />
                    <label for=format!("sg-q-{}-unsure", question.key)>"Not sure"</label>
                </span>
            </div>
            <Show when=is_unsure>
                <p class="sg-question__assumed">{question.not_sure}</p>
            </Show>
        </fieldset>
    }
}

/// The result: answers as editable chips, the stack diagram, the list and the exports.
#[component]
fn StackResult(rec: Recommendation, unsure: RwSignal<BTreeSet<&'static str>>) -> impl IntoView {
    let page = use_page();
    let shared = rec
        .shared
        .iter()
        .map(|(t, keys)| {
            let labels: Vec<&str> = keys
                .iter()
                .filter_map(|k| page.rules.layer(k))
                .map(|l| l.label)
                .collect();
            format!(
                "{} covers {}: one service instead of several.",
                t.name,
                labels.join(" and ")
            )
        })
        .collect::<Vec<_>>();
    let layers = rec.layers.clone();
    let layers_for_svg = rec.layers.clone();
    let for_export = rec.clone();
    view! {
        <section class="sg-stack" aria-labelledby="sg-stack-title">
            <h3 class="sg-stack__title" id="sg-stack-title">"Your stack"</h3>
            <AnswerChips unsure />
            <StackDiagram layers=layers_for_svg />
            {(!shared.is_empty()).then(|| view! {
                <ul class="sg-stack__shared">{shared.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            })}
            <ol class="sg-layers">
                {layers.into_iter().map(|l| view! { <LayerItem layer=l /> }).collect_view()}
            </ol>
            <Exports rec=for_export />
        </section>
    }
}

/// The answers as chips a reader can change in place; the result recomputes at once.
#[component]
fn AnswerChips(unsure: RwSignal<BTreeSet<&'static str>>) -> impl IntoView {
    let page = use_page();
    view! {
        <div class="sg-answer-chips" role="group" aria-label="Your answers">
            {page.rules.questions.iter().map(|q| {
                let id = format!("sg-chip-{}", q.key);
                let for_id = id.clone();
                view! {
                    <span class="sg-answer-chip">
                        <label for=for_id>{q.label}</label>
                        <select id=id class="sg-select"
                            on:change:target=move |ev| {
                                let v = ev.target().value();
                                unsure.update(|u| { u.remove(q.key); });
                                page.answers.update(|a| { a.set(page.rules, q.key, &v); });
                            }>
                            {q.values.iter().map(|c| view! {
                                <option value=c.key
                                    prop:selected=move || page.answers.with(|a| a.effective(page.rules, q.key) == Some(c.key))>
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

/// One band per layer. The list below it says the same in words.
#[component]
fn StackDiagram(layers: Vec<LayerResult>) -> impl IntoView {
    const BAND: usize = 34;
    let height = layers.len() * BAND;
    let desc = layers
        .iter()
        .map(|l| {
            format!(
                "{}: {}",
                l.layer.label,
                l.pick.map_or("not needed yet", |t| t.name)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <svg class="sg-diagram" viewBox=format!("0 0 640 {height}") role="img"
            aria-labelledby="sg-diagram-title sg-diagram-desc" preserveAspectRatio="xMinYMin meet">
            <title id="sg-diagram-title">"Stack diagram"</title>
            <desc id="sg-diagram-desc">{desc}</desc>
            {layers.iter().enumerate().map(|(i, l)| {
                let y = i * BAND;
                let band_class = if l.pick.is_some() { "sg-diagram__band" } else { "sg-diagram__band sg-diagram__band--none" };
                view! {
                    <g>
                        <rect class=band_class x="0" y=y.to_string() width="640" height=(BAND - 4).to_string() rx="6" />
                        <text class="sg-diagram__layer" x="14" y=(y + 20).to_string()>{l.layer.label}</text>
                        <text class="sg-diagram__pick" x="200" y=(y + 20).to_string()>
                            {l.pick.map_or("Not needed yet", |t| t.name)}
                        </text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}

#[component]
fn LayerItem(layer: LayerResult) -> impl IntoView {
    let page = use_page();
    let pick_id = layer.pick.map_or("none", |t| t.id);
    let mut guide_ids: Vec<&str> = Vec::new();
    if let Some(t) = layer.pick {
        guide_ids.extend(t.guides.iter().copied());
        if let Some(c) = page.catalog.category(t.category) {
            guide_ids.extend(c.guides.iter().copied());
        }
    }
    let links: Vec<_> = page
        .series
        .links(&guide_ids, page.base_url)
        .into_iter()
        .take(2)
        .collect();
    let reasons = layer
        .reasons
        .iter()
        .map(|r| match &r.source {
            ReasonSource::Answers(answers) => {
                let named: Vec<String> = answers
                    .iter()
                    .map(|(question, value)| {
                        let q = page.rules.question(question);
                        let label = q.map_or(*question, |q| q.label);
                        let answer = q.map_or(*value, |q| q.label_of(value));
                        let default = page.answers.with_untracked(|a| a.get(question).is_none());
                        let suffix = if default { " (default)" } else { "" };
                        format!("{label} {answer}{suffix}")
                    })
                    .collect();
                (named.join(" and "), r.text)
            }
            ReasonSource::Layer(l) => {
                let label = page.rules.layer(l).map_or(*l, |l| l.label);
                (format!("Your {label} pick"), r.text)
            }
        })
        .collect::<Vec<_>>();
    let changes = layer
        .changes
        .iter()
        .take(2)
        .map(|c| {
            let q = page.rules.question(c.question);
            let label = q.map_or(c.question, |q| q.label);
            let answer = q.map_or(c.value, |q| q.label_of(c.value));
            let to = c.pick.map_or("not needed yet", |t| t.name);
            format!("{label} → {answer}: {to}")
        })
        .collect::<Vec<_>>();
    view! {
        <li class="sg-layer" data-layer=layer.layer.key data-pick=pick_id>
            <h4 class="sg-layer__title">
                <span class="sg-layer__label">{layer.layer.label}": "</span>
                {match layer.pick {
                    Some(t) => view! {
                        <button type="button" class="sg-link-button sg-layer__pick" on:click=move |_| page.open_detail(t.id)>
                            {t.name}
                        </button>
                    }.into_any(),
                    None => view! { <span class="sg-layer__pick">"Not needed yet"</span> }.into_any(),
                }}
            </h4>
            <ul class="sg-layer__reasons">
                {reasons.into_iter().map(|(answer, text)| view! {
                    <li><span class="sg-layer__because">{format!("Because of {answer}: ")}</span>{text}</li>
                }).collect_view()}
            </ul>
            {(!layer.alternatives.is_empty()).then(|| view! {
                <p class="sg-layer__alts">
                    "Alternatives: "
                    {layer.alternatives.iter().map(|t| {
                        let t = *t;
                        view! {
                            <button type="button" class="sg-link-button" data-alt=t.id on:click=move |_| page.open_detail(t.id)>
                                {t.name}
                            </button>
                            " "
                        }
                    }).collect_view()}
                </p>
            })}
            {(!changes.is_empty()).then(|| view! {
                <p class="sg-layer__changes">
                    <span class="sg-layer__because">"What would change this: "</span>
                    {changes.join("; ")}
                </p>
            })}
            <GuideLinks links label="Read next"
                name=format!("Read next for your {} pick", layer.layer.label) />
        </li>
    }
}

/// Copy the link that reproduces the result, or a Markdown decision record.
#[component]
fn Exports(rec: Recommendation) -> impl IntoView {
    let page = use_page();
    let status = RwSignal::new(String::new());
    let fallback = RwSignal::new(None::<String>);
    let link = move || page.link();
    let copy = move |text: String, what: &'static str| {
        // `navigator.clipboard` is undefined outside secure contexts (plain http, not localhost).
        let clipboard = web_sys::window()
            .map(|w| w.navigator().clipboard())
            .filter(|c| !wasm_bindgen::JsValue::from(c.clone()).is_undefined());
        let Some(clipboard) = clipboard else {
            fallback.set(Some(text));
            return;
        };
        let promise = clipboard.write_text(&text);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => {
                    fallback.set(None);
                    status.set(format!("{what} copied to the clipboard."));
                }
                Err(_) => {
                    status.set(format!(
                        "The clipboard is not available: select the {what} below and copy it."
                    ));
                    fallback.set(Some(text));
                }
            }
        });
    };
    let rec = StoredValue::new(rec);
    view! {
        <div class="sg-exports">
            <button type="button" class="sg-button" on:click=move |_| copy(link(), "Link")>"Copy link"</button>
            <button type="button" class="sg-button"
                on:click=move |_| {
                    let md = page.answers.with_untracked(|a| rec.with_value(|r| decision_record(r, a, page.rules, &link())));
                    copy(md, "Markdown");
                }>
                "Copy as Markdown"
            </button>
            <p class="sg-exports__status" role="status" aria-live="polite">{move || status.get()}</p>
            {move || fallback.get().map(|text| view! {
                <label class="sg-exports__fallback">
                    "Copy this text:"
                    <textarea readonly rows="8" prop:value=text></textarea>
                </label>
            })}
        </div>
    }
}
