//! Browser tests: mount the app into a real DOM in headless Chromium and assert on it.
//! Run with `cargo test --target wasm32-unknown-unknown --test web` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use stackguide::catalog::{Catalog, Hosting};
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

/// Each test starts from a clean URL: the app reads its state from the query string, and the
/// tests share one page.
fn fresh_container() -> web_sys::HtmlElement {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let el = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el.dyn_into().unwrap()
}

/// Mounts the app and waits until every card is in place (the parts are built a frame apart and
/// the grid a few rows per pass; `.sg-results` is `aria-busy` until then) and the filters are shown (they are built
/// hidden and shown a frame later; the tags render when opened).
async fn mount_app(
    container: &web_sys::HtmlElement,
) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    let handle = leptos::mount::mount_to(container.clone(), App);
    for _ in 0..500 {
        tick().await;
        let ready = container
            .query_selector(".sg-results[aria-busy=\"false\"]")
            .unwrap()
            .is_some()
            && container
                .query_selector(".sg-facets:not([hidden]) .sg-facet__option")
                .unwrap()
                .is_some();
        if ready {
            return handle;
        }
    }
    panic!("the app never finished building its grid");
}

/// Waits `ms` milliseconds (a timer, so the page's own timers run meanwhile).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn visible_cards(container: &web_sys::HtmlElement) -> Vec<String> {
    let cards = container.query_selector_all("article[data-tech]").unwrap();
    (0..cards.length())
        .filter_map(|i| cards.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        // A card is shown unless it waits in the parked browse grid or under a hidden ancestor.
        .filter(|el| el.closest("[hidden], .sg-grid--parked").unwrap().is_none())
        .map(|el| el.get_attribute("data-tech").unwrap())
        .collect()
}

/// The cards shown for the search "rabitmq" (a typo): RabbitMQ first, and not every card.
fn cards_for_rabitmq(container: &web_sys::HtmlElement) -> Vec<String> {
    let cards = visible_cards(container);
    assert_eq!(
        cards.first().map(String::as_str),
        Some("rabbitmq"),
        "{cards:?}"
    );
    assert!(cards.len() < Catalog::builtin().technologies.len());
    cards
}

/// The app's search box.
fn search_box(container: &web_sys::HtmlElement) -> web_sys::HtmlInputElement {
    container
        .query_selector("#sg-search-input")
        .unwrap()
        .expect("the search box")
        .dyn_into()
        .unwrap()
}

/// Types `text` into `input` as a reader would (its value, then an `input` event), and waits a
/// tick for the app to follow.
async fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
}

fn text_of(container: &web_sys::HtmlElement, selector: &str) -> String {
    container
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_page_mounts_and_shows_one_card_per_item() {
    let container = fresh_container();
    let handle = mount_app(&container).await;
    let catalog = Catalog::builtin();
    assert_eq!(visible_cards(&container).len(), catalog.technologies.len());
    for tech in catalog.technologies {
        let card = container
            .query_selector(&format!("article[data-tech=\"{}\"]", tech.id))
            .unwrap()
            .unwrap_or_else(|| panic!("no card for {}", tech.id));
        let heading = card
            .query_selector("h4")
            .unwrap()
            .expect("a heading in the card");
        assert_eq!(heading.text_content().unwrap(), tech.name);
    }
    drop(handle);
    container.remove();
}

/// A page that opens on a search builds the search index in slices and shows the result count and
/// the results once it is built (src/ui/app.rs `AfterSearchIndex`): they come, and agree.
#[wasm_bindgen_test]
async fn a_link_with_a_search_shows_its_results_once_the_index_is_built() {
    let container = fresh_container();
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}?q=rabitmq")),
        )
        .unwrap();
    let handle = mount_app(&container).await;
    let cards = cards_for_rabitmq(&container);
    let count = match cards.len() {
        1 => "1 technology matches".to_string(),
        n => format!(
            "{n} of {} technologies match",
            Catalog::builtin().technologies.len()
        ),
    };
    assert_eq!(text_of(&container, ".sg-result-count"), count);
    drop(handle);
    container.remove();
}

#[wasm_bindgen_test]
async fn typing_filters_the_cards() {
    let container = fresh_container();
    let handle = mount_app(&container).await;
    let input = search_box(&container);
    type_into(&input, "rabitmq").await;
    cards_for_rabitmq(&container);
    assert!(text_of(&container, ".sg-result-count").contains("match"));
    let marks = container
        .query_selector_all("article[data-tech=\"rabbitmq\"] mark")
        .unwrap();
    assert!(marks.length() > 0, "the typo match is highlighted");

    // Typing on in a word moves the end of the mark; the name stays whole.
    let name_marks = |container: &web_sys::HtmlElement| {
        let marks = container
            .query_selector_all("article[data-tech=\"rabbitmq\"] .sg-card__open mark")
            .unwrap();
        (0..marks.length())
            .filter_map(|i| marks.item(i)?.text_content())
            .collect::<Vec<_>>()
    };
    for (typed, marked) in [("rabb", "Rabb"), ("rabbit", "Rabbit"), ("rab", "Rab")] {
        type_into(&input, typed).await;
        assert_eq!(name_marks(&container), [marked], "typed {typed}");
        assert_eq!(
            text_of(&container, "article[data-tech=\"rabbitmq\"] .sg-card__open"),
            "RabbitMQ"
        );
    }

    // Clearing the search shows every card again, with no mark left and the text whole.
    type_into(&input, "").await;
    assert_eq!(
        visible_cards(&container).len(),
        Catalog::builtin().technologies.len()
    );
    let marks = container.query_selector_all("article mark").unwrap();
    assert_eq!(marks.length(), 0, "no mark is left after clearing");
    assert_eq!(
        text_of(&container, "article[data-tech=\"rabbitmq\"] .sg-card__open"),
        "RabbitMQ"
    );
    drop(handle);
    container.remove();
}

#[wasm_bindgen_test]
async fn a_facet_click_updates_counts_and_chips() {
    let container = fresh_container();
    let handle = mount_app(&container).await;
    let count_of = |label: &str| -> String {
        let options = container.query_selector_all(".sg-facet__option").unwrap();
        (0..options.length())
            .filter_map(|i| options.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .find(|el| {
                el.query_selector(".sg-check__label")
                    .unwrap()
                    .unwrap()
                    .text_content()
                    .unwrap()
                    == label
            })
            .map(|el| {
                el.query_selector(".sg-count")
                    .unwrap()
                    .unwrap()
                    .text_content()
                    .unwrap()
            })
            .unwrap_or_else(|| panic!("no facet option {label}"))
    };
    let serverless_before = count_of("Serverless");
    // The tags are closed at first; opened, they render, and a tag's count can be read.
    let tags: web_sys::HtmlElement = container
        .query_selector(".sg-facet__more")
        .unwrap()
        .expect("the tags' disclosure")
        .dyn_into()
        .unwrap();
    let set_tags_open = |open: bool| {
        if open {
            tags.set_attribute("open", "").unwrap();
        } else {
            tags.remove_attribute("open").unwrap();
        }
    };
    assert!(
        container
            .query_selector(".sg-facet__more .sg-facet__option")
            .unwrap()
            .is_none(),
        "no tag is built before the tags are opened"
    );
    set_tags_open(true);
    for _ in 0..200 {
        tick().await;
        if container
            .query_selector(".sg-facet__more .sg-facet__option")
            .unwrap()
            .is_some()
        {
            break;
        }
    }
    let aws_before: usize = count_of("AWS").parse().unwrap();
    // Closed again: the filter below changes the tags' counts while they are not shown.
    set_tags_open(false);
    tick().await;
    // Tick "Caching": only caching items show, a chip appears, other groups' counts narrow.
    let options = container.query_selector_all(".sg-facet__option").unwrap();
    let caching = (0..options.length())
        .filter_map(|i| options.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .find(|el| el.text_content().unwrap().starts_with("Caching"))
        .expect("a Caching option");
    let checkbox: web_sys::HtmlInputElement = caching
        .query_selector("input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    checkbox.click();
    tick().await;
    let caching_items: Vec<&str> = Catalog::builtin()
        .technologies
        .iter()
        .filter(|t| t.category == "caching")
        .map(|t| t.id)
        .collect();
    let cards = visible_cards(&container);
    assert_eq!(cards, caching_items);
    assert!(
        text_of(&container, ".sg-chips").contains("Caching"),
        "a removable chip"
    );
    let serverless_caches = Catalog::builtin()
        .technologies
        .iter()
        .filter(|t| t.category == "caching" && t.hosting.contains(&Hosting::Serverless))
        .count();
    assert_eq!(count_of("Serverless"), serverless_caches.to_string());
    assert_ne!(serverless_before, serverless_caches.to_string());
    // Opened again, the tags catch up with the filter.
    set_tags_open(true);
    tick().await;
    let aws_after: usize = count_of("AWS").parse().unwrap();
    assert!(aws_after < aws_before, "AWS: {aws_before} -> {aws_after}");
    // The chip removes the filter again.
    let chip: web_sys::HtmlElement = container
        .query_selector(".sg-chip--removable")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    chip.click();
    tick().await;
    assert_eq!(
        visible_cards(&container).len(),
        Catalog::builtin().technologies.len()
    );
    drop(handle);
    container.remove();
}

/// An app taken off the page drops the URL change it was waiting to write (the URL follows the
/// search once typing pauses for `URL_WRITE_DELAY`). Written late, it replaced the link the next
/// app on the page was opening: a CI run saw `?q=rabitmq` open on every card.
#[wasm_bindgen_test]
async fn an_app_taken_off_the_page_leaves_the_url_alone() {
    let container = fresh_container();
    let handle = mount_app(&container).await;
    let input = search_box(&container);
    type_into(&input, "kafka").await;
    drop(handle);
    container.remove();
    let location = web_sys::window().unwrap().location();
    let before = location.search().unwrap();
    let delay = stackguide::ui::state::URL_WRITE_DELAY.as_millis() as i32;
    sleep(delay * 2).await;
    assert_eq!(location.search().unwrap(), before);
}

/// Guides of one page share their catalog's search index (src/ui/state.rs `CatalogWork`): two
/// that wait for it while it is being built both get it.
#[wasm_bindgen_test]
async fn guides_waiting_for_one_index_all_get_it() {
    use stackguide::ui::state::Page;
    // A catalog of its own, whose index no earlier test has built.
    let catalog: &'static Catalog = Box::leak(Box::new(*Catalog::builtin()));
    let owner = leptos::prelude::Owner::new();
    let done = std::rc::Rc::new(std::cell::Cell::new(0));
    let built_at_once = owner.with(|| {
        let pages = [(); 2].map(|()| {
            Page::new(
                catalog,
                stackguide::chooser::Rules::builtin(),
                "https://roadmap.sh",
            )
        });
        for page in pages {
            let done = done.clone();
            page.work.when_index_built(move || done.set(done.get() + 1));
        }
        done.get()
    });
    // Built in slices, a task at a time: nobody got it at once.
    assert_eq!(built_at_once, 0);
    for _ in 0..500 {
        if done.get() == 2 {
            break;
        }
        tick().await;
    }
    assert_eq!(done.get(), 2);
}
