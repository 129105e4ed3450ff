//! Components: they wire signals to views and hold no business logic. Everything they show comes
//! from [`crate::catalog`], [`crate::chooser`] and [`crate::guides`]; shared state lives in
//! [`state::Page`].

mod app;
mod category_section;
mod chooser_view;
mod compare;
mod detail;
mod explorer;
mod guides_view;
mod highlight;
pub mod state;
mod tech_card;
mod theme;

pub use app::App;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the element the standalone page mounts into.
pub const ROOT_ID: &str = "stackguide";

thread_local! {
    /// The standalone page's root and the detached element the app is being built in, until
    /// [`reveal`] swaps them.
    static PENDING: std::cell::RefCell<Option<(web_sys::Element, web_sys::Element)>> =
        const { std::cell::RefCell::new(None) };
}

/// Mounts [`App`] into `#stackguide`, in place of the crawlable fallback inside it; falls back to
/// the body when the page has no such element.
///
/// The app is built off-document, its cards a few at a time in short tasks, while the fallback
/// stays readable; [`reveal`] swaps it in once every card is in place. So the page never shows a
/// half-built grid, and no start-up task has to build and lay out the whole guide at once.
pub fn mount() {
    // Nothing else in the task that instantiates the wasm, which is long already (measured at 4x
    // throttling: 35-50 ms to compile and instantiate, then 12-25 ms for these first calls).
    set_timeout(mount_now, std::time::Duration::ZERO);
}

fn mount_now() {
    let doc = document();
    let root = doc
        .get_element_by_id(ROOT_ID)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    let host = doc
        .create_element("div")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match (root, host) {
        (Some(root), Some(host)) => {
            host.set_class_name("sg-host");
            PENDING.with(|p| *p.borrow_mut() = Some((root.into(), host.clone().into())));
            leptos::mount::mount_to(host, App).forget();
        }
        (Some(root), None) => {
            root.set_text_content(None);
            leptos::mount::mount_to(root, App).forget();
        }
        (None, _) => leptos::mount::mount_to_body(App),
    }
}

/// Puts the app built by [`mount`] in place of the fallback. Only the first call does anything;
/// an app mounted some other way (the browser tests) is already in the document.
pub(crate) fn reveal() {
    if let Some((root, host)) = PENDING.with(|p| p.borrow_mut().take()) {
        root.replace_children_with_node_1(&host);
    }
}
