//! Numbers and money for people, through the browser's `Intl.NumberFormat`
//! ("70.000 €" in German, "€70,000" in English).
//!
//! Formatting at the edge keeps locale rules out of the core and avoids
//! Rust's float formatting code in the wasm. Formatters are built once per
//! language and style and reused: constructing one costs far more than
//! using it. The `f64` here is display only; all arithmetic is integer.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::domain::money::{Bp, Cents};
use crate::i18n::Lang;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Euro,
    Percent,
    Integer,
}

thread_local! {
    static CACHE: RefCell<Vec<(Lang, Style, Function)>> = const { RefCell::new(Vec::new()) };
}

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "de-DE",
        Lang::En => "en-GB",
    }
}

fn formatter(lang: Lang, style: Style) -> Function {
    CACHE.with(|cache| {
        if let Some((_, _, f)) = cache
            .borrow()
            .iter()
            .find(|(l, s, _)| *l == lang && *s == style)
        {
            return f.clone();
        }
        let options = Object::new();
        let set = |k: &str, v: JsValue| {
            // Setting a property on a fresh plain object cannot fail.
            let _ = Reflect::set(&options, &JsValue::from_str(k), &v);
        };
        match style {
            Style::Euro => {
                set("style", "currency".into());
                set("currency", "EUR".into());
                set("maximumFractionDigits", 0.into());
            }
            Style::Percent => {
                set("style", "percent".into());
                set("maximumFractionDigits", 2.into());
            }
            Style::Integer => set("maximumFractionDigits", 0.into()),
        }
        let locales = Array::of1(&JsValue::from_str(locale(lang)));
        let f = Intl::NumberFormat::new(&locales, &options).format();
        cache.borrow_mut().push((lang, style, f.clone()));
        f
    })
}

fn format(lang: Lang, style: Style, value: f64) -> String {
    formatter(lang, style)
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Whole euros, rounded: "70.000 €" / "€70,000".
pub fn money(lang: Lang, amount: Cents) -> String {
    format(lang, Style::Euro, amount.euros_rounded() as f64)
}

/// A rate: "12,5 %" / "12.5%".
pub fn percent(lang: Lang, rate: Bp) -> String {
    format(lang, Style::Percent, f64::from(rate.get()) / 10_000.0)
}

/// A signed basis-point value that may exceed 100 % (cost per revenue).
pub fn percent_bp(lang: Lang, bp: i64) -> String {
    format(lang, Style::Percent, bp as f64 / 10_000.0)
}

/// An integer with grouping: "5.000" / "5,000".
pub fn integer(lang: Lang, n: i64) -> String {
    format(lang, Style::Integer, n as f64)
}

/// A head-count or year range: "1–3", or "1" when both ends agree.
pub fn range(lang: Lang, min: i64, max: i64) -> String {
    if min == max {
        integer(lang, min)
    } else {
        format!("{}–{}", integer(lang, min), integer(lang, max))
    }
}
