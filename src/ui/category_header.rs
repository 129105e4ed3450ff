//! A category's header in the results grids.

use super::guides_view::GuideLinks;
use super::state::use_page;
use crate::catalog::Category;
use leptos::prelude::*;

/// A category's heading, introduction and related guides: a full-width row of the results grid,
/// placed before the category's first card when results are grouped by category. The `anchor`
/// one (in the browse grid) carries the id the page's category links point at; the results
/// grid's copy says its category in `data-category`, for
/// [`super::category_link::go_to_category`].
#[component]
pub fn CategoryHeader(category: &'static Category, anchor: bool) -> impl IntoView {
    let page = use_page();
    let links = page.series.links(category.guides, page.base_url);
    view! {
        <div class="sg-category" id=anchor.then(|| format!("sg-cat-{}", category.id))
            data-category=(!anchor).then_some(category.id)>
            <h3 class="sg-category__title">{category.name}</h3>
            // Cut to two lines on a phone; a tap (focus) shows it whole.
            <p class="sg-category__intro" tabindex="-1">{category.intro}</p>
            <GuideLinks links label="Read next"
                name=format!("Read next on the {} category", category.name) />
        </div>
    }
}
