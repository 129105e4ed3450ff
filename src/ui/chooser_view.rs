use super::guides_view::GuideLinks;
use super::state::use_page;
use crate::chooser::explain::{explain, Explanation, LayerStory};
use crate::chooser::markdown::decision_record;
use crate::chooser::{recommend, Question, NOT_SURE};
use crate::url_state::View;
use leptos::prelude::*;

/// The questionnaire and its result.
#[component]
pub fn ChooserSection() -> impl IntoView {
    let page = use_page();
    let result = Memo::new(move |_| {
        page.answers.with(|a| {
            recommend(page.catalog, page.rules, a)
                .map(|rec| explain(&rec, a, page.rules, page.catalog))
        })
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
        if first.is_none() && asked && !page.host.embedded() {
            // After the questions and the result, which are built a frame apart and queued before
            // this: scrolled before them, the page was not yet tall enough to bring the chooser to
            // the top.
            super::schedule::after_next_paint(super::schedule::Turn::Next, move || {
                super::app::scroll_to(page, "sg-chooser")
            });
        }
    });
    view! {
        <section class="sg-chooser" id="sg-chooser" aria-labelledby="sg-chooser-title">
            <h2 class="sg-section-title" id="sg-chooser-title">"Choose a stack"</h2>
            <p class="sg-chooser__intro">
                {intro(page.rules)}
            </p>
            <form class="sg-questions" on:submit=move |ev| ev.prevent_default()
                on:focusin=move |_| page.view.set(View::Chooser)>
                // A question per frame: built together with the section they made a task of
                // 41-56 ms in some loads (measured at 4x CPU throttling).
                {page.rules.questions.iter().map(|q| view! {
                    <super::schedule::InALaterFrame>
                        <QuestionField question=q />
                    </super::schedule::InALaterFrame>
                }).collect_view()}
            </form>
            // After the questions, so that nothing above it moves once it is there.
            <super::schedule::InALaterFrame>
                {move || match result.get() {
                    Ok(story) => view! { <StackResult story /> }.into_any(),
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
            </super::schedule::InALaterFrame>
        </section>
    }
}

/// How many questions there are and how many need an answer, from the rules.
fn intro(rules: &crate::chooser::Rules) -> String {
    let required = rules
        .questions
        .iter()
        .filter(|q| q.default.is_none())
        .count();
    format!(
        "{} questions, one stack: a pick for every layer, the reasons drawn from your answers, an alternative or two, and the answer that would change each pick. {required} of them need an answer; the others start from a stated default.",
        rules.questions.len()
    )
}

#[component]
fn QuestionField(question: &'static Question) -> impl IntoView {
    let page = use_page();
    let name = format!("sg-q-{}", question.key);
    let why_id = format!("sg-q-{}-why", question.key);
    let current = move || page.answers.with(|a| a.get(question.key));
    let is_unsure = move || page.answers.with(|a| a.is_not_sure(question.key));
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
                                prop:checked=move || current() == Some(choice.key)
                                on:change=move |_| {
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
                            page.answers.update(|a| { a.set(page.rules, question.key, NOT_SURE); });
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
fn StackResult(story: Explanation) -> impl IntoView {
    let layers = story.layers.clone();
    let layers_for_svg = story.layers.clone();
    let shared = story.shared.clone();
    let summary = story.summary.clone();
    view! {
        <section class="sg-stack" aria-labelledby="sg-stack-title">
            <h3 class="sg-stack__title" id="sg-stack-title">"Your stack"</h3>
            <p class="sg-stack__summary">{summary}</p>
            <AnswerChips />
            <StackDiagram layers=layers_for_svg />
            {(!shared.is_empty()).then(|| view! {
                <ul class="sg-stack__shared">{shared.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            })}
            <ol class="sg-layers">
                {layers.into_iter().map(|l| view! { <LayerItem layer=l /> }).collect_view()}
            </ol>
            <Exports story />
        </section>
    }
}

/// The answers as chips a reader can change in place; the result recomputes at once.
#[component]
fn AnswerChips() -> impl IntoView {
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
fn StackDiagram(layers: Vec<LayerStory>) -> impl IntoView {
    const BAND: usize = 34;
    let height = layers.len() * BAND;
    let desc = layers
        .iter()
        .map(|l| format!("{}: {}", l.label, l.names()))
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
                        <text class="sg-diagram__layer" x="14" y=(y + 20).to_string()>{l.label}</text>
                        <text class="sg-diagram__pick" x="200" y=(y + 20).to_string()>{l.short_names()}</text>
                    </g>
                }
            }).collect_view()}
        </svg>
    }
}

#[component]
fn LayerItem(layer: LayerStory) -> impl IntoView {
    let page = use_page();
    let pick_id = layer.pick.map_or("none", |t| t.id);
    let links = page.series.links(&layer.guides, page.base_url);
    view! {
        <li class="sg-layer" data-layer=layer.key data-pick=pick_id>
            <h4 class="sg-layer__title">
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
            </h4>
            <ul class="sg-layer__reasons">
                {layer.reasons.iter().map(|r| {
                    let aside = r.aside();
                    let aside = (!aside.is_empty()).then(|| format!(" {aside}"));
                    view! { <li>{r.text}<span class="sg-layer__because">{aside}</span></li> }
                }).collect_view()}
                {layer.companions_sentence().map(|s| view! { <li>{s}</li> })}
            </ul>
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

/// Copy the link that reproduces the result, or a Markdown decision record.
#[component]
fn Exports(story: Explanation) -> impl IntoView {
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
    let story = StoredValue::new(story);
    view! {
        <div class="sg-exports">
            <button type="button" class="sg-button" on:click=move |_| copy(link(), "Link")>"Copy link"</button>
            <button type="button" class="sg-button"
                on:click=move |_| {
                    let md = story.with_value(|s| decision_record(s, &link()));
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
