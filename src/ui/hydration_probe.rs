//! Measuring only, never shipped: does taking over the crawlable page's rows (hydration) cost
//! less than building the app's own (docs/decisions/0027)? The native side writes the catalog's
//! grids as the app's interactive rows (`examples/hydration_probe_html.rs`); the wasm side
//! (`--features hydration-probe-client`, driven by `scripts/hydration_probe.mjs`) either hydrates
//! those rows or builds the same rows anew in their place, a category per task or all in one.

use super::category_header::CategoryHeader;
use super::state::Page;
use super::tech_card::{tech_card, CardMarks};
use crate::catalog::{Catalog, Category};
use crate::chooser::Rules;
use leptos::prelude::*;

/// One category's grid rows: its header, then its cards, as the app's row pool builds them.
fn rows(page: Page, category: &'static Category) -> impl IntoView {
    let header = view! { <CategoryHeader category anchor=true /> };
    let cards = page
        .catalog
        .in_category(category.id)
        .map(|tech| tech_card(tech, &CardMarks::new(tech)))
        .collect_view();
    (header, cards)
}

fn new_page() -> Page {
    Page::new(
        Catalog::builtin(),
        Rules::builtin(),
        crate::guides::default_base_url(),
    )
}

/// Every category's grid, with the app's interactive rows: what the crawlable page would carry
/// for the app to take over. Rendered natively with `--cfg erase_components`, as the wasm is
/// built, or the markers the two expect differ.
#[cfg(feature = "ssr")]
pub fn grids_html() -> String {
    let owner = Owner::new();
    owner.with(|| {
        let page = new_page();
        provide_context(page);
        untrack(|| {
            page.catalog
                .categories
                .iter()
                .map(|category| {
                    view! { <div class="sg-grid sg-fallback__group">{rows(page, category)}</div> }
                })
                .collect_view()
                .to_html()
        })
    })
}

#[cfg(all(feature = "hydration-probe-client", target_arch = "wasm32"))]
pub use client::run;

#[cfg(all(feature = "hydration-probe-client", target_arch = "wasm32"))]
mod client {
    use super::*;
    use leptos::tachys::view::{Mountable, Render, RenderHtml};
    use std::time::Duration;
    use wasm_bindgen::JsCast;

    #[derive(Clone, Copy, PartialEq)]
    enum Way {
        Hydrate,
        Build,
    }

    /// Runs the probe the address asks for (`?probe=hydrate|build[-all]`, or `idle`); false when it asks
    /// for none.
    pub fn run() -> bool {
        let search = window().location().search().unwrap_or_default();
        let Some(mode) = search.strip_prefix("?probe=") else {
            return false;
        };
        if mode == "idle" {
            // The page's own frames, for comparison: the probe's code loaded, nothing run.
            set_timeout(finish, Duration::ZERO);
            return true;
        }
        let way = if mode.starts_with("hydrate") {
            Way::Hydrate
        } else {
            Way::Build
        };
        let all_at_once = mode.ends_with("-all");
        set_timeout(move || start(way, all_at_once), Duration::ZERO);
        true
    }

    thread_local! {
        static KEPT: std::cell::RefCell<Vec<Box<dyn std::any::Any>>> = const { std::cell::RefCell::new(Vec::new()) };
        static TIMES: std::cell::RefCell<Vec<f64>> = const { std::cell::RefCell::new(Vec::new()) };
    }

    fn start(way: Way, all_at_once: bool) {
        // Mounting anything sets up Leptos's task executor, which the rows' effects need.
        if let Ok(spare) = document().create_element("div") {
            leptos::mount::mount_to(spare.unchecked_into(), || ()).forget();
        }
        let page = new_page();
        let owner = Owner::new();
        let grids = document()
            .query_selector_all(".sg-fallback__group")
            .expect("a selector");
        let jobs: Vec<(&'static Category, web_sys::Element)> = page
            .catalog
            .categories
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((c, grids.item(i as u32)?.dyn_into().ok()?)))
            .collect();
        if all_at_once {
            for (category, grid) in jobs {
                one(page, &owner, way, category, grid);
            }
            finish();
        } else {
            next(page, owner, way, jobs.into_iter());
        }
    }

    fn next(
        page: Page,
        owner: Owner,
        way: Way,
        mut jobs: impl Iterator<Item = (&'static Category, web_sys::Element)> + 'static,
    ) {
        match jobs.next() {
            Some((category, grid)) => {
                one(page, &owner, way, category, grid);
                set_timeout(move || next(page, owner, way, jobs), Duration::ZERO);
            }
            None => finish(),
        }
    }

    /// Takes over (or rebuilds) one category's grid, and records how long it took.
    fn one(
        page: Page,
        owner: &Owner,
        way: Way,
        category: &'static Category,
        grid: web_sys::Element,
    ) {
        let perf = window().performance().expect("performance");
        let started = perf.now();
        let kept: Box<dyn std::any::Any> = owner.with(|| {
            provide_context(page);
            let view = rows(page, category).into_any();
            untrack(|| match way {
                Way::Hydrate => Box::new(view.hydrate_from::<true>(&grid)),
                Way::Build => {
                    let mut state = view.build();
                    let fresh = document().create_element("div").expect("a div");
                    fresh.set_class_name("sg-grid sg-fallback__group");
                    state.mount(&fresh, None);
                    let _ = grid.replace_with_with_node_1(&fresh);
                    Box::new(state) as Box<dyn std::any::Any>
                }
            })
        });
        KEPT.with(|k| k.borrow_mut().push(kept));
        TIMES.with(|t| t.borrow_mut().push(perf.now() - started));
    }

    /// Tells the driver the times, one per category, in ms.
    fn finish() {
        let times = TIMES.with(|t| {
            t.borrow()
                .iter()
                // In tenths of a ms, as integers: float formatting would add its own code to the
                // build whose size is compared.
                .map(|ms| {
                    let tenths = (ms * 10.0) as u64;
                    format!("{}.{}", tenths / 10, tenths % 10)
                })
                .collect::<Vec<_>>()
                .join(",")
        });
        let _ = document()
            .document_element()
            .expect("html")
            .set_attribute("data-probe-times", &times);
    }
}
