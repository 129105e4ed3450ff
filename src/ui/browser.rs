//! Facts about where the code runs, for the components and the state alike.

/// Whether the code runs in a browser: the same components also render the crawlable page at
/// build time (natively, with the `ssr` feature), where there is no window or document.
pub(crate) const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Milliseconds on the page's clock; 0 where there is none (start-up's passes are then sized
/// as quick ones, and the search index is built in one task).
pub(crate) fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
