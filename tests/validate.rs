//! The build-time validator (`build/source.rs`), tested against a small valid fixture and one
//! broken variant per rule. Each case asserts the exact line a contributor would read.

#[path = "../build/chooser.rs"]
#[allow(dead_code)]
mod chooser;
#[path = "../build/source.rs"]
#[allow(dead_code)]
mod source;
#[path = "../build/spdx.rs"]
mod spdx;

use source::{Problem, RawCatalog, SourceTexts};
use std::path::Path;

fn fixture_texts() -> SourceTexts {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    match source::read_dir(&dir, "data") {
        Ok(texts) => texts,
        Err(problems) => panic!("fixture unreadable: {problems:?}"),
    }
}

fn fixture() -> RawCatalog {
    source::parse(&fixture_texts()).expect("the valid fixture parses")
}

fn lines(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| p.to_string()).collect()
}

fn item<'a>(c: &'a mut RawCatalog, id: &str) -> &'a mut source::RawItem {
    &mut c
        .items
        .iter_mut()
        .find(|i| i.value.id == id)
        .expect("fixture item")
        .value
}

#[test]
fn the_valid_fixture_has_no_problems() {
    assert_eq!(lines(&source::validate(&fixture())), Vec::<String>::new());
}

#[test]
fn the_real_catalog_has_no_problems() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let texts = source::read_dir(&dir, "data").expect("data/ is readable");
    let catalog = source::load(&texts)
        .map_err(|p| lines(&p))
        .expect("data/ is valid");
    assert!(
        catalog.items.len() >= 150,
        "the seeds' 96 items and what good advice needs besides"
    );
}

/// One broken catalog per rule: (what is broken, how, the exact line reported).
type Mutation = fn(&mut RawCatalog);

#[test]
fn every_rule_reports_file_item_and_field() {
    let cases: Vec<(&str, Mutation, &str)> = vec![
        (
            "duplicate id",
            |c| {
                let mut copy = c.items[1].clone();
                copy.value.name = "Postgres again".into();
                c.items.push(copy);
            },
            "data/catalog/databases.json: item \"postgresql\": id is used twice",
        ),
        (
            "duplicate name (case-insensitive)",
            |c| item(c, "redis").name = "postgresql".into(),
            // caching.json is read before databases.json, so the second holder is reported.
            "data/catalog/databases.json: item \"postgresql\": name \"PostgreSQL\" is also the name of item \"redis\"",
        ),
        (
            "id not kebab-case",
            |c| {
                item(c, "redis").id = "Redis_DB".into();
                item(c, "postgresql").related = vec!["Redis_DB".into()];
            },
            "data/catalog/caching.json: item \"Redis_DB\": id is not kebab-case",
        ),
        (
            "unknown category",
            |c| item(c, "redis").category = "caches".into(),
            "data/catalog/caching.json: item \"redis\": category \"caches\" does not exist",
        ),
        (
            "subcategory of another category",
            |c| item(c, "redis").subcategory = "relational".into(),
            "data/catalog/caching.json: item \"redis\": subcategory \"relational\" is not a subcategory of \"caching\"",
        ),
        (
            "unknown tag",
            |c| item(c, "redis").tags.push("fast".into()),
            "data/catalog/caching.json: item \"redis\": tag \"fast\" is not in the tag vocabulary",
        ),
        (
            "unknown hosting model",
            |c| item(c, "redis").hosting = vec!["on-prem".into()],
            "data/catalog/caching.json: item \"redis\": hosting \"on-prem\" is not one of managed, self-hosted, serverless, embedded",
        ),
        (
            "unknown licence kind",
            |c| item(c, "redis").license = "bsd".into(),
            "data/catalog/caching.json: item \"redis\": license \"bsd\" is not one of open-source, source-available, proprietary, standard",
        ),
        (
            "related id that does not exist",
            |c| item(c, "redis").related = vec!["memcache".into()],
            "data/catalog/caching.json: item \"redis\": related id \"memcache\" does not exist",
        ),
        (
            "item related to itself",
            |c| item(c, "redis").related = vec!["redis".into()],
            "data/catalog/caching.json: item \"redis\": related lists the item itself",
        ),
        (
            "guide id that does not exist",
            |c| item(c, "redis").guides = vec!["nope".into()],
            "data/catalog/caching.json: item \"redis\": guide id \"nope\" does not exist",
        ),
        (
            "guide that is the page itself",
            |c| item(c, "redis").guides = vec!["this-guide".into()],
            "data/catalog/caching.json: item \"redis\": guide \"this-guide\" is the page itself",
        ),
        (
            "category guide that does not exist",
            |c| c.categories.value[1].guides = vec!["nope".into()],
            "data/categories.json: category \"caching\": guide id \"nope\" does not exist",
        ),
        (
            "unknown source",
            |c| item(c, "redis").sources = vec!["s9".into()],
            "data/catalog/caching.json: item \"redis\": source \"s9\" does not exist",
        ),
        (
            "website over http",
            |c| item(c, "redis").website = "http://redis.io".into(),
            "data/catalog/caching.json: item \"redis\": website \"http://redis.io\" is not an https:// URL",
        ),
        (
            "website that is javascript",
            |c| item(c, "redis").website = "javascript:alert(1)".into(),
            "data/catalog/caching.json: item \"redis\": website \"javascript:alert(1)\" is not an https:// URL",
        ),
        (
            "guide path without a leading slash",
            |c| c.guides.value.guides[1].path = "other".into(),
            "data/guides.json: guide \"other-guide\": path \"other\" does not start with /",
        ),
        (
            "guide base URL over http",
            |c| c.guides.value.base_url = "http://guides.example.org".into(),
            "data/guides.json: guide series: base_url \"http://guides.example.org\" is not an https:// URL",
        ),
        (
            "current guide that does not exist",
            |c| c.guides.value.current = "missing".into(),
            "data/guides.json: guide series: current guide \"missing\" does not exist",
        ),
        (
            "empty summary",
            |c| item(c, "redis").summary = "  ".into(),
            "data/catalog/caching.json: item \"redis\": summary is empty",
        ),
        (
            "empty description",
            |c| item(c, "redis").description = String::new(),
            "data/catalog/caching.json: item \"redis\": description is empty",
        ),
        (
            "a tab in a description (one line each in the details file)",
            |c| item(c, "redis").description = "In memory.\tFast.".into(),
            "data/catalog/caching.json: item \"redis\": description has a tab or a line break",
        ),
        (
            "no strengths",
            |c| item(c, "redis").strengths.clear(),
            "data/catalog/caching.json: item \"redis\": strengths is empty",
        ),
        (
            "no trade-offs",
            |c| item(c, "redis").trade_offs.clear(),
            "data/catalog/caching.json: item \"redis\": trade_offs is empty",
        ),
        (
            "an empty best-for entry",
            |c| item(c, "redis").best_for.push(String::new()),
            "data/catalog/caching.json: item \"redis\": best_for has an empty entry",
        ),
        (
            "summary too long",
            |c| item(c, "redis").summary = "word ".repeat(40),
            "data/catalog/caching.json: item \"redis\": summary is 200 characters, more than 180",
        ),
        (
            "an item moved to a category without its subcategory",
            |c| item(c, "redis").category = "databases".into(),
            "data/catalog/caching.json: item \"redis\": subcategory \"in-memory\" is not a subcategory of \"databases\"",
        ),
        (
            "duplicate tag",
            |c| c.tags.value.push(c.tags.value[0].clone()),
            "data/tags.json: tag \"open-source\": id is used twice",
        ),
        (
            "a tag no item carries",
            |c| {
                let mut unused = c.tags.value[0].clone();
                unused.id = "unused".into();
                c.tags.value.push(unused);
            },
            "data/tags.json: tag \"unused\": no item carries it",
        ),
        (
            "no steward",
            |c| item(c, "redis").steward = " ".into(),
            "data/catalog/caching.json: item \"redis\": steward is empty",
        ),
        (
            "an SPDX id that does not exist",
            |c| item(c, "redis").spdx = "BSD-3".into(),
            "data/catalog/caching.json: item \"redis\": spdx \"BSD-3\" names \"BSD-3\", which is neither a known SPDX id nor LicenseRef-…",
        ),
        (
            "an SPDX expression cut short",
            |c| item(c, "redis").spdx = "MIT OR".into(),
            "data/catalog/caching.json: item \"redis\": spdx \"MIT OR\" is incomplete",
        ),
        (
            "an SPDX licence that contradicts the licence kind",
            |c| item(c, "postgresql").spdx = "LicenseRef-Proprietary".into(),
            "data/catalog/databases.json: item \"postgresql\": spdx \"LicenseRef-Proprietary\" does not fit license \"open-source\"",
        ),
        (
            "no references",
            |c| item(c, "redis").references.clear(),
            "data/catalog/caching.json: item \"redis\": references holds 0, not 1 to 3",
        ),
        (
            "a reference over http",
            |c| item(c, "redis").references[0].url = "http://redis.io".into(),
            "data/catalog/caching.json: item \"redis\": reference \"http://redis.io\" is not an https:// URL",
        ),
        (
            "a tab in a reference's title (a field of the details file)",
            |c| item(c, "redis").references[0].title = "Redis\tdocs".into(),
            "data/catalog/caching.json: item \"redis\": reference title \"Redis\\tdocs\" has a tab or a line break",
        ),
        (
            "a review date that is not a month",
            |c| item(c, "redis").reviewed = "2026-13".into(),
            "data/catalog/caching.json: item \"redis\": reviewed \"2026-13\" is not a YYYY-MM month",
        ),
        (
            "an unknown lifecycle status",
            |c| item(c, "postgresql").lifecycle.as_mut().unwrap().status = "sunset".into(),
            "data/catalog/databases.json: item \"postgresql\": lifecycle status \"sunset\" is not one of active, maintenance, deprecated, retiring, end-of-life",
        ),
        (
            "a lifecycle date that is not a date",
            |c| item(c, "postgresql").lifecycle.as_mut().unwrap().date = Some("soon".into()),
            "data/catalog/databases.json: item \"postgresql\": lifecycle date \"soon\" is not YYYY-MM or YYYY-MM-DD",
        ),
        (
            "duplicate subcategory",
            |c| {
                let sub = c.categories.value[0].subcategories[0].clone();
                c.categories.value[0].subcategories.push(sub);
            },
            "data/categories.json: category \"databases\": subcategory id \"relational\" is used twice",
        ),
    ];
    for (rule, mutate, expected) in cases {
        let mut catalog = fixture();
        mutate(&mut catalog);
        let got = lines(&source::validate(&catalog));
        assert!(
            got.iter().any(|l| l == expected),
            "rule `{rule}`: expected the line\n  {expected}\ngot\n  {got:#?}"
        );
    }
}

#[test]
fn a_category_left_without_items_is_reported() {
    let mut c = fixture();
    c.items.retain(|i| i.value.id != "redis");
    item(&mut c, "postgresql").related.clear();
    // Only redis carried this tag: it goes too, so the category is the one problem left.
    c.tags.value.retain(|t| t.id != "cache");
    assert_eq!(
        lines(&source::validate(&c)),
        vec!["data/categories.json: category \"caching\": has no items".to_string()]
    );
}

#[test]
fn malformed_json_names_the_file_line_and_column() {
    let mut texts = fixture_texts();
    texts.items[0].1 = "{ \"items\": [ { \"id\": \"redis\", } ] }".into();
    let problems = source::parse(&texts).expect_err("trailing comma is not JSON");
    assert_eq!(problems.len(), 1);
    let line = problems[0].to_string();
    assert!(
        line.starts_with("data/catalog/caching.json: is not valid catalog JSON:"),
        "{line}"
    );
    assert!(line.contains("line 1 column"), "{line}");
}

#[test]
fn an_unknown_field_is_rejected_not_ignored() {
    let mut texts = fixture_texts();
    texts.items[0].1 = texts.items[0].1.replacen("\"summary\"", "\"sumary\"", 1);
    let problems = source::parse(&texts).expect_err("a misspelt field must not pass silently");
    assert!(
        problems[0].to_string().contains("unknown field `sumary`"),
        "{}",
        problems[0]
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let mut c = fixture();
    let redis = item(&mut c, "redis");
    redis.website = "ftp://redis.io".into();
    redis.tags = vec!["fast".into(), "cache".into()];
    redis.related = vec!["redis".into()];
    assert_eq!(source::validate(&c).len(), 3);
}

#[test]
fn https_urls_are_recognised() {
    assert!(source::is_https_url("https://www.postgresql.org"));
    assert!(source::is_https_url("https://example.org/a?b=c#d"));
    for bad in [
        "http://example.org",
        "https://",
        "https:///path",
        "https://localhost",
        "https://exa mple.org",
        "https://example.org/\"onload=",
        "//example.org",
        "",
    ] {
        assert!(!source::is_https_url(bad), "{bad:?} must be rejected");
    }
}

#[test]
fn spdx_expressions_are_parsed() {
    fn ids(e: &str) -> Result<Vec<&str>, String> {
        spdx::parse(e).map(|x| x.ids())
    }
    assert_eq!(ids("MIT"), Ok(vec!["MIT"]));
    assert_eq!(
        ids("(MIT OR Apache-2.0) AND LicenseRef-Extra"),
        Ok(vec!["MIT", "Apache-2.0", "LicenseRef-Extra"])
    );
    assert_eq!(
        ids("GPL-2.0-only WITH Classpath-exception-2.0"),
        Ok(vec!["GPL-2.0-only"])
    );
    for bad in [
        "",
        "MIT AND",
        "(MIT",
        "MIT)",
        "MIT Apache-2.0",
        "AND MIT",
        "LicenseRef-",
        "NONE OR MIT",
        "Apache-2.0 WITH LLVM-exception WITH Classpath-exception-2.0",
        "(MIT) WITH LLVM-exception",
    ] {
        assert!(spdx::parse(bad).is_err(), "{bad:?} must be rejected");
    }
}

#[test]
fn an_expression_is_open_when_some_choice_it_allows_is_open() {
    let open = |e: &str| spdx::parse(e).unwrap().is_open();
    assert!(open("LicenseRef-RSALv2 OR SSPL-1.0 OR AGPL-3.0-only"));
    assert!(open("Ruby OR BSD-2-Clause"));
    assert!(!open("SSPL-1.0 AND MIT"), "AND needs both");
    assert!(!open("BUSL-1.1"));
    assert!(open("(SSPL-1.0 AND MIT) OR Apache-2.0"));
}

#[test]
fn a_licence_kind_must_agree_with_the_expression() {
    let mut c = fixture();
    item(&mut c, "redis").license = "source-available".into();
    item(&mut c, "redis").spdx = "MIT OR Apache-2.0".into();
    assert!(lines(&source::validate(&c)).iter().any(
        |l| l.contains("spdx \"MIT OR Apache-2.0\" does not fit license \"source-available\"")
    ));
    let mut c = fixture();
    item(&mut c, "postgresql").spdx = "SSPL-1.0 AND MIT".into();
    assert!(lines(&source::validate(&c))
        .iter()
        .any(|l| l.contains("does not fit license \"open-source\"")));
    let mut c = fixture();
    item(&mut c, "postgresql").spdx = "NONE".into();
    assert!(lines(&source::validate(&c))
        .iter()
        .any(|l| l.contains("spdx NONE is only for a standard or style")));
    let mut c = fixture();
    item(&mut c, "postgresql").lifecycle.as_mut().unwrap().date = Some("2026-0é".into());
    assert!(
        lines(&source::validate(&c))
            .iter()
            .any(|l| l.contains("is not YYYY-MM or YYYY-MM-DD")),
        "a non-ASCII date is reported, not a panic"
    );
}

// ---------------------------------------------------------------------------------------------
// The chooser's rules (data/chooser.json), checked against the real catalog.

fn real_catalog() -> RawCatalog {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    source::load(&source::read_dir(&dir, "data").expect("data/ is readable"))
        .expect("data/ is valid")
}

fn real_chooser() -> source::Located<chooser::RawChooser> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/chooser.json");
    let text = std::fs::read_to_string(path).expect("data/chooser.json is readable");
    chooser::parse_chooser(&("data/chooser.json".to_string(), text)).expect("it parses")
}

#[test]
fn the_tier_keys_are_the_diagram_tiers_in_order() {
    use stackguide::chooser::Tier;
    let built: Vec<(&str, String)> = Tier::ALL
        .iter()
        .map(|t| (t.key(), format!("{t:?}")))
        .collect();
    let table: Vec<(&str, String)> = chooser::TIERS
        .iter()
        .map(|(k, v)| (*k, v.to_string()))
        .collect();
    assert_eq!(table, built);
}

#[test]
fn the_real_chooser_rules_have_no_problems() {
    assert_eq!(
        lines(&chooser::validate_chooser(&real_chooser(), &real_catalog())),
        Vec::<String>::new()
    );
}

type ChooserMutation = fn(&mut chooser::RawChooser);

fn rule_on<'a>(c: &'a mut chooser::RawChooser, layer: &str) -> &'a mut chooser::RawRule {
    c.rules
        .iter_mut()
        .find(|r| r.layer == layer && r.boost.is_some())
        .expect("a boost rule on the layer")
}

#[test]
fn every_chooser_rule_reports_the_rule_and_field() {
    let cases: Vec<(&str, ChooserMutation, &str)> = vec![
        (
            "unknown question in when",
            |c| {
                c.rules[0].when.insert("budget".into(), vec!["low".into()]);
            },
            "question \"budget\", which does not exist",
        ),
        (
            "unknown answer in when",
            |c| {
                c.rules[1].when.insert("team".into(), vec!["cobol".into()]);
            },
            "\"cobol\" is not an answer to \"team\"",
        ),
        (
            "boost of a non-candidate",
            |c| {
                rule_on(c, "database").boost.as_mut().unwrap().insert("kafka".into(), 3);
            },
            "boosts \"kafka\", which is not a candidate of \"database\"",
        ),
        (
            "none on a required layer",
            |c| {
                rule_on(c, "database").boost.as_mut().unwrap().insert("none".into(), 3);
            },
            "boosts \"none\" but layer \"database\" is not optional",
        ),
        (
            "unknown layer",
            |c| c.rules[1].layer = "frontend".into(),
            "layer \"frontend\" does not exist",
        ),
        (
            "unknown seed",
            |c| {
                let r = c.rules.iter_mut().find(|r| r.seed.is_some()).unwrap();
                r.seed = Some("999".into());
            },
            "seed \"999\" does not exist",
        ),
        (
            "unknown card",
            |c| {
                let r = c.rules.iter_mut().find(|r| r.card.is_some()).unwrap();
                r.card = Some("nosuchthing".into());
            },
            "card \"nosuchthing\" does not exist",
        ),
        (
            "neither seed nor card",
            |c| {
                c.rules[1].seed = None;
                c.rules[1].card = None;
            },
            "needs exactly one of seed, card",
        ),
        (
            "two effects",
            |c| c.rules[1].eliminate = Some(vec![]),
            "needs exactly one of boost, boost_cloud, require_hosting, eliminate, eliminate_tagged, require_tagged, cover",
        ),
        (
            "an unknown tag to require",
            |c| {
                let r = c.rules.iter_mut().find(|r| r.require_tagged.is_some()).unwrap();
                r.require_tagged = Some(vec!["shiny".into()]);
            },
            "tag \"shiny\" is not in the tag vocabulary",
        ),
        (
            "when_picked on an unknown layer",
            |c| {
                c.rules[1].when_picked.insert("frontend".into(), "cms".into());
            },
            "when_picked names layer \"frontend\", which does not exist",
        ),
        (
            "candidate of the wrong category",
            |c| c.layers[0].candidates.push("redis".into()),
            "candidate \"redis\" is in category \"caching\", not one of the layer's",
        ),
        (
            "a followed layer's candidate with no tags",
            |c| {
                let f = c.layers.iter_mut().find_map(|l| l.follows.as_mut()).unwrap();
                f.tags.remove("go");
            },
            "follows \"language\" but maps no tags for its candidate \"go\"",
        ),
        (
            "layers that depend on each other in a circle",
            |c| {
                let language = c.layers.iter().position(|l| l.key == "language").unwrap();
                c.layers[language].follows = Some(chooser::RawFollows {
                    layer: "framework".into(),
                    tags: Default::default(),
                });
            },
            "layers depend on each other in a circle",
        ),
        (
            "not-sure value that is not an answer",
            |c| c.questions[0].not_sure_value = "spaceship".into(),
            "not_sure_value \"spaceship\" is not one of its values",
        ),
        (
            "a value named like Not sure",
            |c| c.questions[0].values[0].key = "not-sure".into(),
            "value \"not-sure\" is reserved for \"Not sure\"",
        ),
        (
            "a former key that is a value today",
            |c| c.questions[0].values[0].formerly = vec![c.questions[0].values[1].key.clone()],
            "which is a value today",
        ),
        (
            "question key that clashes with the explorer's URL",
            |c| c.questions[0].key = "tag".into(),
            "key is already a URL setting of the explorer",
        ),
        (
            "two layers that decide the cloud",
            |c| c.layers.iter_mut().for_each(|l| l.decides_cloud = true),
            "more than one layer decides the cloud",
        ),
        (
            "a layer that shares its own pick",
            |c| {
                let auth = c.layers.iter_mut().find(|l| l.shares.is_some()).unwrap();
                auth.shares.as_mut().unwrap().layer = auth.key.clone();
            },
            "which is not another layer",
        ),
        (
            "a cloud boost that is not positive",
            |c| {
                let r = c.rules.iter_mut().find(|r| r.boost_cloud.is_some()).unwrap();
                r.boost_cloud = Some(0);
            },
            "boost_cloud must be positive",
        ),
        (
            "an unknown hosting model",
            |c| {
                let r = c.rules.iter_mut().find(|r| r.require_hosting.is_some()).unwrap();
                r.require_hosting = Some("on-prem".into());
            },
            "require_hosting \"on-prem\" is not a hosting model",
        ),
        (
            "a rule id used twice",
            |c| c.rules[1].id = c.rules[0].id.clone(),
            "id is used twice",
        ),
        (
            "a rule that waits for its own layer's pick",
            |c| {
                let layer = c.rules[1].layer.clone();
                c.rules[1].when_picked.insert(layer, "cms".into());
            },
            "when_picked names its own layer",
        ),
        (
            "a boost on every layer",
            |c| rule_on(c, "database").layer = "*".into(),
            "a boost or cover must name one layer",
        ),
        (
            "a follows invariant on a layer that follows nothing",
            |c| {
                let i = c.invariants.iter_mut().find(|i| matches!(i.check, chooser::RawCheck::Follows)).unwrap();
                i.layers = vec!["database".into()];
            },
            "layer \"database\" follows no other layer",
        ),
        (
            "an invariant on an unknown layer",
            |c| c.invariants[0].layers = vec!["frontend".into()],
            "layer \"frontend\" does not exist",
        ),
        (
            "a layer in an unknown tier",
            |c| c.layers[0].tier = "middle".into(),
            "tier \"middle\" is not one of edge, entry",
        ),
        (
            "an invariant with an unknown tag",
            |c| c.invariants[0].check = chooser::RawCheck::PickHas(vec!["shiny".into()]),
            "tag \"shiny\" is not in the tag vocabulary",
        ),
    ];
    let catalog = real_catalog();
    for (rule, mutate, expected) in cases {
        let mut c = real_chooser();
        mutate(&mut c.value);
        let got = lines(&chooser::validate_chooser(&c, &catalog));
        assert!(
            got.iter()
                .any(|l| l.starts_with("data/chooser.json") && l.contains(expected)),
            "rule `{rule}`: expected a line containing\n  {expected}\ngot\n  {got:#?}"
        );
    }
}
