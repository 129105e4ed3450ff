//! The compare tray and the comparison dialog.

use super::state::use_page;
use crate::catalog::compare::{self, compare_rows};
use leptos::html::Dialog;
use leptos::prelude::*;

/// The bar that lists what is picked for comparison, with the button that opens it.
#[component]
pub fn CompareTray() -> impl IntoView {
    let page = use_page();
    let count = move || page.compare.with(|c| c.len());
    view! {
        <Show when=move || { count() > 0 }>
            <aside class="sg-tray" aria-label="Comparison">
                <p class="sg-tray__text">
                    {move || compare::tray_line(count())}
                </p>
                <ul class="sg-tray__items">
                    {move || page.compare.get().into_iter().filter_map(|id| page.catalog.technology(id)).map(|t| view! {
                        <li>
                            <button type="button" class="sg-chip sg-chip--removable"
                                aria-label=format!("Remove {} from the comparison", t.name)
                                on:click=move |_| page.toggle_compare(t.id)>
                                {t.name}<span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
                <button type="button" class="sg-button sg-button--primary" disabled=move || !page.compare.with(|c| compare::can_open(c))
                    on:click=move |_| page.open_compare()>
                    "Compare"
                </button>
                <button type="button" class="sg-button sg-button--quiet"
                    on:click=move |_| { page.close_compare(); page.compare.set(Vec::new()); }>
                    "Clear"
                </button>
            </aside>
        </Show>
    }
}

/// Side by side: every field as a row, with a switch to keep only the rows that differ. On a
/// narrow screen each field lists the items' values one under the other (see the stylesheet).
#[component]
pub fn CompareDialog() -> impl IntoView {
    let page = use_page();
    let dialog = NodeRef::<Dialog>::new();
    let only_differences = RwSignal::new(false);
    // The switch and the table, once the dialog is shown.
    let modal = super::modal::ModalDialog::new();
    Effect::new(move |_| {
        let open = page.comparing.get() && page.compare.with(|c| compare::can_open(c));
        // A dialog opens modally only once the app is in the document.
        if !page.revealed.get() {
            return;
        }
        let Some(el) = dialog.get() else { return };
        if open && !el.open() {
            // Built in this frame, opened in the next, filled in the one after.
            modal.open(el, move || {
                page.comparing.get_untracked()
                    && page.compare.with_untracked(|c| compare::can_open(c))
            });
        } else if !open {
            modal.close(&el);
        }
    });
    let items = move || {
        page.compare
            .get()
            .into_iter()
            .filter_map(|id| page.catalog.technology(id))
            .collect::<Vec<_>>()
    };
    view! {
        <dialog class="sg-dialog sg-dialog--wide" node_ref=dialog aria-labelledby="sg-compare-title"
            on:close=move |_| page.close_compare()>
            <div class="sg-dialog__body">
                <div class="sg-dialog__head">
                    <h2 class="sg-dialog__title" id="sg-compare-title">"Compare side by side"</h2>
                    <button type="button" class="sg-button sg-dialog__close" autofocus
                        on:click=move |_| page.close_compare()>
                        "Close"<span class="sg-visually-hidden">" comparison"</span>
                    </button>
                </div>
                <Show when=move || modal.filled()>
                    <label class="sg-switch">
                        <input type="checkbox" role="switch"
                            prop:checked=move || only_differences.get()
                            on:change:target=move |ev| only_differences.set(ev.target().checked()) />
                        " Only rows that differ"
                    </label>
                    <div class="sg-table-wrap" tabindex="0" role="region" aria-labelledby="sg-compare-title">
                        <table class="sg-compare">
                            <thead>
                                <tr>
                                    <th scope="col"><span class="sg-visually-hidden">"Field"</span></th>
                                    {move || items().into_iter().map(|t| view! { <th scope="col">{t.name}</th> }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                {move || {
                                    let techs = items();
                                    compare_rows(page.catalog, &techs)
                                        .into_iter()
                                        .filter(|row| !only_differences.get() || row.differs)
                                        .map(|row| view! {
                                            <tr data-differs=if row.differs { "true" } else { "false" }>
                                                <th scope="row">{row.label}</th>
                                                // Each cell names its item: on a phone the table
                                                // stacks, a field's values one under the other.
                                                {row.cells.into_iter().zip(&techs).map(|(cell, t)| view! {
                                                    <td>
                                                        <span class="sg-cell__name">{t.name}</span>
                                                        <ul class="sg-cell">{cell.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                                                    </td>
                                                }).collect_view()}
                                            </tr>
                                        })
                                        .collect_view()
                                }}
                            </tbody>
                        </table>
                    </div>
                </Show>
            </div>
        </dialog>
    }
}
