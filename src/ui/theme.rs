use leptos::prelude::*;

const THEME_KEY: &str = "theme";

/// Light or dark; `None` follows the system (`prefers-color-scheme`).
fn stored_theme() -> Option<&'static str> {
    match crate::storage::load(THEME_KEY).as_deref() {
        Some("dark") => Some("dark"),
        Some("light") => Some("light"),
        // Nothing (or garbage) stored: keep a theme the page itself set on <html>, else follow
        // the system.
        _ => document()
            .document_element()
            .and_then(|root| root.get_attribute("data-theme"))
            .and_then(|t| match t.as_str() {
                "dark" => Some("dark"),
                "light" => Some("light"),
                _ => None,
            }),
    }
}

fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Applies the remembered theme (or the page's own) to the page, before the switch is built: the
/// fallback the reader sees while the app is built follows their choice too.
pub fn apply_stored() {
    apply(stored_theme());
}

fn apply(theme: Option<&str>) {
    if let Some(root) = document().document_element() {
        let _ = match theme {
            Some(t) => root.set_attribute("data-theme", t),
            None => root.remove_attribute("data-theme"),
        };
    }
}

/// A button that switches between light and dark and remembers the choice.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = RwSignal::new(stored_theme());
    Effect::new(move |_| apply(theme.get()));
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
                crate::storage::save(THEME_KEY, next);
                theme.set(Some(next));
            }>
            "Dark theme"
        </button>
    }
}
