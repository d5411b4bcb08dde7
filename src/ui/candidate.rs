//! The candidate quiz page: one question per step, then the fitting role,
//! the career path as a timeline, next steps and the salary to expect.

use yew::prelude::*;

use crate::domain::candidate::{self, Blocker, CandidateOutcome, CandidateResult};
use crate::domain::codec::Tool;
use crate::domain::cost::{CalculatorEdit, Origin};
use crate::domain::flow::FlowAction;
use crate::embed::ResultDetail;
use crate::i18n::fill;
use crate::numfmt;
use crate::route::Route;
use crate::session::SessionAction;
use crate::ui::quiz::QuizStep;
use crate::ui::share_url;
use crate::ui::store::ToolProps;
use crate::ui::widgets::{badge, band_figures, tr, use_result, ResultActions};

/// The candidate quiz and its result.
#[component]
pub fn CandidatePage(props: &ToolProps) -> Html {
    let lang = props.lang;
    let flow = props.session.0.candidate.clone();
    let ondispatch = {
        let session = props.session.clone();
        Callback::from(move |a: FlowAction| session.dispatch(SessionAction::Candidate(a)))
    };
    let result = flow
        .is_finished()
        .then(|| candidate::evaluate(&props.cfg, flow.answers()));
    // Leaving the result removes the focused button: focus the question then.
    let showed_result = use_mut_ref(|| false);
    let left_result =
        std::mem::replace(&mut *showed_result.borrow_mut(), result.is_some()) && result.is_none();
    let announcement = result
        .as_ref()
        .map(|r| tr(lang, &r.outcome.text_key()))
        .unwrap_or_default();
    html! {
        <>
            <div class="kn-sr" role="status" aria-live="polite">{ announcement }</div>
            if let Some(r) = result {
                <CandidateResultView tool={props.clone()} result={r} />
            } else {
                <QuizStep {lang} flow={flow} {ondispatch} focus_on_mount={left_result}
                    tool={Tool::Candidate} onevent={props.onevent.clone()} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ResultProps {
    tool: ToolProps,
    result: CandidateResult,
}

#[component]
fn CandidateResultView(
    ResultProps {
        tool: props,
        result: r,
    }: &ResultProps,
) -> Html {
    let lang = props.lang;
    let t = lang.messages();
    let heading = use_node_ref();
    use_result(
        heading.clone(),
        ResultDetail::Candidate {
            outcome: r.outcome.id(),
            salary: (
                r.band.min.euros_rounded(),
                r.band.typical.euros_rounded(),
                r.band.max.euros_rounded(),
            ),
        },
        props.onevent.clone(),
    );
    let title = tr(lang, &r.outcome.text_key());
    let role_name = tr(lang, r.band.role.text_key());
    let band = &r.band;
    let edit = {
        let session = props.session.clone();
        Callback::from(move |_: MouseEvent| {
            session.dispatch(SessionAction::Candidate(FlowAction::GoTo(0)))
        })
    };
    let onreset = {
        let session = props.session.clone();
        Callback::from(move |_| session.dispatch(SessionAction::Reset(Tool::Candidate)))
    };
    let summary = format!(
        "KAM Navigator: {title}. {} {}–{}",
        fill(t.salary_title, &[("role", &role_name)]),
        numfmt::money(lang, band.min),
        numfmt::money(lang, band.max)
    );
    // The band here is the national one; the calculator shows the same
    // role's band with region, industry and company size.
    let open_role = {
        let (session, onnavigate, role) =
            (props.session.clone(), props.onnavigate.clone(), band.role);
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            session.dispatch(SessionAction::EditCalculator(CalculatorEdit::Role(
                role.family(),
                role,
            )));
            onnavigate.emit(Route::Calculator);
        })
    };
    let here = r.outcome;
    html! {
        <section class="kn-result" data-testid="candidate-result" data-outcome={r.outcome.id()}>
            <p class="kn-eyebrow">{ t.cand_result_title }</p>
            <h2 ref={heading} tabindex="-1" class="kn-verdict" data-testid="outcome">{ title }</h2>

            <h3>{ t.path_title }</h3>
            <ol class="kn-timeline" data-testid="timeline">
                { for CandidateOutcome::ALL.into_iter().map(|o| {
                    let reached = (o as u8) <= (here as u8);
                    html! {
                        <li class="kn-stage" data-reached={reached.then_some("true")}
                            aria-current={(o == here).then_some("step")}>
                            <span class="kn-stage-dot" aria-hidden="true"></span>
                            <span class="kn-stage-name">{ tr(lang, &o.text_key()) }</span>
                            if o == here {
                                <span class="kn-stage-here">{ t.you_are_here }</span>
                            }
                        </li>
                    }
                }) }
            </ol>

            if !r.next_steps.is_empty() {
                <h3>{ t.next_steps_title }</h3>
                <ul class="kn-steps" data-testid="next-steps">
                    { for r.next_steps.iter().map(|s| {
                        let text = match s.years {
                            Some(y) => fill(&tr(lang, &s.text_key), &[
                                ("min", &y.min.value.to_string()),
                                ("max", &y.max.value.to_string()),
                            ]),
                            None => tr(lang, &s.text_key),
                        };
                        html! { <li>{ text }</li> }
                    }) }
                </ul>
            }

            if !r.factors.is_empty() {
                <h3>{ t.strengths_title }</h3>
                <ul class="kn-checks">
                    { for r.factors.iter().map(|f| html! { <li class="is-pro">{ tr(lang, &f.text_key) }</li> }) }
                </ul>
            }

            if !r.gaps.is_empty() || !r.blockers.is_empty() {
                <h3>{ t.gaps_title }</h3>
                <ul class="kn-checks" data-testid="gaps">
                    // Each threshold with its source: the 5 years come from
                    // the article, the points rule is the project's.
                    { for r.blockers.iter().map(|b| {
                        let (key, needed) = match b {
                            Blocker::Years { needed } => ("cand.blocker.years", needed),
                            Blocker::Points { needed } => ("cand.blocker.points", needed),
                        };
                        html! { <li class="is-gap">{ fill(&tr(lang, key), &[("needed", &needed.value.to_string()), ("points", &r.points.to_string())]) }
                            { " " }{ badge(lang, Origin::Data(needed.source)) }</li> }
                    }) }
                    { for r.gaps.iter().map(|g| html! { <li class="is-gap">{ tr(lang, g) }</li> }) }
                </ul>
            }

            <h3>{ fill(t.salary_title, &[("role", &role_name)]) }</h3>
            { band_figures(lang, band, Some("salary-band")) }
            <p class="kn-small">{ t.salary_note }</p>
            <p><a class="kn-link" href="#/calculator" data-testid="role-in-calculator" onclick={open_role}>{ t.role_in_calculator }</a></p>

            <p><button type="button" class="kn-link" data-testid="edit" onclick={edit}>{ t.edit_answers }</button></p>
            <ResultActions {lang} share_url={share_url(&props.share_base, "#/candidate", &props.session.0.share(Tool::Candidate), lang)}
                {onreset} cta={props.cta.clone()} summary={summary} />
        </section>
    }
}
