//! Side-by-side comparison: every field as a row, and which rows differ. Pure Rust.

use super::{Catalog, Technology};

/// The fewest items a comparison shows.
pub const MIN_COMPARE: usize = 2;
/// The most items a comparison holds (and a link carries).
pub const MAX_COMPARE: usize = 4;

/// Whether the items selected can be compared: at least [`MIN_COMPARE`].
pub fn can_open(selected: &[&str]) -> bool {
    selected.len() >= MIN_COMPARE
}

/// Whether the selection takes no more items: [`MAX_COMPARE`] reached.
pub fn is_full(selected: &[&str]) -> bool {
    selected.len() >= MAX_COMPARE
}

/// Takes `id` out of the selection if it is there, else adds it at the end unless the selection
/// is full. Returns whether the selection changed.
pub fn toggle(selected: &mut Vec<&'static str>, id: &'static str) -> bool {
    if let Some(at) = selected.iter().position(|x| *x == id) {
        selected.remove(at);
        true
    } else if is_full(selected) {
        false
    } else {
        selected.push(id);
        true
    }
}

/// What a link carries of the selection: all of it while the comparison is open, else nothing
/// (a selection being made is not shared).
pub fn carried(selected: &[&'static str], comparing: bool) -> Vec<&'static str> {
    if comparing {
        selected.to_vec()
    } else {
        Vec::new()
    }
}

/// The selection after following a link that carries `linked`, and whether the comparison is
/// open: a link's comparison (at least [`MIN_COMPARE`] items) opens; a single item replaces the
/// selection without opening; none keeps the reader's selection, closed.
pub fn followed(
    selected: Vec<&'static str>,
    linked: Vec<&'static str>,
) -> (Vec<&'static str>, bool) {
    if can_open(&linked) {
        (linked, true)
    } else if linked.is_empty() {
        (selected, false)
    } else {
        (linked, false)
    }
}

/// What the compare tray says about a selection of `n` items (`n` ≥ 1).
pub fn tray_line(n: usize) -> String {
    match MIN_COMPARE.saturating_sub(n) {
        0 => format!("{n} picked for comparison (up to {MAX_COMPARE})"),
        1 => format!("{n} picked: pick one more to compare"),
        more => format!("{n} picked: pick {more} more to compare"),
    }
}

/// One row of the comparison table: a field and its value for each item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareRow {
    pub label: &'static str,
    /// One cell per item, each a list of lines.
    pub cells: Vec<Vec<String>>,
    /// True when not every item has the same value.
    pub differs: bool,
}

fn lines(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

/// The rows for comparing `items`, in a fixed field order.
pub fn compare_rows(catalog: &Catalog, items: &[&Technology]) -> Vec<CompareRow> {
    type Field = fn(&Catalog, &Technology) -> Vec<String>;
    let fields: [(&'static str, Field); 10] = [
        ("Category", |c, t| {
            let category = c.category(t.category);
            let name = category.map_or(t.category, |k| k.name);
            let sub = category
                .and_then(|k| k.subcategory(t.subcategory))
                .map_or("", |s| s.name);
            vec![format!("{name} › {sub}")]
        }),
        ("Summary", |_, t| vec![t.summary.to_string()]),
        ("Strengths", |_, t| lines(t.strengths)),
        ("Trade-offs", |_, t| lines(t.trade_offs)),
        ("Best for", |_, t| lines(t.best_for)),
        ("Hosting", |_, t| {
            if t.hosting.is_empty() {
                vec!["Not applicable".into()]
            } else {
                t.hosting.iter().map(|h| h.label().to_string()).collect()
            }
        }),
        ("License", |_, t| vec![t.license.label().to_string()]),
        ("Tags", |c, t| {
            t.tags
                .iter()
                .map(|id| c.tag_label(id).to_string())
                .collect()
        }),
        ("Aliases", |_, t| {
            if t.aliases.is_empty() {
                vec!["None".into()]
            } else {
                lines(t.aliases)
            }
        }),
        ("Website", |_, t| vec![t.website.to_string()]),
    ];
    fields
        .iter()
        .map(|(label, field)| {
            let cells: Vec<Vec<String>> = items.iter().map(|t| field(catalog, t)).collect();
            let differs = cells.windows(2).any(|w| w[0] != w[1]);
            CompareRow {
                label,
                cells,
                differs,
            }
        })
        .collect()
}
