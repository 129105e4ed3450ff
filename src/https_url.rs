//! The one rule for a link we are willing to show, shared by the build's validation
//! (`build/source.rs` includes this file) and the wasm's reading of the details file. Pure, with
//! no imports, so that the build script can include it.

/// A URL we are willing to link to: `https://`, a host, no spaces or quotes.
pub fn is_https_url(url: &str) -> bool {
    match url.strip_prefix("https://") {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty()
                && host.contains('.')
                && !url
                    .chars()
                    .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
        }
        None => false,
    }
}
