//! The items' details that only a detail shows, their description and their references: the wasm
//! leaves them out and fetches them after the first paint as a file of their own ([`FILE`], which
//! the build step `src/bin/prerender.rs` writes beside `index.html`). Pure: the file's format and
//! its reading.

use super::{Catalog, Reference};

/// The file's name, from a hash of its text: a new text is a new file.
pub const FILE: &str = generated::DETAILS_FILE;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/details_file.rs"));
}

/// The file's text, natively: what the build step writes.
#[cfg(not(target_arch = "wasm32"))]
pub const TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/details.txt"));

/// What the file holds for one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub description: &'static str,
    /// The primary sources its facts come from, at least one, each `https://`.
    pub references: Vec<Reference>,
}

/// Reads the file's `text` for `catalog`: one line per item in the catalog's order, its id, its
/// description, then each reference's title and URL, separated by tabs. Any other text (another
/// build's file, a cut download, an error page) is refused with the reason, and the detail then
/// says it could not be loaded.
pub fn parse(text: &'static str, catalog: &Catalog) -> Result<Vec<Detail>, String> {
    // Every line ends with a line break: a download cut inside the last one is refused too.
    if !text.ends_with('\n') {
        return Err("the details are cut short".into());
    }
    let mut lines = text.lines();
    let mut out = Vec::with_capacity(catalog.technologies.len());
    for tech in catalog.technologies {
        let line = lines
            .next()
            .ok_or_else(|| format!("the details end before {}", tech.id))?;
        let mut fields = line.split('\t');
        let id = fields.next().unwrap_or_default();
        if id != tech.id {
            return Err(format!(
                "the details are for another catalog: \"{id}\" where {} was expected",
                tech.id
            ));
        }
        let description = fields
            .next()
            .filter(|d| !d.is_empty())
            .ok_or_else(|| format!("the details of {} have no description", tech.id))?;
        let mut references = Vec::new();
        while let Some(title) = fields.next() {
            if title.is_empty() {
                return Err(format!("a reference of {} has no title", tech.id));
            }
            let url = fields
                .next()
                .filter(|url| crate::https_url::is_https_url(url))
                .ok_or_else(|| format!("a reference of {} has no https:// URL", tech.id))?;
            references.push(Reference { title, url });
        }
        if references.is_empty() {
            return Err(format!("the details of {} have no reference", tech.id));
        }
        out.push(Detail {
            description,
            references,
        });
    }
    match lines.next() {
        Some(_) => Err("the details have more lines than the catalog has items".into()),
        None => Ok(out),
    }
}

/// Whether fetching the file again may help after the server answered `status` (not 2xx): only a
/// missing file (404, 410: another build is served now) will not mend; a refusal, a timeout, a
/// rate limit or a server error may.
pub fn retry_may_help(status: u16) -> bool {
    !matches!(status, 404 | 410)
}

/// The position, in the file, of the details item `id` reads (`catalog` is the file's): the item
/// itself, or for a copy in the synthetic benchmark catalog (`kafka-3`) the item it copies.
pub fn index_of(catalog: &Catalog, id: &str) -> Option<usize> {
    let at = |id: &str| catalog.technologies.iter().position(|t| t.id == id);
    at(id).or_else(|| {
        let (base, n) = id.rsplit_once('-')?;
        (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .then(|| at(base))
            .flatten()
    })
}

/// Where a page's details stand as it fetches them: the rules of the fetch, apart from the fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DetailsLoad {
    NotAsked,
    Loading,
    /// One per item, in the built-in catalog's order, kept while the page lives.
    Ready(&'static [Detail]),
    /// They could not be had; `retry`: trying again may help ([`retry_may_help`]), otherwise
    /// only a reload will (the file is gone or is another build's).
    Failed {
        retry: bool,
    },
}

impl DetailsLoad {
    /// The details of the item `id`: `Ok(None)` while they load; when they could not be had,
    /// whether trying again may help. They are the built-in catalog's, whatever catalog the page
    /// shows ([`index_of`]).
    pub fn of(&self, id: &str) -> Result<Option<&'static Detail>, bool> {
        match self {
            DetailsLoad::Ready(all) => index_of(Catalog::builtin(), id)
                .and_then(|i| all.get(i))
                .map(Some)
                .ok_or(false),
            DetailsLoad::Failed { retry } => Err(*retry),
            DetailsLoad::NotAsked | DetailsLoad::Loading => Ok(None),
        }
    }

    /// A detail that needs them fetches them: when nothing has asked yet, or after a failure
    /// that trying again may mend.
    pub fn should_load(&self) -> bool {
        matches!(
            self,
            DetailsLoad::NotAsked | DetailsLoad::Failed { retry: true }
        )
    }

    /// The page fetches them once idle only when nothing has asked yet: a failure waits for a
    /// detail to ask again.
    pub fn should_prefetch(&self) -> bool {
        matches!(self, DetailsLoad::NotAsked)
    }
}
