//! Remembered settings (theme, chooser answers) in localStorage, degrading to memory when storage
//! is blocked (privacy modes, sandboxed iframes, quota) so nothing breaks. Values read back are
//! treated as untrusted input by their callers.

use std::cell::RefCell;

thread_local! {
    // Two keys at most: a list, which costs the wasm none of a hash map's code.
    static MEMORY: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Every key is prefixed so we never read or clobber a host page's entries.
const PREFIX: &str = "stackguide:";

fn local_storage() -> Option<web_sys::Storage> {
    // `local_storage()` itself throws (Err) when storage is blocked: treat it as absent.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load(key: &str) -> Option<String> {
    let key = format!("{PREFIX}{key}");
    if let Some(value) = local_storage().and_then(|s| s.get_item(&key).ok().flatten()) {
        return Some(value);
    }
    MEMORY.with(|m| {
        m.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    })
}

pub fn save(key: &str, value: &str) {
    let key = format!("{PREFIX}{key}");
    let stored = local_storage().is_some_and(|s| s.set_item(&key, value).is_ok());
    if !stored {
        MEMORY.with(|m| {
            let mut memory = m.borrow_mut();
            memory.retain(|(k, _)| *k != key);
            memory.push((key, value.to_string()));
        });
    }
}

pub fn remove(key: &str) {
    let key = format!("{PREFIX}{key}");
    if let Some(s) = local_storage() {
        let _ = s.remove_item(&key);
    }
    MEMORY.with(|m| m.borrow_mut().retain(|(k, _)| *k != key));
}
