//! An item's detail: the dialog, and the expanded card an embedded guide shows.

use super::guides_view::GuideLinks;
use super::state::{use_page, Page};
use crate::catalog::Technology;
use leptos::html::Dialog;
use leptos::prelude::*;

/// The open technology's detail, as a modal `<dialog>`: focus moves in and returns, Esc closes,
/// the URL carries `tech=<id>` and Back closes it.
#[component]
pub fn DetailDialog() -> impl IntoView {
    let page = use_page();
    let dialog = NodeRef::<Dialog>::new();
    // The element that opened the dialog, and the item, to put focus back on close.
    let opener = StoredValue::new_local(None::<(web_sys::HtmlElement, &'static str)>);
    // Everything but the heading, the close button and the summary, once the dialog is shown.
    let modal = super::modal::ModalDialog::new();

    // Returns the item the dialog shows, to tell a switch to another item from a first opening.
    Effect::new(move |shown: Option<Option<&'static str>>| {
        let tech = page.tech.get();
        // A dialog opens modally only once the app is in the document.
        if !page.revealed.get() {
            return None;
        }
        let el = dialog.get()?;
        match tech {
            Some(id) if !el.open() => {
                opener.set_value(active_element(page).map(|e| (e, id)));
                // Built in this frame, opened in the next, filled in the one after.
                modal.open(el, move || page.tech.get_untracked() == Some(id));
            }
            // Another item in the open dialog (a related one): its top, and focus where opening
            // puts it, since the button that asked for it is gone.
            Some(id) if shown.flatten().is_some_and(|was| was != id) => {
                el.set_scroll_top(0);
                super::dom::focus_when_shown(page, ".sg-detail .sg-dialog__close");
            }
            // Closed by us, by Esc (the browser closes the dialog itself) or by Back.
            None => {
                modal.close(&el);
                // Not when the detail hands over to the comparison, which has focus then.
                if let Some((element, id)) = opener.get_value() {
                    if !page.comparing.get_untracked() {
                        restore_focus(page, element, id);
                    }
                }
                opener.set_value(None);
            }
            _ => {}
        }
        tech
    });

    view! {
        <dialog class="sg-dialog" node_ref=dialog aria-labelledby="sg-detail-title"
            aria-describedby="sg-detail-summary"
            on:close=move |_| page.close_detail()>
            {move || page.tech.get().and_then(|id| page.catalog.technology(id)).map(|tech| view! {
                <div class="sg-dialog__body sg-detail">
                    <DetailHead tech />
                    <Show when=move || modal.filled()>
                        <DetailBody tech />
                    </Show>
                </div>
            })}
        </dialog>
    }
}

fn active_element(page: Page) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    page.host.focused()?.dyn_into().ok()
}

/// Back to the opener; if it was re-rendered meanwhile, or the page opened on the detail (the
/// opener is the page's body), to the card of the item.
fn restore_focus(page: Page, opener: web_sys::HtmlElement, id: &str) {
    let body = document().body();
    if opener.is_connected() && body.as_ref() != Some(&opener) {
        let _ = opener.focus();
    } else {
        super::tech_card::focus_card(page, id);
    }
}

/// Where the item sits in the catalog, its name, the close button and the one-sentence summary:
/// what the dialog opens with.
#[component]
fn DetailHead(tech: &'static Technology) -> impl IntoView {
    let page = use_page();
    let where_ = match page.catalog.category(tech.category) {
        Some(c) => match c.subcategory(tech.subcategory) {
            Some(s) => format!("{} › {}", c.name, s.name),
            None => c.name.to_string(),
        },
        None => tech.category.to_string(),
    };
    view! {
        <div class="sg-dialog__head">
            <div>
                <p class="sg-detail__where">{where_}</p>
                <h2 class="sg-dialog__title" id="sg-detail-title">{tech.name}</h2>
            </div>
            <button type="button" class="sg-button sg-dialog__close" autofocus
                on:click=move |_| page.close_detail()>
                "Close"
                <span class="sg-visually-hidden">" details of " {tech.name}</span>
            </button>
        </div>
        // With the heading, so that a screen reader announcing the dialog as it opens reads it.
        <p class="sg-detail__summary" id="sg-detail-summary">{tech.summary}</p>
    }
}

/// The rest of the detail, filled in once the dialog is shown. Shown as an embedded guide's one
/// card (`card`), there is nothing to compare (a related item replaces the card).
#[component]
pub(super) fn DetailBody(tech: &'static Technology, #[prop(optional)] card: bool) -> impl IntoView {
    let page = use_page();
    let catalog = page.catalog;
    let links = page.series.links(&catalog.guide_ids(tech), page.base_url);
    let related = catalog.related(tech);
    let compared = move || page.is_compared(tech.id);
    let hosting = if tech.hosting.is_empty() {
        "Not applicable".to_string()
    } else {
        tech.hosting
            .iter()
            .map(|h| h.label())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let list = |items: &'static [&'static str]| {
        items.iter().map(|s| view! { <li>{*s}</li> }).collect_view()
    };
    let license = tech.license_line();
    view! {
        {tech.lifecycle.map(|l| view! { <p class="sg-detail__lifecycle">{l.line()}</p> })}
        <Description tech />
        <div class="sg-detail__columns">
            <section aria-labelledby="sg-detail-strengths">
                <h3 id="sg-detail-strengths">"Strengths"</h3>
                <ul>{list(tech.strengths)}</ul>
            </section>
            <section aria-labelledby="sg-detail-tradeoffs">
                <h3 id="sg-detail-tradeoffs">"Trade-offs: when not to pick it"</h3>
                <ul>{list(tech.trade_offs)}</ul>
            </section>
        </div>
        <section aria-labelledby="sg-detail-best">
            <h3 id="sg-detail-best">"Best for"</h3>
            <ul class="sg-chip-list">
                {tech.best_for.iter().map(|b| view! { <li class="sg-chip">{*b}</li> }).collect_view()}
            </ul>
        </section>
        <dl class="sg-facts">
            <dt>"Hosting"</dt><dd>{hosting}</dd>
            <dt>"License"</dt>
            <dd>
                {license}
                {tech.license_note.map(|n| view! { <span class="sg-facts__note">{n}</span> })}
            </dd>
            <dt>"Steward"</dt><dd>{tech.steward}</dd>
            <dt>"Also known as"</dt>
            <dd>{if tech.aliases.is_empty() { "—".to_string() } else { tech.aliases.join(", ") }}</dd>
            <dt>"Website"</dt>
            <dd><a href=tech.website rel="noopener noreferrer" target="_blank">
                {tech.website.trim_start_matches("https://").trim_end_matches('/')}
                <span class="sg-visually-hidden">" (opens in a new tab)"</span>
            </a></dd>
        </dl>
        <section aria-labelledby="sg-detail-related">
            <h3 id="sg-detail-related">"Related"</h3>
            <ul class="sg-related">
                {related.into_iter().map(|r| view! {
                    <li>
                        <button type="button" class="sg-link-button" on:click=move |_| page.open_detail(r.id)>
                            {r.name}
                        </button>
                        <span class="sg-related__summary">{format!(" — {}", r.summary)}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <GuideLinks links label="Related guides" />
        <Sources tech />
        {(!card).then(|| view! {
        <div class="sg-dialog__actions">
            <button type="button" class="sg-button"
                aria-pressed=move || if compared() { "true" } else { "false" }
                on:click=move |_| page.toggle_compare(tech.id)>
                {move || if compared() { "Remove from comparison" } else { "Add to comparison" }}
            </button>
            <button type="button" class="sg-button sg-button--primary"
                disabled=move || !page.compare.with(|c| crate::catalog::compare::can_open(c))
                on:click=move |_| page.switch_detail_to_compare()>
                {move || format!("Compare selected ({})", page.compare.with(|c| c.len()))}
            </button>
        </div>
        })}
    }
}

/// What the detail says while the details load, and when they cannot be had.
const LOADING: &str = "Loading the description and sources…";
const NOT_LOADED: &str = "The description and sources could not be loaded. ";
const NOT_FOUND: &str = "The description and sources could not be found: the guide may have \
    been updated meanwhile. Reload the page to read them.";
const SOURCES_LOADING: &str = "The sources are loading with the description.";
const SOURCES_FAILED: &str = "The sources could not be loaded: see the description above.";

/// The item's description, from the details fetched after the first paint
/// ([`crate::catalog::details`]), and a status line while they load or when they could not be
/// had, with a way to try again where it may help. Only the status is a live region: the
/// description is not read out unasked.
#[component]
fn Description(tech: &'static Technology) -> impl IntoView {
    let page = use_page();
    let details = &page.work.details;
    details.load(page.host.guide_url());
    let container = NodeRef::<leptos::html::Div>::new();
    let try_again = move |_| {
        // Focus stays in the dialog, on the description's place, which the button leaves.
        if let Some(el) = container.get_untracked() {
            let _ = el.focus();
        }
        details.load(page.host.guide_url());
    };
    let text = move || {
        let detail = details.of(tech.id).ok().flatten();
        detail.map(|d| view! { <p>{d.description}</p> })
    };
    let status = move || match details.of(tech.id) {
        Ok(Some(_)) => None,
        Ok(None) => Some(view! { {LOADING} }.into_any()),
        Err(true) => Some(
            view! {
                {NOT_LOADED}
                <button type="button" class="sg-button sg-button--small" on:click=try_again>
                    "Try again"
                </button>
            }
            .into_any(),
        ),
        Err(false) => Some(view! { {NOT_FOUND} }.into_any()),
    };
    view! {
        <div class="sg-detail__description" node_ref=container tabindex="-1"
            aria-busy=move || details.loading().then_some("true")>
            {text}
            <p class="sg-detail__status" aria-live="polite">{status}</p>
        </div>
    }
}

/// Where the item's facts come from: the month they were checked, and the sources once the
/// details have come (the description's status says whether they are loading or why not).
#[component]
fn Sources(tech: &'static Technology) -> impl IntoView {
    let details = &use_page().work.details;
    let month = tech.reviewed_month();
    let content = move || match details.of(tech.id) {
        Ok(Some(detail)) => view! {
            <p>{format!("Reviewed in {month} against these sources:")}</p>
            <ul>
                {detail.references.iter().map(|r| view! {
                    <li><a href=r.url rel="noopener noreferrer" target="_blank">
                        {r.title}
                        <span class="sg-visually-hidden">" (opens in a new tab)"</span>
                    </a></li>
                }).collect_view()}
            </ul>
        }
        .into_any(),
        Ok(None) => view! { <p>{format!("Reviewed in {month}. {SOURCES_LOADING}")}</p> }.into_any(),
        Err(_) => view! { <p>{format!("Reviewed in {month}. {SOURCES_FAILED}")}</p> }.into_any(),
    };
    view! {
        <section class="sg-detail__sources" aria-labelledby="sg-detail-sources">
            <h3 id="sg-detail-sources">"Sources"</h3>
            {content}
        </section>
    }
}
