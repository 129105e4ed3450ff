//! The items' descriptions: only an item's detail shows them, so the wasm leaves them out and
//! fetches them after the first paint as a file of their own ([`FILE`], which the build step
//! `src/bin/prerender.rs` writes beside `index.html`). Pure: the file's format and its reading.

use super::Catalog;

/// The file's name, from a hash of its text: a new text is a new file.
pub const FILE: &str = generated::DESCRIPTIONS_FILE;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/descriptions_file.rs"));
}

/// The file's text, natively: what the build step writes.
#[cfg(not(target_arch = "wasm32"))]
pub const TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/descriptions.txt"));

/// Reads the file's `text` for `catalog`: one line per item in the catalog's order, its id, a tab
/// and its description. Any other text (another build's file, a cut download, an error page) is
/// refused with the reason, and the detail then says the description could not be loaded.
pub fn parse(text: &'static str, catalog: &Catalog) -> Result<Vec<&'static str>, String> {
    let mut lines = text.lines();
    let mut out = Vec::with_capacity(catalog.technologies.len());
    for tech in catalog.technologies {
        let line = lines
            .next()
            .ok_or_else(|| format!("the descriptions end before {}", tech.id))?;
        let (id, description) = line
            .split_once('\t')
            .ok_or_else(|| format!("a line of the descriptions has no tab, at {}", tech.id))?;
        if id != tech.id {
            return Err(format!(
                "the descriptions are for another catalog: \"{id}\" where {} was expected",
                tech.id
            ));
        }
        out.push(description);
    }
    match lines.next() {
        Some(_) => Err("the descriptions have more lines than the catalog has items".into()),
        None => Ok(out),
    }
}
