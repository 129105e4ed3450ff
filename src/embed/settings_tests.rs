//! Tests of `settings`: each attribute read on its own, and arbitrary values (a property test).

use super::*;
use crate::catalog::Catalog;
use crate::chooser::Rules;
use crate::url_state::View;

// proptest builds natively only (its randomness does not build for wasm32).
#[cfg(not(target_arch = "wasm32"))]
use proptest::prelude::*;

fn read(attributes: Attributes) -> Settings {
    settings(&attributes, Catalog::builtin(), Rules::builtin())
}

fn with_state(state: &str) -> Attributes<'_> {
    Attributes {
        state: Some(state),
        ..Attributes::default()
    }
}

#[test]
fn no_attributes_open_the_whole_guide_one_screen_tall_following_the_page() {
    let s = read(Attributes::default());
    assert_eq!(s.layout, Layout::Full);
    assert_eq!(s.theme, Theme::Auto);
    assert_eq!(s.height, Height::Default);
    assert_eq!((s.guides_base, s.new_tab), (None, false));
    assert!(s.ignored.is_empty());
}

#[test]
fn a_view_attribute_opens_that_view_over_the_state() {
    let s = read(Attributes {
        view: Some("chooser"),
        ..with_state("product=chat")
    });
    assert_eq!(s.state.view, View::Chooser);
    assert_eq!(s.state.answers.get("product"), Some("chat"));
    assert!(s.ignored.is_empty());
    // A wrong view falls back to the state's own, and is named.
    let s = read(Attributes {
        view: Some("cards"),
        ..with_state("view=guides")
    });
    assert_eq!(s.state.view, View::Guides);
    assert_eq!(s.ignored.len(), 1);
    assert!(
        s.ignored[0].starts_with("view \"cards\""),
        "{:?}",
        s.ignored
    );
}

#[test]
fn a_card_view_shows_the_card_its_tech_or_its_state_names() {
    let card = |tech, state| {
        read(Attributes {
            view: Some("card"),
            tech,
            state,
            ..Attributes::default()
        })
    };
    let s = card(Some("kafka"), None);
    assert_eq!((s.layout, s.ignored.len()), (Layout::Card("kafka"), 0));
    assert_eq!(card(None, Some("tech=redis")).layout, Layout::Card("redis"));
    // The attribute wins over the state.
    assert_eq!(
        card(Some("kafka"), Some("tech=redis")).layout,
        Layout::Card("kafka")
    );
    for (tech, state) in [(Some("kafkaa"), None), (None, None), (Some(""), None)] {
        let s = card(tech, state);
        assert_eq!(s.layout, Layout::Full, "{tech:?}");
        assert!(s.ignored[0].starts_with("view \"card\""), "{:?}", s.ignored);
    }
}

#[test]
fn a_detail_or_a_comparison_is_not_opened_over_the_host_page() {
    let s = read(with_state("tech=kafka&compare=redis,postgresql&q=kafka"));
    assert_eq!(s.state.tech, None);
    assert!(s.state.compare.is_empty());
    assert_eq!(s.state.explore.text, "kafka");
    assert_eq!(s.layout, Layout::Full);
    assert_eq!(s.ignored.len(), 2, "{:?}", s.ignored);
    assert!(s.ignored[0].starts_with("compare:"), "{:?}", s.ignored);
    assert!(
        s.ignored[1].contains("view=\"card\" tech=\"kafka\""),
        "{:?}",
        s.ignored
    );
    // A tech without view="card" is named too.
    let s = read(Attributes {
        tech: Some("kafka"),
        ..Attributes::default()
    });
    assert_eq!((s.layout, s.ignored.len()), (Layout::Full, 1));
}

#[test]
fn compact_shows_the_search_and_names_a_view_it_cannot_show() {
    let compact = |value, state| {
        read(Attributes {
            compact: Some(value),
            state: Some(state),
            ..Attributes::default()
        })
    };
    for value in ["", "true", "compact"] {
        let s = compact(value, "q=queue");
        assert_eq!(
            (s.layout, s.ignored.len()),
            (Layout::Compact, 0),
            "{value:?}"
        );
        assert_eq!(s.state.explore.text, "queue");
    }
    assert_eq!(compact("false", "").layout, Layout::Full);
    let s = compact("yes please", "");
    assert_eq!((s.layout, s.ignored.len()), (Layout::Full, 1));
    let s = compact("", "view=chooser");
    assert_eq!((s.layout, s.state.view), (Layout::Compact, View::Explore));
    assert_eq!(s.ignored.len(), 1);
}

#[test]
fn a_height_is_a_usable_length_or_auto() {
    for good in [
        "600px", "40em", "30rem", "80vh", "50svh", "90dvh", "1200.5px",
    ] {
        assert_eq!(css_height(good).as_deref(), Some(good));
    }
    for bad in [
        "",
        "px",
        "100px",
        "10vh",
        "600",
        "60 px",
        "calc(100vh)",
        "600px;color:red",
        "-600px",
        "1e9px",
        "50%",
        "999999999px",
    ] {
        assert_eq!(css_height(bad), None, "{bad}");
        let s = read(Attributes {
            height: Some(bad),
            ..Attributes::default()
        });
        assert_eq!(s.height, Height::Default);
        assert!(s.ignored[0].starts_with(&format!("height \"{bad}\"")));
    }
    let auto = read(Attributes {
        height: Some("auto"),
        ..Attributes::default()
    });
    assert_eq!((auto.height, auto.ignored.len()), (Height::Natural, 0));
}

#[test]
fn links_follow_guides_base_and_link_target() {
    let s = read(Attributes {
        guides_base: Some("https://blog.example/guides/"),
        link_target: Some("_blank"),
        ..Attributes::default()
    });
    assert_eq!(
        s.guides_base.as_deref(),
        Some("https://blog.example/guides")
    );
    assert!(s.new_tab);
    assert!(s.ignored.is_empty());
    let s = read(Attributes {
        guides_base: Some("javascript:alert(1)"),
        link_target: Some("_top"),
        ..Attributes::default()
    });
    assert_eq!(
        (s.guides_base, s.new_tab, s.ignored.len()),
        (None, false, 2)
    );
}

#[test]
fn a_theme_is_auto_light_or_dark_and_anything_else_is_named() {
    for (given, theme, named) in [
        (Some("light"), Theme::Light, false),
        (Some("dark"), Theme::Dark, false),
        (Some("auto"), Theme::Auto, false),
        (Some("Dark"), Theme::Auto, true),
        (Some(""), Theme::Auto, true),
        (Some("purple"), Theme::Auto, true),
        (None, Theme::Auto, false),
    ] {
        let s = read(Attributes {
            theme: given,
            ..Attributes::default()
        });
        assert_eq!(s.theme, theme, "{given:?}");
        assert_eq!(s.ignored.len(), usize::from(named), "{given:?}");
    }
}

#[test]
fn a_state_applies_and_its_wrong_parts_are_named() {
    let s = read(Attributes {
        theme: Some("dark"),
        ..with_state("q=queue&hosting=managed&tag=nope")
    });
    assert_eq!(s.state.explore.text, "queue");
    assert_eq!(s.state.explore.filters.hosting.len(), 1);
    assert_eq!(s.theme, Theme::Dark);
    assert_eq!(s.ignored, ["tag \"nope\" does not exist"]);
}

#[test]
fn only_a_plain_web_address_is_a_guide_page() {
    assert_eq!(
        guide_page("https://guide.example/"),
        Some("https://guide.example/".to_string())
    );
    assert!(guide_page("http://127.0.0.1:8080/").is_some());
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "",
        "https://g/?q=1",
        "//g/",
    ] {
        assert_eq!(guide_page(bad), None, "{bad}");
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn value(known: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    let known = proptest::sample::select(known).prop_map(str::to_string);
    proptest::option::of(prop_oneof![known, ".{0,16}"])
}

#[cfg(not(target_arch = "wasm32"))]
proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]
    /// Arbitrary attribute values never panic; each wrong one is named once and falls back on
    /// its own, leaving the others as they would be alone.
    #[test]
    fn arbitrary_attributes_fall_back_one_setting_at_a_time(
        state in proptest::option::of(prop_oneof![Just("tech=kafka&q=db".to_string()), ".{0,60}"]),
        theme in value(&["auto", "light", "dark"]),
        view in value(&["explore", "chooser", "guides", "card"]),
        tech in value(&["kafka", "redis", "nope"]),
        compact in value(&["", "true", "false"]),
        height in value(&["auto", "600px", "50vh", "10px"]),
        guides_base in value(&["https://blog.example/g", "http://x.example"]),
        link_target in value(&["_self", "_blank", "_top"]),
    ) {
        fn s(v: &Option<String>) -> Option<&str> {
            v.as_deref()
        }
        let all = read(Attributes {
            state: s(&state), theme: s(&theme), view: s(&view), tech: s(&tech),
            compact: s(&compact), height: s(&height), guides_base: s(&guides_base),
            link_target: s(&link_target),
        });
        // What the view, the card and compact decide together, without the others.
        let shown = read(Attributes {
            state: s(&state), view: s(&view), tech: s(&tech), compact: s(&compact),
            ..Attributes::default()
        });
        prop_assert_eq!(all.layout, shown.layout);
        prop_assert_eq!(all.state.view, shown.state.view);
        prop_assert_eq!(&all.state.explore, &shown.state.explore);
        prop_assert_eq!(&all.state.answers, &shown.state.answers);
        // Each of the others as it would be alone.
        let mut wrong = shown.ignored.len();
        let plain = read(Attributes::default());
        for alone in [
            Attributes { theme: s(&theme), ..Attributes::default() },
            Attributes { height: s(&height), ..Attributes::default() },
            Attributes { guides_base: s(&guides_base), ..Attributes::default() },
            Attributes { link_target: s(&link_target), ..Attributes::default() },
        ] {
            let alone = read(alone);
            wrong += alone.ignored.len();
            prop_assert!(alone.ignored.len() <= 1);
            if alone.theme != plain.theme { prop_assert_eq!(all.theme, alone.theme); }
            if alone.height != plain.height { prop_assert_eq!(&all.height, &alone.height); }
            if alone.guides_base.is_some() { prop_assert_eq!(&all.guides_base, &alone.guides_base); }
            if alone.new_tab { prop_assert!(all.new_tab); }
        }
        prop_assert_eq!(all.ignored.len(), wrong);
        // A card is one the catalog has; a height is a length or none.
        if let Layout::Card(id) = all.layout {
            prop_assert!(Catalog::builtin().technology(id).is_some());
        }
        if let Height::Cap(h) = &all.height {
            prop_assert!(css_height(h).is_some());
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]
    /// Each attribute alone: a value it knows gives its setting with no notice; anything else
    /// gives the default and exactly one notice, which names that attribute.
    #[test]
    fn each_attribute_alone_gives_its_setting_or_its_default_and_one_notice(
        given in value(&[
            "auto", "light", "dark", "explore", "chooser", "guides", "card", "", "true", "false",
            "600px", "40em", "80vh", "https://blog.example/g", "_self", "_blank",
        ]).prop_map(Option::unwrap_or_default),
    ) {
        let v = given.as_str();
        let alone = |attributes: Attributes| read(attributes);
        let named = |s: &Settings, name: &str| {
            s.ignored.len() == 1 && s.ignored[0].starts_with(&format!("{name} \"{v}\""))
        };
        let none = Attributes::default();

        let s = alone(Attributes { theme: Some(v), ..none });
        match v {
            "auto" | "light" | "dark" => {
                let want = [Theme::Auto, Theme::Light, Theme::Dark][["auto", "light", "dark"].iter().position(|t| *t == v).unwrap()];
                prop_assert_eq!((s.theme, s.ignored.len()), (want, 0));
            }
            _ => prop_assert!(s.theme == Theme::Auto && named(&s, "theme"), "{:?}", s.ignored),
        }

        let s = alone(Attributes { view: Some(v), ..none });
        match View::from_key(v) {
            Some(view) => prop_assert_eq!((s.state.view, s.layout, s.ignored.len()), (view, Layout::Full, 0)),
            // A card needs a tech: named as the view's.
            None => prop_assert!(s.state.view == View::Explore && s.layout == Layout::Full && named(&s, "view") || v == "card" && s.ignored.len() == 1, "{:?}", s.ignored),
        }

        let s = alone(Attributes { height: Some(v), ..none });
        match (v.trim(), css_height(v.trim())) {
            ("auto", _) => prop_assert_eq!((s.height, s.ignored.len()), (Height::Natural, 0)),
            (_, Some(h)) => prop_assert_eq!((s.height, s.ignored.len()), (Height::Cap(h), 0)),
            (trimmed, None) => prop_assert!(s.height == Height::Default && s.ignored.len() == 1
                && s.ignored[0].starts_with(&format!("height \"{trimmed}\"")), "{:?}", s.ignored),
        }

        let s = alone(Attributes { link_target: Some(v), ..none });
        match v {
            "_self" | "_blank" => prop_assert_eq!((s.new_tab, s.ignored.len()), (v == "_blank", 0)),
            _ => prop_assert!(!s.new_tab && named(&s, "link-target"), "{:?}", s.ignored),
        }

        let s = alone(Attributes { compact: Some(v), ..none });
        match v {
            "" | "true" | "compact" => prop_assert_eq!((s.layout, s.ignored.len()), (Layout::Compact, 0)),
            "false" => prop_assert_eq!((s.layout, s.ignored.len()), (Layout::Full, 0)),
            _ => prop_assert!(s.layout == Layout::Full && named(&s, "compact"), "{:?}", s.ignored),
        }

        let s = alone(Attributes { guides_base: Some(v), ..none });
        match crate::guides::choose_base_url(Some(v)) {
            (base, None) if !v.trim().is_empty() => prop_assert_eq!((s.guides_base, s.ignored.len()), (Some(base), 0)),
            _ => prop_assert!(s.guides_base.is_none() && named(&s, "guides-base"), "{:?}", s.ignored),
        }
    }
}

#[test]
fn a_wrong_card_is_named_once() {
    let s = read(Attributes {
        view: Some("card"),
        tech: Some("kafkaa"),
        state: Some("tech=redis"),
        ..Attributes::default()
    });
    assert_eq!(s.layout, Layout::Full);
    assert_eq!(s.ignored.len(), 1, "{:?}", s.ignored);
}

#[test]
fn a_state_may_be_a_whole_link() {
    for given in [
        "https://guide.example/?q=queue&hosting=managed",
        "?q=queue&hosting=managed",
        "q=queue&hosting=managed#sg-explore",
    ] {
        let s = read(with_state(given));
        assert_eq!(s.state.explore.text, "queue", "{given}");
        assert!(s.ignored.is_empty(), "{given}: {:?}", s.ignored);
    }
}
