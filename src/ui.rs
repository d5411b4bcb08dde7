//! The browser shell: Yew components that render domain values and turn
//! DOM events into domain actions. Storage, the URL and the DOM are touched
//! only here. Compiled for wasm32 only.

pub mod app;
pub mod calculator;
pub mod candidate;
pub mod employer;
pub mod probe;
pub mod quiz;
pub mod saver;
pub mod storage;
pub mod store;
pub mod throttle;
pub mod widget;
pub mod widgets;

/// The current hash, or "" when there is none or it cannot be read.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// A link that opens `route` with `state` in a fresh browser, in `lang`:
/// the page's address without its hash (`base`), plus `route?s=state&l=lang`.
pub fn share_url(base: &str, route: &str, state: &str, lang: crate::i18n::Lang) -> String {
    format!("{base}{route}?s={state}&l={}", lang.code())
}
