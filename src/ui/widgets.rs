//! Small shared components: the source badge on every figure, the quiz
//! progress bar, the number field that accepts what people type, and the
//! result actions (share, print, start over, call to action).

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::cta::Cta;
use crate::domain::cost::{self, Origin};
use crate::domain::money::Cents;
use crate::domain::parse::{FieldKind, ParseError};
use crate::domain::salary::SalaryBand;
use crate::domain::source::{SourceTag, Sourced};
use crate::embed::{HostEvent, ResultDetail};
use crate::i18n::{fill, Lang};
use crate::numfmt;
use crate::texts;

/// Text of a domain key; the key itself if untranslated (a test proves
/// every key is translated, so this fallback is never seen in practice).
pub fn tr(lang: Lang, key: &str) -> String {
    texts::text(lang, key).unwrap_or(key).to_string()
}

/// Props of [`SourceBadge`].
#[derive(Properties, PartialEq)]
pub struct SourceBadgeProps {
    /// UI language.
    pub lang: Lang,
    /// Where the figure comes from.
    pub origin: Origin,
}

/// What a result page does when it appears: the focus moves to its heading
/// (the button that led here is gone) and the host page hears the result.
/// One hook for both result pages, so its effects exist once in the wasm.
#[hook]
pub fn use_result(heading: NodeRef, detail: ResultDetail, onevent: Callback<HostEvent>) {
    use_effect_with((), move |_| {
        if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    });
    use_effect_with(detail, move |d| onevent.emit(HostEvent::Result(d.clone())));
}

/// A [`SourceBadge`]. One function for every place that shows one: each
/// `<SourceBadge ../>` in `html!` expands the props builder in place.
#[inline(never)]
pub fn badge(lang: Lang, origin: Origin) -> Html {
    html! { <SourceBadge {lang} {origin} /> }
}

/// A salary band's three figures, each with its source: scaled by a region
/// or size factor a figure is computed, except that an assumption stays
/// one (`cost::band_origin`). Shared by the calculator's band cards and the
/// candidate result.
pub fn band_figures(lang: Lang, band: &SalaryBand, testid: Option<&'static str>) -> Html {
    let t = lang.messages();
    let origin = |p: &Sourced<Cents>| cost::band_origin(band, p.source);
    html! {
        <dl class="kn-band" data-testid={testid}>
            <div><dt>{ t.band_min }</dt><dd>{ numfmt::money(lang, band.min) }
                { " " }{ badge(lang, origin(&band.base.min)) }</dd></div>
            <div class="is-typical"><dt>{ t.band_typical }</dt><dd data-testid="band-typical">{ numfmt::money(lang, band.typical) }
                { " " }{ badge(lang, origin(&band.base.typical)) }</dd></div>
            <div><dt>{ t.band_max }</dt><dd>{ numfmt::money(lang, band.max) }
                { " " }{ badge(lang, origin(&band.base.max)) }</dd></div>
        </dl>
    }
}

/// Whether a source tip shows: by hover and focus (`Auto`), opened by a
/// tap, or hidden with Escape.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tip {
    Auto,
    Open,
    Hidden,
}

/// A small badge beside a figure that reveals its source on hover, focus
/// and tap. Assumptions are labelled in plain sight, as the data rules ask.
#[component]
pub fn SourceBadge(props: &SourceBadgeProps) -> Html {
    let t = props.lang.messages();
    let (class, text) = match props.origin {
        Origin::Data(tag) => (tag.as_str(), tr(props.lang, tag.text_key())),
        Origin::UserInput => ("input", t.user_input.to_string()),
        Origin::Derived => ("derived", t.derived.to_string()),
    };
    // Touch screens do not hover and not every mobile browser focuses a
    // tapped button, so a tap toggles the tip too. Escape hides it, also
    // one shown by hover or focus (WCAG 1.4.13), until the focus leaves.
    let tip = use_state_eq(|| Tip::Auto);
    let onclick = {
        let tip = tip.clone();
        Callback::from(move |_: MouseEvent| {
            // A second tap hides it: the tapped button keeps the focus,
            // which would otherwise keep showing it.
            tip.set(if *tip == Tip::Open {
                Tip::Hidden
            } else {
                Tip::Open
            })
        })
    };
    let onblur = {
        let tip = tip.clone();
        Callback::from(move |_: FocusEvent| tip.set(Tip::Auto))
    };
    let onkeydown = {
        let tip = tip.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                tip.set(Tip::Hidden);
            }
        })
    };
    let visible = match props.origin {
        Origin::Data(SourceTag::Assumption) => t.assumption_short.to_string(),
        _ => "i".to_string(),
    };
    html! {
        <button type="button" class="kn-src"
            data-source={class} aria-expanded={if *tip == Tip::Open { "true" } else { "false" }}
            data-tip={(*tip == Tip::Hidden).then_some("hidden")} {onclick} {onblur} {onkeydown}
            aria-label={format!("{}: {text}", t.source_label)}>
            <span aria-hidden="true">{ visible }</span>
            <span class="kn-tip" role="tooltip">{ format!("{}: {text}", t.source_label) }</span>
        </button>
    }
}

/// "Question 3 of 9" (`current` is 1-based) with a native progress bar (no
/// inline styles, so it works under a strict Content-Security-Policy). A
/// function, not a component: it re-renders with its question anyway.
pub fn progress_bar(lang: Lang, current: usize, total: usize) -> Html {
    let t = lang.messages();
    let label = fill(
        t.progress,
        &[
            ("current", &current.to_string()),
            ("total", &total.to_string()),
        ],
    );
    html! {
        <div class="kn-progress" data-testid="progress">
            // Hidden from screen readers: the bar is named by it, and the
            // text would otherwise be read a second time.
            <span class="kn-progress-label" id="kn-progress-label" aria-hidden="true">{ label.clone() }</span>
            <progress max={total.to_string()} value={current.to_string()}
                aria-labelledby="kn-progress-label">{ label }</progress>
        </div>
    }
}

/// The value of the input that fired an event, or "" if it has none.
pub fn input_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// What a number field reports after each keystroke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldValue {
    /// The field is empty.
    Empty,
    /// A valid value.
    Value(i64),
}

/// Props of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// UI language.
    pub lang: Lang,
    /// Element id (labels and tests point at it).
    pub id: AttrValue,
    /// Visible label; `None` when `labelledby` names a heading instead.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// Id of the element that labels the field.
    #[prop_or_default]
    pub labelledby: Option<AttrValue>,
    /// Id of a help text.
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    /// Input hint shown under the field.
    pub hint: AttrValue,
    /// Placeholder inside the empty field (defaults to the hint).
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The text shown when the field is first drawn.
    pub initial: AttrValue,
    /// Parses the text; an error is the message to show, in `lang`.
    pub parse: Callback<String, Result<i64, String>>,
    /// Called with each valid value (or `Empty`); not called on errors, so
    /// the last valid value stays in force.
    pub onvalue: Callback<FieldValue>,
    /// Called when the text is invalid. An `Option` rather than a default
    /// callback: a default `Callback` is a new closure at every render, so
    /// the props would never compare equal and the field would always
    /// re-render.
    #[prop_or_default]
    pub oninvalid: Option<Callback<()>>,
    /// Mark the field as required for assistive tech.
    #[prop_or_default]
    pub required: bool,
    /// Unit suffix shown after the field ("€", "%").
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// A ref for the input, for a parent that moves the focus to it.
    #[prop_or_default]
    pub input_ref: Option<NodeRef>,
}

/// Calls `handler` (the one of the latest render) for every `input` event
/// of the element behind `field`, from a listener on the element itself.
///
/// Not Yew's delegated `oninput`: delegation walks the event's composed
/// path and reads each node's subtree and listener ids, about a dozen calls
/// into JavaScript per keystroke, and V8 compiles and keeps that glue
/// (`make bench`: the JS heap grew 13 KB less over the first 1,000
/// changes).
#[hook]
fn use_input_listener(field: NodeRef, handler: Callback<Event>) {
    let current = use_mut_ref(|| handler.clone());
    *current.borrow_mut() = handler;
    use_effect_with(field, move |field| {
        let listener = field.get().map(|input| {
            EventListener::new(&input, "input", move |e| {
                // Cloned out first: no borrow is held while it runs.
                let handler = current.borrow().clone();
                handler.emit(e.clone());
            })
        });
        move || drop(listener)
    });
}

/// A text field for numbers as German and English visitors type them. It
/// keeps its own text, so an invalid entry stays editable with an inline
/// message while the rest of the app keeps the last valid value.
///
/// Every value is an `i64` (euros, counts, or a rate in basis points that
/// the caller turns back into a `Bp`): a generic field was compiled once
/// per value type, and the second copy cost 1.3 KB gzip of wasm.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    crate::ui::probe::rendered("NumberField");
    let text = use_state(|| props.initial.to_string());
    // Whether the visitor's text was refused. The message itself is parsed
    // again at each draw, so it follows a language switch.
    let invalid = use_state(|| false);
    // The language the text was last written in. After a switch an
    // accepted text is written again from `initial` (the value in the new
    // language's format: "55.000" reads as 55 to an English visitor); a
    // refused text stays as typed.
    let written_in = use_mut_ref(|| props.lang);
    if *written_in.borrow() != props.lang {
        *written_in.borrow_mut() = props.lang;
        if !*invalid {
            text.set(props.initial.to_string());
        }
    }
    let error_id = format!("{}-error", props.id);
    let hint_id = format!("{}-hint", props.id);
    let oninput = {
        let (text, invalid) = (text.clone(), invalid.clone());
        let (parse, onvalue, oninvalid) = (
            props.parse.clone(),
            props.onvalue.clone(),
            props.oninvalid.clone(),
        );
        Callback::from(move |e: Event| {
            let raw = input_value(&e);
            let result = if raw.trim().is_empty() {
                Ok(FieldValue::Empty)
            } else {
                parse.emit(raw.clone()).map(FieldValue::Value)
            };
            match result {
                Ok(v) => {
                    invalid.set(false);
                    onvalue.emit(v);
                }
                Err(_) => {
                    invalid.set(true);
                    if let Some(oninvalid) = &oninvalid {
                        oninvalid.emit(());
                    }
                }
            }
            text.set(raw);
        })
    };
    let own = use_node_ref();
    let field = props.input_ref.clone().unwrap_or(own);
    use_input_listener(field.clone(), oninput);
    let error = if *invalid {
        props.parse.emit((*text).clone()).err()
    } else {
        None
    };
    // A message that appears under a field near the bottom of a phone's
    // screen would sit behind the calculator's sticky total: scroll it into
    // view ("nearest" leaves a visible one where it is; the scroll margin
    // in the stylesheet keeps it clear of the bar).
    let error_ref = use_node_ref();
    {
        let error_ref = error_ref.clone();
        use_effect_with(error.is_some(), move |shown| {
            if let (true, Some(el)) = (*shown, error_ref.cast::<web_sys::Element>()) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let described = [
        props.describedby.as_ref().map(|d| d.to_string()),
        Some(hint_id.clone()),
        error.is_some().then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let t = props.lang.messages();
    html! {
        <div class="kn-field">
            if let Some(label) = &props.label {
                <label for={props.id.clone()}>{ label.clone() }</label>
            }
            <div class="kn-input-row">
                <input id={props.id.clone()} type="text" inputmode="decimal" autocomplete="off"
                    value={(*text).clone()}
                    placeholder={props.placeholder.clone().unwrap_or_else(|| props.hint.clone())}
                    aria-labelledby={props.labelledby.clone()}
                    aria-describedby={described}
                    aria-invalid={if error.is_some() { "true" } else { "false" }}
                    aria-required={props.required.then_some("true")}
                    data-testid={props.id.clone()}
                    ref={field} />
                if let Some(suffix) = &props.suffix {
                    <span class="kn-suffix" aria-hidden="true">{ suffix.clone() }</span>
                }
            </div>
            <p class="kn-hint" id={hint_id}>{ props.hint.clone() }</p>
            if let Some(message) = error {
                <p class="kn-error" id={error_id} role="alert" data-testid="input-error" ref={error_ref}>
                    { t.input_invalid }{ " " }{ message }
                </p>
            }
        </div>
    }
}

/// The message for a parse error in a field holding `kind`, in `lang`.
pub fn parse_error(lang: Lang, e: ParseError, kind: FieldKind) -> String {
    let text = tr(lang, e.text_key_for(kind));
    match e {
        ParseError::AboveMax(max) => {
            fill(&text, &[("max", &numfmt::integer(lang, i64::from(max)))])
        }
        ParseError::BelowMin(min) => fill(
            &text,
            &[(
                "min",
                &numfmt::money(lang, Cents::from_euros(i64::from(min))),
            )],
        ),
        _ => text,
    }
}

/// Props of [`ResultActions`].
#[derive(Properties, PartialEq)]
pub struct ResultActionsProps {
    /// UI language.
    pub lang: Lang,
    /// The share link to copy.
    pub share_url: AttrValue,
    /// Start this tool over.
    pub onreset: Callback<()>,
    /// Call to action, if configured.
    #[prop_or_default]
    pub cta: Option<Rc<Cta>>,
    /// Plain-text summary for a mailto call to action.
    pub summary: AttrValue,
}

/// Share, print, start over and the optional call to action.
#[component]
pub fn ResultActions(props: &ResultActionsProps) -> Html {
    let t = props.lang.messages();
    // Whether the copy worked, and how often the visitor has shared: each
    // click puts a new message node into the status region, so it is read
    // out again.
    let shared = use_state(|| None::<(bool, u32)>);
    let onshare = {
        let (url, shared) = (props.share_url.to_string(), shared.clone());
        Callback::from(move |_: MouseEvent| {
            let n = shared.map_or(0, |(_, n)| n.wrapping_add(1));
            let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
                shared.set(Some((false, n)));
                return;
            };
            let promise = clipboard.write_text(&url);
            let shared = shared.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                shared.set(Some((ok, n)));
            });
        })
    };
    let onprint = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let onreset = props.onreset.reform(|_: MouseEvent| ());
    html! {
        <div class="kn-actions">
            if let Some(cta) = &props.cta {
                <a class="kn-button kn-cta" data-testid="cta"
                    href={cta.href_with_summary(&props.summary)}
                    rel="noopener noreferrer" target="_blank">
                    { cta.label().unwrap_or(t.cta_default_label).to_string() }
                </a>
            }
            <button type="button" class="kn-button kn-secondary" data-testid="share" onclick={onshare}>{ t.share }</button>
            <button type="button" class="kn-button kn-secondary" onclick={onprint}>{ t.print }</button>
            <button type="button" class="kn-button kn-secondary" data-testid="reset" onclick={onreset}>{ t.start_over }</button>
            // The status region is there from the start: one that appears
            // with its text is often not read out.
            <div class="kn-share">
                <div role="status">
                    if let Some((ok, n)) = *shared {
                        <p key={n}>{ if ok { t.share_copied } else { t.share_manual } }</p>
                    }
                </div>
                if shared.is_some() {
                    <input type="text" readonly=true value={props.share_url.clone()}
                        aria-label={t.share_url_label} data-testid="share-url" />
                }
            </div>
        </div>
    }
}
