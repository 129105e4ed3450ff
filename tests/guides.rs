//! Guide links: base URL joining, the "Other Guides" list and links in context.

use stackguide::catalog::Catalog;
use stackguide::guides::{choose_base_url, default_base_url, join, GuideSeries};

#[test]
fn joining_a_base_url_and_a_path() {
    let cases = [
        (
            "https://roadmap.sh",
            "/backend/languages",
            "https://roadmap.sh/backend/languages",
        ),
        (
            "https://roadmap.sh/",
            "/backend/languages",
            "https://roadmap.sh/backend/languages",
        ),
        (
            "https://roadmap.sh//",
            "/questions/backend",
            "https://roadmap.sh/questions/backend",
        ),
        (
            "https://example.org/docs",
            "/backend/x",
            "https://example.org/docs/backend/x",
        ),
        (
            "https://example.org/docs/",
            "/backend/x",
            "https://example.org/docs/backend/x",
        ),
        (
            " https://example.org ",
            "backend/x",
            "https://example.org/backend/x",
        ),
        ("https://example.org", "", "https://example.org"),
    ];
    for (base, path, expected) in cases {
        assert_eq!(join(base, path), expected, "join({base:?}, {path:?})");
    }
}

#[test]
fn other_guides_are_the_seven_of_the_seed_with_their_titles() {
    let series = GuideSeries::builtin();
    let others = series.others(default_base_url());
    let expected = [
        (
            "The Best Backend Development Languages to Master",
            "https://roadmap.sh/backend/languages",
        ),
        (
            "Top Backend Frameworks: Pro Advice",
            "https://roadmap.sh/backend/frameworks",
        ),
        (
            "8 In-Demand Backend Developer Skills to Master",
            "https://roadmap.sh/backend/developer-skills",
        ),
        (
            "50 Popular Backend Developer Interview Questions and Answers",
            "https://roadmap.sh/questions/backend",
        ),
        (
            "Essential Backend Development Tools",
            "https://roadmap.sh/backend/developer-tools",
        ),
        (
            "20 Backend Project Ideas to take you from Beginner to Pro",
            "https://roadmap.sh/backend/project-ideas",
        ),
        (
            "Backend Developer Job Description Template",
            "https://roadmap.sh/backend/job-description",
        ),
    ];
    let got: Vec<(&str, &str)> = others.iter().map(|l| (l.title, l.href.as_str())).collect();
    assert_eq!(got, expected);
}

#[test]
fn no_link_points_at_the_current_page() {
    let series = GuideSeries::builtin();
    let current = series
        .guide(series.current)
        .expect("the current guide is in the series");
    let here = join(default_base_url(), current.path);
    assert!(series
        .others(default_base_url())
        .iter()
        .all(|l| l.href != here));
    let links = series.links(
        &[series.current, "backend-languages", "backend-languages"],
        "https://x.org",
    );
    assert_eq!(
        links.len(),
        1,
        "the current guide and duplicates are dropped"
    );
    assert_eq!(links[0].href, "https://x.org/backend/languages");
}

#[test]
fn every_category_and_item_that_names_a_guide_gets_a_valid_link() {
    let catalog = Catalog::builtin();
    let series = GuideSeries::builtin();
    let base = default_base_url();
    for category in catalog.categories {
        let links = series.links(category.guides, base);
        assert_eq!(
            links.len(),
            category.guides.len(),
            "category {}",
            category.id
        );
    }
    for tech in catalog.technologies {
        let links = series.links(tech.guides, base);
        assert_eq!(links.len(), tech.guides.len(), "item {}", tech.id);
        assert!(links
            .iter()
            .all(|l| l.href.starts_with("https://roadmap.sh/")));
    }
    let languages = catalog.category("languages").unwrap();
    assert!(series
        .links(languages.guides, base)
        .iter()
        .any(|l| l.id == "backend-languages"));
}

#[test]
fn unknown_guide_ids_are_skipped() {
    let series = GuideSeries::builtin();
    assert!(series
        .links(&["no-such-guide"], default_base_url())
        .is_empty());
}

#[test]
fn a_configured_base_url_is_used_only_when_it_is_plain_https() {
    assert_eq!(
        choose_base_url(None),
        ("https://roadmap.sh".to_string(), None)
    );
    assert_eq!(choose_base_url(Some("  ")).0, "https://roadmap.sh");
    assert_eq!(
        choose_base_url(Some("https://example.org/docs/")),
        ("https://example.org/docs".to_string(), None)
    );
    for bad in [
        "http://example.org",
        "javascript:alert(1)",
        "https://exa mple.org",
        "https://x.org/?a=b",
        "https://x.org/\"><script>",
        "/relative",
    ] {
        let (base, refused) = choose_base_url(Some(bad));
        assert_eq!(base, "https://roadmap.sh", "{bad:?} must fall back");
        assert!(
            refused.is_some_and(|why| why.contains("not an https")),
            "{bad:?} must be explained"
        );
    }
}
