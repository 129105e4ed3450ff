//! The page's header: the series line, the title, a short lede, the tabs of the three views, and
//! the notices about the link the reader arrived with; and the category index the Explore view
//! offers. The crawlable page uses them too (`fallback`), with anchors for tabs and no controls
//! that need the app.

use super::schedule::InALaterFrame;
use super::state::use_page;
use super::theme::ThemeToggle;
use crate::url_state::View;
use leptos::prelude::*;

/// The page's title, lede and the views' tabs. For the crawlable page (`fallback`), the tabs
/// are links to its sections; the theme switch and the notices need the app and are left out.
#[component]
pub(crate) fn PageHeader(#[prop(optional)] fallback: bool) -> impl IntoView {
    let page = use_page();
    view! {
        <header class="sg-header">
            {(!fallback).then(|| view! { <SkipToContent /> })}
            <div class="sg-header__bar">
                <p class="sg-header__series">"A guide from the backend series"</p>
                // In a frame of its own (the remembered theme is applied earlier, with the
                // remembered answers).
                {(!fallback).then(|| view! { <InALaterFrame><ThemeToggle /></InALaterFrame> })}
            </div>
            {if page.host.embedded() {
                // In a blog post, under the post's own title.
                view! { <h2 class="sg-header__title">"Backend technologies"</h2> }.into_any()
            } else {
                view! { <h1 class="sg-header__title">"Backend technologies"</h1> }.into_any()
            }}
            <p class="sg-header__lede">{crate::prerender::lede(page.catalog)}</p>
            <ViewTabs fallback />
            {(!fallback).then(|| view! { <Notices /> })}
        </header>
    }
}

/// The three views as tabs: each a link (`?view=…`, or in the crawlable page an anchor to its
/// section) that shows its view in place, in a history entry of its own.
#[component]
fn ViewTabs(fallback: bool) -> impl IntoView {
    let page = use_page();
    view! {
        <nav class="sg-tabs" aria-label="Views">
            {View::ALL.into_iter().map(|view| {
                let href = if fallback {
                    format!("#{}", view.anchor())
                } else {
                    page.href_for(&crate::url_state::PageState { view, ..Default::default() })
                };
                view! {
                    <a href=href class="sg-tab"
                        aria-current=move || (page.view.get() == view).then_some("page")
                        on:click=move |ev| {
                            if !fallback && super::dom::is_plain_click(&ev) {
                                ev.prevent_default();
                                page.show_view(view);
                                bring_tabs_into_view(page);
                            }
                        }>
                        {view.label()}
                    </a>
                }
            }).collect_view()}
        </nav>
    }
}

/// A view opens at its top: when the tabs were scrolled away (a tab reached by keyboard, or a
/// short view after a long one), they come back to the top of the window.
fn bring_tabs_into_view(page: super::state::Page) {
    request_animation_frame(move || {
        if let Some(tabs) = page.host.find(".sg-tabs") {
            if tabs.get_bounding_client_rect().top() < 0.0 {
                super::dom::hold_at(tabs, 0.0);
            }
        }
    });
}

/// The skip link: moves focus past the header to the shown view's content ("Skip to results" on
/// Explore), staying on that view.
fn skip_to_content(page: super::state::Page, ev: &leptos::ev::MouseEvent) {
    ev.prevent_default();
    super::dom::focus_when_shown(page, page.view.get_untracked().skip().1);
}

/// The skip link: a link on the guide's page; embedded, a button (its target is in the shadow
/// root, out of reach of the browser's own anchor jump, and the host page's address must not
/// change).
#[component]
fn SkipToContent() -> impl IntoView {
    let page = use_page();
    let words = move || page.view.get().skip().0;
    if page.host.embedded() {
        view! {
            <button type="button" class="sg-skip" on:click=move |ev| skip_to_content(page, &ev)>
                {words}
            </button>
        }
        .into_any()
    } else {
        let href = move || page.view.get().skip_anchor();
        view! {
            <a class="sg-skip" href=href on:click=move |ev| skip_to_content(page, &ev)>
                {words}
            </a>
        }
        .into_any()
    }
}

/// A link to each category of the catalog.
#[component]
pub(crate) fn CategoryLinks() -> impl IntoView {
    let page = use_page();
    view! {
        <nav class="sg-toc" aria-label="Categories">
            <ul class="sg-toc__list">
                {page.catalog.categories.iter().map(|c| view! {
                    <li><super::category_link::CategoryLink category=c /></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// Messages about the link the reader arrived with, dismissible.
#[component]
pub(super) fn Notices() -> impl IntoView {
    let page = use_page();
    view! {
        <Show when=move || page.notices.with(|n| !n.is_empty())>
            <div class="sg-notice" role="status">
                <p class="sg-notice__title">
                    {if page.host.embedded() {
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
