//! Browser tests: mount components into a real DOM in headless Chromium and assert on it.
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use stackguide::catalog::Catalog;
use stackguide::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Leptos updates the DOM asynchronously: let queued effects and a timer turn run.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn fresh_container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let el = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el.dyn_into().unwrap()
}

#[wasm_bindgen_test]
async fn the_page_mounts_and_shows_one_card_per_item() {
    let container = fresh_container();
    let _handle = leptos::mount::mount_to(container.clone(), App);
    tick().await;
    let catalog = Catalog::builtin();
    let cards = container.query_selector_all("article[data-tech]").unwrap();
    assert_eq!(cards.length() as usize, catalog.technologies.len());
    for tech in catalog.technologies {
        let card = container
            .query_selector(&format!("article[data-tech=\"{}\"]", tech.id))
            .unwrap()
            .unwrap_or_else(|| panic!("no card for {}", tech.id));
        let heading = card
            .query_selector("h3")
            .unwrap()
            .expect("a heading in the card");
        assert_eq!(heading.text_content().unwrap(), tech.name);
    }
    let sections = container.query_selector_all("section.sg-category").unwrap();
    assert_eq!(sections.length() as usize, catalog.categories.len());
}
