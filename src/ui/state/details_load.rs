//! The items' details ([`crate::catalog::details`]) as a page fetches them: once, shared by every
//! guide on the page, from beside the wasm.

use crate::catalog::details::{parse, retry_may_help, Detail, DetailsLoad, FILE};
use crate::catalog::Catalog;
use leptos::prelude::*;

/// The page's details. Reference-counted, not owned by the guide that first asked: it outlives
/// every guide (an arena signal was disposed with that guide, and the next read panicked).
pub struct Details(ArcRwSignal<DetailsLoad>);

impl Default for Details {
    fn default() -> Details {
        Details(ArcRwSignal::new(DetailsLoad::NotAsked))
    }
}

impl Details {
    /// The details of the item `id` (tracked; see [`DetailsLoad::of`]).
    pub fn of(&self, id: &str) -> Result<Option<&'static Detail>, bool> {
        self.0.with(|d| d.of(id))
    }

    /// They are being fetched (tracked).
    pub fn loading(&self) -> bool {
        self.0.with(|d| matches!(d, DetailsLoad::Loading))
    }

    /// Fetches them if nothing has asked yet: once the page is idle, so that a detail opened
    /// later does not wait for the network ([`DetailsLoad::should_prefetch`]).
    pub fn prefetch(&self, guide_url: Option<String>) {
        if self.0.with_untracked(DetailsLoad::should_prefetch) {
            self.fetch(guide_url);
        }
    }

    /// Fetches them for a detail, when [`DetailsLoad::should_load`] says so: from the embedded
    /// guide's folder (`guide_url`, embed.js's), else the site's root, where Trunk puts the page's
    /// files.
    pub fn load(&self, guide_url: Option<String>) {
        if self.0.with_untracked(DetailsLoad::should_load) {
            self.fetch(guide_url);
        }
    }

    fn fetch(&self, guide_url: Option<String>) {
        self.0.set(DetailsLoad::Loading);
        let url = crate::navigation::beside_the_wasm(guide_url.as_deref(), FILE);
        let state = self.0.clone();
        leptos::task::spawn_local(async move {
            let loaded = match fetch_text(&url).await {
                // Leaked once at most: a file that does not read is not fetched again.
                Ok(text) => match parse(Box::leak(text.into_boxed_str()), Catalog::builtin()) {
                    Ok(all) => DetailsLoad::Ready(Vec::leak(all)),
                    Err(why) => failed(&url, &why, false),
                },
                Err((why, retry)) => failed(&url, &why, retry),
            };
            state.set(loaded);
        });
    }
}

/// The failure, said once in the console for whoever runs the site.
fn failed(url: &str, why: &str, retry: bool) -> DetailsLoad {
    leptos::logging::warn!("stackguide: the details at {url} could not be loaded: {why}");
    DetailsLoad::Failed { retry }
}

/// The text at `url`, or why not and whether trying again may help ([`retry_may_help`]).
async fn fetch_text(url: &str) -> Result<String, (String, bool)> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let why = |e: wasm_bindgen::JsValue| {
        let text = e.as_string().unwrap_or_else(|| "a network error".into());
        (text, true)
    };
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(why)?;
    let response: web_sys::Response = response.dyn_into().map_err(why)?;
    if !response.ok() {
        let status = response.status();
        return Err((format!("HTTP {status}"), retry_may_help(status)));
    }
    let text = JsFuture::from(response.text().map_err(why)?)
        .await
        .map_err(why)?;
    text.as_string().ok_or_else(|| ("not text".into(), false))
}
