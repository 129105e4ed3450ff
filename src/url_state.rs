//! The page state in the address: the query string encoded and decoded, the view a section
//! (`#sg-chooser`) opens, the chooser's answers as the page remembers them; all pure, plus one
//! thin function that writes `window.history`.
//!
//! Keys: `view`, `q`, `category`, `tag`, `hosting`, `license`, `sort`, `tech`, `compare`, and the
//! chooser's question keys (`product`, `team`, `scale`, `ops`, `cloud`). Lists are
//! comma-separated (repeating a key also works). Anything unknown or malformed is skipped on its
//! own, with a note saying what, and the rest still applies.

use crate::catalog::facets::{split_category_key, ExploreQuery, Sort};
use crate::catalog::{Catalog, Hosting, License};
use crate::chooser::{Answers, Rules};

/// Longest search text we keep from a URL; anything longer is cut (at a char boundary).
pub const MAX_QUERY_CHARS: usize = 200;
use crate::catalog::compare::MAX_COMPARE;

/// Which view of the guide the reader is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Explore,
    Chooser,
    /// The other guides of the series.
    Guides,
}

impl View {
    pub const ALL: [View; 3] = [View::Explore, View::Chooser, View::Guides];

    pub fn key(self) -> &'static str {
        match self {
            View::Explore => "explore",
            View::Chooser => "chooser",
            View::Guides => "guides",
        }
    }

    /// The tab's name.
    pub fn label(self) -> &'static str {
        match self {
            View::Explore => "Explore",
            View::Chooser => "Choose a stack",
            View::Guides => "Guides",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    /// The id of the view's section in the crawlable page, where its tab's anchor points.
    pub fn anchor(self) -> &'static str {
        match self {
            View::Explore => "sg-explore",
            View::Chooser => "sg-chooser",
            View::Guides => "sg-other-guides",
        }
    }

    /// The skip link's words on this view and what it moves focus to: the view's main content,
    /// past the header (and, on Explore, the filters).
    pub fn skip(self) -> (&'static str, &'static str) {
        match self {
            View::Explore => ("Skip to results", "#sg-results"),
            View::Chooser => ("Skip to the chooser", "#sg-step-title, #sg-stack-title"),
            View::Guides => ("Skip to the guides", "#sg-other-guides"),
        }
    }

    /// Where the crawlable page's skip link points on this view: the results on Explore, else
    /// the view's own section.
    pub fn skip_anchor(self) -> String {
        match self {
            View::Explore => "#sg-results".to_string(),
            view => format!("#{}", view.anchor()),
        }
    }

    /// The view a link to one of those sections (`#sg-chooser`) opens in the app.
    pub fn from_anchor(hash: &str) -> Option<View> {
        let id = hash.strip_prefix('#').unwrap_or(hash);
        View::ALL.into_iter().find(|v| v.anchor() == id)
    }
}

impl PageState {
    /// What a link to this view carries: the catalog's search and filters on Explore; the
    /// answers on the chooser; nothing of either on Guides. An open detail or comparison is an
    /// overlay on any view, so every view's link carries it (Back then closes it).
    pub fn for_view(&self) -> PageState {
        let overlays = PageState {
            view: self.view,
            tech: self.tech,
            compare: self.compare.clone(),
            ..PageState::default()
        };
        match self.view {
            View::Explore => PageState {
                explore: self.explore.clone(),
                ..overlays
            },
            View::Chooser => PageState {
                answers: self.answers.clone(),
                ..overlays
            },
            View::Guides => overlays,
        }
    }

    /// The state after following a link to `incoming`: what that link's view carries (and its
    /// overlays) comes from it; what it does not (the answers on an Explore link, the search on
    /// a chooser link) stays as it was.
    pub fn followed_by(&self, incoming: PageState) -> PageState {
        match incoming.view {
            View::Explore => PageState {
                answers: self.answers.clone(),
                ..incoming
            },
            View::Chooser => PageState {
                explore: self.explore.clone(),
                ..incoming
            },
            View::Guides => PageState {
                explore: self.explore.clone(),
                answers: self.answers.clone(),
                ..incoming
            },
        }
    }
}

/// Everything a link can carry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageState {
    pub view: View,
    pub explore: ExploreQuery,
    /// The technology whose detail is open.
    pub tech: Option<&'static str>,
    /// The technologies being compared (2 to 4 when the comparison is open).
    pub compare: Vec<&'static str>,
    pub answers: Answers,
}

/// A decoded state and what was ignored on the way, in words a reader understands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decoded {
    pub state: PageState,
    pub ignored: Vec<String>,
}

fn split_list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|v| !v.is_empty())
}

/// Reads a query string (with or without the leading `?`). Never fails: what cannot be used is
/// listed in [`Decoded::ignored`].
pub fn decode(query: &str, catalog: &Catalog, rules: &Rules) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = PageState::default();
    let mut ignored = Vec::new();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let (key, value) = (key.as_ref(), value.as_ref());
        match key {
            "view" => match View::from_key(value) {
                Some(view) => state.view = view,
                None => ignored.push(format!(
                    "view \"{value}\" is not explore, chooser or guides"
                )),
            },
            "q" => {
                state.explore.text = value.chars().take(MAX_QUERY_CHARS).collect();
            }
            "category" => {
                for v in split_list(value) {
                    let (cat, sub) = split_category_key(v);
                    let known = catalog
                        .category(cat)
                        .is_some_and(|c| sub.is_none_or(|s| c.subcategory(s).is_some()));
                    if known {
                        state.explore.filters.categories.insert(v.to_string());
                    } else {
                        ignored.push(format!("category \"{v}\" does not exist"));
                    }
                }
            }
            "tag" => {
                for v in split_list(value) {
                    match catalog.tag(v) {
                        Some(t) => {
                            state.explore.filters.tags.insert(t.id.to_string());
                        }
                        None => ignored.push(format!("tag \"{v}\" does not exist")),
                    }
                }
            }
            "hosting" => {
                for v in split_list(value) {
                    match Hosting::from_key(v) {
                        Some(h) => {
                            state.explore.filters.hosting.insert(h);
                        }
                        None => ignored.push(format!("hosting \"{v}\" is not a hosting model")),
                    }
                }
            }
            "license" => {
                for v in split_list(value) {
                    match License::from_key(v) {
                        Some(l) => {
                            state.explore.filters.licenses.insert(l);
                        }
                        None => ignored.push(format!("license \"{v}\" is not a license kind")),
                    }
                }
            }
            "sort" => match Sort::from_key(value) {
                Some(s) => state.explore.sort = Some(s),
                None => ignored.push(format!(
                    "sort \"{value}\" is not relevance, name or category"
                )),
            },
            "tech" => match catalog.technology(value) {
                Some(t) => state.tech = Some(t.id),
                None => ignored.push(format!("technology \"{value}\" does not exist")),
            },
            "compare" => {
                for v in split_list(value) {
                    match catalog.technology(v) {
                        Some(t) if state.compare.contains(&t.id) => {}
                        Some(_) if state.compare.len() >= MAX_COMPARE => {
                            ignored.push(format!(
                                "compare holds at most {MAX_COMPARE} items; \"{v}\" was left out"
                            ));
                        }
                        Some(t) => state.compare.push(t.id),
                        None => ignored.push(format!("technology \"{v}\" does not exist")),
                    }
                }
            }
            other => match rules.question(other) {
                Some(q) => {
                    if !state.answers.set(rules, q.key, value) {
                        ignored.push(format!("\"{value}\" is not an answer to {}", q.key));
                    } else if let Some(now) = q.value_or_former(value).filter(|c| c.key != value) {
                        ignored.push(format!(
                            "{} \"{value}\" is now called \"{}\" and was read as that",
                            q.key, now.key
                        ));
                    }
                }
                None => ignored.push(format!("unknown setting \"{other}\"")),
            },
        }
    }
    Decoded { state, ignored }
}

/// The answers alone, as a query string: what the page remembers of the chooser.
pub fn encode_answers(answers: &Answers, rules: &Rules) -> String {
    let state = PageState {
        answers: answers.clone(),
        ..Default::default()
    };
    encode(&state, rules)
}

/// The remembered answers to restore (`stored`, from [`encode_answers`]): only when the link
/// carries none of its own, and only what decodes (stored text is untrusted, read like a link).
pub fn remembered_answers(
    link: &Answers,
    stored: &str,
    catalog: &Catalog,
    rules: &Rules,
) -> Option<Answers> {
    if !link.is_empty() {
        return None;
    }
    let remembered = decode(stored, catalog, rules).state.answers;
    (!remembered.is_empty()).then_some(remembered)
}

/// Reads the page's address: its query string, then its hash, since a link to one of the
/// crawlable page's view sections (`#sg-chooser`) opens that view.
pub fn decode_location(search: &str, hash: &str, catalog: &Catalog, rules: &Rules) -> Decoded {
    let mut decoded = decode(search, catalog, rules);
    if let Some(view) = View::from_anchor(hash) {
        decoded.state.view = view;
    }
    decoded
}

/// Writes a state as a query string (without `?`), in a fixed key order, leaving out defaults.
/// `decode(encode(s))` gives `s` back for any state `decode` can produce.
pub fn encode(state: &PageState, rules: &Rules) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    if state.view != View::default() {
        out.append_pair("view", state.view.key());
    }
    let e = &state.explore;
    if !e.text.is_empty() {
        out.append_pair("q", &e.text);
    }
    append_list(
        &mut out,
        "category",
        e.filters.categories.iter().map(String::as_str),
    );
    append_list(&mut out, "tag", e.filters.tags.iter().map(String::as_str));
    append_list(
        &mut out,
        "hosting",
        e.filters.hosting.iter().map(|h| h.key()),
    );
    append_list(
        &mut out,
        "license",
        e.filters.licenses.iter().map(|l| l.key()),
    );
    if let Some(sort) = e.sort {
        out.append_pair("sort", sort.key());
    }
    if let Some(tech) = state.tech {
        out.append_pair("tech", tech);
    }
    append_list(&mut out, "compare", state.compare.iter().copied());
    for q in rules.questions {
        if let Some(token) = state.answers.token(q.key) {
            out.append_pair(q.key, token);
        }
    }
    out.finish()
}

fn append_list<'a>(
    out: &mut form_urlencoded::Serializer<String>,
    key: &str,
    values: impl Iterator<Item = &'a str>,
) {
    let joined: Vec<&str> = values.collect();
    if !joined.is_empty() {
        out.append_pair(key, &joined.join(","));
    }
}

/// Replaces (typing, filtering) or pushes (opening a detail or a comparison) the page URL's query
/// string. The only function here that touches the browser.
pub fn write_to_history(query: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let Ok(pathname) = window.location().pathname() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    // A view's anchor (`#sg-chooser`) opened that view once; kept, it would reopen it later.
    let hash = if View::from_anchor(&hash).is_some() {
        String::new()
    } else {
        hash
    };
    let url = if query.is_empty() {
        format!("{pathname}{hash}")
    } else {
        format!("{pathname}?{query}{hash}")
    };
    let current = window.location().search().unwrap_or_default();
    if current.strip_prefix('?').unwrap_or(&current) == query {
        return;
    }
    let result = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
    if let Err(e) = result {
        leptos::logging::warn!("stackguide: could not update the URL: {e:?}");
    }
}
