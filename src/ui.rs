//! The browser shell: Yew components that render domain values and turn
//! DOM events into domain actions. Storage, the URL and the DOM are touched
//! only here. Compiled for wasm32 only.

pub mod app;
pub mod storage;
