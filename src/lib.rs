//! stackguide: an interactive guide to backend technologies.
//!
//! Data flows one way: `data/` → `build.rs` (validated, generated statics) → the pure modules
//! ([`catalog`], [`guides`]) → signals → the views in [`ui`].

pub mod arrange;
pub mod catalog;
pub mod chooser;
pub mod guides;
pub mod prerender;
pub mod storage;
pub mod ui;
pub mod url_state;

/// Mounts the guide into the page's `#stackguide` element (or the body when it is missing),
/// replacing the crawlable fallback that `index.html` carries.
pub fn mount() {
    ui::mount();
}
