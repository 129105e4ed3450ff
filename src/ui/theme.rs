//! The light and dark themes: the reader's switch, the remembered choice, and an embedded guide
//! following its host.

use super::state::{use_page, Page};
use crate::embed::host_page::{look_of_host, system_prefers_dark, watch_host};
use crate::embed::{theme_named, Theme};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const THEME_KEY: &str = "theme";

/// The theme a guide opens with, light or dark; `None` follows the system
/// (`prefers-color-scheme`). Embedded: its `theme` attribute, or the host page's theme.
fn initial_theme(page: Page) -> Option<&'static str> {
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

/// Applies the remembered theme (or the page's own) to the page, before the switch is built: the
/// fallback the reader sees while the app is built follows their choice too.
pub fn apply_stored(page: Page) {
    if page.host.embedded() {
        // The embedded guide's theme is kept by `follow_the_host`.
        return;
    }
    apply(page, initial_theme(page));
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
        theme: RwSignal::new(initial_theme(page)),
        chosen: RwSignal::new(false),
    };
    provide_context(shown);
    Effect::new(move |_| apply(page, shown.theme.get()));
    if page.host.theme() != Theme::Auto || !crate::ui::browser::IN_BROWSER {
        return;
    }
    let watching = watch_host(move || {
        // A guide whose code stopped (a panic) or was taken away is no longer followed.
        if crate::embed::stopped() || shown.theme.is_disposed() || shown.chosen.get_untracked() {
            return;
        }
        let now = Some(look_of_host());
        if shown.theme.get_untracked() != now {
            shown.theme.set(now);
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

/// A button that switches between light and dark and remembers the choice (embedded: for this
/// guide only, and the host page's switch no longer applies).
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let page = use_page();
    let shown = use_context::<Shown>();
    let theme = shown.map_or_else(|| RwSignal::new(initial_theme(page)), |s| s.theme);
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
