use crate::catalog::search::highlight;
use leptos::prelude::*;

/// Text with the parts matching the search wrapped in `<mark>`: text nodes only, never HTML.
#[component]
pub fn Highlighted(text: &'static str, #[prop(into)] query: Signal<String>) -> impl IntoView {
    move || {
        query.with(|q| {
            if q.trim().is_empty() {
                return text.into_any();
            }
            highlight(text, q)
                .into_iter()
                .map(|(run, marked)| {
                    if marked {
                        view! { <mark class="sg-mark">{run}</mark> }.into_any()
                    } else {
                        run.into_any()
                    }
                })
                .collect_view()
                .into_any()
        })
    }
}
