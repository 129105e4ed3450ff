//! The descriptions file: what the build writes, the wasm reads back whole, and anything else is
//! refused with a reason, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stackguide::catalog::descriptions::{parse, FILE, TEXT};
use stackguide::catalog::Catalog;

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

#[test]
fn the_file_gives_every_item_its_description_in_order() {
    let catalog = Catalog::builtin();
    let read = parse(TEXT, catalog).expect("the built file reads");
    assert_eq!(read.len(), catalog.technologies.len());
    for (tech, description) in catalog.technologies.iter().zip(&read) {
        assert_eq!(tech.description, *description, "{}", tech.id);
    }
    assert!(
        FILE.starts_with("descriptions-") && FILE.ends_with(".txt"),
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
        .contains("no tab"));
    let first = catalog.technologies[0].id;
    let renamed = TEXT.replacen(first, "not-an-item", 1);
    assert!(parse(leak(renamed), catalog)
        .unwrap_err()
        .contains("another catalog"));
    assert!(parse("<!doctype html><p>Not found</p>", catalog).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]
    #[test]
    fn any_text_reads_or_is_refused_without_a_panic(text in ".{0,400}") {
        let _ = parse(leak(text), Catalog::builtin());
    }
}
