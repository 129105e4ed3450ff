use super::guides_view::GuideLinks;
use super::state::use_page;
use crate::catalog::Category;
use leptos::prelude::*;

/// A category's heading, introduction and related guides: a full-width row of the results grid,
/// placed before the category's first card when results are grouped by category. The `anchor`
/// one (in the browse grid) carries the id the page's category links point at; the results
/// grid's copy says its category in `data-category`, for [`go_to_category`].
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

/// A link to a category of the catalog, which opens Explore at it ([`go_to_category`]).
#[component]
pub fn CategoryLink(category: &'static crate::catalog::Category) -> impl IntoView {
    let page = super::state::use_page();
    let id = category.id;
    view! {
        <a href=format!("#sg-cat-{id}") on:click=move |ev| {
            if go_to_category(page, id) {
                ev.prevent_default();
            }
        }>{category.name}</a>
    }
}

/// Where a category link leads: the Explore view (shown first if another view is), at the
/// category's header in the results when the current query shows it, otherwise at the category
/// in the whole catalog (the query is cleared to show it). Returns false when the browser's own
/// jump to the anchor will do.
pub fn go_to_category(page: super::state::Page, id: &'static str) -> bool {
    let on_explore = page.view.get_untracked() == crate::url_state::View::Explore;
    let everything = page.query.with_untracked(|q| q.shows_everything());
    // An embedded app's anchors are in its shadow root, out of the browser's reach.
    if on_explore && everything && !page.host.embedded() {
        return false;
    }
    page.show_view(crate::url_state::View::Explore);
    // Once the Explore view is shown.
    set_timeout(
        move || {
            let heading = page
                .host
                .find(&format!(".sg-category[data-category=\"{id}\"]"));
            match heading {
                Some(heading) if !everything => super::hold_at(heading, 0.0),
                _ => {
                    if !everything {
                        page.query.set(Default::default());
                    }
                    // Once the whole catalog is back in place.
                    set_timeout(
                        move || super::app::scroll_to(page, &format!("sg-cat-{id}")),
                        std::time::Duration::ZERO,
                    );
                }
            }
        },
        std::time::Duration::ZERO,
    );
    true
}
