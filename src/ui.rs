//! Components: they wire signals to views and hold no business logic. Everything they show comes
//! from [`crate::catalog`] and [`crate::guides`].

mod app;
mod category_section;
mod tech_card;

pub use app::App;
pub use category_section::CategorySection;
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
