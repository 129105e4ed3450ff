//! The filters: each group's options with their counts, kept up to date in place, and the
//! active filters as removable chips.

use crate::catalog::facets::{
    filter_options, option_states, FacetGroup, Filter, FilterOption, Filters, OptionState, Results,
};
use crate::ui::state::use_page;
use leptos::html::{Input, Span};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One checkbox of a facet group, with its count. Rendered once; [`FacetPanel`] keeps its
/// count, tick and `disabled` up to date through the two node refs.
#[component]
fn FacetOption(
    filter: Filter,
    label: &'static str,
    state: OptionState,
    input: NodeRef<Input>,
    count: NodeRef<Span>,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    let page = use_page();
    view! {
        <li class=if nested { "sg-facet__option sg-facet__option--nested" } else { "sg-facet__option" }>
            <label class="sg-check">
                <input
                    type="checkbox"
                    node_ref=input
                    checked=state.checked
                    disabled=state.disabled
                    on:change=move |_| page.query.update(|q| q.filters.toggle(filter.clone()))
                />
                <span class="sg-check__label">{label}</span>
                <span class="sg-count" node_ref=count>{state.count}</span>
            </label>
        </li>
    }
}

/// The checkboxes of one group, showing `states`.
fn option_views(
    options: &[FilterOption],
    states: &[OptionState],
    nodes: &[(NodeRef<Input>, NodeRef<Span>)],
    group: FacetGroup,
) -> impl IntoView {
    options
        .iter()
        .zip(states)
        .zip(nodes)
        .filter(|((o, _), _)| o.filter.group() == group)
        .map(|((o, &state), &(input, count))| {
            view! {
                <FacetOption filter=o.filter.clone() label=o.label state input count nested=o.nested />
            }
        })
        .collect_view()
}

/// An option's checkbox and the text node of its count, once rendered.
struct OptionNodes {
    input: web_sys::HtmlInputElement,
    count: web_sys::Text,
}

impl OptionNodes {
    fn find(input: NodeRef<Input>, count: NodeRef<Span>) -> Option<OptionNodes> {
        let input = input.get_untracked()?;
        let count = count.get_untracked()?.first_child()?.dyn_into().ok()?;
        Some(OptionNodes { input, count })
    }

    /// Writes what changed from `before` to `now`, everything when what the nodes show is not
    /// known. Each write costs: setting `disabled`, even to the value it has, makes the browser
    /// recheck the control (CPU profile: the largest DOM cost of a keystroke).
    fn show(&self, now: OptionState, before: Option<OptionState>) {
        if before.is_none_or(|b| b.checked != now.checked) {
            self.input.set_checked(now.checked);
        }
        if before.is_none_or(|b| b.disabled != now.disabled) {
            self.input.set_disabled(now.disabled);
        }
        if before.is_none_or(|b| b.count != now.count) {
            self.count.set_data(&now.count.to_string());
        }
    }
}

#[component]
pub(super) fn FacetPanel(
    results: Memo<Results>,
    filters: Memo<Filters>,
    /// Set while the panel is open as a sheet over the results (narrow screens).
    sheet_open: RwSignal<bool>,
) -> impl IntoView {
    let page = use_page();
    // Open beside the results on wide screens; a collapsed "Filters" bar above them otherwise.
    let wide = page.host.is_wide(48);
    let options = filter_options(page.catalog);
    let states = Memo::new({
        let options = options.clone();
        move |_| results.with(|r| filters.with(|f| option_states(&options, &r.counts, f)))
    });
    let first = states.get_untracked();
    // One effect writes the options whose state changed straight into their nodes. A keystroke
    // changes ~170 counts and ~120 `disabled` flags; as a reactive text and attribute each (with
    // a memo per tick and per flag) they were most of the app's own work per keystroke (CPU
    // profile at 4x throttling).
    let nodes: Vec<(NodeRef<Input>, NodeRef<Span>)> = options
        .iter()
        .map(|_| (NodeRef::new(), NodeRef::new()))
        .collect();
    let is_tag: Vec<bool> = options
        .iter()
        .map(|o| o.filter.group() == FacetGroup::Tag)
        .collect();
    let tag_total = is_tag.iter().filter(|&&t| t).count();
    // Built hidden, shown a frame later: the browser then lays the panel out after a task that
    // only shows it, not after the one that built it (measured at 4x throttling: 15-25 ms of
    // script, then 30-40 ms of style and layout, one frame of 50-70 ms together). It is shown
    // with the first dozen category options, and the other options a frame later: the category
    // list (60 options) is three quarters of the panel's layout (12 of 16 ms at 4x throttling
    // with warm caches; its first showing took 48-91 ms of rendering in some loads).
    let shown = RwSignal::new(false);
    let whole = RwSignal::new(false);
    crate::ui::schedule::after_next_paint(crate::ui::schedule::Turn::Next, move || {
        shown.set(true);
        crate::ui::schedule::after_next_paint(crate::ui::schedule::Turn::Next, move || {
            whole.set(true)
        });
    });
    // The tags are most of the options: closed until the reader opens them (or a link ticks one),
    // and while closed their counts and flags are not written: a keystroke then writes about a
    // third of the ~290 changes it would (measured on first letters and cleared searches).
    let tags_open = RwSignal::new(first.iter().zip(&is_tag).any(|(s, &t)| t && s.checked));
    // What each option's nodes show; none yet for the tags, which render later, as they are then.
    let mut written: Vec<Option<OptionState>> = first
        .iter()
        .zip(&is_tag)
        .map(|(&s, &t)| (!t).then_some(s))
        .collect();
    let refs = nodes.clone();
    // The nodes, found the first time an option changes.
    let mut found: Vec<Option<OptionNodes>> = refs.iter().map(|_| None).collect();
    Effect::new(move |_| {
        let open = tags_open.get();
        states.with(|now| {
            for (i, &state) in now.iter().enumerate() {
                if (is_tag[i] && !open) || written[i] == Some(state) {
                    continue;
                }
                if found[i].is_none() {
                    let (input, count) = refs[i];
                    found[i] = OptionNodes::find(input, count);
                }
                if let Some(nodes) = &found[i] {
                    nodes.show(state, written[i]);
                    written[i] = Some(state);
                }
            }
        })
    });
    let group = |group: FacetGroup| option_views(&options, &first, &nodes, group);
    let (category_options, hosting_options, license_options) = (
        group(FacetGroup::Category),
        group(FacetGroup::Hosting),
        group(FacetGroup::License),
    );
    // The tags render once opened, in a frame of their own, as they are then.
    let tags_wanted =
        Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || tags_open.get());
    let tag_options = move || {
        tags_wanted
            .get()
            .then(|| option_views(&options, &states.get_untracked(), &nodes, FacetGroup::Tag))
    };

    let panel = NodeRef::<leptos::html::Details>::new();
    let summary = NodeRef::<leptos::html::Summary>::new();
    let done = NodeRef::<leptos::html::Div>::new();
    let matching = move || results.with(|r| r.items.len());
    // The panel is a sheet where its "Show N results" bar is laid out (narrow screens only).
    let is_sheet = move || done.get_untracked().is_some_and(|d| d.offset_height() > 0);
    let on_toggle = move |_| {
        let open = panel.get_untracked().is_some_and(|p| p.open());
        sheet_open.set(open && is_sheet());
    };
    // The phone's sheet closes onto the results (no longer inert before its toggle event).
    let show_results = move |_| {
        if let Some(panel) = panel.get_untracked() {
            panel.set_open(false);
        }
        sheet_open.set(false);
        crate::ui::dom::focus_when_shown(page, "#sg-results");
    };
    // Esc closes the sheet like a dialog, back onto its "Filters" bar.
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && sheet_open.get_untracked() {
            ev.prevent_default();
            ev.stop_propagation();
            if let Some(panel) = panel.get_untracked() {
                panel.set_open(false);
            }
            sheet_open.set(false);
            if let Some(summary) = summary.get_untracked() {
                let _ = summary.focus();
            }
        }
    };
    view! {
        <details class="sg-facets" open=wide hidden=move || !shown.get() node_ref=panel
            on:toggle=on_toggle on:keydown=on_keydown>
            <summary class="sg-facets__summary" node_ref=summary>"Filters"</summary>
            <fieldset class="sg-facet">
                <legend class="sg-facet__legend">"Category"</legend>
                <ul class="sg-facet__list sg-facet__list--scroll" class:sg-facet__list--opening=move || !whole.get()>{category_options}</ul>
            </fieldset>
            <fieldset class="sg-facet">
                <legend class="sg-facet__legend">"Hosting"</legend>
                <ul class="sg-facet__list">{hosting_options}</ul>
            </fieldset>
            <fieldset class="sg-facet">
                <legend class="sg-facet__legend">"License"</legend>
                <ul class="sg-facet__list">{license_options}</ul>
            </fieldset>
            <fieldset class="sg-facet">
                <legend class="sg-facet__legend">"Tags"</legend>
                <details class="sg-facet__more" open=tags_open.get_untracked()
                    on:toggle=move |ev| tags_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
                    <summary class="sg-facet__more-summary">{format!("All {tag_total} tags")}</summary>
                    <ul class="sg-facet__list sg-facet__list--scroll">
                        <crate::ui::schedule::AfterFirstPaint>{tag_options.clone()}</crate::ui::schedule::AfterFirstPaint>
                    </ul>
                </details>
            </fieldset>
            // Shown on narrow screens only, where the open filters are a sheet over the results.
            <div class="sg-facets__done" node_ref=done>
                <button type="button" class="sg-button sg-button--primary" on:click=show_results>
                    {move || crate::catalog::facets::show_results_line(matching())}
                </button>
            </div>
        </details>
    }
}

#[component]
pub(super) fn ActiveChips(filters: Memo<Filters>) -> impl IntoView {
    let page = use_page();
    let active = move || filters.with(|f| f.active());
    view! {
        <Show when=move || !active().is_empty()>
            <div class="sg-chips" aria-label="Active filters" role="group">
                {move || {
                    active()
                        .into_iter()
                        .map(|f| {
                            let label = f.label(page.catalog);
                            let aria = format!("Remove filter {label}");
                            view! {
                                <button type="button" class="sg-chip sg-chip--removable" aria-label=aria
                                    on:click=move |_| page.query.update(|q| q.filters.remove(&f))>
                                    {label}
                                    <span aria-hidden="true">" ×"</span>
                                </button>
                            }
                        })
                        .collect_view()
                }}
                <button type="button" class="sg-button sg-button--quiet"
                    on:click=move |_| page.query.update(|q| q.filters = Default::default())>
                    "Clear all"
                </button>
            </div>
        </Show>
    }
}
