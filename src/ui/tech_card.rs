//! A technology's card, in the results and on the crawlable page.

use super::highlight::MarkedText;
use super::state::use_page;
use crate::catalog::search::{Field, Marks};
use crate::catalog::Technology;
use leptos::prelude::*;

/// What a card marks as the search changes: its name and its summary.
pub struct CardMarks {
    name: MarkedText,
    summary: MarkedText,
    /// The search the marks follow now.
    query: String,
}

impl CardMarks {
    pub fn new(tech: &'static Technology) -> CardMarks {
        CardMarks {
            name: MarkedText::new(tech.name, Field::Name),
            summary: MarkedText::new(tech.summary, Field::Other),
            query: String::new(),
        }
    }

    /// Marks what the search's `marks` say in the name and the summary.
    pub fn follow(&mut self, marks: &Marks) {
        if self.query != marks.query() {
            self.name.follow(marks);
            self.summary.follow(marks);
            self.query = marks.query().to_string();
        }
    }
}

/// A technology's card, its name and summary in `marks`. Test contract: an
/// `<article data-tech="<id>">` with the name in a heading.
pub fn tech_card(tech: &'static Technology, marks: &CardMarks) -> impl IntoView {
    view! { <TechCard tech name=marks.name.view() summary=marks.summary.view() interactive=true /> }
}

/// The same card for the crawlable page, read before (or without) the app: its name as text and
/// no buttons, which would do nothing there.
pub fn static_card(tech: &'static Technology) -> impl IntoView {
    view! { <TechCard tech name=tech.name summary=tech.summary interactive=false /> }
}

#[component]
fn TechCard(
    tech: &'static Technology,
    name: impl IntoView,
    summary: impl IntoView,
    interactive: bool,
) -> impl IntoView {
    let page = use_page();
    let category = page
        .catalog
        .category(tech.category)
        .map_or(tech.category, |c| c.name);
    let compared = move || page.is_compared(tech.id);
    let compare_full = move || page.compare.with(|c| crate::catalog::compare::is_full(c));
    let title_id = format!("sg-card-{}", tech.id);
    let labelled_by = title_id.clone();
    let title = if interactive {
        view! {
            <button type="button" class="sg-card__open" aria-haspopup="dialog"
                on:click=move |_| page.open_detail(tech.id)>
                {name}
            </button>
        }
        .into_any()
    } else {
        view! { <span class="sg-card__open">{name}</span> }.into_any()
    };
    let actions = interactive.then(|| {
        view! {
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
        }
    });
    view! {
        <article class="sg-card" data-tech=tech.id aria-labelledby=labelled_by>
            <h4 class="sg-card__title" id=title_id>{title}</h4>
            <p class="sg-card__category">{category}</p>
            <p class="sg-card__summary">{summary}</p>
            <ul class="sg-card__best" aria-label="Best for">
                {tech.best_for.iter().take(crate::catalog::Catalog::CARD_BEST_FOR).map(|b| view! { <li class="sg-chip">{*b}</li> }).collect_view()}
            </ul>
            <p class="sg-card__tags"><span class="sg-visually-hidden">"Tags: "</span>{page.catalog.tag_line(tech)}</p>
            <div class="sg-card__actions">{actions}</div>
        </article>
    }
}

/// Moves focus to the card of `id` (its button that opens the detail), if the page shows it.
pub fn focus_card(page: super::state::Page, id: &str) {
    use wasm_bindgen::JsCast;
    let button = page
        .host
        .find(&format!("article[data-tech=\"{id}\"] .sg-card__open"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}
