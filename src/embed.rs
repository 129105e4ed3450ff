//! The guide embedded in another site's page, as a `<stack-guide>` element (`scripts/embed.js`
//! makes the element and its shadow root and calls [`mount`]). This is the only module that reads
//! the host page: the element's attributes. What they ask for is decided by [`settings`], a pure
//! function; the app then looks its elements up in the shadow root and leaves the host page's
//! URL, history and storage alone (see `ui::state::Page::embedded`).

use crate::catalog::Catalog;
use crate::chooser::Rules;
use crate::url_state::{self, PageState, View};

/// The element's attributes as the page gives them (absent: `None`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Attributes<'a> {
    /// Written like a shared link's query string.
    pub state: Option<&'a str>,
    /// `light` or `dark`.
    pub theme: Option<&'a str>,
    /// `explore`, `chooser` or `guides`: the view it opens on (over `state`'s `view`).
    pub view: Option<&'a str>,
}

/// What an embedded guide opens on, from its element's attributes.
#[derive(Debug, Default, PartialEq)]
pub struct Settings {
    /// From the `state` attribute, written like a shared link's query string.
    pub state: PageState,
    /// From the `theme` attribute: `light` or `dark`; `None` follows the reader's system.
    pub theme: Option<&'static str>,
    /// Each setting that was ignored, and why, for the guide's notice.
    pub ignored: Vec<String>,
}

/// Reads the element's attributes. Anything wrong is ignored one setting at a time and named in
/// `ignored`; the rest applies. A detail or a comparison is not opened: it would be a modal dialog
/// over the host page as it loads, taking the reader's focus.
pub fn settings(attributes: &Attributes, catalog: &Catalog, rules: &Rules) -> Settings {
    let Attributes { state, theme, view } = *attributes;
    let decoded = url_state::decode(state.unwrap_or_default(), catalog, rules);
    let mut state = decoded.state;
    let mut ignored = decoded.ignored;
    if let Some(id) = state.tech.take() {
        ignored.push(format!(
            "tech \"{id}\": an embedded guide opens no detail by itself (its card does)"
        ));
    }
    if state.compare.len() >= 2 {
        ignored.push(
            "compare: an embedded guide opens no comparison by itself (pick the items to compare)"
                .to_string(),
        );
        state.compare.clear();
    }
    if let Some(given) = view {
        match View::from_key(given) {
            Some(view) => state.view = view,
            None => ignored.push(format!(
                "view \"{given}\": it is explore, chooser or guides (the {} view is shown)",
                state.view.key()
            )),
        }
    }
    let theme = theme.and_then(|given| {
        let known = theme_named(given);
        if known.is_none() {
            ignored.push(format!(
                "theme \"{given}\": it is light or dark (the reader's system theme is used)"
            ));
        }
        known
    });
    Settings {
        state,
        theme,
        ignored,
    }
}

/// A theme by its name, `light` or `dark`, as the element's attribute, the page's `data-theme`
/// and the remembered choice spell it; anything else is none.
pub fn theme_named(name: &str) -> Option<&'static str> {
    match name {
        "light" => Some("light"),
        "dark" => Some("dark"),
        _ => None,
    }
}

/// The guide's own page, for the links an embedded guide copies: `embed.js` gives the folder it
/// was loaded from. Only an `http(s)` URL; anything else gives `None` (the links then carry the
/// host page's address).
pub fn guide_page(url: &str) -> Option<String> {
    let web = url.starts_with("https://") || url.starts_with("http://");
    let plain = !url.contains(['?', '#', '"', '<', '>', ' ']);
    (web && plain).then(|| url.to_string())
}

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
    let (state, theme, view) = (
        element.get_attribute("state"),
        element.get_attribute("theme"),
        element.get_attribute("view"),
    );
    let attributes = Attributes {
        state: state.as_deref(),
        theme: theme.as_deref(),
        view: view.as_deref(),
    };
    let settings = settings(&attributes, Catalog::builtin(), Rules::builtin());
    Ok(crate::ui::mount_embed(
        root,
        crate::ui::state::Embedding {
            shadow,
            guide_url: guide_page(guide_url),
            theme: settings.theme,
            start: Some((settings.state, settings.ignored)),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    // proptest builds natively only (its randomness does not build for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

    fn read(state: Option<&str>, theme: Option<&str>) -> Settings {
        let attributes = Attributes {
            state,
            theme,
            view: None,
        };
        settings(&attributes, Catalog::builtin(), Rules::builtin())
    }

    fn read_all(state: Option<&str>, theme: Option<&str>, view: Option<&str>) -> Settings {
        let attributes = Attributes { state, theme, view };
        settings(&attributes, Catalog::builtin(), Rules::builtin())
    }

    #[test]
    fn a_view_attribute_opens_that_view_over_the_state() {
        let s = read_all(Some("product=chat"), None, Some("chooser"));
        assert_eq!(s.state.view, View::Chooser);
        assert_eq!(s.state.answers.get("product"), Some("chat"));
        assert!(s.ignored.is_empty());
        // A wrong view falls back to the state's own, and is named.
        let s = read_all(Some("view=guides"), None, Some("cards"));
        assert_eq!(s.state.view, View::Guides);
        assert_eq!(s.ignored.len(), 1);
        assert!(
            s.ignored[0].starts_with("view \"cards\""),
            "{:?}",
            s.ignored
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]
        /// Arbitrary attribute values never panic; each wrong one is named once and falls back on
        /// its own, leaving the others as they would be alone.
        #[test]
        fn arbitrary_attributes_fall_back_one_setting_at_a_time(
            state in proptest::option::of(".{0,80}"),
            theme in proptest::option::of(prop_oneof![Just("light".to_string()), Just("dark".to_string()), ".{0,12}"]),
            view in proptest::option::of(prop_oneof![Just("chooser".to_string()), Just("guides".to_string()), ".{0,12}"]),
        ) {
            let all = read_all(state.as_deref(), theme.as_deref(), view.as_deref());
            let alone = read_all(state.as_deref(), None, None);
            let theme_ok = theme.as_deref().map(theme_named);
            let view_ok = view.as_deref().map(View::from_key);
            prop_assert_eq!(all.theme, theme_ok.flatten());
            prop_assert_eq!(
                all.state.view,
                view_ok.flatten().unwrap_or(alone.state.view)
            );
            prop_assert_eq!(&all.state.explore, &alone.state.explore);
            prop_assert_eq!(&all.state.answers, &alone.state.answers);
            let wrong = usize::from(matches!(theme_ok, Some(None)))
                + usize::from(matches!(view_ok, Some(None)));
            prop_assert_eq!(all.ignored.len(), alone.ignored.len() + wrong);
        }
    }

    #[test]
    fn no_attributes_open_the_plain_guide() {
        assert_eq!(read(None, None), Settings::default());
    }

    #[test]
    fn a_state_applies_and_its_wrong_parts_are_named() {
        let s = read(Some("q=queue&hosting=managed&tag=nope"), Some("dark"));
        assert_eq!(s.state.explore.text, "queue");
        assert_eq!(s.state.explore.filters.hosting.len(), 1);
        assert_eq!(s.theme, Some("dark"));
        assert_eq!(s.ignored, ["tag \"nope\" does not exist"]);
    }

    #[test]
    fn a_detail_or_a_comparison_is_not_opened_over_the_host_page() {
        let s = read(Some("tech=kafka&compare=redis,postgresql&q=kafka"), None);
        assert_eq!(s.state.tech, None);
        assert!(s.state.compare.is_empty());
        assert_eq!(s.state.explore.text, "kafka");
        assert_eq!(s.ignored.len(), 2);
        assert!(
            s.ignored[0].starts_with("tech \"kafka\""),
            "{:?}",
            s.ignored
        );
        assert!(s.ignored[1].starts_with("compare:"), "{:?}", s.ignored);
    }

    #[test]
    fn a_theme_is_light_or_dark_and_anything_else_is_named() {
        for (given, theme, named) in [
            (Some("light"), Some("light"), false),
            (Some("dark"), Some("dark"), false),
            (Some("Dark"), None, true),
            (Some(""), None, true),
            (Some("purple"), None, true),
            (None, None, false),
        ] {
            let s = read(None, given);
            assert_eq!(s.theme, theme, "{given:?}");
            assert_eq!(s.ignored.len(), usize::from(named), "{given:?}");
        }
    }

    #[test]
    fn only_a_plain_web_address_is_a_guide_page() {
        assert_eq!(
            guide_page("https://guide.example/"),
            Some("https://guide.example/".to_string())
        );
        assert!(guide_page("http://127.0.0.1:8080/").is_some());
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "",
            "https://g/?q=1",
            "//g/",
        ] {
            assert_eq!(guide_page(bad), None, "{bad}");
        }
    }
}
