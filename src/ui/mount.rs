//! Where the app starts: the guide page's root, or a `<stack-guide>` element's shadow root.

use super::app;
use super::reveal::{build_beside_fallback, page_root, MOUNTED_ATTR};
use super::state::Embedding;
use crate::catalog::Catalog;
use crate::chooser::Rules;
use crate::embed::{guide_page, settings, Attributes};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts [`super::App`] into the guide page's root (`#stackguide[data-sg-page]`), beside the crawlable
/// fallback inside it. Any other page mounts nothing: it is a host page, loading the code for its
/// `<stack-guide>` elements (see [`crate::embed`]), and may have an element of that id itself.
///
/// The app is built in the document but out of sight, in the same place as the fallback
/// (invisible, inert, and laid over it), its cards a few at a time in short tasks, while the
/// fallback stays readable. The browser lays each part out in the frame after it is built, so
/// [`super::reveal::reveal`], once every card is in place, only takes the fallback away: the page never shows a
/// half-built grid, and no start-up frame has to lay out the whole guide at once (measured at 4x
/// CPU throttling: swapping a tree built off the document in took 41-51 ms of style and layout).
pub fn mount() {
    // Nothing else in the task that instantiates the wasm, which is long already (measured at 4x
    // throttling: 35-50 ms to compile and instantiate, then 12-25 ms for these first calls).
    set_timeout(mount_now, std::time::Duration::ZERO);
}

fn mount_now() {
    let doc = document();
    let root = page_root().and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    let host = doc
        .create_element("div")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match (root, host) {
        (Some(root), Some(host)) => {
            host.set_class_name("sg-host");
            build_beside_fallback(root.into(), &host);
            // The page's state in this task, the app in the next (see `new_page`).
            let page = app::new_page();
            set_timeout(
                move || {
                    leptos::mount::mount_to(host, move || view! { <app::Guide page /> }).forget()
                },
                std::time::Duration::ZERO,
            );
        }
        (Some(root), None) => {
            root.set_text_content(None);
            let _ = root.set_attribute(MOUNTED_ATTR, "");
            leptos::mount::mount_to(root, app::App).forget();
        }
        (None, _) => {}
    }
}

/// The guide mounted in a `<stack-guide>` element; dropping it takes the guide away.
pub struct Embedded {
    _mounted: Box<dyn std::any::Any>,
}

/// Mounts the guide into `root`, an element in the shadow root of a `<stack-guide>` element,
/// with that element's attributes; `guide_url` is the guide's own page ([`guide_page`]).
/// What the attributes ask for is decided by [`crate::embed::settings`].
/// Fails, with the reason, when `root` is not in a shadow root.
pub fn mount_embed(root: web_sys::HtmlElement, guide_url: &str) -> Result<Embedded, String> {
    let shadow = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .map_err(|_| "stackguide: the embed's root is not in a shadow root".to_string())?;
    let element = shadow.host();
    let given = Attributes::NAMES.map(|name| element.get_attribute(name));
    let attributes = Attributes::from_values(given.each_ref().map(Option::as_deref));
    let settings = settings(&attributes, Catalog::builtin(), Rules::builtin());
    // For the blogger, who may not scroll to the guide's notice.
    for why in &settings.ignored {
        leptos::logging::warn!("stackguide: an attribute of <stack-guide> was ignored: {why}");
    }
    let embedding = Embedding {
        shadow,
        guide_url: guide_page(guide_url),
        layout: settings.layout,
        theme: settings.theme,
        height: settings.height,
        guides_base: settings.guides_base,
        new_tab: settings.new_tab,
        start: Some((settings.state, settings.ignored)),
    };
    let _ = root.set_attribute(MOUNTED_ATTR, "");
    let handle = leptos::mount::mount_to(root, move || {
        let page = app::new_page().embedded_in(embedding);
        view! { <app::Guide page /> }
    });
    Ok(Embedded {
        _mounted: Box::new(handle),
    })
}
