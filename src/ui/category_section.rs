use super::guides_view::GuideLinks;
use super::state::use_page;
use crate::catalog::Category;
use leptos::prelude::*;

/// A category's heading, introduction and related guides: a full-width row of the results grid,
/// placed before the category's first card when results are grouped by category. The `anchor`
/// one (in the browse grid) carries the id the page's category links point at.
#[component]
pub fn CategoryHeader(category: &'static Category, anchor: bool) -> impl IntoView {
    let page = use_page();
    let links = page.series.links(category.guides, page.base_url);
    view! {
        <div class="sg-category" id=anchor.then(|| format!("sg-cat-{}", category.id))>
            <h3 class="sg-category__title">{category.name}</h3>
            <p class="sg-category__intro">{category.intro}</p>
            <GuideLinks links label="Read next" />
        </div>
    }
}
