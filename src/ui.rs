//! Components: they wire signals to views and hold no business logic. Everything they show comes
//! from [`crate::catalog`], [`crate::chooser`] and [`crate::guides`]; shared state lives in
//! [`state::Page`].

mod app;
mod category_section;
mod chooser_view;
mod compare;
mod detail;
mod embedded;
mod explorer;
pub mod fallback;
mod guides_view;
mod highlight;
#[cfg(feature = "hydration-probe")]
pub mod hydration_probe;
mod page_header;
mod schedule;
pub mod state;
mod tech_card;
mod theme;

pub use app::App;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the code runs in a browser: the same components also render the crawlable page at
/// build time (natively, with the `ssr` feature), where there is no window or document.
pub(crate) const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

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
const MOUNTED_ATTR: &str = "data-sg-mounted";
/// Marks the app's element while it is being built behind the fallback (see the stylesheet).
const BUILDING_ATTR: &str = "data-sg-building";

/// Mounts [`App`] into the guide page's root (`#stackguide[data-sg-page]`), beside the crawlable
/// fallback inside it. Any other page mounts nothing: it is a host page, loading the code for its
/// `<stack-guide>` elements (see [`crate::embed`]), and may have an element of that id itself.
///
/// The app is built in the document but out of sight, in the same place as the fallback
/// (invisible, inert, and laid over it), its cards a few at a time in short tasks, while the
/// fallback stays readable. The browser lays each part out in the frame after it is built, so
/// [`reveal`], once every card is in place, only takes the fallback away: the page never shows a
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
            // Out of reach of the keyboard, the pointer and screen readers until it is shown.
            let _ = host.set_attribute("inert", "");
            let _ = host.set_attribute(BUILDING_ATTR, "");
            let _ = root.append_child(&host);
            PENDING.with(|p| *p.borrow_mut() = Some((root.into(), host.clone().into())));
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
            leptos::mount::mount_to(root, App).forget();
        }
        (None, _) => {}
    }
}

/// The guide mounted in a `<stack-guide>` element; dropping it takes the guide away.
pub struct Embedded {
    _mounted: Box<dyn std::any::Any>,
}

/// Mounts the guide into `root`, embedded as `embedding` says (see [`crate::embed::mount`]).
pub fn mount_embed(root: web_sys::HtmlElement, embedding: state::Embedding) -> Embedded {
    let _ = root.set_attribute(MOUNTED_ATTR, "");
    let handle = leptos::mount::mount_to(root, move || {
        let page = app::new_page().embedded_in(embedding);
        view! { <app::Guide page /> }
    });
    Embedded {
        _mounted: Box::new(handle),
    }
}

/// A modal dialog whose body is filled in after it opens: what the dialogs share.
#[derive(Clone, Copy)]
pub(crate) struct ModalDialog {
    /// The body is shown.
    filled: RwSignal<bool>,
}

impl ModalDialog {
    pub(crate) fn new() -> ModalDialog {
        ModalDialog {
            filled: RwSignal::new(false),
        }
    }

    /// Opens `dialog`, then fills in its body (see [`open_modal_after_paint`]).
    pub(crate) fn open(
        self,
        dialog: web_sys::HtmlDialogElement,
        still_wanted: impl Fn() -> bool + 'static,
    ) {
        // Not once the app is gone (its dialog first, then the page's state): reading a signal
        // that was disposed would panic, and one panic stops every guide on the page.
        let filled = self.filled;
        let still_wanted = move || !filled.is_disposed() && still_wanted();
        open_modal_after_paint(dialog, still_wanted, move || self.filled.set(true));
    }

    /// Closes `dialog` (if it is open) and empties its body.
    pub(crate) fn close(self, dialog: &web_sys::HtmlDialogElement) {
        if self.filled.get_untracked() {
            self.filled.set(false);
        }
        if dialog.open() {
            dialog.close();
        }
    }

    /// Whether the body is shown; tracked.
    pub(crate) fn filled(self) -> bool {
        self.filled.get()
    }
}

/// Opens `dialog` modally in a task after the next frame has been painted, if `still_wanted`
/// then (the reader may have closed it or asked for another), and calls `opened` in a task after
/// the frame that shows it, if it is still open and wanted. The dialog is built in the task that
/// asks for it and opened in the next, with only its heading; `opened` fills in the rest.
/// `showModal()` makes the rest of the page inert and restyles all of it, and moving focus in
/// lays out the dialog in the same task: measured at 4x CPU throttling, a link that opened a
/// detail made one task of 50-58 ms, `showModal()` alone 34 ms, and a comparison's
/// `showModal()` took 35-64 ms.
///
/// While another modal dialog is open (a detail handing over to the comparison) the page is
/// inert and restyled already, and waiting would paint a frame with neither dialog: it opens and
/// fills in at once.
fn open_modal_after_paint(
    dialog: web_sys::HtmlDialogElement,
    still_wanted: impl Fn() -> bool + 'static,
    opened: impl FnOnce() + 'static,
) {
    // In the dialog's own tree: the document, or an embed's shadow root.
    let root = dialog.get_root_node();
    let open_dialog = match root.dyn_ref::<web_sys::DocumentFragment>() {
        Some(shadow) => shadow.query_selector("dialog[open]"),
        None => document().query_selector("dialog[open]"),
    };
    let another_open = open_dialog
        .ok()
        .flatten()
        .is_some_and(|open| !open.is_same_node(Some(dialog.unchecked_ref())));
    let still_wanted = std::rc::Rc::new(still_wanted);
    let open = move |fill_later: bool| {
        if dialog.open() || !dialog.is_connected() || !still_wanted() {
            return;
        }
        if dialog.show_modal().is_err() {
            dialog.set_open(true);
        }
        let fill = move || {
            if dialog.open() && still_wanted() {
                opened();
            }
        };
        if fill_later {
            schedule::after_next_paint(schedule::Turn::First, fill);
        } else {
            fill();
        }
    };
    if another_open {
        open(false);
    } else {
        schedule::after_next_paint(schedule::Turn::First, move || open(true));
    }
}

/// Milliseconds on the page's clock; 0 where there is none (start-up's passes are then sized
/// as quick ones, and the search index is built in one task).
pub(crate) fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Shows the app built by [`mount`]: takes the fallback away and makes the app visible and
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
pub(crate) fn focus_when_shown(page: state::Page, selector: &'static str) {
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
