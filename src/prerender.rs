//! The crawlable, readable version of the guide that `index.html` carries before the app mounts
//! (and for readers without JavaScript, and for search engines). Generated at build time from
//! the same catalog by `src/bin/prerender.rs`. Pure Rust: it returns strings.
//!
//! The markup mirrors the app's first render (same classes, same order, the same reserved heights
//! for controls), so replacing it with the app does not move the cards.

use crate::catalog::Catalog;
use crate::guides::{join, GuideLink, GuideSeries};
use std::fmt::Write;

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
        "{} technologies across {} areas of backend work: what each one is, what it is good at and when to pick something else. Search and filter them, compare a few side by side, or answer five questions and get a whole stack with the reasons behind every pick.",
        catalog.technologies.len(),
        catalog.categories.len()
    )
}

fn link_items(out: &mut String, links: &[GuideLink]) {
    for l in links {
        let _ = write!(
            out,
            "<li><a class=\"sg-guide-link\" href=\"{}\">{}</a></li>",
            escape(&l.href),
            escape(l.title)
        );
    }
}

fn guide_links(out: &mut String, links: &[GuideLink], label: &str) {
    if links.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<nav class=\"sg-guide-links\" aria-label=\"{label}\"><span class=\"sg-guide-links__label\">{label}: </span><ul class=\"sg-guide-links__list\">"
    );
    link_items(out, links);
    out.push_str("</ul></nav>");
}

/// The body of `#stackguide` before the app mounts.
pub fn fallback_html(catalog: &Catalog, series: &GuideSeries, base: &str) -> String {
    let mut out = String::new();
    out.push_str("<div class=\"sg-fallback\">");
    out.push_str("<header class=\"sg-header\"><div class=\"sg-header__bar\"><p class=\"sg-header__series\">A guide from the backend series</p></div>");
    let _ = write!(out, "<h1 class=\"sg-header__title\">{TITLE}</h1>");
    let _ = write!(
        out,
        "<p class=\"sg-header__lede\">{}</p>",
        escape(&lede(catalog))
    );
    out.push_str("<nav class=\"sg-nav\" aria-label=\"Sections\"><a href=\"#sg-explore\" class=\"sg-nav__link\">Explore</a><a href=\"#sg-chooser\" class=\"sg-nav__link\">Choose a stack</a><a href=\"#sg-other-guides\" class=\"sg-nav__link\">Other guides</a></nav>");
    toc(&mut out, catalog);
    out.push_str("</header><div class=\"sg-layout\"><main class=\"sg-main\">");
    out.push_str("<section class=\"sg-explore\" id=\"sg-explore\" aria-labelledby=\"sg-explore-title\"><h2 class=\"sg-section-title\" id=\"sg-explore-title\">Explore the catalog</h2>");
    out.push_str("<div class=\"sg-controls\"><p class=\"sg-fallback__note\">Search, filters, comparison and the stack chooser run in your browser with JavaScript. The whole catalog follows.</p></div>");
    out.push_str("<div class=\"sg-explore__body\"><div class=\"sg-facets sg-facets--placeholder\" aria-hidden=\"true\"></div><div class=\"sg-results\">");
    let _ = write!(
        out,
        "<p class=\"sg-result-count\">All {} technologies</p>",
        catalog.technologies.len()
    );
    // Like the app's grid, each category's header a full-width row before its cards; one grid
    // per category, each skipped by layout while off-screen (`sg-fallback__group`), so the
    // first paint does not lay out the whole catalog.
    for category in catalog.categories {
        out.push_str("<div class=\"sg-grid sg-fallback__group\">");
        let _ = write!(
            out,
            "<div class=\"sg-category\" id=\"sg-cat-{id}\"><h3 class=\"sg-category__title\">{name}</h3><p class=\"sg-category__intro\">{intro}</p>",
            id = category.id,
            name = escape(category.name),
            intro = escape(category.intro)
        );
        guide_links(&mut out, &series.links(category.guides, base), "Read next");
        out.push_str("</div>");
        for tech in catalog.in_category(category.id) {
            let _ = write!(
                out,
                "<article class=\"sg-card\" data-tech=\"{id}\"><h4 class=\"sg-card__title\"><span class=\"sg-card__open\">{name}</span></h4><p class=\"sg-card__category\">{cat}</p><p class=\"sg-card__summary\">{summary}</p><ul class=\"sg-card__best\" aria-label=\"Best for\">",
                id = tech.id,
                name = escape(tech.name),
                cat = escape(category.name),
                summary = escape(tech.summary)
            );
            for b in tech.best_for.iter().take(3) {
                let _ = write!(out, "<li class=\"sg-chip\">{}</li>", escape(b));
            }
            let _ = write!(
                out,
                "</ul><p class=\"sg-card__tags\"><span class=\"sg-visually-hidden\">Tags: </span>{}</p><div class=\"sg-card__actions\"></div></article>",
                escape(&catalog.tag_line(tech))
            );
        }
        out.push_str("</div>");
    }
    out.push_str("</div></div></section>");
    out.push_str("<section class=\"sg-chooser\" id=\"sg-chooser\" aria-labelledby=\"sg-chooser-title\"><h2 class=\"sg-section-title\" id=\"sg-chooser-title\">Choose a stack</h2><p class=\"sg-chooser__intro\">Five questions, one stack: a pick for every layer with the reasons behind it. The chooser needs JavaScript.</p></section>");
    out.push_str("</main>");
    other_guides(&mut out, series, base);
    out.push_str("</div></div>");
    out
}

fn toc(out: &mut String, catalog: &Catalog) {
    out.push_str("<nav class=\"sg-toc\" aria-label=\"Categories\"><ul class=\"sg-toc__list\">");
    for c in catalog.categories {
        let _ = write!(
            out,
            "<li><a href=\"#sg-cat-{}\">{}</a></li>",
            c.id,
            escape(c.name)
        );
    }
    out.push_str("</ul></nav>");
}

fn other_guides(out: &mut String, series: &GuideSeries, base: &str) {
    out.push_str("<aside class=\"sg-aside\" id=\"sg-other-guides\" aria-labelledby=\"sg-other-guides-title\"><details class=\"sg-other-guides\" open><summary class=\"sg-other-guides__summary\"><span class=\"sg-other-guides__title\" id=\"sg-other-guides-title\">Other Guides</span></summary><ul class=\"sg-other-guides__list\">");
    link_items(out, &series.others(base));
    out.push_str("</ul></details></aside>");
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
