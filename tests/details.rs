//! The details file (descriptions and references): what the build writes, the wasm reads back
//! whole, and anything else is refused with a reason, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stackguide::catalog::details::{parse, FILE, TEXT};
use stackguide::catalog::Catalog;

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

#[test]
fn the_file_gives_every_item_its_description_and_references_in_order() {
    let catalog = Catalog::builtin();
    let read = parse(TEXT, catalog).expect("the built file reads");
    assert_eq!(read.len(), catalog.technologies.len());
    for (tech, detail) in catalog.technologies.iter().zip(&read) {
        assert_eq!(tech.description, detail.description, "{}", tech.id);
        assert_eq!(tech.references, &detail.references[..], "{}", tech.id);
    }
    assert!(
        FILE.starts_with("details-") && FILE.ends_with(".txt"),
        "{FILE}"
    );
}

#[test]
fn another_text_is_refused_with_its_reason() {
    let catalog = Catalog::builtin();
    let cut: String = TEXT.lines().take(3).map(|l| format!("{l}\n")).collect();
    assert!(parse(leak(cut), catalog)
        .unwrap_err()
        .contains("end before"));
    let extra = format!("{TEXT}kafka\tagain\n");
    assert!(parse(leak(extra), catalog)
        .unwrap_err()
        .contains("more lines"));
    let swapped = TEXT.replacen('\t', " ", 1);
    assert!(parse(leak(swapped), catalog)
        .unwrap_err()
        .contains("another catalog"));
    let first = catalog.technologies[0].id;
    let renamed = TEXT.replacen(first, "not-an-item", 1);
    assert!(parse(leak(renamed), catalog)
        .unwrap_err()
        .contains("another catalog"));
    assert!(parse("<!doctype html><p>Not found</p>", catalog).is_err());
    // A reference that is not https://, or a title without its URL, is refused: it would be a link.
    let http = TEXT.replacen("\thttps://", "\thttp://", 1);
    assert!(parse(leak(http), catalog)
        .unwrap_err()
        .contains("no https:// URL"));
    let first_line = TEXT.lines().next().unwrap();
    let no_url = TEXT.replacen(first_line, &format!("{first_line}\tA title alone"), 1);
    assert!(parse(leak(no_url), catalog)
        .unwrap_err()
        .contains("no https:// URL"));
    let id = catalog.technologies[0].id;
    let no_reference = TEXT.replacen(first_line, &format!("{id}\tText"), 1);
    assert!(parse(leak(no_reference), catalog)
        .unwrap_err()
        .contains("no reference"));
    let id_alone = TEXT.replacen(first_line, id, 1);
    assert!(parse(leak(id_alone), catalog)
        .unwrap_err()
        .contains("no description"));
    // Nothing blank where the detail would show it.
    let rest = &first_line[first_line.find('\t').unwrap()..];
    let no_text = TEXT.replacen(
        first_line,
        &format!("{id}\t{}", &rest[rest[1..].find('\t').unwrap() + 1..]),
        1,
    );
    assert!(parse(leak(no_text), catalog)
        .unwrap_err()
        .contains("no description"));
    let no_title = TEXT.replacen(first_line, &format!("{id}\tText\t\thttps://example.org"), 1);
    assert!(parse(leak(no_title), catalog)
        .unwrap_err()
        .contains("no title"));
    let no_host = TEXT.replacen(first_line, &format!("{id}\tText\tA title\thttps://"), 1);
    assert!(parse(leak(no_host), catalog)
        .unwrap_err()
        .contains("no https:// URL"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]
    /// The real file cut anywhere is refused; with one line's id changed, it is refused unless the
    /// id is the same.
    #[test]
    fn a_changed_file_is_refused_and_never_panics(cut in 0usize..TEXT.len(), line in 0usize..200, edit in "[a-z\t-]{0,12}") {
        let catalog = Catalog::builtin();
        let mut at = cut;
        while !TEXT.is_char_boundary(at) { at -= 1; }
        let cut_text = &TEXT[..at];
        let result = parse(leak(cut_text.to_string()), catalog);
        prop_assert!(result.is_err(), "cut at {}", at);
        let mut lines: Vec<String> = TEXT.lines().map(str::to_string).collect();
        let n = line % lines.len();
        let original = lines[n].clone();
        lines[n] = format!("{edit}{}", &original[original.find('\t').unwrap_or(0)..]);
        let changed = lines.join("\n") + "\n";
        let ok = parse(leak(changed), catalog).is_ok();
        let id = catalog.technologies[n].id;
        prop_assert_eq!(ok, edit == id, "line {} edited to {:?}", n, edit);
    }
}

#[test]
fn a_page_fetches_the_details_once_and_again_only_where_it_may_help() {
    use stackguide::catalog::details::DetailsLoad;
    let catalog = Catalog::builtin();
    let all: &'static [_] = Vec::leak(parse(TEXT, catalog).expect("the built file reads"));
    let ready = DetailsLoad::Ready(all);
    let gone = DetailsLoad::Failed { retry: false };
    let busy = DetailsLoad::Failed { retry: true };
    // (state, a detail fetches, the idle page fetches)
    for (state, load, prefetch) in [
        (&DetailsLoad::NotAsked, true, true),
        (&DetailsLoad::Loading, false, false),
        (&ready, false, false),
        (&busy, true, false),
        (&gone, false, false),
    ] {
        assert_eq!(state.should_load(), load, "{state:?}");
        assert_eq!(state.should_prefetch(), prefetch, "{state:?}");
    }
    // What a detail reads in each state; a synthetic copy reads its original's.
    let kafka = catalog
        .technologies
        .iter()
        .find(|t| t.id == "kafka")
        .unwrap();
    assert_eq!(
        ready.of("kafka").unwrap().unwrap().description,
        kafka.description
    );
    assert_eq!(
        ready.of("kafka-7").unwrap().unwrap().description,
        kafka.description
    );
    assert_eq!(ready.of("no-such-item"), Err(false));
    assert_eq!(DetailsLoad::Loading.of("kafka"), Ok(None));
    assert_eq!(busy.of("kafka"), Err(true));
    assert_eq!(gone.of("kafka"), Err(false));
}

#[test]
fn only_a_missing_file_is_not_worth_fetching_again() {
    use stackguide::catalog::details::retry_may_help;
    for status in [404, 410] {
        assert!(!retry_may_help(status), "{status}");
    }
    for status in [400, 403, 408, 429, 500, 502, 503, 504] {
        assert!(retry_may_help(status), "{status}");
    }
}

#[test]
fn a_synthetic_copy_reads_the_details_of_the_item_it_copies() {
    use stackguide::catalog::details::index_of;
    let catalog = Catalog::builtin();
    let kafka = index_of(catalog, "kafka").expect("kafka");
    assert_eq!(catalog.technologies[kafka].id, "kafka");
    assert_eq!(index_of(catalog, "kafka-3"), Some(kafka));
    assert_eq!(index_of(catalog, "kafka-"), None);
    assert_eq!(index_of(catalog, "kafka-x1"), None);
    assert_eq!(index_of(catalog, "no-such-item"), None);
    // No real id looks like a synthetic copy's, which would read another item's details.
    for tech in catalog.technologies {
        assert_eq!(
            index_of(catalog, tech.id),
            catalog.technologies.iter().position(|t| t.id == tech.id)
        );
        if let Some((base, n)) = tech.id.rsplit_once('-') {
            let numbered = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
            assert!(
                !(numbered && index_of(catalog, base).is_some()),
                "{} reads as a copy of {base}",
                tech.id
            );
        }
    }
    // A synthetic catalog's every item finds its details.
    let synthetic = stackguide::catalog::synthetic(catalog, 500);
    assert!(synthetic
        .technologies
        .iter()
        .all(|t| index_of(catalog, t.id).is_some()));
}
