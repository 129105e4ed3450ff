//! The Explore view: the controls, the filters and the results.

use super::state::use_page;
use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

mod controls;
mod facet_panel;
mod result_list;
mod row_pool;

use controls::{LayoutSwitch, SearchBox, SortSelect};
use facet_panel::{ActiveChips, FacetPanel};
use result_list::{ResultCount, ResultList};

/// Search, facets, chips, the result count and the results, grouped by category or flat.
#[component]
pub fn Explorer() -> impl IntoView {
    let page = use_page();
    let results = Memo::new(move |_| page.query.with(|q| page.work.explore(q)));
    // The filters alone: a keystroke changes the query but not them, so what reads only the
    // filters stays still.
    let filters = Memo::new(move |_| page.query.with(|q| q.filters.clone()));
    let search_ref = NodeRef::<Input>::new();
    let as_list = RwSignal::new(false);
    // While the filters are a sheet over the results, what is behind it takes no focus.
    let sheet_open = RwSignal::new(false);
    // A compact embedded guide: the search box, the results and their count.
    let full = page.host.layout().shows_controls();

    // `/` focuses the search box unless the reader is typing somewhere else, or the app is still
    // being built out of sight (the key then stays the browser's). An embedded guide takes it
    // only while it has focus: the rest of the host page keeps its keys.
    let slash = window_event_listener(leptos::ev::keydown, move |ev| {
        if crate::embed::stopped()
            || ev.key() != "/"
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.alt_key()
        {
            return;
        }
        if !page.revealed.get_untracked() {
            return;
        }
        if page.host.embedded() && page.host.focused().is_none() {
            return;
        }
        // Where the key was pressed: inside a shadow root, `target` is its host element.
        let pressed_in = ev
            .composed_path()
            .get(0)
            .dyn_into::<web_sys::EventTarget>()
            .ok();
        if is_typing_target(pressed_in) {
            return;
        }
        if let Some(input) = search_ref.get() {
            ev.prevent_default();
            let _ = input.focus();
        }
    });
    on_cleanup(move || slash.remove());

    view! {
        <section class="sg-explore" class:sg-explore--list=move || as_list.get() id="sg-explore"
            aria-labelledby="sg-explore-title">
            // A compact guide in a post shows its search box first; the heading is for screen readers.
            <h2 class="sg-section-title" class:sg-visually-hidden=!full id="sg-explore-title">
                "Explore the catalog"
            </h2>
            // In a frame of its own: with them, the explorer's frame ran over 50 ms (measured at
            // 4x CPU throttling: 31-39 ms of script, then 22-28 ms of rendering).
            <super::schedule::InALaterFrame>
                <div class="sg-controls" inert=move || sheet_open.get()>
                    <SearchBox search_ref />
                    {full.then(|| view! {
                        <SortSelect />
                        <LayoutSwitch list=as_list />
                        <details class="sg-jump">
                            <summary class="sg-jump__summary">"Jump to a category"</summary>
                            <crate::ui::page_header::CategoryLinks />
                        </details>
                    })}
                </div>
            </super::schedule::InALaterFrame>
            <div class="sg-explore__body">
                // The filters render in a frame after the app is shown, so they do not hold it up.
                {full.then(|| view! {
                    <div class="sg-facets-slot">
                        <super::schedule::AfterFirstPaint>
                            <FacetPanel results filters sheet_open />
                        </super::schedule::AfterFirstPaint>
                    </div>
                })}
                // Busy while start-up is still building the grid.
                // The target of "Skip to results".
                <div class="sg-results" id="sg-results" tabindex="-1" inert=move || sheet_open.get()
                    aria-busy=move || if page.revealed.get() { "false" } else { "true" }>
                    // The level between the section and the cards' headings, when a search
                    // lists them without their categories' headings.
                    <h3 class="sg-visually-hidden">"Results"</h3>
                    <ActiveChips filters />
                    // A page that opens on a search waits for the index its results need.
                    <super::schedule::AfterSearchIndex>
                        <ResultCount results />
                        <super::schedule::InALaterFrame>
                            <ResultList results />
                        </super::schedule::InALaterFrame>
                    </super::schedule::AfterSearchIndex>
                </div>
            </div>
        </section>
    }
}

fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}
