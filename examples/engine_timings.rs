//! Native timings of the pure engines (run by scripts/bench.sh): one chooser recommendation
//! (including "what would change this", which re-runs the engine for every other answer), and a
//! search over the real catalog and a synthetic 10,000-item one. Prints numbers; asserts nothing.

use stackguide::catalog::facets::{explore, ExploreQuery};
use stackguide::catalog::search::SearchIndex;
use stackguide::catalog::{synthetic, Catalog};
use stackguide::chooser::{recommend, Answers, Rules};
use std::time::Instant;

fn main() {
    let catalog = Catalog::builtin();
    let rules = Rules::builtin();

    let combos = Answers::every_combination(rules);
    let start = Instant::now();
    for a in &combos {
        std::hint::black_box(recommend(catalog, rules, a).ok());
    }
    let per = start.elapsed().as_secs_f64() * 1000.0 / combos.len() as f64;
    println!("\nNative engine timings (release build, this machine)\n");
    println!("| measure | time |\n|---|---:|");
    println!(
        "| chooser: one full recommendation, mean over all {} answer combinations | {per:.3} ms |",
        combos.len()
    );

    for (label, cat) in [
        ("real catalog", catalog),
        ("synthetic 10,000", synthetic(catalog, 10_000)),
    ] {
        let t = Instant::now();
        let index = SearchIndex::new(cat);
        let build = t.elapsed().as_secs_f64() * 1000.0;
        let queries = [
            "kuberntes",
            "postgres",
            "message queue",
            "grafna",
            "k8s",
            "serverless db",
        ];
        let t = Instant::now();
        for q in queries {
            std::hint::black_box(index.search(q));
        }
        let per = t.elapsed().as_secs_f64() * 1000.0 / queries.len() as f64;
        println!(
            "| search index build, {label} ({} words) | {build:.2} ms |",
            index.vocabulary_len()
        );
        println!(
            "| one search, {label}, mean of {} queries | {per:.3} ms |",
            queries.len()
        );
        // What a keystroke computes: search, facet counts and order, for one-letter queries
        // (the broadest) and for a cleared search box.
        for text in ["p", "k", ""] {
            let query = ExploreQuery {
                text: text.to_string(),
                ..ExploreQuery::default()
            };
            let rounds = 20;
            let t = Instant::now();
            for _ in 0..rounds {
                std::hint::black_box(explore(cat, &index, &query));
            }
            let per = t.elapsed().as_secs_f64() * 1000.0 / rounds as f64;
            let shown = explore(cat, &index, &query).items.len();
            println!("| explore \"{text}\", {label} ({shown} shown) | {per:.3} ms |");
        }
    }
}
