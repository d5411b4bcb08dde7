//! The wasm binary: the browser calls the exported `mount` (see
//! `web/kam-navigator.js`), so there is nothing to start here.
pub use kam_navigator::*;

/// Talc instead of the default dlmalloc: smaller in the wasm and faster
/// for the many small allocations a render makes. Single-threaded wasm
/// only, which is the only target this binary is built for.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {}
