use super::chooser_view::ChooserSection;
use super::compare::{CompareDialog, CompareTray};
use super::detail::DetailDialog;
use super::explorer::Explorer;
use super::guides_view::OtherGuides;
use super::state::{use_page, Page};
use super::theme::ThemeToggle;
use crate::catalog::Catalog;
use crate::chooser::{Answers, Rules};
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
/// `crate::embed`).
fn initial_state(page: &Page) {
    let (state, ignored) = match page.take_embedded_start() {
        Some(start) => start,
        None if page.embedded() => return,
        None => {
            let decoded = url_state::decode(&location_search(), page.catalog, page.rules);
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

/// The whole guide page, with the state given (see [`new_page`]).
#[component]
pub(super) fn Guide(page: Page) -> impl IntoView {
    provide_context(page);
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
            <div class="sg-layout">
                <MainColumn>
                    <InALaterFrame>
                        <Explorer />
                    </InALaterFrame>
                    // Below the fold: rendered a frame later, off the start-up critical path.
                    <AfterFirstPaint later=true>
                        <ChooserSection />
                    </AfterFirstPaint>
                </MainColumn>
                <InALaterFrame>
                    <OtherGuides />
                </InALaterFrame>
            </div>
            // Needed only once the page is interactive: built after the cards.
            // Each in a frame of its own: together they made a task of up to 39 ms (measured
            // at 4x CPU throttling).
            <AfterFirstPaint later=true>
                <CompareTray />
            </AfterFirstPaint>
            // A link that opens one of them shows it first, before the filters: it is what the
            // reader came for, and opening a modal dialog restyles the rest of the page, which
            // is smaller without them (measured at 4x CPU throttling, `showModal()` of a
            // comparison over 10 loads each: 35-64 ms after the filters, 35-49 ms before).
            <AfterFirstPaint later=true first_if=Signal::derive(move || page.tech.get().is_some())>
                <DetailDialog />
            </AfterFirstPaint>
            <AfterFirstPaint later=true first_if=page.comparing>
                <CompareDialog />
            </AfterFirstPaint>
        </div>
    }
}

/// The explorer and the chooser: the page's `<main>`, or, embedded, a plain column (the host
/// page has its own main landmark, and there must be one).
#[component]
fn MainColumn(children: Children) -> impl IntoView {
    if use_page().embedded() {
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
        page.build_index_in_slices();
    }
    // An embedded app leaves the host page's URL and history alone.
    if page.embedded() {
        return;
    }

    // Outward sync only: URL and remembered answers follow the state.
    Effect::new(move |_| page.sync_url());
    // Back and Forward restore the state the URL describes.
    // (A click on an in-page anchor fires popstate too, with the query string unchanged.)
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let search = location_search();
        if page.is_own_url(&search) {
            return;
        }
        let decoded = url_state::decode(&search, page.catalog, page.rules);
        page.apply(decoded.state);
    });
    on_cleanup(move || {
        popstate.remove();
        page.cancel_url_write();
    });
}

/// The page's title, lede and navigation.
#[component]
fn PageHeader() -> impl IntoView {
    let page = use_page();
    view! {
        <header class="sg-header">
            <div class="sg-header__bar">
                <p class="sg-header__series">"A guide from the backend series"</p>
                // In a frame of its own too (the remembered theme is applied earlier, with the
                // remembered answers).
                <InALaterFrame>
                    <ThemeToggle />
                </InALaterFrame>
            </div>
            {if page.embedded() {
                // In a blog post, under the post's own title.
                view! { <h2 class="sg-header__title">"Backend technologies"</h2> }.into_any()
            } else {
                view! { <h1 class="sg-header__title">"Backend technologies"</h1> }.into_any()
            }}
            <p class="sg-header__lede">{crate::prerender::lede(page.catalog)}</p>
            <nav class="sg-nav" aria-label="Sections">
                <a href="#sg-explore" class="sg-nav__link" on:click=move |ev| {
                    page.view.set(View::Explore);
                    follow_anchor(page, &ev, "sg-explore");
                }
                    aria-current=move || (page.view.get() == View::Explore).then_some("true")>
                    "Explore"
                </a>
                <a href="#sg-chooser" class="sg-nav__link" on:click=move |ev| {
                    page.view.set(View::Chooser);
                    follow_anchor(page, &ev, "sg-chooser");
                }
                    aria-current=move || (page.view.get() == View::Chooser).then_some("true")>
                    "Choose a stack"
                </a>
                <a href="#sg-other-guides" class="sg-nav__link"
                    on:click=move |ev| follow_anchor(page, &ev, "sg-other-guides")>
                    "Other guides"
                </a>
            </nav>
            // In a frame of its own: with it (and the theme switch), the header's frame ran over
            // 50 ms in some loads (measured at 4x CPU throttling: 40-51 ms of script in 3 loads
            // of 10).
            <InALaterFrame>
                <CategoryLinks />
            </InALaterFrame>
            <Notices />
        </header>
    }
}

/// A link to each category of the catalog.
#[component]
fn CategoryLinks() -> impl IntoView {
    let page = use_page();
    view! {
        <nav class="sg-toc" aria-label="Categories">
            <ul class="sg-toc__list">
                {page.catalog.categories.iter().map(|c| {
                    let id = c.id;
                    view! {
                        <li><a href=format!("#sg-cat-{id}") on:click=move |ev| {
                            if super::category_section::go_to_category(page, id) {
                                ev.prevent_default();
                            }
                        }>{c.name}</a></li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
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
        let configured = super::page_root().and_then(|el| el.get_attribute("data-guide-base"));
        let (base, refused) = crate::guides::choose_base_url(configured.as_deref());
        if let Some(why) = refused {
            leptos::logging::warn!("stackguide: {why}");
        }
        base
    })
}

/// Renders its children in a frame of its own, after the one building the component. The app is
/// built out of sight beside the fallback and shown once complete, so this splits start-up into
/// short frames without showing anything half-built: each frame runs one piece (whose first run
/// of code also compiles it) and then lays that piece out. Measured at 4x CPU throttling: the page,
/// its sections and its first cards made one task of about 100 ms; the pieces run in back-to-back
/// zero-delay timers made one frame of 70-110 ms once the browser laid them out together.
#[component]
pub(super) fn InALaterFrame(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    after_next_paint(Turn::Next, move || ready.set(true));
    move || ready.get().then(|| children())
}

/// Renders its children in a task of its own: for the parts with nothing to lay out (the state
/// from the URL and from storage), which need no frame. They run before the parts that show the
/// state because their timers are queued while the app mounts, and a part that waits for a frame
/// queues its timer only in the frame's callback, after that task.
#[component]
pub(super) fn InALaterTask(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || ready.set(true), std::time::Duration::ZERO);
    move || ready.get().then(|| children())
}

/// Renders its children once the search index is built, when the page opens on a search (see
/// [`Page::when_index_built`]); at once otherwise.
#[component]
pub(super) fn AfterSearchIndex(children: ChildrenFn) -> impl IntoView {
    let page = use_page();
    let ready = RwSignal::new(false);
    if page.is_searching() {
        page.when_index_built(move || ready.set(true));
    } else {
        ready.set(true);
    }
    move || ready.get().then(|| children())
}

/// Renders its children once the app is on the page, in a frame of their own: the parts
/// rendered this way (a dialog the link opens, the filters and their tags, then the chooser and
/// the other dialogs) each build and lay out after the previous one has been painted, rather than
/// all in the frame that shows the app.
/// Measured with long-animation-frame entries at 4x CPU throttling: run back to back in zero-delay
/// timers, they joined the app's first frame into one of about 100 ms.
#[component]
pub(super) fn AfterFirstPaint(
    children: ChildrenFn,
    /// After the parts without it: for what the reader does not see or use first.
    #[prop(optional)]
    later: bool,
    /// Before every other part when this holds once the app is shown: for a dialog the page
    /// opens on (see [`crate::ui::ModalDialog`]).
    #[prop(optional, into)]
    first_if: Signal<bool>,
) -> impl IntoView {
    let page = use_page();
    let ready = RwSignal::new(false);
    Effect::new(move |scheduled: Option<bool>| {
        if scheduled == Some(true) {
            return true;
        }
        if !page.revealed.get() {
            return false;
        }
        let turn = match (first_if.get_untracked(), later) {
            (true, _) => Turn::First,
            (false, true) => Turn::Later,
            (false, false) => Turn::Next,
        };
        after_next_paint(turn, move || ready.set(true));
        true
    });
    move || ready.get().then(|| children())
}

/// Where a piece waiting for a painted frame goes among the others waiting: after those of its
/// own turn and before those of a later one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Turn {
    /// What the reader came for: a dialog the link opens.
    First,
    /// The next part of start-up.
    Next,
    /// What the reader does not see or use first.
    Later,
}

/// The work [`after_next_paint`] has queued, run one piece per frame.
#[derive(Default)]
struct AfterPaint {
    /// Each piece, with its turn; in the order they run.
    queue: std::collections::VecDeque<(Turn, Box<dyn FnOnce()>)>,
    /// A frame callback is waiting to run the next piece.
    scheduled: bool,
}

thread_local! {
    static AFTER_PAINT: std::cell::RefCell<AfterPaint> = std::cell::RefCell::default();
}

/// Runs `work` in a task after the next frame has been painted; queued pieces run one per
/// frame (an animation frame callback, then a zero-delay timer, which runs after the frame), in
/// the order of their [`Turn`], and of their queueing within a turn. In a hidden tab, which paints
/// no frames, each piece runs in a zero-delay timer instead.
pub(super) fn after_next_paint(turn: Turn, work: impl FnOnce() + 'static) {
    let start = AFTER_PAINT.with(|after| {
        let mut after = after.borrow_mut();
        let at = after.queue.partition_point(|(queued, _)| *queued <= turn);
        after.queue.insert(at, (turn, Box::new(work)));
        !std::mem::replace(&mut after.scheduled, true)
    });
    if start {
        run_after_next_paint();
    }
}

fn run_after_next_paint() {
    let run = || set_timeout(run_next_piece, std::time::Duration::ZERO);
    if document().hidden() {
        // A hidden tab paints no frames, so there is no frame to keep short: the work goes on in
        // (throttled) timers rather than wait until the tab is shown. A piece already waiting for
        // a frame when the tab is hidden still waits until it is shown.
        run();
    } else {
        request_animation_frame(run);
    }
}

fn run_next_piece() {
    // Not borrowed while it runs: the work may queue more.
    let work = AFTER_PAINT.with(|after| after.borrow_mut().queue.pop_front());
    if let Some((_, work)) = work {
        work();
    }
    let more = AFTER_PAINT.with(|after| {
        let mut after = after.borrow_mut();
        after.scheduled = !after.queue.is_empty();
        after.scheduled
    });
    if more {
        run_after_next_paint();
    }
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
    if page.embedded() {
        return;
    }
    if page.answers.with_untracked(|a| a.is_empty()) {
        if let Some(stored) = crate::storage::load(ANSWERS_KEY) {
            // Stored text is untrusted: decoded like a URL, anything odd is dropped.
            let remembered = url_state::decode(&stored, page.catalog, page.rules);
            if !remembered.state.answers.is_empty() {
                page.answers.set(remembered.state.answers);
            }
        }
    }
    Effect::new(move |_| {
        let answers = page.answers.get();
        let encoded = answers_only(&answers, page.rules);
        if encoded.is_empty() {
            crate::storage::remove(ANSWERS_KEY);
        } else {
            crate::storage::save(ANSWERS_KEY, &encoded);
        }
    });
}

/// The answers alone, as a query string: what is remembered.
fn answers_only(answers: &Answers, rules: &Rules) -> String {
    let state = url_state::PageState {
        answers: answers.clone(),
        ..Default::default()
    };
    url_state::encode(&state, rules)
}

/// A link to `#id` in an embedded guide: its target is in the shadow root, out of the browser's
/// reach, and the host page's address must not change. Scrolls to it instead.
fn follow_anchor(page: Page, ev: &leptos::ev::MouseEvent, id: &str) {
    if page.embedded() {
        ev.prevent_default();
        scroll_to(page, id);
    }
}

pub(super) fn scroll_to(page: Page, id: &str) {
    if let Some(el) = page.find(&format!("#{id}")) {
        super::hold_at(el, 0.0);
    }
}

/// Messages about the link the reader arrived with, dismissible.
#[component]
fn Notices() -> impl IntoView {
    let page = use_page();
    view! {
        <Show when=move || page.notices.with(|n| !n.is_empty())>
            <div class="sg-notice" role="status">
                <p class="sg-notice__title">
                    {if page.embedded() {
                        "Some settings given to this embedded guide were ignored:"
                    } else {
                        "Some settings in this link were ignored:"
                    }}
                </p>
                <ul class="sg-notice__list">
                    {move || page.notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
                <button type="button" class="sg-button sg-button--quiet" on:click=move |_| page.notices.set(Vec::new())>
                    "Dismiss"
                </button>
            </div>
        </Show>
    }
}
