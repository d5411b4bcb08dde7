//! The wasm binary: the browser calls the exported `mount` (see
//! `web/kam-navigator.js`), so there is nothing to start here.
pub use kam_navigator::*;
fn main() {}
