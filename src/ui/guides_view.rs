//! Links to the other guides of the series: a category's or an item's, and the Guides view.

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
    let target = use_page().host.link_target();
    (!links.is_empty()).then(|| {
        view! {
            <nav class="sg-guide-links" aria-label=name>
                <span class="sg-guide-links__label">{label}": "</span>
                <ul class="sg-guide-links__list">
                    {links.into_iter().map(|l| view! {
                        <li><a class="sg-guide-link" href=l.href target=target
                            rel=target.map(|_| "noopener")>{l.title}</a></li>
                    }).collect_view()}
                </ul>
            </nav>
        }
    })
}

/// The Guides view: the rest of the series, each guide with the parts of the catalog that send
/// readers to it. The crawlable page shows the same list. Each category link opens Explore on
/// that category.
#[component]
pub fn OtherGuides() -> impl IntoView {
    let page = use_page();
    let guides = page.series.others(page.base_url);
    let target = page.host.link_target();
    view! {
        <section class="sg-guides" id="sg-other-guides" tabindex="-1" aria-labelledby="sg-other-guides-title">
            <h2 class="sg-section-title" id="sg-other-guides-title">"Other guides in the series"</h2>
            <p class="sg-guides__intro">"The other guides of this series, each with the parts of this catalog it goes with."</p>
            <ul class="sg-guides__list">
                {guides.into_iter().map(|g| {
                    let citing = page.catalog.categories_citing(g.id);
                    view! {
                        <li class="sg-guides__item">
                            <a class="sg-guide-link sg-guides__link" href=g.href target=target
                                rel=target.map(|_| "noopener")>{g.title}</a>
                            {(!citing.is_empty()).then(|| view! {
                                <p class="sg-guides__context">
                                    "Goes with "
                                    {citing.iter().enumerate().map(|(i, c)| view! {
                                        {(i > 0).then_some(if i + 1 == citing.len() { " and " } else { ", " })}
                                        <super::category_link::CategoryLink category=*c />
                                    }).collect_view()}
                                    " in the catalog."
                                </p>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
