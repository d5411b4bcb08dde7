//! Browser tests (tier 2): the App mounted in headless Chromium.
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test web`; the
//! runner is set in `.cargo/config.toml`. Helpers speak the visitor's words.
#![cfg(target_arch = "wasm32")]
// reason: a failed lookup in a test should fail the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::AppHandle;

use kam_navigator::App;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh mount point and a clean slate: no stored state, no route.
async fn mount() -> Element {
    mount_at("").await.0
}

/// Mounts the app on a route (the app reads the hash when it starts).
async fn mount_at(hash: &str) -> (Element, AppHandle<App>) {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    window.location().set_hash(hash).unwrap();
    let doc = window.document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    (root, handle)
}

/// The text of an element, with the no-break spaces of formatted numbers made plain.
fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
        .replace(['\u{a0}', '\u{202f}'], " ")
}

fn question(root: &Element) -> String {
    find(root, "quiz").get_attribute("data-question").unwrap()
}

/// Types into a text field as a visitor would: value, then an input event.
async fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no input {selector}"))
        .dyn_into()
        .unwrap();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

async fn choose(root: &Element, selector: &str) {
    let el: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no control {selector}"))
        .dyn_into()
        .unwrap();
    el.click();
    yew::scheduler::flush().await;
}

async fn select(root: &Element, testid: &str, value: &str) {
    let sel: HtmlSelectElement = find(root, testid).dyn_into().unwrap();
    sel.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    sel.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

async fn next(root: &Element) {
    click(root, "next").await;
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

#[wasm_bindgen_test]
async fn choice_step_records_the_answer_and_moves_on() {
    let (root, app) = mount_at("#/employer").await;
    assert_eq!(question(&root), "business_model");
    assert_eq!(text(&root, "[data-testid=progress] span"), "Frage 1 von 16");
    // Next without an answer explains itself and stays.
    next(&root).await;
    find(&root, "answer-required");
    assert_eq!(question(&root), "business_model");
    choose(&root, "#q-business_model-0").await;
    let radio: HtmlInputElement = root
        .query_selector("#q-business_model-0")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(radio.checked());
    next(&root).await;
    assert_eq!(question(&root), "largest_customer_share");
    assert_eq!(text(&root, "[data-testid=progress] span"), "Frage 2 von 16");
    // Back keeps the answer.
    click(&root, "back").await;
    let radio: HtmlInputElement = root
        .query_selector("#q-business_model-0")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(radio.checked());
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn percent_step_takes_german_input_and_explains_garbage() {
    let (root, app) = mount_at("#/employer").await;
    choose(&root, "#q-business_model-0").await;
    next(&root).await;
    let field = "#q-largest_customer_share-input";
    type_into(&root, field, "zwölf").await;
    assert!(
        text(&root, "[data-testid=input-error]").contains("Zahl"),
        "German message expected"
    );
    next(&root).await;
    assert_eq!(
        question(&root),
        "largest_customer_share",
        "no answer, no step"
    );
    type_into(&root, field, "12,5 %").await;
    assert!(root
        .query_selector("[data-testid=input-error]")
        .unwrap()
        .is_none());
    type_into(&root, field, "150 %").await;
    find(&root, "input-error");
    type_into(&root, field, "18").await;
    next(&root).await;
    // An optional step offers Skip.
    assert_eq!(question(&root), "top_customers_share");
    click(&root, "skip").await;
    assert_eq!(question(&root), "customer_revenue");
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn number_and_yes_no_steps_lead_to_a_verdict() {
    let (root, app) = mount_at("#/employer").await;
    choose(&root, "#q-business_model-0").await;
    next(&root).await;
    type_into(&root, "#q-largest_customer_share-input", "25 %").await;
    next(&root).await;
    click(&root, "skip").await;
    click(&root, "skip").await;
    assert_eq!(question(&root), "annual_revenue");
    type_into(&root, "#q-annual_revenue-input", "12 Mio").await;
    next(&root).await;
    // The rest: say "yes" where asked, skip what is optional.
    for _ in 0..12 {
        if root.query_selector("[data-testid=quiz]").unwrap().is_none() {
            break;
        }
        let q = question(&root);
        if let Some(yes) = root.query_selector(&format!("#q-{q}-yes")).unwrap() {
            yes.dyn_into::<HtmlElement>().unwrap().click();
            yew::scheduler::flush().await;
            next(&root).await;
        } else {
            click(&root, "skip").await;
        }
    }
    let result = find(&root, "employer-result");
    assert_eq!(
        result.get_attribute("data-level").as_deref(),
        Some("kam_urgent")
    );
    assert!(text(&root, "[data-testid=factors]").contains("25 %"));
    app.destroy();
    root.remove();
}

/// One head-count change re-renders what shows the team, and nothing that
/// does not depend on it: the band cards, the cost table, the chart, the
/// other fieldsets and the other number fields stay as they are. Render
/// counts come from `ui::probe` (debug builds only).
#[wasm_bindgen_test]
async fn a_head_count_change_re_renders_only_what_shows_it() {
    use kam_navigator::ui::probe::renders;
    let (root, app) = mount_at("#/calculator").await;
    let parts = [
        "CalculatorPage",
        "CompanyFields",
        "RoleFields",
        "HiringFields",
        "TeamFields",
        "NumberField",
        "BandCard",
        "Breakdown",
        "TeamView",
        "Chart",
    ];
    let counts = || parts.map(renders);
    let total = || text(&root, "[data-testid=team-yearly]");
    // Warm up: the first change may settle lazily built state.
    type_into(&root, "#calc-kam-count", "2").await;
    for value in ["3", "4", "5"] {
        let before = counts();
        let old_total = total();
        type_into(&root, "#calc-kam-count", value).await;
        assert_ne!(total(), old_total, "the total follows {value}");
        let after = counts();
        let delta = |name: &str| {
            let i = parts.iter().position(|p| *p == name).unwrap();
            after.get(i).unwrap() - before.get(i).unwrap()
        };
        for name in [
            "CompanyFields",
            "RoleFields",
            "HiringFields",
            "BandCard",
            "Breakdown",
            "Chart",
        ] {
            assert_eq!(
                delta(name),
                0,
                "{name} re-rendered for a head count ({value})"
            );
        }
        assert_eq!(
            delta("CalculatorPage"),
            1,
            "page renders once per change ({value})"
        );
        assert_eq!(
            delta("TeamFields"),
            1,
            "team fieldset renders once ({value})"
        );
        assert_eq!(delta("TeamView"), 1, "team total renders once ({value})");
        // Only the field that was typed in (it shows the count in its hint).
        assert_eq!(
            delta("NumberField"),
            1,
            "number fields re-rendered ({value})"
        );
    }
    // A salary change does reach the cost table, the bands stay.
    let (table, bands) = (renders("Breakdown"), renders("BandCard"));
    type_into(&root, "#calc-kam-base", "90000").await;
    assert_eq!(
        renders("Breakdown"),
        table + 1,
        "the cost table shows a new base"
    );
    assert_eq!(
        renders("BandCard"),
        bands,
        "the bands do not depend on a typed base"
    );
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn calculator_recomputes_on_every_input() {
    let (root, app) = mount_at("#/calculator").await;
    let total = || text(&root, "[data-testid=team-yearly]");
    let general = total();
    assert!(general.contains('€'), "a money amount, got {general}");
    select(&root, "calc-industry", "technology").await;
    let tech = total();
    assert_ne!(tech, general, "technology pays more than general");
    type_into(&root, "#calc-kam-count", "3").await;
    let three = total();
    assert_ne!(three, tech);
    // Garbage keeps the last valid total and says why.
    type_into(&root, "#calc-kam-count", "drei").await;
    find(&root, "input-error");
    assert_eq!(total(), three);
    app.destroy();
    root.remove();
}

/// What the browser's `Intl.NumberFormat` makes of `value` in `locale`
/// with the options the app's formatter reproduces.
fn intl(locale: &str, options: &[(&str, wasm_bindgen::JsValue)], value: f64) -> String {
    let opts = js_sys::Object::new();
    for (k, v) in options {
        js_sys::Reflect::set(&opts, &(*k).into(), v).unwrap();
    }
    let locales = js_sys::Array::of1(&locale.into());
    js_sys::Intl::NumberFormat::new(&locales, &opts)
        .format()
        .call1(&wasm_bindgen::JsValue::NULL, &value.into())
        .unwrap()
        .as_string()
        .unwrap()
}

/// The app formats numbers in Rust (no calls into JS per render); the
/// result must be exactly the browser's own locale formatting, separators
/// and no-break spaces included.
#[wasm_bindgen_test]
fn number_formatting_equals_intl() {
    use kam_navigator::domain::money::Cents;
    use kam_navigator::i18n::Lang;
    use kam_navigator::numfmt;
    let euro = || {
        vec![
            ("style", "currency".into()),
            ("currency", "EUR".into()),
            ("maximumFractionDigits", 0.into()),
        ]
    };
    let pct = || {
        vec![
            ("style", "percent".into()),
            ("maximumFractionDigits", 2.into()),
        ]
    };
    let int = || vec![("maximumFractionDigits", 0.into())];
    let mut values: Vec<i64> = vec![0, 1, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 12_345];
    values.extend([
        69_750,
        101_400,
        999_999,
        1_000_000,
        123_456_789,
        9_007_199_254,
    ]);
    // A spread of other magnitudes, both signs.
    let mut x: i64 = 7;
    for _ in 0..200 {
        x = (x * 48_271) % 2_147_483_647;
        values.push(x % 10_i64.pow((x % 10) as u32 + 1));
    }
    let negatives: Vec<i64> = values.iter().map(|v| -v).collect();
    values.extend(negatives);
    let mut checked = 0;
    for lang in Lang::ALL {
        let locale = match lang {
            Lang::De => "de-DE",
            Lang::En => "en-GB",
        };
        for &v in &values {
            assert_eq!(
                numfmt::money(lang, Cents::from_euros(v)),
                intl(locale, &euro(), v as f64),
                "money {v} {locale}"
            );
            assert_eq!(
                numfmt::integer(lang, v),
                intl(locale, &int(), v as f64),
                "integer {v} {locale}"
            );
            // Basis points: the value as a fraction is v / 10,000.
            assert_eq!(
                numfmt::percent_bp(lang, v),
                intl(locale, &pct(), v as f64 / 10_000.0),
                "percent {v} bp {locale}"
            );
            checked += 3;
        }
    }
    assert_eq!(checked, 2 * 3 * values.len());
}
