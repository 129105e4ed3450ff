//! The page's layout: the whole guide, or what an embedded guide shows, and the state it starts
//! from.

use super::chooser_view::ChooserSection;
use super::compare::{CompareDialog, CompareTray};
use super::detail::DetailDialog;
use super::embedded::{EmbedFrame, EmbeddedCard};
use super::explorer::Explorer;
use super::guides_view::OtherGuides;
use super::page_header::{Notices, PageHeader};
use super::schedule::{AfterFirstPaint, InALaterFrame, InALaterTask};
use super::state::{use_page, Page};
use crate::catalog::Catalog;
use crate::chooser::Rules;
use crate::embed::Layout;
use crate::url_state::{self, View};
use leptos::prelude::*;

/// Where the chooser's answers are remembered between visits.
const ANSWERS_KEY: &str = "answers";

fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Reads the state from the URL, or an embedded app's from its element's attributes (read by
/// [`super::mount::mount_embed`], decided by [`crate::embed::settings`]).
fn initial_state(page: &Page) {
    let (state, ignored) = match page.host.take_start() {
        Some(start) => start,
        None if page.host.embedded() => return,
        None => {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            let decoded =
                url_state::decode_location(&location_search(), &hash, page.catalog, page.rules);
            (decoded.state, decoded.ignored)
        }
    };
    page.apply(state);
    if !ignored.is_empty() {
        page.notices.set(ignored);
    }
}

/// The page's state for [`App`]. The standalone page makes it in a task before the one that
/// mounts the app: the first signals and the first reads of the document (its query string, its
/// `data-guide-base`) also compile the code they run, which made about a third of the task that
/// mounted the app (measured at 4x CPU throttling: 1-11 ms of a 16-49 ms task).
pub(super) fn new_page() -> Page {
    Page::new(app_catalog(), Rules::builtin(), guide_base_url())
}

/// The whole guide page, with a new state.
#[component]
pub fn App() -> impl IntoView {
    view! { <Guide page=new_page() /> }
}

/// The whole guide page, with the state given (see [`new_page`]); embedded, what its element
/// asks for (see [`crate::embed::Layout`]).
#[component]
pub(super) fn Guide(page: Page) -> impl IntoView {
    provide_context(page);
    if !page.host.embedded() {
        return view! { <WholeGuide /> }.into_any();
    }
    super::theme::follow_the_host(page);
    page.host.set_height();
    let content = match page.host.layout() {
        Layout::Full => view! { <WholeGuide /> }.into_any(),
        Layout::Compact => view! { <CompactGuide /> }.into_any(),
        Layout::Card(id) => view! {
            <div class="sg-app sg-app--card">
                <InALaterTask>
                    <UrlState />
                </InALaterTask>
                <Notices />
                <EmbeddedCard id />
            </div>
        }
        .into_any(),
    };
    view! { <EmbedFrame>{content}</EmbedFrame> }.into_any()
}

/// The search box, the results and their count, then the link to the whole guide: a post's
/// guide kept small (`compact`).
#[component]
fn CompactGuide() -> impl IntoView {
    view! {
        <div class="sg-app sg-app--compact">
            <InALaterTask>
                <UrlState />
            </InALaterTask>
            <Notices />
            <div class="sg-main">
                <InALaterFrame>
                    <Explorer />
                </InALaterFrame>
            </div>
            <Overlays />
        </div>
    }
}

/// The whole guide: header, the three views, the dialogs.
#[component]
fn WholeGuide() -> impl IntoView {
    let page = use_page();
    view! {
        <div class="sg-app">
            // The state first, each in a task of its own; then each part that shows it in a
            // frame of its own.
            <InALaterTask>
                <UrlState />
            </InALaterTask>
            <InALaterTask>
                <RememberedAnswers />
            </InALaterTask>
            <InALaterFrame>
                <PageHeader />
            </InALaterFrame>
            <MainColumn>
                // Each view stays built once it is; the others are hidden, so switching keeps
                // what the reader did in each.
                <div class="sg-view" hidden=move || page.view.get() != View::Explore>
                    <InALaterFrame>
                        <Explorer />
                    </InALaterFrame>
                </div>
                <div class="sg-view" hidden=move || page.view.get() != View::Chooser>
                    // Off the start-up path, unless the link opens on it.
                    <AfterFirstPaint later=true
                        first_if=Signal::derive(move || page.view.get() == View::Chooser)>
                        <ChooserSection />
                    </AfterFirstPaint>
                </div>
                <div class="sg-view" hidden=move || page.view.get() != View::Guides>
                    <AfterFirstPaint later=true>
                        <OtherGuides />
                    </AfterFirstPaint>
                </div>
            </MainColumn>
            <Overlays />
        </div>
    }
}

/// The compare tray and the two dialogs, over whatever shows the cards. Needed only once the
/// page is interactive: built after the cards, each in a frame of its own (together they made a
/// task of up to 39 ms at 4x CPU throttling). A link that opens a dialog shows it first, before
/// the filters: it is what the reader came for, and `showModal()` restyles a smaller page then
/// (35-49 ms against 35-64 ms, measured over 10 loads).
#[component]
fn Overlays() -> impl IntoView {
    let page = use_page();
    view! {
        <AfterFirstPaint later=true>
            <CompareTray />
        </AfterFirstPaint>
        <AfterFirstPaint later=true first_if=Signal::derive(move || page.tech.get().is_some())>
            <DetailDialog />
        </AfterFirstPaint>
        <AfterFirstPaint later=true first_if=page.comparing>
            <CompareDialog />
        </AfterFirstPaint>
    }
}

/// The explorer and the chooser: the page's `<main>`, or, embedded, a plain column (the host
/// page has its own main landmark, and there must be one).
#[component]
fn MainColumn(children: Children) -> impl IntoView {
    if use_page().host.embedded() {
        view! { <div class="sg-main">{children()}</div> }.into_any()
    } else {
        view! { <main class="sg-main">{children()}</main> }.into_any()
    }
}

/// Reads the state from the URL, then keeps the URL in step with it, and Back and Forward with
/// the URL. Rendered in a task after the one that mounts the app, before the parts that show the
/// state (measured at 4x CPU throttling: mounting the app, reading the URL and starting these
/// effects made one task of 42-79 ms, most of it each first call compiling its code).
#[component]
fn UrlState() -> impl IntoView {
    let page = use_page();
    initial_state(&page);
    // A page that opens on a search shows its results once the index is built: in short tasks
    // from here, while the parts before the results are built.
    if page.is_searching() {
        page.work.build_index_in_slices();
    }
    // An embedded app leaves the host page's URL and history alone.
    if page.host.embedded() {
        return;
    }

    // Outward sync only: URL and remembered answers follow the state.
    Effect::new(move |_| page.sync_url());
    // Back and Forward restore the state the URL describes.
    // (A click on an in-page anchor fires popstate too, with the query string unchanged.)
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let search = location_search();
        if page.history.is_own_url(&search) {
            return;
        }
        let decoded = url_state::decode(&search, page.catalog, page.rules);
        page.apply(decoded.state);
    });
    on_cleanup(move || {
        popstate.remove();
        page.history.cancel();
    });
}

/// The built-in catalog; in a `synthetic` benchmark build, `?synthetic=N` generates N items.
fn app_catalog() -> &'static Catalog {
    #[cfg(feature = "synthetic")]
    {
        let search = location_search();
        let n = form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
            .find(|(k, _)| k == "synthetic")
            .and_then(|(_, v)| v.parse::<usize>().ok());
        if let Some(n) = n {
            return crate::catalog::synthetic(Catalog::builtin(), n.min(50_000));
        }
    }
    Catalog::builtin()
}

/// The guide base URL: the `data-guide-base` attribute of the element the app mounts into, when
/// it is a valid https URL; otherwise the one in data/guides.json. Read once per page.
fn guide_base_url() -> &'static str {
    use std::sync::OnceLock;
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let configured =
            super::reveal::page_root().and_then(|el| el.get_attribute("data-guide-base"));
        let (base, refused) = crate::guides::choose_base_url(configured.as_deref());
        if let Some(why) = refused {
            leptos::logging::warn!("stackguide: {why}");
        }
        base
    })
}

/// Applies the remembered theme, restores the chooser's remembered answers when the link has
/// none, then remembers them as they change. In a task after the first: the first use of `localStorage` in a page is slow
/// (about 7 ms of a start-up task at 4x CPU throttling, measured), and the chooser renders later.
#[component]
fn RememberedAnswers() -> impl IntoView {
    let page = use_page();
    // The remembered theme too, from the same storage: its switch is built frames later.
    super::theme::apply_stored(page);
    // An embedded app keeps nothing in the host page's storage.
    if page.host.embedded() {
        return;
    }
    if let Some(stored) = crate::storage::load(ANSWERS_KEY) {
        let link = page.answers.get_untracked();
        if let Some(remembered) =
            url_state::remembered_answers(&link, &stored, page.catalog, page.rules)
        {
            page.answers.set(remembered);
        }
    }
    Effect::new(move |_| {
        let answers = page.answers.get();
        let encoded = url_state::encode_answers(&answers, page.rules);
        if encoded.is_empty() {
            crate::storage::remove(ANSWERS_KEY);
        } else {
            crate::storage::save(ANSWERS_KEY, &encoded);
        }
    });
}
