use crate::catalog::search::highlight;
use leptos::prelude::*;

/// Text with the parts matching the search wrapped in `<mark>`: text nodes only, never HTML.
/// The runs are memoized, so a keystroke that does not change them touches no DOM.
#[component]
pub fn Highlighted(text: &'static str, #[prop(into)] query: Signal<String>) -> impl IntoView {
    let runs = Memo::new(move |_| query.with(|q| highlight(text, q)));
    move || {
        runs.with(|runs| {
            if runs.iter().all(|(_, marked)| !marked) {
                return text.into_any();
            }
            runs.iter()
                .map(|(run, marked)| {
                    if *marked {
                        view! { <mark class="sg-mark">{run.clone()}</mark> }.into_any()
                    } else {
                        run.clone().into_any()
                    }
                })
                .collect_view()
                .into_any()
        })
    }
}
