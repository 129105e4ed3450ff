//! Measuring only (docs/decisions/0027): rewrites a built `index.html` so that the crawlable
//! page's grids carry the app's interactive rows, for `scripts/hydration_probe.mjs` to hydrate.
//!
//! Usage (built as the wasm is, with `--cfg erase_components`):
//! `RUSTFLAGS="--cfg erase_components" cargo run --features ssr,hydration-probe --example hydration_probe_html -- <index.html>`

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: hydration_probe_html <index.html>");
    let html = std::fs::read_to_string(&path).expect("a readable index.html");
    let interactive = stackguide::ui::hydration_probe::grids_html();
    // The grids run from the first category's to the end of the results, before the chooser.
    let start = html
        .find("<div class=\"sg-grid sg-fallback__group\">")
        .expect("the crawlable page's grids");
    let end = start
        + html[start..]
            .find("</div></div></section><section id=\"sg-chooser\"")
            .expect("the end of the results");
    let out = format!("{}{}{}", &html[..start], interactive, &html[end..]);
    std::fs::write(&path, out).expect("a writable file");
    println!("hydration probe: {} bytes of grids rewritten", end - start);
}
