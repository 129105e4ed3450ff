use super::state::{use_page, Page};
use crate::embed::host_theme::{host_theme, Look};
use crate::embed::{theme_named, Theme};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const THEME_KEY: &str = "theme";

/// Light or dark; `None` follows the system (`prefers-color-scheme`).
fn stored_theme(page: Page) -> Option<&'static str> {
    // An embedded app keeps nothing in the host page's storage: its `theme` attribute, or the
    // host page's own theme.
    if page.host.embedded() {
        return Some(page.host.theme().fixed().unwrap_or_else(look_of_host));
    }
    // Nothing (or garbage) stored: keep a theme the page itself set on <html>, else follow the
    // system.
    crate::storage::load(THEME_KEY)
        .as_deref()
        .and_then(theme_named)
        .or_else(|| theme_named(&page.host.theme_root()?.get_attribute("data-theme")?))
}

fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Applies the remembered theme (or the page's own) to the page, before the switch is built: the
/// fallback the reader sees while the app is built follows their choice too.
pub fn apply_stored(page: Page) {
    if page.host.embedded() {
        // The embedded guide's theme is kept by `follow_the_host`.
        return;
    }
    apply(page, stored_theme(page));
}

fn apply(page: Page, theme: Option<&str>) {
    if let Some(root) = page.host.theme_root() {
        let _ = match theme {
            Some(t) => root.set_attribute("data-theme", t),
            None => root.remove_attribute("data-theme"),
        };
    }
}

/// The theme an embedded guide shows, shared by its switch and the watcher of the host page.
#[derive(Clone, Copy)]
struct Shown {
    theme: RwSignal<Option<&'static str>>,
    /// The reader chose with the switch: the host's changes no longer apply.
    chosen: RwSignal<bool>,
}

/// An embedded guide's theme: its `theme` attribute, or with `auto` the host page's, followed
/// live (a blog's dark-mode switch flips the guide within the frame, through a
/// `MutationObserver` on `<html>` and `<body>` and the system setting's change event) until the
/// reader uses the guide's own switch. Called by the embedded guide's root component.
pub fn follow_the_host(page: Page) {
    let shown = Shown {
        theme: RwSignal::new(stored_theme(page)),
        chosen: RwSignal::new(false),
    };
    provide_context(shown);
    Effect::new(move |_| apply(page, shown.theme.get()));
    if page.host.theme() != Theme::Auto || !crate::ui::IN_BROWSER {
        return;
    }
    let watching = watch_host(move || {
        if !shown.chosen.get_untracked() && !shown.theme.is_disposed() {
            shown.theme.set(Some(look_of_host()));
        }
    });
    let watching = StoredValue::new_local(watching);
    on_cleanup(move || {
        if let Some(Some((observer, _, media, on_media))) = watching.try_update_value(Option::take)
        {
            observer.disconnect();
            if let Some(media) = media {
                let _ = media.remove_event_listener_with_callback(
                    "change",
                    on_media.as_ref().unchecked_ref(),
                );
            }
        }
    });
}

type Watching = (
    web_sys::MutationObserver,
    Closure<dyn FnMut()>,
    Option<web_sys::MediaQueryList>,
    Closure<dyn FnMut()>,
);

/// Calls `changed` when the host's `<html>` or `<body>` changes its class, `data-theme` or
/// style, or the system's colour scheme changes.
fn watch_host(changed: impl Fn() + Clone + 'static) -> Option<Watching> {
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
fn look_of_host() -> &'static str {
    let document = document();
    let read = |element: Option<web_sys::Element>| {
        let element = element?;
        let scheme = window()
            .get_computed_style(&element)
            .ok()
            .flatten()
            .and_then(|style| style.get_property_value("color-scheme").ok())
            .unwrap_or_default();
        Some((
            element.get_attribute("data-theme"),
            element.class_name(),
            scheme,
        ))
    };
    let html = read(document.document_element());
    let body = read(document.body().map(Into::into));
    fn look(read: &Option<(Option<String>, String, String)>) -> Look<'_> {
        match read {
            Some((data_theme, class, scheme)) => Look {
                data_theme: data_theme.as_deref(),
                class,
                color_scheme: scheme,
            },
            None => Look::default(),
        }
    }
    host_theme(look(&html), look(&body), system_prefers_dark())
}

/// A button that switches between light and dark and remembers the choice (embedded: for this
/// guide only, and the host page's switch no longer applies).
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let page = use_page();
    let shown = use_context::<Shown>();
    let theme = shown.map_or_else(|| RwSignal::new(stored_theme(page)), |s| s.theme);
    if shown.is_none() {
        Effect::new(move |_| apply(page, theme.get()));
    }
    let dark = move || {
        theme
            .get()
            .map_or_else(system_prefers_dark, |t| t == "dark")
    };
    view! {
        <button type="button" class="sg-button sg-button--quiet sg-theme-toggle"
            aria-pressed=move || if dark() { "true" } else { "false" }
            on:click=move |_| {
                let next = if dark() { "light" } else { "dark" };
                match shown {
                    Some(shown) => shown.chosen.set(true),
                    None => crate::storage::save(THEME_KEY, next),
                }
                theme.set(Some(next));
            }>
            "Dark theme"
        </button>
    }
}
