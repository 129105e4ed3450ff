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

impl<'a> Attributes<'a> {
    /// Every attribute a `<stack-guide>` element is read for, in the order
    /// [`Attributes::from_values`] takes them. `scripts/embed.js` watches the same list (a native
    /// test compares them).
    pub const NAMES: [&'static str; 8] = [
        "state",
        "theme",
        "view",
        "tech",
        "compact",
        "height",
        "guides-base",
        "link-target",
    ];

    /// The attributes from their values, in the order of [`Attributes::NAMES`].
    pub fn from_values(values: [Option<&'a str>; 8]) -> Attributes<'a> {
        let [state, theme, view, tech, compact, height, guides_base, link_target] = values;
        Attributes {
            state,
            theme,
            view,
            tech,
            compact,
            height,
            guides_base,
            link_target,
        }
    }
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

/// The most of the post's height a guide takes unless its `height` or the host page's
/// `--sg-height` rule says otherwise (the stylesheet's fallback): about one screen.
pub const DEFAULT_HEIGHT: &str = "85vh";

/// The greatest height of an embedded guide; it scrolls inside.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Height {
    /// No `height` attribute (or a wrong one): the host page's `--sg-height` rule, else
    /// [`DEFAULT_HEIGHT`].
    #[default]
    Default,
    /// `height="auto"`: its full height.
    Natural,
    /// A CSS length (see [`css_height`]).
    Cap(String),
}

impl Layout {
    /// The sort, the layout switch, the category index and the filters: all but a compact guide.
    pub fn shows_controls(self) -> bool {
        self != Layout::Compact
    }
}

/// What an embedded guide opens on, from its element's attributes.
#[derive(Debug, Default, PartialEq)]
pub struct Settings {
    /// From the `state` attribute, written like a shared link's query string.
    pub state: PageState,
    pub layout: Layout,
    pub theme: Theme,
    pub height: Height,
    /// The guide links' base URL, when the `guides-base` attribute gives a valid one.
    pub guides_base: Option<String>,
    /// The links it writes open in a new tab (`link-target="_blank"`).
    pub new_tab: bool,
    /// Each setting that was ignored, and why, for the guide's notice.
    pub ignored: Vec<String>,
}

/// Reads the element's attributes (see [`Settings`]), each on its own: a wrong one is named in
/// `ignored` and falls back to its default. A detail or a comparison is not opened from `state`:
/// it would be a modal dialog over the host page as it loads, taking the reader's focus; one
/// card is `view="card"`.
pub fn settings(attributes: &Attributes, catalog: &Catalog, rules: &Rules) -> Settings {
    let decoded = url_state::decode(
        query_of(attributes.state.unwrap_or_default()),
        catalog,
        rules,
    );
    let mut state = decoded.state;
    let mut ignored = decoded.ignored;
    let from_state = state.tech.take();
    if state.compare.len() >= 2 {
        state.compare.clear();
        ignored.push(
            "compare: an embedded guide opens no comparison by itself (pick the items to compare)"
                .to_string(),
        );
    }
    let layout = match attributes.view {
        Some("card") => or_default(
            card(attributes.tech, from_state, catalog).map(Layout::Card),
            &mut ignored,
        ),
        given => {
            state.view = or_default(view(given, state.view), &mut ignored).unwrap_or(state.view);
            if let Some(id) = attributes.tech {
                ignored.push(format!("tech \"{id}\": it names the card of view=\"card\""));
            }
            Layout::Full
        }
    };
    if let Layout::Card(id) = layout {
        state.tech = Some(id);
    } else if let Some(id) = from_state.filter(|_| attributes.view != Some("card")) {
        ignored.push(format!(
            "tech \"{id}\" in state: an embedded guide opens no detail by itself (view=\"card\" tech=\"{id}\" shows its card)"
        ));
    }
    let layout = match or_default(compact(attributes.compact, layout), &mut ignored) {
        true if state.view != View::Explore => {
            ignored.push(format!(
                "view \"{}\": a compact guide shows the search and its results",
                state.view.key()
            ));
            state.view = View::Explore;
            Layout::Compact
        }
        true => Layout::Compact,
        false => layout,
    };
    Settings {
        theme: or_default(theme(attributes.theme), &mut ignored),
        height: or_default(height(attributes.height), &mut ignored),
        guides_base: or_default(guides_base(attributes.guides_base), &mut ignored),
        new_tab: or_default(new_tab(attributes.link_target), &mut ignored),
        state,
        layout,
        ignored,
    }
}

/// The query string of `state`: a whole link (the guide's "Copy link") gives its query.
fn query_of(state: &str) -> &str {
    let state = state.split('#').next().unwrap_or_default();
    state.split_once('?').map_or(state, |(_, query)| query)
}

/// What one attribute says, or its default with the reason it was ignored.
fn or_default<T: Default>(read: Result<T, String>, ignored: &mut Vec<String>) -> T {
    read.unwrap_or_else(|why| {
        ignored.push(why);
        T::default()
    })
}

/// The `view` attribute: a view, or `None` to keep `state`'s (`shown`).
fn view(given: Option<&str>, shown: View) -> Result<Option<View>, String> {
    let Some(given) = given else { return Ok(None) };
    View::from_key(given).map(Some).ok_or_else(|| {
        format!(
            "view \"{given}\": it is explore, chooser, guides or card (the {} view is shown)",
            shown.key()
        )
    })
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

/// The `compact` attribute: present (empty, `true` or `compact`) or not (absent or `false`).
fn compact(given: Option<&str>, layout: Layout) -> Result<bool, String> {
    match given {
        None | Some("false") => Ok(false),
        Some("" | "true" | "compact") if layout == Layout::Full => Ok(true),
        Some("" | "true" | "compact") => Err("compact: a card is compact already".to_string()),
        Some(given) => Err(format!(
            "compact \"{given}\": write compact, or leave it out (the whole guide is shown)"
        )),
    }
}

fn theme(given: Option<&str>) -> Result<Theme, String> {
    match given {
        None | Some("auto") => Ok(Theme::Auto),
        Some("light") => Ok(Theme::Light),
        Some("dark") => Ok(Theme::Dark),
        Some(given) => Err(format!(
            "theme \"{given}\": it is auto, light or dark (auto follows the page)"
        )),
    }
}

fn height(given: Option<&str>) -> Result<Height, String> {
    match given.map(str::trim) {
        None => Ok(Height::Default),
        Some("auto") => Ok(Height::Natural),
        Some(given) => css_height(given).map(Height::Cap).ok_or_else(|| {
            format!(
                "height \"{given}\": give a length of at least 240px, 15em, 15rem or 30vh, or auto \
                 (at most {DEFAULT_HEIGHT} is used)"
            )
        }),
    }
}

fn guides_base(given: Option<&str>) -> Result<Option<String>, String> {
    let Some(given) = given else { return Ok(None) };
    match crate::guides::choose_base_url(Some(given)) {
        (base, None) if !given.trim().is_empty() => Ok(Some(base)),
        _ => Err(format!(
            "guides-base \"{given}\": it is an https:// address (the series' own is used)"
        )),
    }
}

fn new_tab(given: Option<&str>) -> Result<bool, String> {
    match given {
        None | Some("_self") => Ok(false),
        Some("_blank") => Ok(true),
        Some(given) => Err(format!(
            "link-target \"{given}\": it is _self or _blank (links open in the same tab)"
        )),
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

#[cfg(test)]
#[path = "settings_tests.rs"]
mod tests;
