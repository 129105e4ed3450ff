use crate::catalog::{Catalog, Technology};
use leptos::prelude::*;

/// A technology's card. Test contract: an `<article data-tech="<id>">` with the name in a heading.
#[component]
pub fn TechCard(catalog: &'static Catalog, tech: &'static Technology) -> impl IntoView {
    let category = catalog
        .category(tech.category)
        .map_or(tech.category, |c| c.name);
    view! {
        <article class="sg-card" data-tech=tech.id>
            <h3 class="sg-card__title">{tech.name}</h3>
            <p class="sg-card__category">{category}</p>
            <p class="sg-card__summary">{tech.summary}</p>
            <ul class="sg-card__best" aria-label="Best for">
                {tech.best_for.iter().take(3).map(|b| view! { <li class="sg-chip">{*b}</li> }).collect_view()}
            </ul>
        </article>
    }
}
