//! The URL codec: round trips, malformed input ignored one key at a time, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stackguide::catalog::facets::Sort;
use stackguide::catalog::{Catalog, Hosting, License};
use stackguide::chooser::Rules;
use stackguide::url_state::{decode, encode, PageState, View};

fn dec(q: &str) -> stackguide::url_state::Decoded {
    decode(q, Catalog::builtin(), Rules::builtin())
}

#[test]
fn a_full_state_round_trips() {
    let d = dec("?view=chooser&q=post+gres%20%C3%A9&category=databases,databases/relational&tag=open-source&hosting=managed,serverless&license=open-source&sort=name&tech=redis&compare=redis,memcached&product=chat&team=go&scale=growth&ops=serverless&cloud=gcp");
    assert_eq!(d.ignored, Vec::<String>::new());
    let s = &d.state;
    assert_eq!(s.view, View::Chooser);
    assert_eq!(s.explore.text, "post gres é");
    assert!(s
        .explore
        .filters
        .categories
        .contains("databases/relational"));
    assert!(s.explore.filters.hosting.contains(&Hosting::Serverless));
    assert!(s.explore.filters.licenses.contains(&License::OpenSource));
    assert_eq!(s.explore.sort, Some(Sort::Name));
    assert_eq!(s.tech, Some("redis"));
    assert_eq!(s.compare, ["redis", "memcached"]);
    assert_eq!(s.answers.get("team"), Some("go"));
    let again = dec(&encode(s, Rules::builtin()));
    assert_eq!(&again.state, s);
    assert!(again.ignored.is_empty());
}

#[test]
fn the_default_state_is_the_empty_query() {
    assert_eq!(encode(&PageState::default(), Rules::builtin()), "");
    assert_eq!(dec("").state, PageState::default());
    assert_eq!(dec("?").state, PageState::default());
}

#[test]
fn bad_values_are_ignored_one_by_one_and_the_rest_applies() {
    let d = dec("q=redis&category=nope,caching&tag=fast&hosting=cloud9&license=gpl&sort=random&tech=memcache&compare=redis,nope,kafka&product=spaceship&team=go&view=grid&utm_source=x");
    let s = &d.state;
    assert_eq!(s.explore.text, "redis");
    assert_eq!(
        s.explore.filters.categories.iter().collect::<Vec<_>>(),
        ["caching"]
    );
    assert!(s.explore.filters.tags.is_empty() && s.explore.filters.hosting.is_empty());
    assert_eq!(s.explore.sort, None);
    assert_eq!(s.tech, None);
    assert_eq!(s.compare, ["redis", "kafka"]);
    assert_eq!(s.answers.get("product"), None);
    assert_eq!(s.answers.get("team"), Some("go"));
    assert_eq!(s.view, View::Explore);
    assert_eq!(d.ignored.len(), 10, "{:#?}", d.ignored);
    assert!(d
        .ignored
        .iter()
        .any(|m| m.contains("unknown setting \"utm_source\"")));
}

#[test]
fn not_sure_survives_a_link_and_old_answer_keys_are_read_and_noted() {
    let d = dec("product=saas&scale=not-sure&ops=managed");
    let s = &d.state;
    assert!(
        s.answers.is_not_sure("scale"),
        "a shared link keeps \"Not sure\""
    );
    assert_eq!(
        s.answers.get("ops"),
        Some("serverless"),
        "ops=managed is read as serverless"
    );
    assert_eq!(d.ignored.len(), 1, "{:?}", d.ignored);
    assert!(d.ignored[0].contains("\"managed\" is now called \"serverless\""));
    let link = encode(s, Rules::builtin());
    assert!(
        link.contains("scale=not-sure") && link.contains("ops=serverless"),
        "{link}"
    );
}

#[test]
fn each_view_has_a_key_and_an_unknown_view_is_named() {
    for view in View::ALL {
        let s = PageState {
            view,
            ..PageState::default()
        };
        let link = encode(&s, Rules::builtin());
        assert_eq!(dec(&link).state.view, view, "{link}");
    }
    assert_eq!(dec("view=guides").state.view, View::Guides);
    for view in View::ALL {
        assert_eq!(
            View::from_anchor(&format!("#{}", view.anchor())),
            Some(view)
        );
    }
    assert_eq!(View::from_anchor("#sg-cat-caching"), None);
    assert_eq!(View::from_anchor(""), None);
    let d = dec("view=grid");
    assert_eq!(d.state.view, View::Explore);
    assert_eq!(
        d.ignored,
        ["view \"grid\" is not explore, chooser or guides"]
    );
}

#[test]
fn a_link_carries_only_the_state_of_its_view() {
    let everything = dec(
        "q=loki&tag=open-source&compare=redis,kafka&tech=redis&product=saas&team=go&scale=growth",
    )
    .state;
    let rules = Rules::builtin();
    let on = |view| {
        encode(
            &PageState {
                view,
                ..everything.clone()
            }
            .for_view(),
            rules,
        )
    };
    // Explore: the catalog's state, no chooser answers.
    assert_eq!(
        on(View::Explore),
        "q=loki&tag=open-source&tech=redis&compare=redis%2Ckafka"
    );
    // The chooser: its answers, no search or filters; an open detail or comparison is an
    // overlay any view's link carries.
    assert_eq!(
        on(View::Chooser),
        "view=chooser&tech=redis&compare=redis%2Ckafka&product=saas&team=go&scale=growth"
    );
    assert_eq!(
        on(View::Guides),
        "view=guides&tech=redis&compare=redis%2Ckafka"
    );
}

#[test]
fn on_every_view_opening_a_detail_or_a_comparison_changes_the_link() {
    let rules = Rules::builtin();
    let base = dec("q=loki&product=saas").state;
    for view in View::ALL {
        let plain = PageState {
            view,
            ..base.clone()
        };
        let link = |s: &PageState| encode(&s.for_view(), rules);
        let detail = PageState {
            tech: Some("redis"),
            ..plain.clone()
        };
        let compare = PageState {
            compare: vec!["redis", "kafka"],
            ..plain.clone()
        };
        // Back from an overlay must find an entry without it: the links differ.
        assert_ne!(link(&plain), link(&detail), "{view:?}: detail");
        assert_ne!(link(&plain), link(&compare), "{view:?}: compare");
        // Following the overlay's link from the plain state opens it, and the view stays.
        let followed = plain.followed_by(dec(&link(&detail)).state);
        assert_eq!((followed.view, followed.tech), (view, Some("redis")));
        let closed = detail.followed_by(dec(&link(&plain)).state);
        assert_eq!(closed.tech, None, "{view:?}: Back closes the detail");
    }
}

#[test]
fn following_a_link_keeps_what_its_view_does_not_carry() {
    let here = dec("q=loki&product=saas&team=go&scale=growth").state;
    // A catalog link changes the search and keeps the reader's answers.
    let explore = here.followed_by(dec("q=redis").state);
    assert_eq!(explore.explore.text, "redis");
    assert_eq!(explore.answers, here.answers);
    // A chooser link changes the answers and keeps the search.
    let chooser = here.followed_by(dec("view=chooser&product=chat").state);
    assert_eq!(chooser.view, View::Chooser);
    assert_eq!(chooser.explore.text, "loki");
    assert_eq!(chooser.answers.get("product"), Some("chat"));
    assert_eq!(chooser.answers.get("team"), None);
    // The guides keep the search and the answers; an open detail closes (their link has none).
    let opened = PageState {
        tech: Some("redis"),
        ..here.clone()
    };
    let guides = opened.followed_by(dec("view=guides").state);
    assert_eq!(
        guides,
        PageState {
            view: View::Guides,
            ..here.clone()
        }
    );
}

#[test]
fn compare_keeps_at_most_four_distinct_items() {
    let d = dec("compare=redis,redis,kafka,git,docker,mysql");
    assert_eq!(d.state.compare, ["redis", "kafka", "git", "docker"]);
    assert_eq!(d.ignored.len(), 1);
}

#[test]
fn long_or_odd_text_is_bounded_and_survives() {
    let long = "a".repeat(5000);
    assert_eq!(dec(&format!("q={long}")).state.explore.text.len(), 200);
    let d = dec("q=%FF%FE%00<script>&tech=%E2%82%AC");
    assert!(d.state.explore.text.contains("<script>"));
    assert_eq!(d.state.tech, None);
}

proptest! {
    #[test]
    fn arbitrary_query_strings_never_panic(s in ".{0,300}") {
        let d = dec(&s);
        // Whatever was kept encodes and decodes to itself.
        let again = dec(&encode(&d.state, Rules::builtin()));
        prop_assert_eq!(again.state, d.state);
    }

    #[test]
    fn arbitrary_key_value_soup_never_panics(pairs in proptest::collection::vec(("(q|tag|category|compare|tech|sort|view|team|x)", "[a-z,/%-]{0,20}"), 0..12)) {
        let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let d = dec(&q.join("&"));
        let again = dec(&encode(&d.state, Rules::builtin()));
        prop_assert_eq!(again.state, d.state);
    }
}
