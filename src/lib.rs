#![recursion_limit = "256"]
//! stackguide: an interactive guide to backend technologies.
//!
//! Data flows one way: `data/` → `build.rs` (validated, generated statics) → the pure modules
//! ([`catalog`], [`guides`]) → signals → the views in [`ui`].

pub mod arrange;
pub mod catalog;
pub mod chooser;
pub mod embed;
pub mod guides;
pub mod https_url;
pub mod navigation;
pub mod order;
pub mod prerender;
pub mod storage;
pub mod ui;
pub mod url_state;

/// Mounts the guide into the page's `#stackguide` element, replacing the crawlable fallback that
/// `index.html` carries; a page without one (a host page of `<stack-guide>` elements) mounts
/// nothing.
pub fn mount() {
    ui::mount();
}

/// The guide in a `<stack-guide>` element, for `scripts/embed.js`: `unmount()` takes it away.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub struct EmbeddedGuide {
    _guide: ui::Embedded,
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
impl EmbeddedGuide {
    /// Takes the guide out of its element.
    pub fn unmount(self) {}
}

/// Mounts the guide into `root`, an element in the shadow root of a `<stack-guide>` element;
/// `guide_url` is the guide's own page (see [`ui::mount_embed`]). Throws the reason it cannot.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_embed(root: web_sys::HtmlElement, guide_url: &str) -> Result<EmbeddedGuide, String> {
    ui::mount_embed(root, guide_url).map(|guide| EmbeddedGuide { _guide: guide })
}

/// Calls `report` with the message of any panic from here on, for `scripts/embed.js`: one panic
/// stops this copy of the code (release builds abort), so the guide it came from shows a
/// message and the page's other guides move to a fresh copy.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn report_faults_to(report: js_sys::Function) {
    embed::report_faults_to(report);
}
