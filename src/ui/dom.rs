//! Scrolling, focus and clicks: how the components move the reader around the page (or an
//! embedded guide's own scroller).

use super::state::Page;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Scrolls so that `el`'s top edge stands `top` pixels from the top of the window (embedded: of
/// the guide's own scroller, leaving the host page where it is), then keeps it
/// there for the next frames: boxes near the window that skipped layout while off screen
/// (`content-visibility: auto`) take their real height as they come into view, which would push
/// `el` away from where the reader was sent. Stops once it has held still for three frames, or
/// after half a second.
pub(crate) fn hold_at(el: web_sys::Element, top: f64) {
    fn correct(el: &web_sys::Element, top: f64) -> bool {
        let (scroller, origin, _) = scroll_box(el);
        let moved = el.get_bounding_client_rect().top() - origin - top;
        if moved.abs() >= 1.0 {
            match scroller {
                Some(scroller) => scroller.scroll_by_with_x_and_y(0.0, moved),
                None => window().scroll_by_with_x_and_y(0.0, moved),
            }
        }
        moved.abs() < 1.0
    }
    fn next(el: web_sys::Element, top: f64, frames_left: u32, still: u32) {
        request_animation_frame(move || {
            let still = if correct(&el, top) { still + 1 } else { 0 };
            if still < 3 && frames_left > 0 && el.is_connected() {
                next(el, top, frames_left - 1, still);
            }
        });
    }
    correct(&el, top);
    next(el, top, 30, 0);
}

/// What scrolls `el` into view: an embedded guide's own scroller (the guide is capped to a height
/// in the host's post), else the window; with that box's top and height on screen.
fn scroll_box(el: &web_sys::Element) -> (Option<web_sys::Element>, f64, f64) {
    match el.closest(".sg-embed-scroll").ok().flatten() {
        Some(scroller) => {
            let rect = scroller.get_bounding_client_rect();
            (Some(scroller), rect.top(), rect.height())
        }
        None => {
            let height = window().inner_height().ok().and_then(|h| h.as_f64());
            (None, 0.0, height.unwrap_or(0.0))
        }
    }
}

/// A primary-button click without a modifier: the app handles it; any other click on a link is
/// the browser's (a new tab or window).
pub(crate) fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// Moves focus to the element `selector` finds once it is rendered (the next frame), and brings
/// it near the top of the window when it is off screen or in the lower half: what follows it
/// (a result's summary) is then in view too.
pub(crate) fn focus_when_shown(page: Page, selector: &'static str) {
    let before = document().active_element();
    request_animation_frame(move || {
        // A reader who moved focus meanwhile (a fast Tab) keeps it.
        let now = document().active_element();
        let body = document().body().map(web_sys::Element::from);
        if now != before && now.is_some() && now != body {
            return;
        }
        let Some(el) = page
            .host
            .find(selector)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        // We scroll ourselves, and only when needed: the browser's own scroll on focus would
        // move the page a second time.
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
        let (_, origin, height) = scroll_box(&el);
        let top = el.get_bounding_client_rect().top() - origin;
        if top < 0.0 || top > height / 2.0 {
            hold_at(el.into(), 16.0);
        }
    });
}

/// Scrolls to the element of `id` in the guide, if it is there.
pub(crate) fn scroll_to(page: Page, id: &str) {
    if let Some(el) = page.host.find(&format!("#{id}")) {
        hold_at(el, 0.0);
    }
}
