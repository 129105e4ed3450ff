//! What only an embedded guide shows: one card (`view="card"`), and the frame that keeps the
//! guide within its height with a link to the whole guide on its own page at its foot.

use super::detail::DetailBody;
use super::state::use_page;
use leptos::prelude::*;

/// One card, expanded, with its related items and guides: a post about that technology. The
/// card shown is the page's `tech` (a related item replaces it in place, and focus moves to its
/// name).
#[component]
pub fn EmbeddedCard(id: &'static str) -> impl IntoView {
    let page = use_page();
    // Now, not a task later when the state is read: the first frame shows the card.
    page.tech.set(Some(id));
    Effect::new(move |before: Option<Option<&'static str>>| {
        let shown = page.tech.get();
        if before.is_some_and(|b| b != shown) {
            super::dom::focus_when_shown(page, "#sg-card-title");
        }
        shown
    });
    // After a related item, a way back to the card the post is about.
    let first = page.catalog.technology(id).map_or(id, |t| t.name);
    view! {
        <article class="sg-embedded-card sg-detail" aria-labelledby="sg-card-title">
            <Show when=move || page.tech.get() != Some(id)>
                <button type="button" class="sg-link-button sg-embedded-card__back"
                    on:click=move |_| page.tech.set(Some(id))>
                    {format!("← Back to {first}")}
                </button>
            </Show>
            {move || page.tech.get().and_then(|id| page.catalog.technology(id)).map(|tech| view! {
                <p class="sg-detail__where">{page.catalog.category(tech.category).map(|c| c.name)}</p>
                <h2 class="sg-dialog__title" id="sg-card-title" tabindex="-1" data-card=tech.id>{tech.name}</h2>
                <p class="sg-detail__summary">{tech.summary}</p>
                <DetailBody tech card=true />
            })}
        </article>
    }
}

/// An embedded guide: `content` scrolls within the guide's height (`--sg-height`), and "Open the
/// full guide" (the guide's own page, with what it shows) stays in sight below it.
#[component]
pub fn EmbedFrame(children: Children) -> impl IntoView {
    let page = use_page();
    let target = page.host.link_target();
    let href = move || page.href_for(&page.state());
    let natural = page.host.height() == crate::embed::Height::Natural;
    view! {
        <div class="sg-embed-frame" class:sg-embed-frame--natural=natural>
            <div class="sg-embed-scroll">{children()}</div>
            <p class="sg-full-guide">
                <a class="sg-full-guide__link" href=href target=target rel=target.map(|_| "noopener")>
                    "Open the full guide"
                </a>
            </p>
        </div>
    }
}
