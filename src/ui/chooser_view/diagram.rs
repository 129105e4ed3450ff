//! The stack as a picture: the path a request takes (clients, edge, API, application, data) with
//! auth, delivery and observability alongside it. Boxes in HTML that reflow on a phone and print
//! as they are; each pick is a link to its card.

use crate::chooser::explain::LayerStory;
use crate::chooser::Tier;
use crate::ui::state::use_page;
use crate::url_state::{PageState, View};
use leptos::prelude::*;

#[component]
pub(super) fn StackDiagram(layers: Vec<LayerStory>) -> impl IntoView {
    let in_tier = |tier: Tier| -> Vec<LayerStory> {
        layers.iter().filter(|l| l.tier == tier).cloned().collect()
    };
    let path: Vec<(Tier, Vec<LayerStory>)> = Tier::ALL
        .into_iter()
        .filter(|&t| t != Tier::Alongside)
        .map(|t| (t, in_tier(t)))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let beside = in_tier(Tier::Alongside);
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
                        let href = page.href_for(&PageState {
                            view: View::Chooser,
                            tech: Some(t.id),
                            answers: page.answers.get_untracked(),
                            ..PageState::default()
                        });
                        view! {
                            <a class="sg-node" href=href data-layer=l.key
                                on:click=move |ev| {
                                    // A plain click opens the card here; a modified one, a new tab.
                                    if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
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
