//! The browser shell: Yew components that render domain values and turn
//! DOM events into domain actions. Storage, the URL and the DOM are touched
//! only here. Compiled for wasm32 only.

pub mod app;
pub mod calculator;
pub mod candidate;
pub mod employer;
pub mod format;
pub mod quiz;
pub mod storage;
pub mod store;
pub mod widgets;

/// Navigates to a hash route (e.g. `#/calculator`); the app follows through
/// its `hashchange` listener.
pub fn go_to(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// The current hash, or "" when there is none or it cannot be read.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// A link that opens `route` with `state` in a fresh browser: this page's
/// address without its hash, plus `route?s=state`.
pub fn share_url(route: &str, state: &str) -> String {
    let page = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = page.split('#').next().unwrap_or_default();
    format!("{base}{route}?s={state}")
}
