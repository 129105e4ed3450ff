//! The rules the components follow, kept pure: grouping results by category, paging a search,
//! the result count, the comparison's selection, where a category link leads, a link's address.

use stackguide::catalog::compare::{
    can_open, is_full, toggle, tray_line, MAX_COMPARE, MIN_COMPARE,
};
use stackguide::catalog::facets::{count_line, ExploreQuery, Paging, Sort, SEARCH_PAGE};
use stackguide::catalog::{Catalog, Grouped};
use stackguide::chooser::Rules;
use stackguide::navigation::{
    anchor_suffices, beside_the_wasm, category_target, with_query, CategoryTarget,
};
use stackguide::url_state::{decode_location, View};

fn index_of(catalog: &Catalog, id: &str) -> usize {
    catalog
        .technologies
        .iter()
        .position(|t| t.id == id)
        .unwrap_or_else(|| panic!("{id} is in the catalog"))
}

fn category_index(catalog: &Catalog, id: &str) -> usize {
    catalog.categories.iter().position(|c| c.id == id).unwrap()
}

#[test]
fn each_category_is_headed_once_before_its_first_item() {
    let catalog = Catalog::builtin();
    let pg = index_of(catalog, "postgresql");
    let kafka = index_of(catalog, "kafka");
    let mysql = index_of(catalog, "mysql");
    let (db, cat_kafka) = (
        category_index(catalog, catalog.technologies[pg].category),
        category_index(catalog, catalog.technologies[kafka].category),
    );
    assert_ne!(db, cat_kafka);
    // A ranked search interleaves categories: PostgreSQL's is headed once, before it.
    assert_eq!(
        catalog.grouped(&[pg, kafka, mysql]),
        vec![
            Grouped::Category(db),
            Grouped::Item(pg),
            Grouped::Category(cat_kafka),
            Grouped::Item(kafka),
            Grouped::Item(mysql),
        ]
    );
    assert!(catalog.grouped(&[]).is_empty());
}

#[test]
fn the_whole_catalog_grouped_has_every_category_once_and_every_item() {
    let catalog = Catalog::builtin();
    let all: Vec<usize> = (0..catalog.technologies.len()).collect();
    let grouped = catalog.grouped(&all);
    let headers: Vec<usize> = grouped
        .iter()
        .filter_map(|g| match g {
            Grouped::Category(c) => Some(*c),
            Grouped::Item(_) => None,
        })
        .collect();
    // The catalog is in category order: every category headed once, in order.
    assert_eq!(headers, (0..catalog.categories.len()).collect::<Vec<_>>());
    assert_eq!(grouped.len(), all.len() + catalog.categories.len());
}

#[test]
fn show_more_adds_a_page_and_another_query_starts_again() {
    let total = 1_000;
    let search = ExploreQuery {
        text: "se".into(),
        ..Default::default()
    };
    let mut paging = Paging::default();
    assert_eq!(paging.limit(&search, total), SEARCH_PAGE);
    assert_eq!(paging.next_page(&search, total, 30), 30 - SEARCH_PAGE);
    assert_eq!(paging.show_more(&search, total), SEARCH_PAGE);
    assert_eq!(paging.limit(&search, total), 2 * SEARCH_PAGE);
    assert_eq!(paging.remaining(&search, total, 30), 0);
    assert_eq!(paging.remaining(&search, total, 100), 100 - 2 * SEARCH_PAGE);
    let other = ExploreQuery {
        text: "sq".into(),
        ..Default::default()
    };
    assert_eq!(paging.limit(&other, total), SEARCH_PAGE);
    // Coming back to the query last paged keeps its pages.
    assert_eq!(paging.limit(&search, total), 2 * SEARCH_PAGE);
    // Browsing a catalog of a readable size shows all of it.
    assert_eq!(Paging::default().limit(&ExploreQuery::default(), 193), 193);
}

#[test]
fn results_are_grouped_only_in_category_order() {
    assert!(ExploreQuery::default().is_grouped());
    let search = ExploreQuery {
        text: "queue".into(),
        ..Default::default()
    };
    assert!(!search.is_grouped());
    assert!(ExploreQuery {
        sort: Some(Sort::Category),
        ..search.clone()
    }
    .is_grouped());
    assert!(search.narrows() && !ExploreQuery::default().narrows());
    // A filter alone narrows too.
    let mut filtered = ExploreQuery::default();
    filtered.filters.categories.insert("databases".into());
    assert!(filtered.narrows() && !filtered.is_searching());
    // By name, without a search: not grouped.
    assert!(!ExploreQuery {
        sort: Some(Sort::Name),
        ..Default::default()
    }
    .is_grouped());
    // Relevance is offered only to a search.
    assert!(!ExploreQuery::default().offers(Sort::Relevance));
    assert!(search.offers(Sort::Relevance) && ExploreQuery::default().offers(Sort::Name));
}

#[test]
fn the_count_line_says_all_or_how_many_match() {
    assert_eq!(count_line(193, 193, false), "All 193 technologies");
    assert_eq!(count_line(1, 193, true), "1 technology matches");
    assert_eq!(count_line(12, 193, true), "12 of 193 technologies match");
}

#[test]
fn a_selection_opens_from_two_and_holds_four() {
    assert_eq!((MIN_COMPARE, MAX_COMPARE), (2, 4));
    let mut picked: Vec<&'static str> = Vec::new();
    assert!(toggle(&mut picked, "kafka") && !can_open(&picked));
    assert!(toggle(&mut picked, "rabbitmq") && can_open(&picked));
    assert!(toggle(&mut picked, "nats") && toggle(&mut picked, "redis"));
    assert!(is_full(&picked));
    assert!(!toggle(&mut picked, "mysql"), "a fifth item is refused");
    assert_eq!(picked, ["kafka", "rabbitmq", "nats", "redis"]);
    assert!(
        toggle(&mut picked, "rabbitmq"),
        "a picked item is taken out"
    );
    assert_eq!(picked, ["kafka", "nats", "redis"]);
    assert!(!is_full(&picked));
}

#[test]
fn a_link_carries_an_open_comparison_and_following_one_opens_it() {
    use stackguide::catalog::compare::{carried, followed};
    let picked = vec!["kafka", "nats"];
    assert_eq!(carried(&picked, true), picked);
    assert!(
        carried(&picked, false).is_empty(),
        "a selection being made is not shared"
    );
    assert_eq!(
        followed(vec!["redis"], picked.clone()),
        (picked.clone(), true)
    );
    assert_eq!(
        followed(picked.clone(), vec!["redis"]),
        (vec!["redis"], false)
    );
    assert_eq!(followed(picked.clone(), vec![]), (picked, false));
}

#[test]
fn the_phone_filters_close_on_how_many_results_they_show() {
    use stackguide::catalog::facets::show_results_line;
    assert_eq!(show_results_line(1), "Show 1 result");
    assert_eq!(show_results_line(0), "Show 0 results");
    assert_eq!(show_results_line(12), "Show 12 results");
}

#[test]
fn the_skip_link_goes_to_the_results_or_the_views_section() {
    assert_eq!(View::Explore.skip_anchor(), "#sg-results");
    assert_eq!(
        View::Chooser.skip_anchor(),
        format!("#{}", View::Chooser.anchor())
    );
}

#[test]
fn the_tray_says_how_many_more_to_pick() {
    assert_eq!(tray_line(1), "1 picked: pick one more to compare");
    assert_eq!(tray_line(2), "2 picked for comparison (up to 4)");
    assert_eq!(tray_line(4), "4 picked for comparison (up to 4)");
}

#[test]
fn a_category_link_lets_the_browser_jump_only_over_the_whole_catalog() {
    assert!(anchor_suffices(View::Explore, true, false));
    assert!(
        !anchor_suffices(View::Explore, true, true),
        "embedded: a shadow root"
    );
    assert!(
        !anchor_suffices(View::Explore, false, false),
        "a query hides the catalog"
    );
    assert!(!anchor_suffices(View::Chooser, true, false));
}

#[test]
fn a_category_link_goes_to_the_results_or_clears_the_query() {
    assert_eq!(category_target(false, true), CategoryTarget::InResults);
    assert_eq!(
        category_target(false, false),
        CategoryTarget::InCatalog { clear_query: true }
    );
    assert_eq!(
        category_target(true, true),
        CategoryTarget::InCatalog { clear_query: false }
    );
}

#[test]
fn a_link_is_the_page_with_its_query() {
    assert_eq!(with_query("https://x.dev/g", "q=a"), "https://x.dev/g?q=a");
    assert_eq!(with_query("https://x.dev/g", ""), "https://x.dev/g");
    assert_eq!(with_query("", "q=a"), "?q=a");
    assert_eq!(with_query("", ""), "?");
}

#[test]
fn a_view_section_in_the_address_opens_that_view() {
    let (catalog, rules) = (Catalog::builtin(), Rules::builtin());
    assert_eq!(
        decode_location("", "#sg-chooser", catalog, rules)
            .state
            .view,
        View::Chooser
    );
    assert_eq!(
        decode_location("?view=guides", "", catalog, rules)
            .state
            .view,
        View::Guides
    );
    // The section wins over the query's view; an unknown hash changes nothing.
    assert_eq!(
        decode_location("?view=guides", "#sg-explore", catalog, rules)
            .state
            .view,
        View::Explore
    );
    assert_eq!(
        decode_location("?view=guides", "#sg-cat-databases", catalog, rules)
            .state
            .view,
        View::Guides
    );
}

#[test]
fn remembered_answers_apply_only_when_the_link_has_none() {
    use stackguide::url_state::{decode, encode_answers, remembered_answers};
    let (catalog, rules) = (Catalog::builtin(), Rules::builtin());
    let answers = decode("product=saas&team=go&scale=growth", catalog, rules)
        .state
        .answers;
    assert!(!answers.is_empty());
    let stored = encode_answers(&answers, rules);
    assert_eq!(stored, "product=saas&team=go&scale=growth");
    let none = decode("", catalog, rules).state.answers;
    assert_eq!(
        remembered_answers(&none, &stored, catalog, rules),
        Some(answers.clone())
    );
    // A link with answers of its own keeps them.
    let link = decode("product=saas", catalog, rules).state.answers;
    assert_eq!(remembered_answers(&link, &stored, catalog, rules), None);
    // Stored text is untrusted: what does not decode is dropped.
    assert_eq!(
        remembered_answers(&none, "product=spaceship&<x>", catalog, rules),
        None
    );
}

#[test]
fn a_file_of_the_build_is_at_the_root_or_in_the_embedded_guides_folder() {
    assert_eq!(beside_the_wasm(None, "d.txt"), "/d.txt");
    assert_eq!(
        beside_the_wasm(Some("https://guide.dev/backend/"), "d.txt"),
        "https://guide.dev/backend/d.txt"
    );
    assert_eq!(
        beside_the_wasm(Some("https://guide.dev/backend/index.html"), "d.txt"),
        "https://guide.dev/backend/d.txt"
    );
}
