//! The guide series: resolving guide ids to links against a base URL. Pure Rust.
//!
//! Two rules a reader relies on: every link is absolute and built the same way, and a link never
//! points at the page the reader is on (roadmap.sh's own related list has that bug).

/// One guide of the series, as listed in `data/guides.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guide {
    pub id: &'static str,
    /// The guide's exact title.
    pub title: &'static str,
    /// Path below the base URL, starting with `/`.
    pub path: &'static str,
}

/// The series from `data/guides.json`, written by `build.rs`.
mod generated {
    use super::Guide;
    include!(concat!(env!("OUT_DIR"), "/guides.rs"));
}

/// A guide ready to render: its title and the absolute URL to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideLink {
    pub id: &'static str,
    pub title: &'static str,
    pub href: String,
}

/// Joins a base URL (with or without a trailing slash, possibly with a sub-path) and a path
/// starting with `/`: `join("https://example.org/docs/", "/backend/languages")` is
/// `https://example.org/docs/backend/languages`.
pub fn join(base: &str, path: &str) -> String {
    let base = base.trim().trim_end_matches('/');
    let path = path.trim();
    if path.is_empty() {
        return base.to_string();
    }
    format!("{base}/{}", path.trim_start_matches('/'))
}

/// The guide series with the base URL links are resolved against.
#[derive(Debug, Clone, Copy)]
pub struct GuideSeries {
    pub guides: &'static [Guide],
    /// The id of the guide the reader is on: never linked.
    pub current: &'static str,
}

impl GuideSeries {
    /// The series compiled from `data/guides.json`.
    pub fn builtin() -> GuideSeries {
        GuideSeries {
            guides: generated::GUIDES,
            current: generated::CURRENT_GUIDE,
        }
    }

    pub fn guide(&self, id: &str) -> Option<&'static Guide> {
        self.guides.iter().find(|g| g.id == id)
    }

    /// Every guide except the current one, in series order: the "Other Guides" list.
    pub fn others(&self, base: &str) -> Vec<GuideLink> {
        self.guides
            .iter()
            .filter(|g| g.id != self.current)
            .map(|g| link(g, base))
            .collect()
    }

    /// Links for a list of guide ids (from a category or an item), skipping unknown ids, the
    /// current guide and duplicates.
    pub fn links(&self, ids: &[&str], base: &str) -> Vec<GuideLink> {
        let mut out: Vec<GuideLink> = Vec::new();
        for id in ids {
            if *id == self.current || out.iter().any(|l| l.id == *id) {
                continue;
            }
            if let Some(guide) = self.guide(id) {
                out.push(link(guide, base));
            }
        }
        out
    }
}

fn link(guide: &'static Guide, base: &str) -> GuideLink {
    GuideLink {
        id: guide.id,
        title: guide.title,
        href: join(base, guide.path),
    }
}

/// The base URL used when none is configured.
pub fn default_base_url() -> &'static str {
    generated::GUIDE_BASE_URL
}

/// The base URL to resolve guide links against: `configured` (e.g. a `data-guide-base`
/// attribute) when it is a plain `https://` URL, else the default. The second value says why a
/// configured value was refused, for a console warning.
pub fn choose_base_url(configured: Option<&str>) -> (String, Option<String>) {
    let default = default_base_url().to_string();
    match configured.map(str::trim) {
        None | Some("") => (default, None),
        Some(url) if is_plain_https(url) => (url.trim_end_matches('/').to_string(), None),
        Some(url) => (
            default,
            Some(format!(
                "guide base URL \"{url}\" is not an https:// URL; using {}",
                default_base_url()
            )),
        ),
    }
}

/// `url` for as long as the program runs: each distinct base URL is kept once (the guides of a
/// page name a few at most), so that links can borrow it like the built-in one.
pub fn kept_base_url(url: &str) -> &'static str {
    thread_local! {
        static KEPT: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some(found) = kept.iter().find(|k| **k == url) {
            return *found;
        }
        let leaked: &'static str = Box::leak(url.to_string().into_boxed_str());
        kept.push(leaked);
        leaked
    })
}

/// `https://host[/path]` with no query, fragment, spaces, quotes or angle brackets.
fn is_plain_https(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split('/').next().unwrap_or("");
    !host.is_empty()
        && host.contains('.')
        && !url
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '?' | '#' | '\\'))
}
