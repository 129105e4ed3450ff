//! A link to a category of the catalog, from the page's index, the other guides or anywhere
//! else: it opens Explore at that category.

use super::state::{use_page, Page};
use crate::navigation::{anchor_suffices, category_target, CategoryTarget};
use crate::url_state::View;
use leptos::prelude::*;

/// A link to a category of the catalog, which opens Explore at it ([`go_to_category`]).
#[component]
pub fn CategoryLink(category: &'static crate::catalog::Category) -> impl IntoView {
    let page = use_page();
    let id = category.id;
    view! {
        <a href=format!("#sg-cat-{id}") on:click=move |ev| {
            if go_to_category(page, id) {
                ev.prevent_default();
            }
        }>{category.name}</a>
    }
}

/// Where a category link leads: the Explore view (shown first if another view is), then where
/// [`category_target`] says. Returns false when the browser's own jump to the anchor will do.
pub fn go_to_category(page: Page, id: &'static str) -> bool {
    let view = page.view.get_untracked();
    let everything = page.query.with_untracked(|q| q.shows_everything());
    if anchor_suffices(view, everything, page.host.embedded()) {
        return false;
    }
    page.show_view(View::Explore);
    // Once the Explore view is shown.
    set_timeout(
        move || {
            let heading = page
                .host
                .find(&format!(".sg-category[data-category=\"{id}\"]"));
            match (category_target(everything, heading.is_some()), heading) {
                (CategoryTarget::InResults, Some(heading)) => super::dom::hold_at(heading, 0.0),
                (target, _) => {
                    if target == (CategoryTarget::InCatalog { clear_query: true }) {
                        page.query.set(Default::default());
                    }
                    // Once the whole catalog is back in place.
                    set_timeout(
                        move || super::dom::scroll_to(page, &format!("sg-cat-{id}")),
                        std::time::Duration::ZERO,
                    );
                }
            }
        },
        std::time::Duration::ZERO,
    );
    true
}
