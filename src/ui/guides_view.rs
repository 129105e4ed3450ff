use super::state::use_page;
use crate::guides::GuideLink;
use leptos::prelude::*;

/// A short "Read next" list of guide links. Renders nothing when there are none. `name` is the
/// landmark's name when a page holds several such lists (a category's, a chooser layer's):
/// landmarks of one kind need names of their own.
#[component]
pub fn GuideLinks(
    links: Vec<GuideLink>,
    label: &'static str,
    #[prop(optional)] name: Option<String>,
) -> impl IntoView {
    let name = name.unwrap_or_else(|| label.to_string());
    (!links.is_empty()).then(|| {
        view! {
            <nav class="sg-guide-links" aria-label=name>
                <span class="sg-guide-links__label">{label}": "</span>
                <ul class="sg-guide-links__list">
                    {links.into_iter().map(|l| view! {
                        <li><a class="sg-guide-link" href=l.href>{l.title}</a></li>
                    }).collect_view()}
                </ul>
            </nav>
        }
    })
}

/// "Other Guides": the rest of the series. A sidebar on wide screens; collapsed on narrow ones
/// (a native `<details>`, so it opens with Enter or Space).
#[component]
pub fn OtherGuides() -> impl IntoView {
    let page = use_page();
    let links = page.series.others(page.base_url);
    let wide = page.host.is_wide(64);
    view! {
        <aside class="sg-aside" id="sg-other-guides" aria-labelledby="sg-other-guides-title">
            <details class="sg-other-guides" open=wide>
                <summary class="sg-other-guides__summary">
                    // A heading inside <summary> would lose its role: the aside is labelled by this.
                    <span class="sg-other-guides__title" id="sg-other-guides-title">"Other Guides"</span>
                </summary>
                <ul class="sg-other-guides__list">
                    {links.into_iter().map(|l| view! {
                        <li><a class="sg-guide-link" href=l.href>{l.title}</a></li>
                    }).collect_view()}
                </ul>
            </details>
        </aside>
    }
}
