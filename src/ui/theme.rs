use super::state::{use_page, Page};
use leptos::prelude::*;

const THEME_KEY: &str = "theme";

/// Light or dark; `None` follows the system (`prefers-color-scheme`).
fn stored_theme(page: Page) -> Option<&'static str> {
    // An embedded app keeps nothing in the host page's storage: its `theme` attribute.
    if page.host.embedded() {
        return page.host.theme();
    }
    use crate::embed::theme_named;
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

/// A button that switches between light and dark and remembers the choice.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let page = use_page();
    let theme = RwSignal::new(stored_theme(page));
    Effect::new(move |_| apply(page, theme.get()));
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
                if !page.host.embedded() {
                    crate::storage::save(THEME_KEY, next);
                }
                theme.set(Some(next));
            }>
            "Dark theme"
        </button>
    }
}
