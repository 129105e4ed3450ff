//! The host page as an embedded guide reads it: the theme its `<html>` and `<body>` show (the
//! rule is the pure [`super::host_theme`]) and a watcher of their changes. Browser only.

use super::host_theme::{host_theme, Look};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub type Watching = (
    web_sys::MutationObserver,
    Closure<dyn FnMut()>,
    Option<web_sys::MediaQueryList>,
    Closure<dyn FnMut()>,
);

/// Calls `changed` when the host's `<html>` or `<body>` changes its class, `data-theme` or
/// style, or the system's colour scheme changes.
pub fn watch_host(changed: impl Fn() + Clone + 'static) -> Option<Watching> {
    let document = document();
    let on_mutation = Closure::<dyn FnMut()>::new(changed.clone());
    let observer = web_sys::MutationObserver::new(on_mutation.as_ref().unchecked_ref()).ok()?;
    let options = web_sys::MutationObserverInit::new();
    options.set_attribute_filter(&js_sys::Array::of3(
        &"class".into(),
        &"data-theme".into(),
        &"style".into(),
    ));
    for element in [document.document_element(), document.body().map(Into::into)]
        .into_iter()
        .flatten()
    {
        let _ = observer.observe_with_options(&element, &options);
    }
    let media = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten();
    let on_media = Closure::<dyn FnMut()>::new(changed);
    if let Some(media) = &media {
        let _ = media.add_event_listener_with_callback("change", on_media.as_ref().unchecked_ref());
    }
    Some((observer, on_mutation, media, on_media))
}

/// The host page's theme now (see [`host_theme`]).
pub fn look_of_host() -> &'static str {
    struct Read {
        data_theme: Option<String>,
        class: String,
        color_scheme: String,
        background: String,
    }
    let read = |element: Option<web_sys::Element>| {
        let element = element?;
        let style = window().get_computed_style(&element).ok().flatten();
        let computed = |name: &str| {
            style
                .as_ref()
                .and_then(|style| style.get_property_value(name).ok())
                .unwrap_or_default()
        };
        Some(Read {
            data_theme: element.get_attribute("data-theme"),
            class: element.class_name(),
            color_scheme: computed("color-scheme"),
            background: computed("background-color"),
        })
    };
    fn look(read: &Option<Read>) -> Look<'_> {
        read.as_ref().map_or_else(Look::default, |read| Look {
            data_theme: read.data_theme.as_deref(),
            class: &read.class,
            color_scheme: &read.color_scheme,
            background: &read.background,
        })
    }
    let document = document();
    let html = read(document.document_element());
    let body = read(document.body().map(Into::into));
    host_theme(look(&html), look(&body), system_prefers_dark())
}

/// The reader's system asks for dark (`prefers-color-scheme`).
pub fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}
