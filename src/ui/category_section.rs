use super::guides_view::GuideLinks;
use super::state::use_page;
use super::tech_card::TechCard;
use crate::catalog::facets::Results;
use crate::catalog::Category;
use leptos::prelude::*;

/// One category: heading, introduction, related guides and the cards of it that match.
/// Hidden when none match.
#[component]
pub fn CategorySection(category: &'static Category, results: Memo<Results>) -> impl IntoView {
    let page = use_page();
    let heading_id = format!("sg-cat-{}-title", category.id);
    let labelled_by = heading_id.clone();
    let items = Memo::new(move |_| {
        results.with(|r| {
            r.items
                .iter()
                .copied()
                .filter(|&i| page.catalog.technologies[i].category == category.id)
                .collect::<Vec<usize>>()
        })
    });
    let links = page.series.links(category.guides, page.base_url);
    view! {
        <section
            class="sg-category"
            id=format!("sg-cat-{}", category.id)
            aria-labelledby=labelled_by
            hidden=move || items.with(|i| i.is_empty())
        >
            <h3 class="sg-category__title" id=heading_id>{category.name}</h3>
            <p class="sg-category__intro">{category.intro}</p>
            <GuideLinks links label="Read next" />
            <div class="sg-grid">
                <For each=move || items.get() key=|i| *i let:i>
                    <TechCard tech=&page.catalog.technologies[i] />
                </For>
            </div>
        </section>
    }
}
