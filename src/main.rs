//! Entry point: mount the app (the browser build); natively there is nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<kam_navigator::App>::new().render();
}
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
