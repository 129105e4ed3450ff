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
pub use tech_card::TechCard;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the element the standalone page mounts into.
pub const ROOT_ID: &str = "stackguide";

/// Mounts [`App`] into `#stackguide`, replacing the crawlable fallback inside it; falls back to the
/// body when the page has no such element.
pub fn mount() {
    let root = document()
        .get_element_by_id(ROOT_ID)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_text_content(None);
            leptos::mount::mount_to(root, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
}
