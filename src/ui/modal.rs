//! Modal dialogs that open with their head first and fill in their body a frame later
//! (docs/decisions/0006).

use super::schedule;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A modal dialog whose body is filled in after it opens: what the dialogs share.
#[derive(Clone, Copy)]
pub(crate) struct ModalDialog {
    /// The body is shown.
    filled: RwSignal<bool>,
}

impl ModalDialog {
    pub(crate) fn new() -> ModalDialog {
        ModalDialog {
            filled: RwSignal::new(false),
        }
    }

    /// Opens `dialog`, then fills in its body (see [`open_modal_after_paint`]).
    pub(crate) fn open(
        self,
        dialog: web_sys::HtmlDialogElement,
        still_wanted: impl Fn() -> bool + 'static,
    ) {
        // Not once the app is gone (its dialog first, then the page's state): reading a signal
        // that was disposed would panic, and one panic stops every guide on the page.
        let filled = self.filled;
        let still_wanted = move || !filled.is_disposed() && still_wanted();
        open_modal_after_paint(dialog, still_wanted, move || self.filled.set(true));
    }

    /// Closes `dialog` (if it is open) and empties its body.
    pub(crate) fn close(self, dialog: &web_sys::HtmlDialogElement) {
        if self.filled.get_untracked() {
            self.filled.set(false);
        }
        if dialog.open() {
            dialog.close();
        }
    }

    /// Whether the body is shown; tracked.
    pub(crate) fn filled(self) -> bool {
        self.filled.get()
    }
}

/// Opens `dialog` modally in a task after the next frame has been painted, if `still_wanted`
/// then (the reader may have closed it or asked for another), and calls `opened` in a task after
/// the frame that shows it, if it is still open and wanted. The dialog is built in the task that
/// asks for it and opened in the next, with only its heading; `opened` fills in the rest.
/// `showModal()` makes the rest of the page inert and restyles all of it, and moving focus in
/// lays out the dialog in the same task: measured at 4x CPU throttling, a link that opened a
/// detail made one task of 50-58 ms, `showModal()` alone 34 ms, and a comparison's
/// `showModal()` took 35-64 ms.
///
/// While another modal dialog is open (a detail handing over to the comparison) the page is
/// inert and restyled already, and waiting would paint a frame with neither dialog: it opens and
/// fills in at once.
fn open_modal_after_paint(
    dialog: web_sys::HtmlDialogElement,
    still_wanted: impl Fn() -> bool + 'static,
    opened: impl FnOnce() + 'static,
) {
    // In the dialog's own tree: the document, or an embed's shadow root.
    let root = dialog.get_root_node();
    let open_dialog = match root.dyn_ref::<web_sys::DocumentFragment>() {
        Some(shadow) => shadow.query_selector("dialog[open]"),
        None => document().query_selector("dialog[open]"),
    };
    let another_open = open_dialog
        .ok()
        .flatten()
        .is_some_and(|open| !open.is_same_node(Some(dialog.unchecked_ref())));
    let still_wanted = std::rc::Rc::new(still_wanted);
    let open = move |fill_later: bool| {
        if dialog.open() || !dialog.is_connected() || !still_wanted() {
            return;
        }
        if dialog.show_modal().is_err() {
            dialog.set_open(true);
        }
        let fill = move || {
            if dialog.open() && still_wanted() {
                opened();
            }
        };
        if fill_later {
            schedule::after_next_paint(schedule::Turn::First, fill);
        } else {
            fill();
        }
    };
    if another_open {
        open(false);
    } else {
        schedule::after_next_paint(schedule::Turn::First, move || open(true));
    }
}
