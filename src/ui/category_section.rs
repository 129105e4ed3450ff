use super::TechCard;
use crate::catalog::{Catalog, Category};
use leptos::prelude::*;

/// One category: heading, introduction and a grid of its cards.
#[component]
pub fn CategorySection(catalog: &'static Catalog, category: &'static Category) -> impl IntoView {
    let heading_id = format!("sg-cat-{}-title", category.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="sg-category" id=format!("sg-cat-{}", category.id) aria-labelledby=labelled_by>
            <h2 class="sg-category__title" id=heading_id>{category.name}</h2>
            <p class="sg-category__intro">{category.intro}</p>
            <div class="sg-grid">
                {catalog.in_category(category.id).map(|tech| view! { <TechCard catalog tech /> }).collect_view()}
            </div>
        </section>
    }
}
