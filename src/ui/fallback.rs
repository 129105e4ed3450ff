//! The crawlable page: the guide as readers without JavaScript and search engines see it, and as
//! every reader sees it while the app is built. Rendered at build time (`src/bin/prerender.rs`,
//! with the `ssr` feature) from the same components as the app: the header, each category's
//! header and every card, the other guides.

use super::category_header::CategoryHeader;
use super::guides_view::OtherGuides;
use super::page_header::{CategoryLinks, PageHeader};
use super::state::use_page;
use super::tech_card::static_card;
use leptos::prelude::*;

/// The whole guide, readable without the app: every category with its cards.
#[component]
pub fn Fallback() -> impl IntoView {
    let page = use_page();
    let catalog = page.catalog;
    view! {
        <div class="sg-fallback">
            <PageHeader fallback=true />
            <main class="sg-main">
                // Laid out like the app's Explore view, which replaces it in place.
                <section class="sg-explore" id="sg-explore" aria-labelledby="sg-explore-title">
                    <h2 class="sg-section-title sg-view-title" id="sg-explore-title">"Explore the catalog"</h2>
                    <div class="sg-controls">
                        <p class="sg-fallback__note">
                            "Search, filters, comparison and the stack chooser run in your browser with JavaScript. The whole catalog follows."
                        </p>
                        <details class="sg-jump">
                            <summary class="sg-jump__summary">"Jump to a category"</summary>
                            <CategoryLinks />
                        </details>
                    </div>
                    <div class="sg-explore__body">
                        <div class="sg-facets sg-facets--placeholder" aria-hidden="true"></div>
                        <div class="sg-results">
                            <p class="sg-result-count">
                                {crate::catalog::facets::count_line(catalog.technologies.len(), catalog.technologies.len(), false)}
                            </p>
                            // Like the app's grid, each category's header a full-width row
                            // before its cards; one grid per category, each skipped by layout
                            // while off screen (`sg-fallback__group`).
                            {catalog.categories.iter().map(|category| view! {
                                <div class="sg-grid sg-fallback__group">
                                    <CategoryHeader category anchor=true />
                                    {catalog.in_category(category.id).map(static_card).collect_view()}
                                </div>
                            }).collect_view()}
                        </div>
                    </div>
                </section>
                <section class="sg-chooser" id="sg-chooser" aria-labelledby="sg-chooser-title">
                    <h2 class="sg-section-title" id="sg-chooser-title">"Choose a stack"</h2>
                    <p class="sg-chooser__intro">
                        {format!("{} The chooser needs JavaScript.", super::chooser_view::intro(page.rules))}
                    </p>
                </section>
                <OtherGuides />
            </main>
        </div>
    }
}

/// The crawlable page's HTML, for the guide series at `base`.
#[cfg(feature = "ssr")]
pub fn fallback_html(base: &'static str) -> String {
    use crate::catalog::Catalog;
    use crate::chooser::Rules;
    let owner = Owner::new();
    owner.with(|| {
        provide_context(super::state::Page::new(
            Catalog::builtin(),
            Rules::builtin(),
            base,
        ));
        view! { <Fallback /> }.to_html()
    })
}
