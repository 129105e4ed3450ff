//! Share a result: copy the link that reproduces it, or a Markdown decision record.

use crate::chooser::explain::Outcome;
use crate::chooser::markdown::decision_record;
use crate::ui::state::use_page;
use leptos::prelude::*;

#[component]
pub(super) fn Exports(result: Memo<Outcome>) -> impl IntoView {
    let page = use_page();
    let status = RwSignal::new(String::new());
    let fallback = RwSignal::new(None::<String>);
    let link = move || page.link();
    let copy = move |text: String, what: &'static str| {
        // Cleared first, so that copying again is announced again.
        status.set(String::new());
        // `navigator.clipboard` is undefined outside secure contexts (plain http, not localhost).
        let clipboard = web_sys::window()
            .map(|w| w.navigator().clipboard())
            .filter(|c| !wasm_bindgen::JsValue::from(c.clone()).is_undefined());
        let Some(clipboard) = clipboard else {
            status.set(format!("Select the {what} below and copy it."));
            fallback.set(Some(text));
            return;
        };
        let promise = clipboard.write_text(&text);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => {
                    fallback.set(None);
                    status.set(format!("{what} copied to the clipboard."));
                }
                Err(_) => {
                    status.set(format!(
                        "The clipboard is not available: select the {what} below and copy it."
                    ));
                    fallback.set(Some(text));
                }
            }
        });
    };
    view! {
        <div class="sg-exports">
            <button type="button" class="sg-button sg-button--primary" on:click=move |_| copy(link(), "Link")>"Copy link"</button>
            <button type="button" class="sg-button"
                on:click=move |_| {
                    let md = result.with_untracked(|r| r.as_ref().ok().map(|s| decision_record(s, &link())));
                    if let Some(md) = md {
                        copy(md, "Markdown");
                    }
                }>
                "Copy as Markdown"
            </button>
            <p class="sg-exports__status" role="status" aria-live="polite">{move || status.get()}</p>
            {move || fallback.get().map(|text| view! {
                <label class="sg-exports__fallback">
                    "Copy this text:"
                    <textarea readonly rows="8" prop:value=text></textarea>
                </label>
            })}
        </div>
    }
}
