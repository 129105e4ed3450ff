use super::highlight::Highlighted;
use super::state::use_page;
use crate::catalog::search::Field;
use crate::catalog::Technology;
use leptos::prelude::*;

/// A technology's card, its name and summary highlighting `query`. Test contract: an `<article data-tech="<id>">` with the name in a heading.
#[component]
pub fn TechCard(tech: &'static Technology, #[prop(into)] query: Signal<String>) -> impl IntoView {
    let page = use_page();
    let category = page
        .catalog
        .category(tech.category)
        .map_or(tech.category, |c| c.name);
    let compared = move || page.is_compared(tech.id);
    let compare_full = move || {
        page.compare
            .with(|c| c.len() >= crate::url_state::MAX_COMPARE)
    };
    let title_id = format!("sg-card-{}", tech.id);
    let labelled_by = title_id.clone();
    view! {
        <article class="sg-card" data-tech=tech.id aria-labelledby=labelled_by>
            <h4 class="sg-card__title" id=title_id>
                <button type="button" class="sg-card__open" aria-haspopup="dialog"
                    on:click=move |_| page.open_detail(tech.id)>
                    <Highlighted text=tech.name field=Field::Name query />
                </button>
            </h4>
            <p class="sg-card__category">{category}</p>
            <p class="sg-card__summary"><Highlighted text=tech.summary field=Field::Other query /></p>
            <ul class="sg-card__best" aria-label="Best for">
                {tech.best_for.iter().take(3).map(|b| view! { <li class="sg-chip">{*b}</li> }).collect_view()}
            </ul>
            <p class="sg-card__tags"><span class="sg-visually-hidden">"Tags: "</span>{page.catalog.tag_line(tech)}</p>
            <div class="sg-card__actions">
                <button
                    type="button"
                    class="sg-button sg-button--small"
                    aria-pressed=move || if compared() { "true" } else { "false" }
                    disabled=move || !compared() && compare_full()
                    on:click=move |_| page.toggle_compare(tech.id)
                >
                    {move || if compared() { "Comparing" } else { "Compare" }}
                    <span class="sg-visually-hidden">{format!(" {}", tech.name)}</span>
                </button>
            </div>
        </article>
    }
}
