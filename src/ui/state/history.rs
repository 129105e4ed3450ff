//! The page's URL and history, kept in step with its state. Typing replaces the URL once the
//! reader pauses; opening a detail or a comparison pushes an entry so Back closes it. Only
//! [`crate::url_state::write_to_history`] touches the browser's history.

use crate::url_state;
use leptos::prelude::*;

/// How long typing must pause before the URL is replaced.
pub const URL_WRITE_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

fn current_search() -> String {
    // Rendered at build time (the crawlable page), there is no window and no URL yet.
    if !crate::ui::browser::IN_BROWSER {
        return String::new();
    }
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search.trim_start_matches('?').to_string()
}

#[derive(Clone, Copy)]
pub struct History {
    /// The next URL write pushes a history entry instead of replacing.
    push_next: StoredValue<bool>,
    /// A replaceState waiting for typing to pause (see docs/decisions/0011), with its query.
    pending_write: StoredValue<Option<(TimeoutHandle, String)>, LocalStorage>,
    /// The query string (without `?`) the page's URL holds because we put it there, or found it
    /// there: a `popstate` that leaves it unchanged is a jump to an in-page anchor, not Back.
    written: StoredValue<String>,
    /// The open detail / comparison has its own history entry (so closing goes Back).
    detail_pushed: StoredValue<bool>,
    compare_pushed: StoredValue<bool>,
}

impl History {
    pub fn new() -> History {
        History {
            push_next: StoredValue::new(false),
            pending_write: StoredValue::new_local(None),
            written: StoredValue::new(current_search()),
            detail_pushed: StoredValue::new(false),
            compare_pushed: StoredValue::new(false),
        }
    }

    /// Writes `query`, the state as a link carries it: at once as a new entry when something was
    /// opened, otherwise replacing the URL once the reader pauses for [`URL_WRITE_DELAY`].
    pub fn sync(&self, query: String) {
        let push = self.push_next.get_value();
        self.push_next.set_value(false);
        let earlier = self.pending_write.get_value();
        self.pending_write.set_value(None);
        if let Some((handle, earlier)) = earlier {
            handle.clear();
            if push {
                // The entry we leave keeps what was typed before opening the detail.
                self.write(&earlier, false);
            }
        }
        if push {
            self.write(&query, true);
        } else {
            let history = *self;
            let later = query.clone();
            let handle = set_timeout_with_handle(
                move || {
                    history.pending_write.set_value(None);
                    history.write(&later, false);
                },
                URL_WRITE_DELAY,
            );
            if let Ok(handle) = handle {
                self.pending_write.set_value(Some((handle, query)));
            }
        }
    }

    /// Drops a URL change still waiting for typing to pause: for an app taken off the page,
    /// whose state the URL no longer describes (the next app on the page reads the URL).
    pub fn cancel(&self) {
        if let Some(Some((handle, _))) = self.pending_write.try_update_value(Option::take) {
            handle.clear();
        }
    }

    fn write(&self, query: &str, push: bool) {
        url_state::write_to_history(query, push);
        self.written.set_value(query.to_string());
    }

    /// Called on `popstate`: true when the URL's query string is one we put there, which means
    /// the reader followed an in-page anchor (or went Back to the same state): nothing to do.
    /// Otherwise it is remembered and the caller applies it.
    pub fn is_own_url(&self, search: &str) -> bool {
        let search = search.trim_start_matches('?');
        if self.written.with_value(|w| w == search) {
            return true;
        }
        self.written.set_value(search.to_string());
        false
    }

    /// The state came from the URL (load, Back, Forward): nothing open has an entry of its own.
    pub fn forget_entries(&self) {
        self.detail_pushed.set_value(false);
        self.compare_pushed.set_value(false);
    }

    /// The next write shows another view, in an entry of its own.
    pub fn push_view(&self) {
        self.push_next.set_value(true);
    }

    /// The next write opens the detail in an entry of its own.
    pub fn push_detail(&self) {
        self.push_next.set_value(true);
        self.detail_pushed.set_value(true);
    }

    /// The next write opens the comparison in an entry of its own.
    pub fn push_compare(&self) {
        self.push_next.set_value(true);
        self.compare_pushed.set_value(true);
    }

    /// The detail hands over to the comparison: its entry, if it has one, becomes the
    /// comparison's; otherwise the comparison gets one.
    pub fn detail_to_compare(&self) {
        let pushed = self.detail_pushed.get_value();
        self.detail_pushed.set_value(false);
        self.compare_pushed.set_value(pushed);
        self.push_next.set_value(!pushed);
    }

    /// Closes the detail by going Back when it has an entry of its own; false when it has none.
    pub fn back_from_detail(&self) -> bool {
        let pushed = self.detail_pushed.get_value();
        if pushed {
            self.detail_pushed.set_value(false);
            go_back();
        }
        pushed
    }

    /// Closes the comparison by going Back when it has an entry of its own; false when it has none.
    pub fn back_from_compare(&self) -> bool {
        let pushed = self.compare_pushed.get_value();
        if pushed {
            self.compare_pushed.set_value(false);
            go_back();
        }
        pushed
    }
}

impl Default for History {
    fn default() -> History {
        History::new()
    }
}

fn go_back() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}
