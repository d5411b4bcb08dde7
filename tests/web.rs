//! Browser tests (tier 2): the App mounted in headless Chromium.
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test web`; the
//! runner is set in `.cargo/config.toml`. Helpers speak the visitor's words.
#![cfg(target_arch = "wasm32")]
// reason: a failed lookup in a test should fail the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

use kam_navigator::App;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh mount point and a clean slate: no stored language, no route.
async fn mount() -> Element {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    window.location().set_hash("").unwrap();
    let doc = window.document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, testid: &str) -> Element {
    root.query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
}

fn heading(root: &Element) -> String {
    root.query_selector("h1")
        .unwrap()
        .expect("a page heading")
        .text_content()
        .unwrap_or_default()
}

async fn click(root: &Element, testid: &str) {
    find(root, testid)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn app_mounts_in_german_with_the_three_tools() {
    let root = mount().await;
    assert_eq!(heading(&root), "Welche Vertriebsrolle passt?");
    for tool in ["employer", "candidate", "calculator"] {
        find(&root, &format!("nav-{tool}"));
    }
    assert_eq!(
        find(&root, "lang-de")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn language_switch_changes_the_text_and_is_stored() {
    let root = mount().await;
    click(&root, "lang-en").await;
    assert_eq!(heading(&root), "Which sales role fits?");
    assert_eq!(
        find(&root, "nav-calculator").text_content().as_deref(),
        Some("Cost calculator")
    );
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("kam-navigator.lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("en"));
    let html_lang = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .get_attribute("lang");
    assert_eq!(html_lang.as_deref(), Some("en"));
    click(&root, "lang-de").await;
    assert_eq!(heading(&root), "Welche Vertriebsrolle passt?");
    root.remove();
}
