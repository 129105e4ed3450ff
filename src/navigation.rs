//! Where the guide's own links take the reader: a page's address with a state, and a link to a
//! category of the catalog. Pure Rust.

use crate::url_state::View;

/// A page's address with a state's query string (from [`crate::url_state::encode`]): the page
/// alone when there is no query, and `?` when there is neither (a link to the page as it is).
pub fn with_query(page: &str, query: &str) -> String {
    match (page.is_empty(), query.is_empty()) {
        (true, true) => "?".to_string(),
        (_, true) => page.to_string(),
        _ => format!("{page}?{query}"),
    }
}

/// Whether the browser's own jump to a category's anchor is all a category link needs: on
/// Explore, with the whole catalog shown, and not embedded (an embedded guide's anchors are in its
/// shadow root, out of the browser's reach).
pub fn anchor_suffices(view: View, shows_everything: bool, embedded: bool) -> bool {
    view == View::Explore && shows_everything && !embedded
}

/// Where a category link leads once the Explore view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CategoryTarget {
    /// The category's header among the results the query shows.
    InResults,
    /// The category in the whole catalog; the query is cleared first when it hides the catalog.
    InCatalog { clear_query: bool },
}

/// Where a category link leads: the category's header in the results when the query shows it
/// there (`header_in_results`), otherwise the category in the whole catalog.
pub fn category_target(shows_everything: bool, header_in_results: bool) -> CategoryTarget {
    if header_in_results && !shows_everything {
        CategoryTarget::InResults
    } else {
        CategoryTarget::InCatalog {
            clear_query: !shows_everything,
        }
    }
}

/// Where a file of the build (`name`) is: in an embedded guide's folder (`guide_url`, the page
/// `embed.js` came from), else at the site's root, where Trunk puts the page's files.
pub fn beside_the_wasm(guide_url: Option<&str>, name: &str) -> String {
    let folder = guide_url
        .and_then(|url| url.rfind('/').map(|at| &url[..=at]))
        .unwrap_or("/");
    format!("{folder}{name}")
}
