//! Start-up in short frames: the parts of the app render a frame (or a task) apart, in the
//! order of their [`Turn`], so no frame after the first paint runs long (docs/decisions/0005).
//! Everything that waits for a painted frame, for a task of its own, or for the search index
//! goes through here.

use super::state::use_page;
use leptos::prelude::*;

/// Renders its children in a frame of its own, after the one building the component. The app is
/// built out of sight beside the fallback and shown once complete, so this splits start-up into
/// short frames without showing anything half-built: each frame runs one piece (whose first run
/// of code also compiles it) and then lays that piece out. Measured at 4x CPU throttling: the page,
/// its sections and its first cards made one task of about 100 ms; the pieces run in back-to-back
/// zero-delay timers made one frame of 70-110 ms once the browser laid them out together.
#[component]
pub(crate) fn InALaterFrame(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    after_next_paint(Turn::Next, move || ready.set(true));
    move || ready.get().then(|| children())
}

/// Renders its children in a task of its own: for the parts with nothing to lay out (the state
/// from the URL and from storage), which need no frame. They run before the parts that show the
/// state because their timers are queued while the app mounts, and a part that waits for a frame
/// queues its timer only in the frame's callback, after that task.
#[component]
pub(crate) fn InALaterTask(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || ready.set(true), std::time::Duration::ZERO);
    move || ready.get().then(|| children())
}

/// Renders its children once the search index is built, when the page opens on a search (see
/// [`Page::when_index_built`]); at once otherwise.
#[component]
pub(crate) fn AfterSearchIndex(children: ChildrenFn) -> impl IntoView {
    let page = use_page();
    let ready = RwSignal::new(false);
    if page.is_searching() {
        page.work.when_index_built(move || ready.set(true));
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
pub(crate) fn AfterFirstPaint(
    children: ChildrenFn,
    /// After the parts without it: for what the reader does not see or use first.
    #[prop(optional)]
    later: bool,
    /// Before every other part when this holds once the app is shown: for a dialog the page
    /// opens on (see [`crate::ui::modal::ModalDialog`]).
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
pub(crate) enum Turn {
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
pub(crate) fn after_next_paint(turn: Turn, work: impl FnOnce() + 'static) {
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
