//! The guide embedded in another site's page, as a `<stack-guide>` element (`scripts/embed.js`
//! makes the element and its shadow root and calls [`mount`]). This is the only module that reads
//! the host page: the element's attributes, and the theme its `<html>` and `<body>` show
//! ([`host_page`]). What they ask for is decided by pure functions ([`settings`],
//! [`host_theme::host_theme`]); the app then looks its elements up in the shadow root and leaves
//! the host page's URL, history and storage alone (see `ui::state::Host`).

pub mod host_page;
pub mod host_theme;
mod settings;

pub use settings::{
    css_height, guide_page, settings, theme_named, Attributes, Height, Layout, Settings, Theme,
    DEFAULT_HEIGHT,
};

#[cfg(target_arch = "wasm32")]
use crate::catalog::Catalog;
#[cfg(target_arch = "wasm32")]
use crate::chooser::Rules;

/// Mounts the guide into `root`, an element in the shadow root of a `<stack-guide>` element,
/// with that element's attributes; `guide_url` is the guide's own page ([`guide_page`]).
/// Fails, with the reason, when `root` is not in a shadow root.
#[cfg(target_arch = "wasm32")]
pub fn mount(root: web_sys::HtmlElement, guide_url: &str) -> Result<crate::ui::Embedded, String> {
    use wasm_bindgen::JsCast;
    let shadow = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .map_err(|_| "stackguide: the embed's root is not in a shadow root".to_string())?;
    let element = shadow.host();
    let attribute = |name: &str| element.get_attribute(name);
    let given = [
        "state",
        "theme",
        "view",
        "tech",
        "compact",
        "height",
        "guides-base",
        "link-target",
    ]
    .map(attribute);
    let [state, theme, view, tech, compact, height, guides_base, link_target] =
        given.each_ref().map(Option::as_deref);
    let attributes = Attributes {
        state,
        theme,
        view,
        tech,
        compact,
        height,
        guides_base,
        link_target,
    };
    let settings = settings(&attributes, Catalog::builtin(), Rules::builtin());
    // For the blogger, who may not scroll to the guide's notice.
    for why in &settings.ignored {
        leptos::logging::warn!("stackguide: an attribute of <stack-guide> was ignored: {why}");
    }
    Ok(crate::ui::mount_embed(
        root,
        crate::ui::state::Embedding {
            shadow,
            guide_url: guide_page(guide_url),
            layout: settings.layout,
            theme: settings.theme,
            height: settings.height,
            guides_base: settings.guides_base,
            new_tab: settings.new_tab,
            start: Some((settings.state, settings.ignored)),
        },
    ))
}

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
