//! The JavaScript-facing API that `kam-navigator.js` (the custom element)
//! calls: mount a widget into an element, update it when attributes change,
//! destroy it when the element leaves the page.
//!
//! Options arrive as a plain JS object from the host page; they are read
//! field by field (a missing or non-string field is `None`) and checked by
//! the pure [`EmbedOptions::from_raw`].

use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

use crate::embed::{EmbedOptions, RawOptions};
use crate::ui::app::{App, AppProps};

/// One mounted widget.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
    host: HtmlElement,
}

fn read(options: &JsValue, key: &str) -> Option<String> {
    Reflect::get(options, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

fn props(options: &JsValue, host: &HtmlElement) -> AppProps {
    let raw = RawOptions {
        lang: read(options, "lang"),
        tool: read(options, "tool"),
        cta_href: read(options, "ctaHref"),
        cta_label: read(options, "ctaLabel"),
        routing: read(options, "routing"),
        state_key: read(options, "stateKey"),
        config_text: read(options, "configText"),
        config_error: read(options, "configError"),
    };
    AppProps {
        options: Rc::new(EmbedOptions::from_raw(&raw)),
        host: Some(host.clone()),
    }
}

/// Renders a widget into `root` (inside the element's shadow root); events
/// go to `host`, the `<kam-navigator>` element.
#[wasm_bindgen]
pub fn mount(root: Element, host: HtmlElement, options: JsValue) -> Widget {
    let props = props(&options, &host);
    let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Widget {
        handle: Some(handle),
        host,
    }
}

#[wasm_bindgen]
impl Widget {
    /// New attribute values; the visitor's answers stay.
    pub fn update(&mut self, options: JsValue) {
        let props = props(&options, &self.host);
        if let Some(handle) = self.handle.as_mut() {
            handle.update(props);
        }
    }

    /// Removes the widget.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}
