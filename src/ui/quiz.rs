//! One quiz step at a time: the question as a heading, its help text, the
//! answer control for its kind, and back / skip / next. Shared by the
//! employer and the candidate quiz.

use yew::prelude::*;

use crate::domain::codec::Tool;
use crate::domain::cost::MIN_REVENUE_EUROS;
use crate::domain::flow::{FlowAction, QuizFlow};
use crate::domain::money::Bp;
use crate::domain::parse::{
    parse_count, parse_euros_at_least, parse_percent, parse_years, FieldKind,
};
use crate::domain::question::{Answer, NumberUnit, Question, QuestionKind};
use crate::embed::HostEvent;
use crate::i18n::{fill, Lang};
use crate::numfmt;
use crate::ui::widgets::{parse_error, progress_bar, tr, FieldValue, NumberField};

/// Props of [`QuizStep`].
#[derive(Properties, PartialEq)]
pub struct QuizStepProps {
    /// UI language.
    pub lang: Lang,
    /// The quiz state.
    pub flow: QuizFlow,
    /// Sends a step action.
    pub ondispatch: Callback<FlowAction>,
    /// Focus the question on the first draw too: the visitor left a result
    /// ("change answers", "start over") and the button they used is gone.
    #[prop_or_default]
    pub focus_on_mount: bool,
    /// Which quiz, for the host's step events.
    pub tool: Tool,
    /// Reports each step to the host page.
    pub onevent: Callback<HostEvent>,
}

/// The current question of a quiz.
#[component]
pub fn QuizStep(props: &QuizStepProps) -> Html {
    let t = props.lang.messages();
    let heading = use_node_ref();
    let attempted = use_state_eq(|| false);
    // The number field holds a text it refused: its own message says why,
    // so Next sends the visitor there instead of adding "please answer".
    let refused = use_state_eq(|| false);
    // The question's first control (its number field or first radio):
    // where Next sends the focus when something is missing.
    let input = use_node_ref();
    let step = props.flow.step();

    // Each new step moves focus to its question, so keyboard and screen
    // reader users continue where the new content starts. Not on the first
    // draw (the page heading has focus then) unless asked to.
    {
        let (heading, attempted, refused) = (heading.clone(), attempted.clone(), refused.clone());
        let first = use_mut_ref(|| true);
        let focus_on_mount = props.focus_on_mount;
        use_effect_with(step, move |_| {
            attempted.set(false);
            refused.set(false);
            if std::mem::replace(&mut *first.borrow_mut(), false) && !focus_on_mount {
                return;
            }
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }

    let progress = props.flow.progress();
    {
        let event = props.flow.current().map(|q| HostEvent::Step {
            tool: props.tool,
            question: q.id,
            step: progress.current,
            total: progress.total,
        });
        let onevent = props.onevent.clone();
        use_effect_with(event, move |e| {
            if let Some(e) = e {
                onevent.emit(e.clone());
            }
        });
    }
    let Some(q) = props.flow.current() else {
        return html! {};
    };
    let answer = props.flow.answers().get(q.id);
    let is_last = step + 1 >= props.flow.catalogue().len();
    let title_id = format!("q-{}-title", q.id);
    let help_id = format!("q-{}-help", q.id);

    let error_id = format!("q-{}-required", q.id);
    let onsubmit = {
        let (ondispatch, attempted, can_next, refused, input) = (
            props.ondispatch.clone(),
            attempted.clone(),
            props.flow.can_next(),
            *refused,
            input.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // A refused text comes first: an optional question would
            // otherwise move on and drop what the visitor typed.
            if refused {
                // The field's message is tied to it (aria-describedby),
                // so focusing it also reads the reason out.
                if let Some(field) = input.cast::<web_sys::HtmlElement>() {
                    let _ = field.focus();
                }
            } else if can_next {
                ondispatch.emit(FlowAction::Next);
            } else {
                attempted.set(true);
                // To the first answer (the field, or the first radio), so
                // the visitor can answer at once; the question's
                // description then includes the message.
                if let Some(first) = input.cast::<web_sys::HtmlElement>() {
                    let _ = first.focus();
                }
            }
        })
    };
    let onback = props.ondispatch.reform(|_: MouseEvent| FlowAction::Back);
    let onskip = props.ondispatch.reform(|_: MouseEvent| FlowAction::Skip);

    html! {
        <form class="kn-quiz" data-testid="quiz" data-question={q.id} {onsubmit} novalidate=true>
            { progress_bar(props.lang, progress.current, progress.total) }
            <fieldset class="kn-question" aria-describedby={
                if *attempted && answer.is_none() && !*refused {
                    format!("{help_id} {error_id}")
                } else {
                    help_id.clone()
                }
            }>
                <legend>
                    <h2 id={title_id.clone()} ref={heading} tabindex="-1" data-testid="question-title">
                        { tr(props.lang, &q.title_key()) }
                        if q.optional {
                            <span class="kn-optional">{ " (" }{ t.optional }{ ")" }</span>
                        }
                    </h2>
                </legend>
                <p class="kn-help" id={help_id.clone()}>{ tr(props.lang, &q.help_key()) }</p>
                { answer_control(props, q, answer, &title_id, &help_id, (&refused, &input)) }
            </fieldset>
            if *attempted && answer.is_none() && !*refused {
                <p class="kn-error" id={error_id} role="alert" data-testid="answer-required">{ t.answer_required }</p>
            }
            <div class="kn-quiz-nav">
                <button type="button" class="kn-button kn-secondary" data-testid="back"
                    disabled={step == 0} onclick={onback}>{ t.back }</button>
                if q.optional && answer.is_none() {
                    <button type="button" class="kn-button kn-secondary" data-testid="skip" onclick={onskip}>{ t.skip }</button>
                }
                <button type="submit" class="kn-button" data-testid="next">
                    { if is_last { t.show_result } else { t.next } }
                </button>
            </div>
        </form>
    }
}

fn answer_control(
    props: &QuizStepProps,
    q: &'static Question,
    answer: Option<Answer>,
    title_id: &str,
    help_id: &str,
    refused: (&UseStateHandle<bool>, &NodeRef),
) -> Html {
    let lang = props.lang;
    let t = lang.messages();
    let name = format!("q-{}", q.id);
    let on_answer = {
        let ondispatch = props.ondispatch.clone();
        let id = q.id;
        move |a: Answer| ondispatch.emit(FlowAction::Answer(id, a))
    };
    match q.kind {
        QuestionKind::Choice { options } => html! {
            <div class="kn-options">
                { for options.iter().enumerate().filter_map(|(i, _)| {
                    let index = u8::try_from(i).ok()?;
                    let label = q.option_key(i).map(|k| tr(lang, &k)).unwrap_or_default();
                    let on_answer = on_answer.clone();
                    // The first answer holds the question's focus target.
                    let target = if i == 0 { refused.1.clone() } else { NodeRef::default() };
                    Some(radio(&name, &format!("{name}-{i}"), label, target,
                        answer == Some(Answer::Choice(index)),
                        Callback::from(move |_: Event| on_answer(Answer::Choice(index)))))
                }) }
            </div>
        },
        QuestionKind::YesNo => {
            let (yes, no) = (on_answer.clone(), on_answer);
            html! {
                <div class="kn-options kn-options-inline">
                    { radio(&name, &format!("{name}-yes"), t.yes.to_string(), refused.1.clone(),
                        answer == Some(Answer::YesNo(true)),
                        Callback::from(move |_: Event| yes(Answer::YesNo(true)))) }
                    { radio(&name, &format!("{name}-no"), t.no.to_string(), NodeRef::default(),
                        answer == Some(Answer::YesNo(false)),
                        Callback::from(move |_: Event| no(Answer::YesNo(false)))) }
                </div>
            }
        }
        QuestionKind::Number { min, max, unit } => {
            let (hint, suffix) = match unit {
                NumberUnit::Euros => (t.hint_euros, Some("€")),
                NumberUnit::Count => (t.hint_count, None),
                NumberUnit::Years => (t.hint_years, None),
            };
            let parse = Callback::from(move |s: String| {
                let n = match unit {
                    // The quiz's one amount is the annual revenue.
                    NumberUnit::Euros => parse_euros_at_least(&s, MIN_REVENUE_EUROS)
                        .map_err(|e| (e, FieldKind::Euros)),
                    NumberUnit::Count => parse_count(&s).map_err(|e| (e, FieldKind::Count)),
                    // "5 Jahre" is a natural answer to "how many years".
                    NumberUnit::Years => parse_years(&s).map_err(|e| (e, FieldKind::Count)),
                }
                .map_err(|(e, kind)| parse_error(lang, e, kind))?;
                if (min..=max).contains(&n) {
                    Ok(n)
                } else {
                    Err(fill(
                        &tr(lang, "error.answer.number_out_of_range"),
                        &[
                            ("min", &numfmt::integer(lang, min)),
                            ("max", &numfmt::integer(lang, max)),
                        ],
                    ))
                }
            });
            let initial = match answer {
                Some(Answer::Number(n)) => numfmt::integer(lang, n),
                _ => String::new(),
            };
            number_field(
                props,
                q,
                title_id,
                help_id,
                hint,
                suffix,
                initial,
                parse,
                |n| Some(Answer::Number(n)),
                refused,
            )
        }
        QuestionKind::Percent => {
            // Basis points in an `i64`, as in the number case: one
            // `NumberField` type for both (its code exists once).
            // Another answer may set a floor (the top customers hold at
            // least the largest one's share).
            let floor = crate::domain::employer::percent_floor(props.flow.answers(), q.id);
            let parse = Callback::from(move |s: String| {
                let bp = parse_percent(&s).map_err(|e| parse_error(lang, e, FieldKind::Percent))?;
                match floor {
                    Some((least, key)) if bp < least => Err(fill(
                        &tr(lang, key),
                        &[("value", &numfmt::percent(lang, least))],
                    )),
                    _ => Ok(i64::from(bp.get())),
                }
            });
            let initial = match answer {
                Some(Answer::Percent(p)) => numfmt::percent(lang, p),
                _ => String::new(),
            };
            number_field(
                props,
                q,
                title_id,
                help_id,
                t.hint_percent,
                Some("%"),
                initial,
                parse,
                |bp| Bp::from_i64(bp).map(Answer::Percent),
                refused,
            )
        }
    }
}

#[allow(clippy::too_many_arguments)] // reason: a private helper with one caller per kind
fn number_field(
    props: &QuizStepProps,
    q: &'static Question,
    title_id: &str,
    help_id: &str,
    hint: &'static str,
    suffix: Option<&'static str>,
    initial: String,
    parse: Callback<String, Result<i64, String>>,
    // `None` for a value the answer cannot hold (not expected: the parser
    // only yields valid ones); it then counts as no answer.
    wrap: fn(i64) -> Option<Answer>,
    (refused, input): (&UseStateHandle<bool>, &NodeRef),
) -> Html {
    let (ondispatch, id) = (props.ondispatch.clone(), q.id);
    let onvalue = {
        let refused = refused.clone();
        Callback::from(move |v: FieldValue| {
            refused.set(false);
            match v {
                FieldValue::Value(v) => ondispatch.emit(match wrap(v) {
                    Some(a) => FlowAction::Answer(id, a),
                    None => FlowAction::Clear(id),
                }),
                FieldValue::Empty => ondispatch.emit(FlowAction::Clear(id)),
            }
        })
    };
    // An invalid entry withdraws the answer, so Next cannot carry on with a
    // number the visitor is no longer looking at. Other answers stay.
    let oninvalid = {
        let (ondispatch, refused) = (props.ondispatch.clone(), refused.clone());
        Callback::from(move |()| {
            refused.set(true);
            ondispatch.emit(FlowAction::Clear(id));
        })
    };
    html! {
        <NumberField key={q.id} lang={props.lang} id={format!("q-{}-input", q.id)}
            labelledby={AttrValue::from(title_id.to_string())}
            describedby={AttrValue::from(help_id.to_string())}
            // The example stands under the field; an empty field stays empty
            // rather than repeating it.
            hint={hint} placeholder={AttrValue::from("")} initial={initial} {parse} {onvalue} {oninvalid}
            required={!q.optional} suffix={suffix.map(AttrValue::from)} input_ref={input.clone()} />
    }
}

fn radio(
    name: &str,
    id: &str,
    label: String,
    target: NodeRef,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class="kn-option" data-checked={checked.then_some("true")} for={id.to_string()}>
            <input type="radio" ref={target} id={id.to_string()} name={name.to_string()} {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

/// The visitor's answer in words, for explanations ("18 %", "5.000.000 €",
/// "yes", an option's label).
pub fn answer_text(lang: Lang, q: Option<&'static Question>, answer: Answer) -> String {
    match answer {
        Answer::Percent(p) => numfmt::percent(lang, p),
        Answer::Number(n) => match q.map(|q| q.kind) {
            Some(QuestionKind::Number {
                unit: NumberUnit::Euros,
                ..
            }) => numfmt::money(lang, crate::domain::money::Cents::from_euros(n)),
            _ => numfmt::integer(lang, n),
        },
        Answer::YesNo(b) => {
            let t = lang.messages();
            if b { t.yes } else { t.no }.to_string()
        }
        Answer::Choice(i) => q
            .and_then(|q| q.option_key(usize::from(i)))
            .map(|k| tr(lang, &k))
            .unwrap_or_default(),
    }
}

/// A rate in words; shared by explanations.
pub fn rate_text(lang: Lang, rate: Bp) -> String {
    numfmt::percent(lang, rate)
}
