//! The guide embedded in another site's page, as a `<stack-guide>` element (`scripts/embed.js`
//! makes the element and its shadow root and calls the wasm's `mount_embed` export, which
//! `crate::ui::mount_embed` serves). This module decides what the element's attributes ask for
//! and reads the theme the host's `<html>` and `<body>` show ([`host_page`]), with pure functions
//! ([`settings`], [`host_theme::host_theme`]) to decide; the app then looks its elements up in the shadow root and leaves
//! the host page's URL, history and storage alone (see `ui::state::Host`).

pub mod host_page;
pub mod host_theme;
mod settings;

pub use settings::{
    css_height, guide_page, settings, theme_named, Attributes, Height, Layout, Settings, Theme,
    DEFAULT_HEIGHT,
};

thread_local! {
    /// This copy of the code panicked: the listeners it left on the host page return at once.
    static STOPPED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// This copy of the code panicked (and `embed.js` has moved its guides to a fresh copy): what
/// the host page still calls into it (a key listener, the theme watcher) must do nothing.
pub fn stopped() -> bool {
    STOPPED.with(std::cell::Cell::get)
}

/// Reports every panic to `report` (its message), after the console: see
/// [`crate::report_faults_to`]. Only thread-local cells are read as the code dies.
#[cfg(target_arch = "wasm32")]
pub fn report_faults_to(report: js_sys::Function) {
    thread_local! {
        static REPORT: std::cell::OnceCell<js_sys::Function> = const { std::cell::OnceCell::new() };
    }
    if REPORT.with(|r| r.set(report)).is_err() {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        STOPPED.with(|s| s.set(true));
        console_error_panic_hook::hook(info);
        let message = wasm_bindgen::JsValue::from_str(&info.to_string());
        REPORT.with(|r| {
            r.get()
                .map(|report| report.call1(&wasm_bindgen::JsValue::NULL, &message))
        });
    }));
}
