//! Where the app lives: the guide's own page, or the shadow root of a `<stack-guide>` element in
//! another page. Every DOM lookup that differs between the two goes through here.

use crate::embed::{Height, Layout, Theme};
use crate::url_state::PageState;
use leptos::prelude::*;

/// A guide embedded in a `<stack-guide>` element: what its attributes asked for (read by
/// `ui::mount`, decided by `crate::embed::settings`). The app looks
/// its elements up in the shadow root, leaves the host page's URL and history alone, and stores
/// nothing in the host's storage.
pub struct Embedding {
    pub shadow: web_sys::ShadowRoot,
    /// The guide's own page, for the links it copies.
    pub guide_url: Option<String>,
    pub layout: Layout,
    pub theme: Theme,
    pub height: Height,
    /// The guide links' base URL, when the element gives one.
    pub guides_base: Option<String>,
    /// The links it writes open in a new tab.
    pub new_tab: bool,
    /// The state its attributes asked for, and what was ignored; taken when the state is read.
    pub start: Option<(PageState, Vec<String>)>,
}

/// The app's place in the document. Every method is safe to call from a timer that outlives the
/// app: a panic would stop every guide on the page.
#[derive(Clone, Copy)]
pub struct Host {
    embed: StoredValue<Option<Embedding>, LocalStorage>,
}

impl Host {
    pub fn new() -> Host {
        Host {
            embed: StoredValue::new_local(None),
        }
    }

    /// Embeds the app (see [`Embedding`]).
    pub fn embed(&self, embedding: Embedding) {
        self.embed.set_value(Some(embedding));
    }

    /// The app is embedded in another page (a `<stack-guide>` element).
    pub fn embedded(&self) -> bool {
        self.embed.try_with_value(Option::is_some).unwrap_or(false)
    }

    fn shadow(&self) -> Option<web_sys::ShadowRoot> {
        self.embed
            .try_with_value(|e| e.as_ref().map(|e| e.shadow.clone()))
            .flatten()
    }

    /// The app's first element matching `selector`: in its shadow root when embedded, otherwise
    /// in the document. None once the app is gone.
    pub fn find(&self, selector: &str) -> Option<web_sys::Element> {
        let found = match self.shadow() {
            Some(shadow) => shadow.query_selector(selector),
            None if self.embed.is_disposed() => return None,
            None => document().query_selector(selector),
        };
        found.ok().flatten()
    }

    /// The element that has focus, within the app's shadow root when embedded.
    pub fn focused(&self) -> Option<web_sys::Element> {
        match self.shadow() {
            Some(shadow) => shadow.active_element(),
            None => document().active_element(),
        }
    }

    /// The state and notices an embedded app's attributes asked for: once.
    pub fn take_start(&self) -> Option<(PageState, Vec<String>)> {
        self.embed
            .try_update_value(|e| e.as_mut().and_then(|e| e.start.take()))
            .flatten()
    }

    /// The theme an embedded app's `theme` attribute asked for (`Auto` on the guide's page).
    pub fn theme(&self) -> Theme {
        self.embed
            .try_with_value(|e| e.as_ref().map(|e| e.theme))
            .flatten()
            .unwrap_or_default()
    }

    /// What the guide shows: the whole guide on its own page.
    pub fn layout(&self) -> Layout {
        self.embed
            .try_with_value(|e| e.as_ref().map(|e| e.layout))
            .flatten()
            .unwrap_or_default()
    }

    /// An embedded guide's greatest height (its `height` attribute, read).
    pub fn height(&self) -> Height {
        self.embed
            .try_with_value(|e| e.as_ref().map(|e| e.height.clone()))
            .flatten()
            .unwrap_or_default()
    }

    /// Sets `--sg-height` on the `<stack-guide>` element from its `height` attribute; without
    /// one (or with `auto`) the host page's own rule for the element applies, else the
    /// stylesheet's one screen.
    pub fn set_height(&self) {
        use wasm_bindgen::JsCast;
        let Some(element) = self
            .shadow()
            .and_then(|shadow| shadow.host().dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let _ = match self.height() {
            Height::Cap(height) => element.style().set_property("--sg-height", &height),
            Height::Default | Height::Natural => {
                element.style().remove_property("--sg-height").map(drop)
            }
        };
    }

    /// Where the links the guide writes open: `_blank` when its element asks for a new tab.
    pub fn link_target(&self) -> Option<&'static str> {
        let new_tab = self
            .embed
            .try_with_value(|e| e.as_ref().is_some_and(|e| e.new_tab));
        new_tab.unwrap_or(false).then_some("_blank")
    }

    /// The guide's own page, when embedded and known.
    pub fn guide_url(&self) -> Option<String> {
        self.embed
            .try_with_value(|e| e.as_ref().and_then(|e| e.guide_url.clone()))
            .flatten()
    }

    /// The guide is at least `rem` wide (taken as 16 px each): the window without its scroll bar
    /// on the guide's page, the `<stack-guide>` element when embedded. The stylesheet's container
    /// queries follow the same widths (the guide's root, 2 rem of padding inside them).
    pub fn is_wide(&self, rem: i32) -> bool {
        // Rendered at build time: laid out as on a wide screen, which a narrow one then adjusts.
        if !crate::ui::browser::IN_BROWSER {
            return true;
        }
        let width = match self.shadow() {
            Some(shadow) => shadow.host().client_width(),
            None => document()
                .document_element()
                .map_or(i32::MAX, |root| root.client_width()),
        };
        width >= rem * 16
    }

    /// Where the theme is set (`data-theme`): the `<stack-guide>` element when embedded,
    /// otherwise `<html>`.
    pub fn theme_root(&self) -> Option<web_sys::Element> {
        match self.shadow() {
            Some(shadow) => Some(shadow.host()),
            None => document().document_element(),
        }
    }
}

impl Default for Host {
    fn default() -> Host {
        Host::new()
    }
}
