//! What the build writes into `index.html` around the crawlable page: the page's meta tags and
//! the injection of the page itself, which the app's own components render
//! ([`crate::ui::fallback`], with the `ssr` feature). Pure Rust: it returns strings.

use crate::catalog::Catalog;
use crate::guides::{join, GuideSeries};

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub const TITLE: &str = "Backend technologies";

/// The page's lede, shared with the app so both render the same text.
pub fn lede(catalog: &Catalog) -> String {
    format!(
        "{} technologies across {} areas of backend work: what each is good at and when to pick something else. Compare a few side by side, or answer five questions for a whole stack with the reasons behind it.",
        catalog.technologies.len(),
        catalog.categories.len()
    )
}

/// Canonical and Open Graph tags for the page, from the guide series.
pub fn meta_tags(catalog: &Catalog, series: &GuideSeries, base: &str) -> String {
    let url = series
        .guide(series.current)
        .map_or_else(|| base.to_string(), |g| join(base, g.path));
    let title = "Backend technologies: an interactive guide";
    let description = format!(
        "{} backend technologies, from databases and brokers to CI/CD and observability: what each is for, its strengths, its trade-offs, and a stack chooser that explains every pick.",
        catalog.technologies.len()
    );
    format!(
        "<link rel=\"canonical\" href=\"{url}\">\n  <meta property=\"og:type\" content=\"website\">\n  <meta property=\"og:title\" content=\"{title}\">\n  <meta property=\"og:description\" content=\"{desc}\">\n  <meta property=\"og:url\" content=\"{url}\">\n  <meta name=\"twitter:card\" content=\"summary\">",
        url = escape(&url),
        title = escape(title),
        desc = escape(&description)
    )
}

/// Puts the fallback inside `<div id="stackguide" …></div>` and the meta tags at the
/// `<!-- stackguide:meta -->` marker. Fails when the page lacks either, rather than ship a page
/// without its content.
pub fn inject(index_html: &str, fallback: &str, meta: &str) -> Result<String, String> {
    let marker = "<!-- stackguide:meta -->";
    if !index_html.contains(marker) {
        return Err(format!("index.html has no {marker} marker"));
    }
    let open = "<div id=\"stackguide\" class=\"sg-root\" data-sg-page>";
    let start = index_html
        .find(open)
        .ok_or("index.html has no <div id=\"stackguide\" class=\"sg-root\" data-sg-page>")?;
    let after_open = start + open.len();
    let close = index_html[after_open..]
        .find("</div>")
        .ok_or("the #stackguide div is not closed")?;
    if close != 0 {
        return Err("the #stackguide div already has content".into());
    }
    let mut out = String::with_capacity(index_html.len() + fallback.len() + meta.len());
    out.push_str(&index_html[..after_open]);
    out.push_str(fallback);
    out.push_str(&index_html[after_open + close..]);
    Ok(out.replacen(marker, meta, 1))
}
