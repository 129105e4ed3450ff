use crate::catalog::search::{highlight, Field};
use leptos::html::Span;
use leptos::prelude::*;

/// Text with the parts matching the search wrapped in `<mark>`: text nodes only, never HTML.
///
/// The runs are memoized, so a keystroke that does not change them touches no DOM. When they do
/// change, one effect rewrites the span's children directly. Rendering the runs as a Leptos view
/// rebuilt a type-erased view on every change; with ~120 highlights changing on a first letter
/// or a cleared search that was about half of the app's own work per keystroke (CPU profile).
#[component]
pub fn Highlighted(
    text: &'static str,
    /// Which part of the item the text is: a one-letter search only looks at names.
    field: Field,
    #[prop(into)] query: Signal<String>,
) -> impl IntoView {
    let runs = Memo::new(move |_| query.with(|q| highlight(text, q, field)));
    let span = NodeRef::<Span>::new();
    // The span starts as the plain text; the effect returns whether the span shows marks now.
    Effect::new(move |marked_before: Option<bool>| {
        let Some(el) = span.get() else {
            return false;
        };
        runs.with(|runs| {
            let marked = runs.iter().any(|(_, m)| *m);
            if marked || marked_before == Some(true) {
                write_runs(&el, text, runs);
            }
            marked
        })
    });
    view! { <span class="sg-hl" node_ref=span>{text}</span> }
}

/// Replaces the element's children with the runs: marked runs in `<mark>`, the rest as text.
fn write_runs(el: &web_sys::HtmlSpanElement, text: &str, runs: &[(String, bool)]) {
    if runs.iter().all(|(_, m)| !m) {
        el.set_text_content(Some(text));
        return;
    }
    el.set_text_content(None);
    for (run, marked) in runs {
        if *marked {
            if let Ok(mark) = document().create_element("mark") {
                mark.set_class_name("sg-mark");
                mark.set_text_content(Some(run));
                let _ = el.append_child(&mark);
            }
        } else {
            let _ = el.append_with_str_1(run);
        }
    }
}
