//! The guide page's root, and the moment the app built beside the crawlable fallback in it takes
//! the fallback's place (docs/decisions/0001).

use super::dom::hold_at;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the element the standalone page mounts into (marked `data-sg-page` too).
pub const ROOT_ID: &str = "stackguide";

/// The guide page's root: `#stackguide`, marked `data-sg-page` (index.html), so that a host page
/// with an element of that id is left alone.
pub(crate) fn page_root() -> Option<web_sys::Element> {
    document()
        .get_element_by_id(ROOT_ID)
        .filter(|el| el.has_attribute("data-sg-page"))
}

thread_local! {
    /// The standalone page's root and the element the app is being built in beside the
    /// fallback, until [`reveal`] takes the fallback away.
    static PENDING: std::cell::RefCell<Option<(web_sys::Element, web_sys::Element)>> =
        const { std::cell::RefCell::new(None) };
}

/// Marks the element the app is shown in, once it is: what the end-to-end tests wait for, and
/// what the loader waits for before it registers the offline copy (`scripts/loader.py`).
pub(super) const MOUNTED_ATTR: &str = "data-sg-mounted";
/// Marks the app's element while it is being built behind the fallback (see the stylesheet).
pub(super) const BUILDING_ATTR: &str = "data-sg-building";

/// Starts building the app in `host`, appended to the page's `root` beside the fallback: out of
/// sight and out of reach (inert) until [`reveal`].
pub(super) fn build_beside_fallback(root: web_sys::Element, host: &web_sys::Element) {
    // Out of reach of the keyboard, the pointer and screen readers until it is shown.
    let _ = host.set_attribute("inert", "");
    let _ = host.set_attribute(BUILDING_ATTR, "");
    let _ = root.append_child(host);
    PENDING.with(|p| *p.borrow_mut() = Some((root, host.clone())));
}

/// Shows the app built by [`super::mount::mount`]: takes the fallback away and makes the app visible and
/// reachable where it stood. Only the first call does anything; an app mounted some other way
/// (the browser tests) is already shown.
pub(crate) fn reveal() {
    if let Some((root, host)) = PENDING.with(|p| p.borrow_mut().take()) {
        let reading = reading_position();
        // The fallback (everything before the app, which was appended last) goes and the app
        // stays where it is: moving the app (`replace_children`) would throw away the layout the
        // browser has already done for it.
        while let Some(node) = host.previous_sibling() {
            if root.remove_child(&node).is_err() {
                break;
            }
        }
        let _ = host.remove_attribute(BUILDING_ATTR);
        let _ = host.remove_attribute("inert");
        let _ = host.set_attribute(MOUNTED_ATTR, "");
        if let Some(reading) = reading {
            keep_reading_position(&host, reading);
        }
    }
}

/// Where a reader who has scrolled into the fallback's catalog is: the card or category header
/// that crosses the top of the window (as a selector for the app's copy of it), and how far above
/// the top its top edge is. None at the top of the page, above the catalog or below it.
fn reading_position() -> Option<(String, f64)> {
    if window().scroll_y().unwrap_or(0.0) <= 0.0 {
        return None;
    }
    // A category's own box is known even while its contents skip layout
    // (`content-visibility: auto`): measuring the categories first lays out nothing new.
    let crossing = |list: web_sys::NodeList| {
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .map(|el| {
                let rect = el.get_bounding_client_rect();
                (el, rect.top(), rect.bottom())
            })
            .find(|&(_, _, bottom)| bottom > 0.0)
            // At the top, give or take the fraction of a pixel a jump to an anchor leaves.
            .filter(|&(_, top, _)| top <= 1.0)
    };
    let (group, _, _) = crossing(document().query_selector_all(".sg-fallback__group").ok()?)?;
    let (mark, top, _) = crossing(
        group
            .query_selector_all("article[data-tech], .sg-category[id]")
            .ok()?,
    )?;
    let selector = match mark.get_attribute("data-tech") {
        Some(tech) => format!("article[data-tech=\"{tech}\"]"),
        None => format!("#{}", mark.id()),
    };
    Some((selector, top))
}

/// Scrolls so that the app's copy of what the reader was looking at stands where the fallback's
/// did: the two trees estimate the height of what is off screen differently, so the same scroll
/// offset can show another category. Not when the app shows a search instead of the catalog (its
/// browse grid is then parked). Reading the app's position lays it out in this task rather than
/// in the frame after it: only for a reader scrolled into the catalog.
fn keep_reading_position(host: &web_sys::Element, (selector, top): (String, f64)) {
    if host
        .query_selector(".sg-grid--parked")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let Some(mark) = host.query_selector(&selector).ok().flatten() else {
        return;
    };
    hold_at(mark, top);
}
