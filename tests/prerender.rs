//! The crawlable fallback written into index.html at build time.

use stackguide::catalog::Catalog;
use stackguide::guides::{default_base_url, GuideSeries};
use stackguide::prerender::{escape, inject, meta_tags};
use stackguide::ui::fallback::fallback_html;

#[test]
fn escaping_covers_markup_and_quotes() {
    assert_eq!(
        escape(r#"<a href="x">&'"#),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    );
    assert_eq!(escape("C# & .NET"), "C# &amp; .NET");
}

/// Text as it stands in HTML text content.
fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn the_fallback_holds_every_category_item_and_guide() {
    let catalog = Catalog::builtin();
    let series = GuideSeries::builtin();
    let html = fallback_html(default_base_url());
    assert!(
        !html.contains("<button"),
        "no control that would do nothing without the app"
    );
    for c in catalog.categories {
        assert!(html.contains(&text(c.name)), "category {}", c.id);
        assert!(html.contains(&text(c.intro)), "intro of {}", c.id);
        assert!(html.contains(&format!("id=\"sg-cat-{}\"", c.id)));
    }
    for t in catalog.technologies {
        assert!(
            html.contains(&format!("data-tech=\"{}\"", t.id)),
            "card {}",
            t.id
        );
        assert!(
            html.contains(&text(t.name)) && html.contains(&text(t.summary)),
            "{}",
            t.id
        );
    }
    for g in series.others(default_base_url()) {
        assert!(
            html.contains(&text(g.title)) && html.contains(&g.href),
            "guide {}",
            g.id
        );
    }
    assert!(
        !html.contains("https://roadmap.sh/backend/technologies\""),
        "never a link to this page"
    );
    assert!(!html.contains("<script"), "no script in the fallback");
}

#[test]
fn meta_tags_point_at_the_guide_itself() {
    let meta = meta_tags(
        Catalog::builtin(),
        &GuideSeries::builtin(),
        "https://example.org/docs/",
    );
    assert!(meta.contains(
        "<link rel=\"canonical\" href=\"https://example.org/docs/backend/technologies\">"
    ));
    assert!(
        meta.contains("og:title") && meta.contains("og:description") && meta.contains("og:url")
    );
}

#[test]
fn injection_fills_the_root_and_the_meta_marker_once() {
    let page = "<head><!-- stackguide:meta --></head><body><div id=\"stackguide\" class=\"sg-root\" data-sg-page></div></body>";
    let out = inject(page, "<p>guide</p>", "<meta name=x>").unwrap();
    assert_eq!(out, "<head><meta name=x></head><body><div id=\"stackguide\" class=\"sg-root\" data-sg-page><p>guide</p></div></body>");
    assert!(
        inject(&out, "<p>again</p>", "").is_err(),
        "a filled page is refused"
    );
    assert!(inject("<body></body>", "", "").is_err());
    assert!(inject("<!-- stackguide:meta --><body></body>", "", "").is_err());
}
