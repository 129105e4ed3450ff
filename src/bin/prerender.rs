//! Build step (a Trunk post-build hook): writes the crawlable guide into the built `index.html`,
//! so readers without JavaScript and search engines get every category, item and guide link.
//!
//! Usage: `prerender <path/to/index.html>` (rewritten in place).

use stackguide::catalog::{details, Catalog};
use stackguide::guides::{default_base_url, GuideSeries};
use stackguide::prerender::{inject, meta_tags};
use stackguide::ui::fallback::fallback_html;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        std::process::exit(2);
    };
    let html = match std::fs::read_to_string(&path) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let catalog = Catalog::builtin();
    let series = GuideSeries::builtin();
    let base = default_base_url();
    let fallback = fallback_html(base);
    match inject(&html, &fallback, &meta_tags(catalog, &series, base)) {
        Ok(out) => {
            if let Err(e) = std::fs::write(&path, out) {
                eprintln!("prerender: cannot write {path}: {e}");
                std::process::exit(1);
            }
            // The details the wasm fetches after the first paint, beside the page.
            let dir = std::path::Path::new(&path)
                .parent()
                .unwrap_or(std::path::Path::new("."));
            let file = dir.join(details::FILE);
            if let Err(e) = std::fs::write(&file, details::TEXT) {
                eprintln!("prerender: cannot write {}: {e}", file.display());
                std::process::exit(1);
            }
            println!(
                "prerender: {} items written into {path}",
                catalog.technologies.len()
            );
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::exit(1);
        }
    }
}
