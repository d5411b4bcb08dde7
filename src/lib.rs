//! KAM Navigator: should a company hire an Account Manager or a Key Account
//! Manager, which role fits a sales person, and what does each cost?
//!
//! The crate has a pure core (`domain`, `i18n`, `route`, `shell`: no browser
//! crate, builds and tests natively) and a thin Yew shell (`ui`, wasm32
//! only). See `ARCHITECTURE.md`.

pub mod cta;
pub mod domain;
pub mod embed;
pub mod i18n;
pub mod numfmt;
pub mod route;
pub mod session;
pub mod shell;
pub mod texts;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::app::App;
