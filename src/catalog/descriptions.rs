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
    // Every line ends with a line break: a download cut inside the last one is refused too.
    if !text.ends_with('\n') {
        return Err("the descriptions are cut short".into());
    }
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

/// The position, in the file, of the description item `id` reads (`catalog` is the file's): the
/// item itself, or for a copy in the synthetic benchmark catalog (`kafka-3`) the item it copies.
pub fn index_of(catalog: &Catalog, id: &str) -> Option<usize> {
    let at = |id: &str| catalog.technologies.iter().position(|t| t.id == id);
    at(id).or_else(|| {
        let (base, n) = id.rsplit_once('-')?;
        (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .then(|| at(base))
            .flatten()
    })
}
