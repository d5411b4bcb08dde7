//! The employer quiz page: one question per step, then the verdict with
//! its reasons factor by factor and the recommended team.

use yew::prelude::*;

use crate::domain::codec::Tool;
use crate::domain::cost::Origin;
use crate::domain::data::Config;
use crate::domain::employer::{self, Direction, EmployerVerdict, Factor, TeamBasis, Threshold};
use crate::domain::flow::FlowAction;
use crate::domain::money::Bp;
use crate::domain::source::SourceTag;
use crate::domain::team::HeadcountRange;
use crate::embed::ResultDetail;
use crate::i18n::{fill, fill_team, Lang};
use crate::numfmt;
use crate::route::Route;
use crate::session::SessionAction;
use crate::ui::quiz::{answer_text, QuizStep};
use crate::ui::share_url;
use crate::ui::store::ToolProps;
use crate::ui::widgets::{badge, tr, use_result, ResultActions};

/// The employer quiz and its result.
#[component]
pub fn EmployerPage(props: &ToolProps) -> Html {
    let lang = props.lang;
    let flow = props.session.0.employer.clone();
    let ondispatch = {
        let session = props.session.clone();
        Callback::from(move |a: FlowAction| session.dispatch(SessionAction::Employer(a)))
    };
    let verdict = flow
        .is_finished()
        .then(|| employer::evaluate(&props.cfg, flow.answers()));
    // Leaving the result removes the focused button: focus the question then.
    let showed_result = use_mut_ref(|| false);
    let left_result =
        std::mem::replace(&mut *showed_result.borrow_mut(), verdict.is_some()) && verdict.is_none();
    let announcement = verdict
        .as_ref()
        .map(|v| tr(lang, &v.level.text_key()))
        .unwrap_or_default();
    html! {
        <>
            <div class="kn-sr" role="status" aria-live="polite">{ announcement }</div>
            if let Some(v) = verdict {
                <VerdictView tool={props.clone()} verdict={v} />
            } else {
                <QuizStep {lang} flow={flow} {ondispatch} focus_on_mount={left_result}
                    tool={Tool::Employer} onevent={props.onevent.clone()} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct VerdictProps {
    tool: ToolProps,
    verdict: EmployerVerdict,
}

#[component]
fn VerdictView(
    VerdictProps {
        tool: props,
        verdict,
    }: &VerdictProps,
) -> Html {
    let lang = props.lang;
    let t = lang.messages();
    let v = verdict;
    let heading = use_node_ref();
    use_result(
        heading.clone(),
        ResultDetail::Employer {
            verdict: v.level.id(),
            score: v.score,
            kam: (v.team.kam.min, v.team.kam.max),
            am: (v.team.am.min, v.team.am.max),
        },
        props.onevent.clone(),
    );
    let title = tr(lang, &v.level.text_key());
    let team = &v.team;
    let kam_line = head_count(lang, t.team_kam, team.kam);
    let am_line = head_count(lang, t.team_am, team.am);
    let (kam_n, am_n) = team.calculator_team();
    let open_calculator = {
        let (session, onnavigate) = (props.session.clone(), props.onnavigate.clone());
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            session.dispatch(SessionAction::PrefillTeam {
                kam: kam_n,
                am: am_n,
            });
            onnavigate.emit(Route::Calculator);
        })
    };
    let edit = {
        let session = props.session.clone();
        Callback::from(move |_: MouseEvent| {
            session.dispatch(SessionAction::Employer(FlowAction::GoTo(0)))
        })
    };
    let onreset = {
        let session = props.session.clone();
        Callback::from(move |_| session.dispatch(SessionAction::Reset(Tool::Employer)))
    };
    let summary = format!(
        "KAM Navigator: {title}. {} {kam_line}, {am_line}.",
        t.team_title
    );
    html! {
        <section class="kn-result" data-testid="employer-result" data-level={v.level.id()}>
            <p class="kn-eyebrow">{ t.result_label }</p>
            <h2 ref={heading} tabindex="-1" class="kn-verdict" data-testid="verdict">{ title }</h2>
            <p class="kn-lead">{ tr(lang, &v.summary_key()) }</p>
            <p class="kn-meta">
                { fill(t.score, &[("value", &signed(v.score))]) }{ " · " }
                { fill(t.confidence, &[("value", &numfmt::percent(lang, whole_percent(v.confidence)))]) }
            </p>
            <p class="kn-meta" data-testid="score-scale">
                <span>{ score_scale(lang, props.cfg.0) }</span>{ " " }
                { badge(lang, Origin::Data(props.cfg.0.employer.kam_urgent_min_score.source)) }
            </p>
            if let Some(key) = v.reason.text_key() {
                <p class="kn-meta" data-testid="level-reason">{ tr(lang, key) }</p>
            }

            // The team first: what to hire is the answer a reader came for;
            // on a phone eleven reason cards stood before it (a review).
            <h3>{ t.team_title }</h3>
            <div class="kn-team" data-testid="team">
                <p class="kn-team-line"><strong>{ kam_line }</strong></p>
                <p class="kn-team-line"><strong>{ am_line }</strong></p>
                if let Some(w) = v.team_cost_warning {
                    <p class="kn-notice" data-testid="team-warning">{ fill(
                        if team.basis == TeamBasis::Unaffordable { t.team_over_revenue } else { t.team_costs_revenue }, &[
                        ("team", &counted_team(lang, w.kam, w.am)),
                        ("costed", &counted_team(lang,
                            HeadcountRange { min: w.costed.0, max: w.costed.0 },
                            HeadcountRange { min: w.costed.1, max: w.costed.1 })),
                        ("cost", &numfmt::money(lang, w.yearly)),
                        ("revenue", &numfmt::money(lang, w.revenue)),
                    ]) }</p>
                }
                if let Some(p) = team.planned_kam {
                    <p class="kn-team-line">{ head_count(lang, t.team_planned, p) }</p>
                }
                // The warning explains a team that is the level's default
                // because the counted one is unaffordable.
                if team.basis != TeamBasis::Unaffordable {
                    <p class="kn-small">
                        { match (team.basis, team.sizing) {
                            // No key customers named, yet a KAM level keeps
                            // one KAM: say so rather than "from 0 key customers".
                            (TeamBasis::CustomerCounts, Some(s)) if s.key_customers == 0 && team.kam.min > 0 => {
                                fill(t.team_from_others_min_kam, &[
                                    ("others", &numfmt::integer(lang, i64::from(s.other_customers))),
                                ])
                            }
                            (TeamBasis::CustomerCounts, Some(s)) => fill(t.team_from_counts, &[
                                ("key", &numfmt::integer(lang, i64::from(s.key_customers))),
                                ("others", &numfmt::integer(lang, i64::from(s.other_customers))),
                            ]),
                            _ => t.team_typical.to_string(),
                        } }
                        { " " }{ badge(lang, Origin::Data(basis_source(props.cfg.0, team.basis))) }
                    </p>
                }
                <p class="kn-small" data-testid="calc-team-rule">
                    { if team.planned_kam.is_some() { t.calc_team_rule_planned } else { t.calc_team_rule } }
                    { " " }{ badge(lang, Origin::Data(crate::domain::source::SourceTag::Assumption)) }
                </p>
                <a class="kn-button" href="#/calculator" data-testid="open-calculator" onclick={open_calculator}>
                    { fill_team(lang, t.open_calculator, kam_n, am_n) }
                </a>
            </div>

            <h3>{ t.reasons_title }</h3>
            if v.factors.is_empty() {
                <p>{ t.no_factors }</p>
            } else {
                <ul class="kn-factors" data-testid="factors">
                    { for v.factors.iter().map(|f| factor(lang, f)) }
                </ul>
            }

            <p><button type="button" class="kn-link" data-testid="edit" onclick={edit}>{ t.edit_answers }</button></p>
            <ResultActions {lang} share_url={share_url(&props.share_base, "#/employer", &props.session.0.share(Tool::Employer), lang)}
                {onreset} cta={props.cta.clone()} summary={summary} />
        </section>
    }
}

/// A team line: the count or range, and the role name in the singular only
/// for exactly one ("1 Key Account Manager", "0 / 2–3 Key Account Managers").
/// Where each level begins on the score, with the thresholds from the data.
fn score_scale(lang: Lang, cfg: &Config) -> String {
    let e = &cfg.employer;
    let title = |l: employer::Level| tr(lang, &l.text_key());
    fill(
        lang.messages().score_scale,
        &[
            ("plan", &numfmt::integer(lang, e.plan_kam_min_score.value)),
            (
                "recommended",
                &numfmt::integer(lang, e.kam_recommended_min_score.value),
            ),
            (
                "urgent",
                &numfmt::integer(lang, e.kam_urgent_min_score.value),
            ),
            ("plan_title", &title(employer::Level::PlanKam)),
            ("recommended_title", &title(employer::Level::KamRecommended)),
            ("urgent_title", &title(employer::Level::KamUrgent)),
        ],
    )
}

/// The team the customer counts would need, for the warning: "60–150
/// Account Managers", with the KAMs first when there are any.
fn counted_team(lang: Lang, kam: HeadcountRange, am: HeadcountRange) -> String {
    let t = lang.messages();
    let am = head_count(lang, t.team_am, am);
    if kam.max == 0 {
        am
    } else {
        format!("{} {} {am}", head_count(lang, t.team_kam, kam), t.and)
    }
}

/// Where the team's figures come from: sizing from the counts is the
/// project's rule on the article's workloads per person (domain guide §5
/// \[D\], which the UI labels as an assumption), the level's structure is
/// the data file's default (an assumption in the shipped file).
fn basis_source(cfg: &Config, basis: TeamBasis) -> SourceTag {
    match basis {
        TeamBasis::CustomerCounts => SourceTag::Assumption,
        TeamBasis::LevelDefault | TeamBasis::Unaffordable => {
            cfg.team.default_by_level[0].am.min.source
        }
    }
}

fn head_count(lang: Lang, template: &str, r: HeadcountRange) -> String {
    let s = if (r.min, r.max) == (1, 1) {
        ""
    } else {
        lang.messages().plural_s
    };
    fill(
        template,
        &[
            (
                "value",
                &numfmt::range(lang, i64::from(r.min), i64::from(r.max)),
            ),
            ("s", s),
        ],
    )
}

fn factor(lang: Lang, f: &Factor) -> Html {
    let t = lang.messages();
    // The trigger with a number carries the value and threshold the text
    // speaks of; yes/no and option rules have none.
    let numeric = f
        .triggers
        .iter()
        .find(|tr| matches!(tr.threshold, Threshold::Percent(_) | Threshold::Euros(_)));
    let (value, threshold, source) = match numeric {
        Some(trg) => {
            let (th, src) = match trg.threshold {
                Threshold::Percent(p) => (numfmt::percent(lang, p.value), Some(p.source)),
                Threshold::Euros(e) => (numfmt::money(lang, e.value), Some(e.source)),
                Threshold::Choice(_) | Threshold::Yes => (String::new(), None),
            };
            (
                answer_text(lang, employer::question(trg.question), trg.answer),
                th,
                src,
            )
        }
        None => (String::new(), String::new(), None),
    };
    let text = fill(
        &tr(lang, &f.text_key),
        &[("value", &value), ("threshold", &threshold)],
    );
    let (direction, sign) = match f.direction {
        Direction::ProKam => ("pro", "+"),
        Direction::ContraKam => ("contra", "−"),
    };
    html! {
        <li class="kn-factor" data-direction={direction} data-rule={f.rule.id()}>
            <span class="kn-factor-tag">
                { tr(lang, f.direction.text_key()) }{ " · " }{ tr(lang, f.strength.text_key()) }
            </span>
            // The threshold and the weight have their own sources: the
            // article's "more than 10 %" is no reason to credit it with the
            // weight, which is the project's assumption.
            <span class="kn-factor-text">{ text }
                if let Some(source) = source {
                    { " " }{ badge(lang, Origin::Data(source)) }
                }
            </span>
            <span class="kn-factor-weight">
                { fill(t.weight, &[("value", &format!("{sign}{}", f.weight.value))]) }
                { " " }{ badge(lang, Origin::Data(f.weight.source)) }
            </span>
        </li>
    }
}

/// A score with a real minus sign, like the factors' weights ("−45", not
/// "-45").
fn signed(n: i64) -> String {
    if n < 0 {
        format!("−{}", n.unsigned_abs())
    } else {
        n.to_string()
    }
}

/// A share rounded to a whole percent: "89 %" says enough about how many
/// questions were answered; "88,67 %" claims a precision nobody needs.
fn whole_percent(share: Bp) -> Bp {
    Bp::clamped((i64::from(share.get()) + 50) / 100 * 100)
}
