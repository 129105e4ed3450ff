//! A card's text with the search's matches marked.

use crate::catalog::search::{same_shape, Field, Marks};
use leptos::html::Span;
use leptos::prelude::*;

/// A card's text whose matches with the search are wrapped in `<mark>`: text nodes only, never
/// HTML.
///
/// The results grid tells each card it shows what the search is ([`MarkedText::follow`]); the
/// span is rewritten only when its marked runs change. A memo and an effect per text did the
/// same reactively, but a first letter or a cleared search re-ran about 160 of them, each a
/// task of the effect queue (CPU profile: the largest part of the app's own work per keystroke
/// after the DOM moves).
pub struct MarkedText {
    span: NodeRef<Span>,
    text: &'static str,
    /// Which part of the item the text is: a one-letter search only looks at names.
    field: Field,
    /// The runs the span shows now; empty while it is the plain text.
    runs: Vec<(String, bool)>,
    /// The text node of each run, so a run that only grows or shrinks changes its text in place.
    texts: Vec<web_sys::Text>,
}

impl MarkedText {
    pub fn new(text: &'static str, field: Field) -> MarkedText {
        MarkedText {
            span: NodeRef::new(),
            text,
            field,
            runs: Vec::new(),
            texts: Vec::new(),
        }
    }

    /// The span, holding the plain text until the first [`MarkedText::follow`].
    pub fn view(&self) -> impl IntoView {
        view! { <span class="sg-hl" node_ref=self.span>{self.text}</span> }
    }

    /// Marks what the search's `marks` say, touching the DOM only when that changed.
    pub fn follow(&mut self, marks: &Marks) {
        let runs = marks.runs(self.text, self.field);
        let marked = runs.iter().any(|(_, m)| *m);
        let runs = if marked { runs } else { Vec::new() };
        if runs == self.runs {
            return;
        }
        // Typing on in a word keeps the runs' shape (the same runs, marked alike) and only moves
        // the mark's end: the text nodes change in place, rather than five to seven calls a run.
        let in_place =
            !runs.is_empty() && runs.len() == self.texts.len() && same_shape(&self.runs, &runs);
        if in_place {
            for ((run, old), text) in runs.iter().zip(&self.runs).zip(&self.texts) {
                if run.0 != old.0 {
                    text.set_data(&run.0);
                }
            }
        } else if let Some(el) = self.span.get_untracked() {
            self.texts = write_runs(&el, self.text, &runs);
        }
        self.runs = runs;
    }
}

/// Replaces the element's children with the runs: marked runs in `<mark>`, the rest as text;
/// no runs is the plain text. Returns each run's text node.
fn write_runs(
    el: &web_sys::HtmlSpanElement,
    text: &str,
    runs: &[(String, bool)],
) -> Vec<web_sys::Text> {
    if runs.is_empty() {
        el.set_text_content(Some(text));
        return Vec::new();
    }
    el.set_text_content(None);
    let doc = document();
    let mut texts = Vec::with_capacity(runs.len());
    for (run, marked) in runs {
        let node = doc.create_text_node(run);
        let appended = if *marked {
            doc.create_element("mark").and_then(|mark| {
                mark.set_class_name("sg-mark");
                mark.append_child(&node)?;
                el.append_child(&mark)
            })
        } else {
            el.append_child(&node)
        };
        if appended.is_ok() {
            texts.push(node);
        }
    }
    texts
}
