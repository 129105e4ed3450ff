//! The stack as a picture: the path a request takes (clients, edge, API, application, data) with
//! auth, delivery and observability alongside it. Boxes in HTML that reflow on a phone and print
//! as they are; each pick is a link to its card.

use crate::chooser::explain::{by_tier, LayerStory};
use crate::chooser::Tier;
use crate::ui::state::use_page;
use crate::url_state::{PageState, View};
use leptos::prelude::*;

#[component]
pub(super) fn StackDiagram(layers: Vec<LayerStory>) -> impl IntoView {
    let (beside, path): (Vec<_>, Vec<_>) = by_tier(&layers)
        .into_iter()
        .map(|(tier, in_tier)| (tier, in_tier.into_iter().cloned().collect::<Vec<_>>()))
        .partition(|(tier, _)| *tier == Tier::Alongside);
    let beside = beside.into_iter().flat_map(|(_, l)| l).collect::<Vec<_>>();
    view! {
        <figure class="sg-diagram" aria-labelledby="sg-diagram-title">
            <figcaption class="sg-diagram__caption" id="sg-diagram-title">
                "How the pieces fit: a request's path from top to bottom, and what runs alongside it"
            </figcaption>
            <div class="sg-diagram__body">
                <ol class="sg-diagram__path">
                    <li class="sg-tier sg-tier--clients">
                        <span class="sg-tier__label">"Clients"</span>
                        <ul class="sg-tier__nodes">
                            <li><span class="sg-node sg-node--fixed">"Browsers and apps"</span></li>
                        </ul>
                    </li>
                    {path.into_iter().map(|(tier, layers)| view! {
                        <li class="sg-tier" data-tier=tier.key()>
                            <span class="sg-tier__label">{tier.label()}</span>
                            <Nodes layers />
                        </li>
                    }).collect_view()}
                </ol>
                {(!beside.is_empty()).then(|| view! {
                    <div class="sg-tier sg-tier--beside" data-tier=Tier::Alongside.key()>
                        <span class="sg-tier__label">{Tier::Alongside.label()}</span>
                        <Nodes layers=beside />
                    </div>
                })}
            </div>
        </figure>
    }
}

/// A tier's boxes: the layer's name over its pick (a link to the pick's card) and companions.
#[component]
fn Nodes(layers: Vec<LayerStory>) -> impl IntoView {
    let page = use_page();
    view! {
        <ul class="sg-tier__nodes">
            {layers.into_iter().map(|l| {
                let companions = (!l.companions.is_empty()).then(|| {
                    let names: Vec<&str> = l.companions.iter().map(|c| c.tech.name).collect();
                    view! { <span class="sg-node__more">{format!("+ {}", names.join(", "))}</span> }
                });
                let body = match l.pick {
                    Some(t) => {
                        let href = move || page.href_for(&PageState {
                            view: View::Chooser,
                            tech: Some(t.id),
                            answers: page.answers.get(),
                            ..PageState::default()
                        });
                        view! {
                            <a class="sg-node" href=href data-layer=l.key
                                on:click=move |ev| {
                                    // A plain click opens the card here; a modified one, a new tab.
                                    if crate::ui::dom::is_plain_click(&ev) {
                                        ev.prevent_default();
                                        page.open_detail(t.id);
                                    }
                                }>
                                <span class="sg-node__layer">{l.label}</span>
                                <span class="sg-node__name">{t.name}</span>
                                {companions}
                            </a>
                        }.into_any()
                    }
                    None => view! {
                        <span class="sg-node sg-node--none" data-layer=l.key>
                            <span class="sg-node__layer">{l.label}</span>
                            <span class="sg-node__name">{l.names()}</span>
                        </span>
                    }.into_any(),
                };
                view! { <li>{body}</li> }
            }).collect_view()}
        </ul>
    }
}
