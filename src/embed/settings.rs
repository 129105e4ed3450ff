//! What an embedded guide's attributes ask for: a pure reader, tested natively. Anything wrong
//! is ignored one setting at a time and named in the guide's notice; the rest applies.

use crate::catalog::Catalog;
use crate::chooser::Rules;
use crate::url_state::{self, PageState, View};

/// The element's attributes as the page gives them (absent: `None`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Attributes<'a> {
    /// Written like a shared link's query string.
    pub state: Option<&'a str>,
    /// `auto` (the default), `light` or `dark`.
    pub theme: Option<&'a str>,
    /// `explore`, `chooser`, `guides` or `card`: the view it opens on (over `state`'s `view`).
    pub view: Option<&'a str>,
    /// The card `view="card"` shows, by id.
    pub tech: Option<&'a str>,
    /// Present: the search box, the results and their count, and nothing else.
    pub compact: Option<&'a str>,
    /// The most the guide may take of the post's height, or `auto`.
    pub height: Option<&'a str>,
    /// Where the guide links of the series point (an https URL).
    pub guides_base: Option<&'a str>,
    /// `_self` (the default) or `_blank`: where the links it writes open.
    pub link_target: Option<&'a str>,
}

/// What the embedded guide shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Layout {
    /// The whole guide: header, tabs, the view `state` opens.
    #[default]
    Full,
    /// The search box, the results and their count.
    Compact,
    /// One card, expanded, with its related items and guides.
    Card(&'static str),
}

/// The theme: `Auto` follows the host page live (see [`super::host_theme`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The fixed theme's name, as `data-theme` spells it; `None` for `Auto`.
    pub fn fixed(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// The most of the post's height a guide takes unless its `height` says otherwise: about one
/// screen, so that a post stays a post.
pub const DEFAULT_HEIGHT: &str = "85vh";

/// What an embedded guide opens on, from its element's attributes.
#[derive(Debug, Default, PartialEq)]
pub struct Settings {
    /// From the `state` attribute, written like a shared link's query string.
    pub state: PageState,
    pub layout: Layout,
    pub theme: Theme,
    /// What `--sg-height` (the guide's greatest height) is set to: a CSS length, or `auto` for
    /// its natural height; `None` without a `height` attribute (the host page's own
    /// `--sg-height` rule then applies, else [`DEFAULT_HEIGHT`]).
    pub height: Option<String>,
    /// The guide links' base URL, when the `guides-base` attribute gives a valid one.
    pub guides_base: Option<String>,
    /// The links it writes open in a new tab (`link-target="_blank"`).
    pub new_tab: bool,
    /// Each setting that was ignored, and why, for the guide's notice.
    pub ignored: Vec<String>,
}

/// Reads the element's attributes (see [`Settings`]). A detail or a comparison is not opened
/// from `state`: it would be a modal dialog over the host page as it loads, taking the reader's
/// focus; one card is `view="card"`.
pub fn settings(attributes: &Attributes, catalog: &Catalog, rules: &Rules) -> Settings {
    let decoded = url_state::decode(attributes.state.unwrap_or_default(), catalog, rules);
    let mut state = decoded.state;
    let mut ignored = decoded.ignored;
    let from_state = state.tech.take();
    if state.compare.len() >= 2 {
        ignored.push(
            "compare: an embedded guide opens no comparison by itself (pick the items to compare)"
                .to_string(),
        );
        state.compare.clear();
    }
    let mut layout = Layout::Full;
    match attributes.view {
        None => {}
        Some("card") => match card(attributes.tech, from_state, catalog) {
            Ok(id) => {
                layout = Layout::Card(id);
                state.tech = Some(id);
            }
            Err(why) => ignored.push(why),
        },
        Some(given) => match View::from_key(given) {
            Some(view) => state.view = view,
            None => ignored.push(format!(
                "view \"{given}\": it is explore, chooser, guides or card (the {} view is shown)",
                state.view.key()
            )),
        },
    }
    if layout == Layout::Full {
        if let Some(id) = attributes.tech {
            ignored.push(format!("tech \"{id}\": it names the card of view=\"card\""));
        }
        if let Some(id) = from_state {
            ignored.push(format!(
                "tech \"{id}\" in state: an embedded guide opens no detail by itself (view=\"card\" tech=\"{id}\" shows its card)"
            ));
        }
    }
    match attributes.compact {
        None | Some("false") => {}
        Some("" | "true" | "compact") if layout == Layout::Full => {
            layout = Layout::Compact;
            if state.view != View::Explore {
                ignored.push(format!(
                    "view \"{}\": a compact guide shows the search and its results",
                    state.view.key()
                ));
                state.view = View::Explore;
            }
        }
        Some("" | "true" | "compact") => {
            ignored.push("compact: a card is compact already".to_string())
        }
        Some(given) => ignored.push(format!(
            "compact \"{given}\": write compact, or leave it out (the whole guide is shown)"
        )),
    }
    let theme = match attributes.theme {
        None | Some("auto") => Theme::Auto,
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        Some(given) => {
            ignored.push(format!(
                "theme \"{given}\": it is auto, light or dark (auto follows the page)"
            ));
            Theme::Auto
        }
    };
    let height = match attributes.height.map(str::trim) {
        None => None,
        Some("auto") => Some("auto".to_string()),
        Some(given) => Some(css_height(given).unwrap_or_else(|| {
            ignored.push(format!(
                "height \"{given}\": give a length such as 600px, 40em or 80vh, or auto \
                 (at most {DEFAULT_HEIGHT} is used)"
            ));
            DEFAULT_HEIGHT.to_string()
        })),
    };
    let guides_base =
        attributes.guides_base.and_then(|given| {
            match crate::guides::choose_base_url(Some(given)) {
                (base, None) if !given.trim().is_empty() => Some(base),
                _ => {
                    ignored.push(format!(
                    "guides-base \"{given}\": it is an https:// address (the series' own is used)"
                ));
                    None
                }
            }
        });
    let new_tab = match attributes.link_target {
        None | Some("_self") => false,
        Some("_blank") => true,
        Some(given) => {
            ignored.push(format!(
                "link-target \"{given}\": it is _self or _blank (links open in the same tab)"
            ));
            false
        }
    };
    Settings {
        state,
        layout,
        theme,
        height,
        guides_base,
        new_tab,
        ignored,
    }
}

/// The card `view="card"` shows: the `tech` attribute's, else `state`'s.
fn card(
    tech: Option<&str>,
    from_state: Option<&'static str>,
    catalog: &Catalog,
) -> Result<&'static str, String> {
    match tech {
        Some(given) => catalog.technology(given.trim()).map(|t| t.id).ok_or_else(|| {
            format!("view \"card\": there is no card \"{given}\" (the whole guide is shown)")
        }),
        None => from_state.ok_or_else(|| {
            "view \"card\": name the card with tech=\"…\", such as tech=\"kafka\" (the whole guide is shown)"
                .to_string()
        }),
    }
}

/// A CSS length for a guide's height: a number and one of the units a blogger would use, not so
/// small that the guide cannot be used. Anything else (a `calc()`, a `;`) is refused.
pub fn css_height(given: &str) -> Option<String> {
    const UNITS: [(&str, u32); 6] = [
        ("px", 240),
        ("rem", 15),
        ("em", 15),
        ("svh", 30),
        ("dvh", 30),
        ("vh", 30),
    ];
    let (number, least) = UNITS
        .iter()
        .find_map(|&(unit, least)| Some((given.strip_suffix(unit)?, least)))?;
    // Whole units, or with a fraction: compared by the whole part (no float parsing, whose
    // tables would cost the wasm kilobytes).
    let (whole, fraction) = number.split_once('.').unwrap_or((number, "0"));
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !(digits(whole) && digits(fraction) && whole.len() <= 6 && fraction.len() <= 3) {
        return None;
    }
    let value: u32 = whole.parse().ok()?;
    (value >= least && value <= 100_000).then(|| given.to_string())
}

/// A theme by its name, `light` or `dark`, as the page's `data-theme` and the remembered choice
/// spell it; anything else is none.
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
