//! localStorage (and, for one tab's language, sessionStorage) access that
//! never throws.
//!
//! Storage can be missing (sandboxed iframe), disabled (privacy settings) or
//! full (quota): every call degrades to "no persistence" instead of a panic,
//! which is why this avoids gloo's `LocalStorage::raw()` (it throws when
//! storage is unavailable).

use web_sys::Storage;

/// Key of the stored UI language.
pub const LANG_KEY: &str = "kam-navigator.lang";

/// Key of the stored answers and calculator inputs (the URL codec's string,
/// so a stored state from another version is recognised and ignored).
pub const STATE_KEY: &str = "kam-navigator.state";

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored value, or `None` when absent or storage is unavailable.
pub fn get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok()?
}

/// Stores a value; `false` when storage is unavailable or full.
pub fn set(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// The value this tab stored with [`set_tab`], which a reload keeps and a
/// new tab does not see.
pub fn get_tab(key: &str) -> Option<String> {
    web_sys::window()?
        .session_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Stores a value for this tab only; `false` when storage is unavailable.
pub fn set_tab(key: &str, value: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .is_some_and(|s| s.set_item(key, value).is_ok())
}
