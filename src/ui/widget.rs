//! The JavaScript-facing API that `kam-navigator.js` (the custom element)
//! calls: mount a widget into an element, update it when attributes change,
//! destroy it when the element leaves the page.
//!
//! Options arrive as a plain JS object from the host page; they are read
//! field by field (a missing or non-string field is `None`) and checked by
//! the pure [`EmbedOptions::from_raw`].

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

use crate::embed::{EmbedOptions, RawOptions};
use crate::i18n::Lang;
use crate::ui::app::{App, AppProps};

// The loader gives every widget its own wasm instance, so these describe the
// one widget this instance runs. They are read by the panic hook, which
// cannot capture non-`Send` values.
thread_local! {
    static HOST: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
    static LANG: Cell<Lang> = const { Cell::new(Lang::De) };
}

/// Notes the language in use, so a crash message speaks it.
pub fn note_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The last line of defence. A panic aborts this wasm instance; before it
/// does, log it and tell the element (`kam-navigator:crash`, with the texts
/// in the visitor's language), which replaces the dead widget with a short
/// message and a reload button. Other widgets run in other instances and
/// the host page is untouched.
fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("kam-navigator: {info}")));
        let t = LANG.with(Cell::get).messages();
        HOST.with(|host| {
            let Some(host) = host.borrow().clone() else {
                return;
            };
            let detail = js_sys::Object::new();
            let _ = Reflect::set(&detail, &"text".into(), &t.crash_text.into());
            let _ = Reflect::set(&detail, &"button".into(), &t.crash_reload.into());
            let init = web_sys::CustomEventInit::new();
            init.set_detail(&detail);
            if let Ok(e) =
                web_sys::CustomEvent::new_with_event_init_dict("kam-navigator:crash", &init)
            {
                let _ = host.dispatch_event(&e);
            }
        });
    }));
}

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
        handoff: read(options, "handoff"),
    };
    AppProps {
        options: Rc::new(EmbedOptions::from_raw(&raw)),
        host: Some(host.clone()),
        swap: Reflect::get(options, &JsValue::from_str("swap"))
            .ok()
            .and_then(|f| f.dyn_into().ok()),
    }
}

/// Renders a widget into `root` (inside the element's shadow root); events
/// go to `host`, the `<kam-navigator>` element.
#[wasm_bindgen]
pub fn mount(root: Element, host: HtmlElement, options: JsValue) -> Widget {
    install_panic_hook();
    HOST.with(|h| *h.borrow_mut() = Some(host.clone()));
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

    /// Bytes of this instance's wasm linear memory (for the benchmark).
    #[wasm_bindgen(js_name = memoryBytes)]
    pub fn memory_bytes(&self) -> f64 {
        wasm_bindgen::memory()
            .dyn_into::<js_sys::WebAssembly::Memory>()
            .ok()
            .and_then(|m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
            .map_or(0.0, |b| f64::from(b.byte_length()))
    }

    /// Panics on purpose, so tests can prove the last line of defence.
    #[wasm_bindgen(js_name = simulatePanic)]
    pub fn simulate_panic(&self) {
        // reason: this is the one deliberate panic, reachable only by a
        // script that already controls the host page.
        #[allow(clippy::panic)]
        {
            panic!("simulated panic (test aid)");
        }
    }

    /// Removes the widget.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}
