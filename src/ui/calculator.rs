//! The cost calculator: every input recomputes at once (no submit button).
//! Salary bands, each employer contribution with its ceiling, car,
//! recruiting and ramp-up, yearly and first-year totals, the team total,
//! AM next to KAM and a bar chart with a text alternative. Every figure
//! carries a badge that reveals its source.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::codec::Tool;
use crate::domain::cost::{
    self, AmVsKam, BandPoint, CalculatorEdit, CalculatorInputs, CostBreakdown, Item, Origin,
    RoleInputs, MAX_HEADCOUNT, MAX_RAMP_UP_MONTHS, MAX_STAFF, MIN_REVENUE_EUROS,
};
use crate::domain::data::{Branch, Config, CountRange};
use crate::domain::money::{AdjustBp, Bp, Cents};
use crate::domain::parse::{
    parse_count_up_to, parse_euros, parse_euros_at_least, parse_months_up_to, parse_percent,
    FieldKind,
};
use crate::domain::salary::{Family, IndustryGroup, Role, SalaryBand};
use crate::domain::source::SourceTag;
use crate::embed::{HostEvent, ResultDetail};
use crate::i18n::{fill, fill_team, Lang, Messages};
use crate::numfmt;
use crate::session::SessionAction;
use crate::ui::probe;
use crate::ui::share_url;
use crate::ui::store::{Data, ToolProps};
use crate::ui::throttle::{Quiet, Throttle, PAUSE_MS};
use crate::ui::widgets::{
    badge, band_figures, parse_error, tr, FieldValue, NumberField, ResultActions,
};

/// Everything the calculator's fields call, built once per language (the
/// parsers speak it) so that each field receives the same callbacks at
/// every render. Each one sends a [`CalculatorEdit`] to the session
/// reducer, which applies it to the inputs it holds.
#[derive(PartialEq)]
struct Handlers {
    industry: Callback<Event>,
    region: Callback<Event>,
    company_size: Callback<Event>,
    staff_count: Callback<FieldValue>,
    saxony: Callback<Event>,
    accident: Callback<Event>,
    am_level: Callback<Event>,
    kam_level: Callback<Event>,
    band_point: Callback<Event>,
    am_base: Callback<FieldValue>,
    kam_base: Callback<FieldValue>,
    am_variable: Callback<FieldValue>,
    kam_variable: Callback<FieldValue>,
    am_car: Callback<Event>,
    kam_car: Callback<Event>,
    recruiting_fee: Callback<FieldValue>,
    am_ramp: Callback<FieldValue>,
    kam_ramp: Callback<FieldValue>,
    productivity_gap: Callback<FieldValue>,
    kam_count: Callback<FieldValue>,
    am_count: Callback<FieldValue>,
    revenue: Callback<FieldValue>,
    euros: Callback<String, Result<i64, String>>,
    /// The revenue: an amount of at least [`MIN_REVENUE_EUROS`].
    revenue_euros: Callback<String, Result<i64, String>>,
    /// Staff, up to [`MAX_STAFF`].
    count: Callback<String, Result<i64, String>>,
    /// Ramp-up months, up to [`MAX_RAMP_UP_MONTHS`].
    months: Callback<String, Result<i64, String>>,
    /// KAMs and AMs, up to [`MAX_HEADCOUNT`].
    heads: Callback<String, Result<i64, String>>,
    /// Rates travel as basis points in an `i64`, like the other fields:
    /// one `NumberField` type instead of two (its code exists once).
    rate: Callback<String, Result<i64, String>>,
}

fn on_select(edit: &Callback<CalculatorEdit>, f: fn(String) -> CalculatorEdit) -> Callback<Event> {
    edit.reform(move |e: Event| {
        f(e.target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .map(|s| s.value())
            .unwrap_or_default())
    })
}

fn on_check(edit: &Callback<CalculatorEdit>, f: fn(bool) -> CalculatorEdit) -> Callback<Event> {
    edit.reform(move |e: Event| {
        f(e.target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .is_some_and(|c| c.checked()))
    })
}

fn on_value(
    edit: &Callback<CalculatorEdit>,
    f: fn(Option<i64>) -> CalculatorEdit,
) -> Callback<FieldValue> {
    edit.reform(move |v: FieldValue| {
        f(match v {
            FieldValue::Value(n) => Some(n),
            FieldValue::Empty => None,
        })
    })
}

/// A rate field's basis points as a rate (the parser only yields valid
/// ones, so nothing is dropped here).
fn bp_of(v: Option<i64>) -> Option<Bp> {
    v.and_then(Bp::from_i64)
}

/// A count typed into a field, as the `u32` the inputs hold.
fn count_of(v: Option<i64>) -> Option<u32> {
    v.and_then(|n| u32::try_from(n).ok())
}

/// The parser of a count field that takes at most `max`.
fn count_parser(lang: Lang, max: u32) -> Callback<String, Result<i64, String>> {
    Callback::from(move |s: String| {
        parse_count_up_to(&s, max)
            .map(i64::from)
            .map_err(|e| parse_error(lang, e, FieldKind::Count))
    })
}

impl Handlers {
    fn new(lang: Lang, edit: &Callback<CalculatorEdit>) -> Handlers {
        use CalculatorEdit as E;
        Handlers {
            industry: on_select(edit, |v| {
                E::Industry(IndustryGroup::parse(&v).unwrap_or_default())
            }),
            region: on_select(edit, |v| E::Region(Some(v).filter(|v| v != "national"))),
            company_size: on_select(edit, |v| E::CompanySize(Some(v).filter(|v| !v.is_empty()))),
            staff_count: on_value(edit, |v| E::StaffCount(count_of(v))),
            saxony: on_check(edit, E::Saxony),
            accident: on_check(edit, E::AccidentInsurance),
            // An unknown level, or one of the other family, falls back to
            // the family's standard level (in `CalculatorInputs::edit`).
            am_level: on_select(edit, |v| {
                E::Role(Family::Am, Role::parse(&v).unwrap_or(Role::Am))
            }),
            kam_level: on_select(edit, |v| {
                E::Role(Family::Kam, Role::parse(&v).unwrap_or(Role::KamNew))
            }),
            band_point: on_select(edit, |v| {
                E::BandPoint(match v.as_str() {
                    "min" => BandPoint::Min,
                    "max" => BandPoint::Max,
                    _ => BandPoint::Typical,
                })
            }),
            am_base: on_value(edit, |v| E::Base(Family::Am, v.map(Cents::from_euros))),
            kam_base: on_value(edit, |v| E::Base(Family::Kam, v.map(Cents::from_euros))),
            am_variable: on_value(edit, |v| E::Variable(Family::Am, bp_of(v))),
            kam_variable: on_value(edit, |v| E::Variable(Family::Kam, bp_of(v))),
            am_car: on_select(edit, |v| E::Car(Family::Am, v)),
            kam_car: on_select(edit, |v| E::Car(Family::Kam, v)),
            recruiting_fee: on_value(edit, |v| E::RecruitingFee(bp_of(v))),
            am_ramp: on_value(edit, |v| E::RampUpMonths(Family::Am, count_of(v))),
            kam_ramp: on_value(edit, |v| E::RampUpMonths(Family::Kam, count_of(v))),
            productivity_gap: on_value(edit, |v| E::ProductivityGap(bp_of(v))),
            kam_count: on_value(edit, |v| E::KamCount(count_of(v))),
            am_count: on_value(edit, |v| E::AmCount(count_of(v))),
            revenue: on_value(edit, |v| E::Revenue(v.map(Cents::from_euros))),
            euros: Callback::from(move |s: String| {
                parse_euros(&s).map_err(|e| parse_error(lang, e, FieldKind::Euros))
            }),
            revenue_euros: Callback::from(move |s: String| {
                parse_euros_at_least(&s, MIN_REVENUE_EUROS)
                    .map_err(|e| parse_error(lang, e, FieldKind::Euros))
            }),
            // A count above its field's limit is refused with a message
            // naming the limit, not silently replaced by the default.
            count: count_parser(lang, MAX_STAFF),
            // "12 Monate" is read like "12".
            months: Callback::from(move |s: String| {
                parse_months_up_to(&s, MAX_RAMP_UP_MONTHS)
                    .map(i64::from)
                    .map_err(|e| parse_error(lang, e, FieldKind::Count))
            }),
            heads: count_parser(lang, MAX_HEADCOUNT),
            rate: Callback::from(move |s: String| {
                parse_percent(&s)
                    .map(|b| i64::from(b.get()))
                    .map_err(|e| parse_error(lang, e, FieldKind::Percent))
            }),
        }
    }
}

/// How often the screen-reader total checks whether the typing stopped.
const SPEAK_TICK_MS: u32 = 250;

/// Quiet ticks before the total is spoken: 500–750 ms after the last change.
const SPEAK_QUIET_TICKS: u8 = 3;

/// The calculator page. It re-renders on every input; the parts below it
/// get only the values they show, so an input re-renders the fields and
/// results it changes and no others.
#[component]
pub fn CalculatorPage(props: &ToolProps) -> Html {
    probe::rendered("CalculatorPage");
    let lang = props.lang;
    let t = lang.messages();
    let data = props.cfg;
    let session = &props.session.0;
    let inputs = &session.calculator;
    // Bumped on "start over" so the text fields redraw with the defaults.
    let generation = use_state(|| 0u32);
    let handlers = use_memo((lang, props.session.dispatcher()), |(lang, dispatcher)| {
        let dispatcher = dispatcher.clone();
        let edit = Callback::from(move |e: CalculatorEdit| {
            dispatcher.dispatch(SessionAction::EditCalculator(e))
        });
        Handlers::new(*lang, &edit)
    });

    let team = cost::team_cost(&data, inputs);
    let (default_kam, default_am) = cost::default_team(&data);
    let spoken = use_node_ref();
    let results_later = {
        let detail = ResultDetail::Calculator {
            kam: team.kam_count,
            am: team.am_count,
            yearly: team.yearly.euros_rounded(),
            first_year: team.first_year.euros_rounded(),
        };
        // The first totals go out as soon as they show; changes while the
        // visitor types go out when they pause (the host gets the figures
        // they settle on, not one event per keystroke), when focus leaves a
        // field (a host button clicked right after typing sees the final
        // figures), and when the calculator closes.
        let later = use_memo(props.onevent.clone(), |onevent| {
            let onevent = onevent.clone();
            Throttle::new(PAUSE_MS, move |d: ResultDetail| {
                onevent.emit(HostEvent::Result(d))
            })
        });
        // The total for screen readers, in a polite status, written into
        // the node rather than through state (no render), once the visitor
        // has paused for SPEAK_QUIET_TICKS ticks (a review heard three
        // totals for one entry with the host events' throttle), through a
        // debounce that sets no timer per change (see `Quiet`). The opening
        // total is not spoken.
        let speak = {
            let spoken = spoken.clone();
            use_memo((), move |_| {
                Quiet::new(SPEAK_TICK_MS, SPEAK_QUIET_TICKS, move |text| {
                    if let Some(p) = spoken.get() {
                        p.set_text_content(Some(&text));
                    }
                })
            })
        };
        {
            let (later, first) = (later.clone(), use_mut_ref(|| true));
            use_effect_with(detail, move |d| {
                later.push(d.clone());
                if let (false, ResultDetail::Calculator { yearly, .. }) =
                    (std::mem::replace(&mut *first.borrow_mut(), false), d)
                {
                    speak.push(format!(
                        "{}: {}",
                        lang.messages().team_yearly,
                        numfmt::money(lang, Cents::from_euros(*yearly))
                    ));
                }
            });
        }
        later
    };
    // Built once: the form keeps one listener rather than getting a new
    // one with every keystroke.
    let onfocusout = use_callback(results_later, |_: FocusEvent, later| later.flush());
    let onreset = {
        let (dispatcher, generation) = (props.session.dispatcher(), generation.clone());
        Callback::from(move |_| {
            dispatcher.dispatch(SessionAction::Reset(Tool::Calculator));
            generation.set(generation.wrapping_add(1));
        })
    };
    let yearly = numfmt::money(lang, team.yearly);
    let summary = format!(
        "KAM Navigator: {} {yearly} / {} {}",
        t.team_yearly,
        t.team_first_year,
        numfmt::money(lang, team.first_year)
    );

    let computed_for = computed_for(lang, data.0, inputs);

    html! {
        <div class="kn-calc" data-testid="calculator">
            <form class="kn-calc-inputs" key={*generation} {onfocusout} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2>{ t.calc_inputs }</h2>
                <CompanyFields {lang} {data} h={handlers.clone()}
                    industry={inputs.industry} region={inputs.region.clone()} company_size={inputs.company_size.clone()}
                    staff_count={inputs.staff_count} saxony={inputs.saxony} accident={inputs.accident_insurance}
                    size_default={size_default(lang, data.0, inputs)} />
                <RoleFields {lang} {data} h={handlers.clone()} band_point={inputs.band_point}
                    am={inputs.am.clone()} kam={inputs.kam.clone()}
                    am_default={band_point(&team.am.band, inputs.band_point)}
                    kam_default={band_point(&team.kam.band, inputs.band_point)}
                    am_base_hint={base_hint(lang, &team.am.band, inputs.band_point, inputs.am.base)}
                    kam_base_hint={base_hint(lang, &team.kam.band, inputs.band_point, inputs.kam.base)} />
                <HiringFields {lang} {data} h={handlers.clone()}
                    recruiting_fee={inputs.recruiting_fee} productivity_gap={inputs.productivity_gap}
                    am_ramp={inputs.am.ramp_up_months} kam_ramp={inputs.kam.ramp_up_months} />
                <TeamFields {lang} h={handlers.clone()}
                    kam_count={inputs.kam_count} am_count={inputs.am_count} revenue={inputs.revenue}
                    kam_default={default_kam} am_default={default_am} />
            </form>

            <section class="kn-calc-results" aria-labelledby="calc-results-title">
                <h2 id="calc-results-title">{ t.results }</h2>
                <p class="kn-small" data-testid="calc-summary">{ computed_for }</p>
                <div class="kn-band-pair">
                    <BandCard {lang} band={team.am.band.clone()} />
                    <BandCard {lang} band={team.kam.band.clone()} />
                </div>
                <Breakdown {lang} am={team.am.clone()} kam={team.kam.clone()} am_vs_kam={team.am_vs_kam} />
                <TeamView {lang} kam_count={team.kam_count} am_count={team.am_count}
                    yearly={team.yearly} first_year={team.first_year} cost_per_revenue_bp={team.cost_per_revenue_bp}
                    revenue={team.revenue} />
                <Chart {lang} am_yearly={team.am.yearly} am_first_year={team.am.first_year}
                    kam_yearly={team.kam.yearly} kam_first_year={team.kam.first_year} />
                <p class="kn-small">{ t.assumptions_note }</p>

                <ResultActions {lang} share_url={share_url(&props.share_base, "#/calculator", &session.share(Tool::Calculator), lang)}
                    {onreset} cta={props.cta.clone()} summary={summary} />
            </section>
            <p class="kn-sr" role="status" data-testid="calc-announce" ref={spoken}></p>
            <p class="kn-sticky-total" aria-hidden="true">
                { fill_team(lang, t.sticky_team, team.kam_count, team.am_count) }{ ": " }<strong>{ yearly }</strong>
            </p>
        </div>
    }
}

/// The U1 levy's staff limit as the data gives it ("30"), or "?" should an
/// override document drop it (the data loader requires it today).
fn u1_limit(cfg: &Config) -> String {
    cfg.social
        .get(Branch::SickPayU1)
        .and_then(|c| c.max_staff)
        .map_or_else(|| "?".to_string(), |m| m.value.to_string())
}

/// The size select's empty choice: "ohne Anpassung", or while no size is
/// chosen and a staff count is typed, the class that count falls into
/// ("Bis 50 Beschäftigte (40 eingegeben)").
fn size_default(lang: Lang, cfg: &Config, inputs: &CalculatorInputs) -> AttrValue {
    let t = lang.messages();
    let derived = match (&inputs.company_size, inputs.staff_count) {
        (None, Some(staff)) => inputs.effective_company_size(cfg).and_then(|id| {
            cfg.salary
                .company_sizes
                .iter()
                .find(|c| c.id == id)
                .map(|c| {
                    fill(
                        t.size_from_staff,
                        &[
                            ("size", c.label.get(lang)),
                            ("staff", &numfmt::integer(lang, i64::from(staff))),
                        ],
                    )
                })
        }),
        _ => None,
    };
    derived.map_or(AttrValue::Static(t.no_factor), AttrValue::from)
}

/// What the results were computed for, in words ("Branche: … · Region: …"):
/// on a phone the form is far above the results, and the printout leaves
/// it out. Plain loops and one string: iterator chains here cost the
/// calculator's view about 1 KB gzip of wasm.
#[inline(never)]
fn computed_for(lang: Lang, cfg: &Config, inputs: &CalculatorInputs) -> String {
    let t = lang.messages();
    let mut out = String::with_capacity(160);
    let mut add = |what: &str, value: &str| {
        if !out.is_empty() {
            out.push_str(" · ");
        }
        out.push_str(what);
        out.push_str(": ");
        out.push_str(value);
    };
    for i in &cfg.industries {
        if i.group == inputs.industry {
            add(t.industry, i.label.get(lang));
        }
    }
    // No region is the national average, as in the select.
    let region = inputs.region.as_deref().unwrap_or("national");
    for r in &cfg.salary.regions {
        if r.id == region {
            add(t.region, r.label.get(lang));
        }
    }
    let size = inputs.effective_company_size(cfg);
    for c in &cfg.salary.company_sizes {
        if Some(&c.id) == size.as_ref() {
            add(t.company_size, c.label.get(lang));
        }
    }
    add(
        t.band_point,
        match inputs.band_point {
            BandPoint::Min => t.band_min,
            BandPoint::Typical => t.band_typical,
            BandPoint::Max => t.band_max,
        },
    );
    out
}

/// Props of [`CompanyFields`].
#[derive(Properties, PartialEq)]
struct CompanyProps {
    lang: Lang,
    data: Data,
    h: Rc<Handlers>,
    industry: IndustryGroup,
    region: Option<String>,
    company_size: Option<String>,
    staff_count: Option<u32>,
    saxony: bool,
    accident: bool,
    /// The label of the size select's empty choice: no factor, or the
    /// class the staff count picks while no size is chosen.
    size_default: AttrValue,
}

/// Industry, region, company size, staff count and the two switches.
#[component]
fn CompanyFields(props: &CompanyProps) -> Html {
    probe::rendered("CompanyFields");
    let (lang, cfg, h) = (props.lang, props.data.0, &props.h);
    let t = lang.messages();
    html! {
        <fieldset>
            <legend>{ t.calc_company }</legend>
            { select("calc-industry", t.industry,
                cfg.industries.iter().map(|i| (i.group.id().to_string(), i.label.get(lang).to_string())).collect(),
                props.industry.id(), h.industry.clone()) }
            { select("calc-region", t.region,
                cfg.salary.regions.iter().map(|r| (r.id.clone(), r.label.get(lang).to_string())).collect(),
                props.region.as_deref().unwrap_or("national"), h.region.clone()) }
            { select("calc-size", t.company_size,
                std::iter::once((String::new(), props.size_default.to_string()))
                    .chain(cfg.salary.company_sizes.iter().map(|s| (s.id.clone(), s.label.get(lang).to_string())))
                    .collect(),
                props.company_size.as_deref().unwrap_or(""), h.company_size.clone()) }
            { number_field(lang, Field {
                id: "calc-staff",
                label: t.staff_count.into(),
                // The U1 limit comes from the data, not the text.
                hint: fill(t.staff_hint, &[("u1", &u1_limit(cfg))]).into(),
                placeholder: Some(t.hint_count.into()),
                suffix: None,
                initial: opt_count(lang, props.staff_count),
                parse: h.count.clone(),
                onvalue: h.staff_count.clone(),
            }) }
            { checkbox("calc-saxony", t.saxony, props.saxony, h.saxony.clone()) }
            { checkbox("calc-accident", t.accident, props.accident, h.accident.clone()) }
        </fieldset>
    }
}

/// Props of [`RoleFields`].
#[derive(Properties, PartialEq)]
struct RoleProps {
    lang: Lang,
    data: Data,
    h: Rc<Handlers>,
    band_point: BandPoint,
    am: RoleInputs,
    kam: RoleInputs,
    /// The AM base salary used when none is typed.
    am_default: Cents,
    /// The KAM base salary used when none is typed.
    kam_default: Cents,
    /// The hint under the AM base salary (see [`base_hint`]).
    am_base_hint: AttrValue,
    /// The hint under the KAM base salary.
    kam_base_hint: AttrValue,
}

/// Role levels, band point, base salaries, variable shares and cars.
#[component]
fn RoleFields(props: &RoleProps) -> Html {
    probe::rendered("RoleFields");
    let (lang, cfg, h) = (props.lang, props.data.0, &props.h);
    let t = lang.messages();
    let var_hint =
        |r: &crate::domain::data::RateRange| numfmt::percent_range(lang, r.min.value, r.max.value);
    // A typed share outside the usual range is used as typed; the hint says
    // that it is unusual.
    let var_note = |r: &crate::domain::data::RateRange, typed: Option<Bp>| {
        let text = match typed {
            Some(v) if !r.contains(v) => t.outside_usual_range,
            _ => t.usual_range,
        };
        fill(text, &[("value", &var_hint(r))])
    };
    let (am, kam) = (&props.am, &props.kam);
    html! {
        <fieldset>
            <legend>{ t.calc_roles }</legend>
            { select("calc-am-level", t.am_level,
                [Role::JuniorAm, Role::Am, Role::SeniorAm].into_iter().map(|r| (r.id().to_string(), tr(lang, r.text_key()))).collect(),
                am.role.id(), h.am_level.clone()) }
            { select("calc-kam-level", t.kam_level,
                [Role::KamNew, Role::KamExperienced].into_iter().map(|r| (r.id().to_string(), tr(lang, r.text_key()))).collect(),
                kam.role.id(), h.kam_level.clone()) }
            { select("calc-band-point", t.band_point,
                vec![("min".into(), t.band_min.into()), ("typical".into(), t.band_typical.into()), ("max".into(), t.band_max.into())],
                match props.band_point { BandPoint::Min => "min", BandPoint::Typical => "typical", BandPoint::Max => "max" },
                h.band_point.clone()) }
            { number_field(lang, Field {
                id: "calc-am-base",
                label: fill(t.base_salary, &[("role", "AM")]).into(),
                hint: props.am_base_hint.clone(),
                placeholder: Some(numfmt::integer(lang, props.am_default.euros_rounded()).into()),
                suffix: Some("€"),
                initial: opt_euros(lang, am.base),
                parse: h.euros.clone(),
                onvalue: h.am_base.clone(),
            }) }
            { number_field(lang, Field {
                id: "calc-kam-base",
                label: fill(t.base_salary, &[("role", "KAM")]).into(),
                hint: props.kam_base_hint.clone(),
                placeholder: Some(numfmt::integer(lang, props.kam_default.euros_rounded()).into()),
                suffix: Some("€"),
                initial: opt_euros(lang, kam.base),
                parse: h.euros.clone(),
                onvalue: h.kam_base.clone(),
            }) }
            { number_field(lang, Field {
                id: "calc-am-variable",
                label: fill(t.variable_share, &[("role", "AM")]).into(),
                hint: var_note(&cfg.salary.variable_am, am.variable).into(),
                placeholder: Some(var_hint(&cfg.salary.variable_am).into()),
                suffix: Some("%"),
                initial: opt_rate(lang, am.variable),
                parse: h.rate.clone(),
                onvalue: h.am_variable.clone(),
            }) }
            { number_field(lang, Field {
                id: "calc-kam-variable",
                label: fill(t.variable_share, &[("role", "KAM")]).into(),
                hint: var_note(&cfg.salary.variable_kam, kam.variable).into(),
                placeholder: Some(var_hint(&cfg.salary.variable_kam).into()),
                suffix: Some("%"),
                initial: opt_rate(lang, kam.variable),
                parse: h.rate.clone(),
                onvalue: h.kam_variable.clone(),
            }) }
            { select("calc-am-car", &fill(t.car_class, &[("role", "AM")]), car_options(cfg, lang),
                am.car.as_deref().unwrap_or(&cfg.cars.default_am.value), h.am_car.clone()) }
            { select("calc-kam-car", &fill(t.car_class, &[("role", "KAM")]), car_options(cfg, lang),
                kam.car.as_deref().unwrap_or(&cfg.cars.default_kam.value), h.kam_car.clone()) }
        </fieldset>
    }
}

/// Props of [`HiringFields`].
#[derive(Properties, PartialEq)]
struct HiringProps {
    lang: Lang,
    data: Data,
    h: Rc<Handlers>,
    recruiting_fee: Option<Bp>,
    productivity_gap: Option<Bp>,
    am_ramp: Option<u32>,
    kam_ramp: Option<u32>,
}

/// Recruiting fee, ramp-up months and the productivity gap.
#[component]
fn HiringFields(props: &HiringProps) -> Html {
    probe::rendered("HiringFields");
    let (lang, cfg, h) = (props.lang, props.data.0, &props.h);
    let t = lang.messages();
    let (fee_low, fee_high) = cfg.hiring.fee_market.span();
    html! {
        <fieldset>
            <legend>{ t.calc_hiring }</legend>
            { number_field(lang, Field {
                id: "calc-fee",
                label: t.recruiting_fee.into(),
                hint: (fill(t.default_value, &[("value", &numfmt::percent(lang, cfg.hiring.recruiting_fee_default.value))])
                    + &fill(t.fee_market, &[
                        ("range", &numfmt::percent_range(lang, fee_low, fee_high)),
                        ("average", &numfmt::percent(lang, cfg.hiring.fee_market.average.value)),
                    ])).into(),
                placeholder: Some(numfmt::percent(lang, cfg.hiring.recruiting_fee_default.value).into()),
                suffix: Some("%"),
                initial: opt_rate(lang, props.recruiting_fee),
                parse: h.rate.clone(),
                onvalue: h.recruiting_fee.clone(),
            }) }
            { number_field(lang, Field {
                id: "calc-am-ramp",
                label: fill(t.ramp_up_months, &[("role", "AM")]).into(),
                hint: ramp_hint(lang, cfg.hiring.ramp_up_default_am.value, cfg.hiring.ramp_up_am),
                placeholder: Some(cfg.hiring.ramp_up_default_am.value.to_string().into()),
                suffix: None,
                initial: opt_count(lang, props.am_ramp),
                parse: h.months.clone(),
                onvalue: h.am_ramp.clone(),
            }) }
            { number_field(lang, Field {
                id: "calc-kam-ramp",
                label: fill(t.ramp_up_months, &[("role", "KAM")]).into(),
                hint: ramp_hint(lang, cfg.hiring.ramp_up_default_kam.value, cfg.hiring.ramp_up_kam),
                placeholder: Some(cfg.hiring.ramp_up_default_kam.value.to_string().into()),
                suffix: None,
                initial: opt_count(lang, props.kam_ramp),
                parse: h.months.clone(),
                onvalue: h.kam_ramp.clone(),
            }) }
            { number_field(lang, Field {
                id: "calc-gap",
                label: t.productivity_gap.into(),
                hint: fill(t.default_value, &[("value", &numfmt::percent(lang, cfg.hiring.productivity_gap_default.value))]).into(),
                placeholder: Some(numfmt::percent(lang, cfg.hiring.productivity_gap_default.value).into()),
                suffix: Some("%"),
                initial: opt_rate(lang, props.productivity_gap),
                parse: h.rate.clone(),
                onvalue: h.productivity_gap.clone(),
            }) }
        </fieldset>
    }
}

/// A ramp-up field's hint: the default, and the months the article calls
/// usual for the role.
fn ramp_hint(lang: Lang, default: u32, usual: CountRange) -> AttrValue {
    let t = lang.messages();
    let range = numfmt::range(lang, i64::from(usual.min.value), i64::from(usual.max.value));
    (fill(t.default_value, &[("value", &default.to_string())])
        + &fill(t.ramp_usual, &[("range", &range)]))
        .into()
}

/// Props of [`TeamFields`].
#[derive(Properties, PartialEq)]
struct TeamFieldsProps {
    lang: Lang,
    h: Rc<Handlers>,
    kam_count: Option<u32>,
    am_count: Option<u32>,
    revenue: Option<Cents>,
    /// KAMs assumed while the field is empty (not the typed count: the
    /// hint says what emptying the field gives).
    kam_default: u32,
    /// AMs assumed while the field is empty.
    am_default: u32,
}

/// Head counts and revenue.
#[component]
fn TeamFields(props: &TeamFieldsProps) -> Html {
    probe::rendered("TeamFields");
    let (lang, h) = (props.lang, &props.h);
    let t = lang.messages();
    html! {
        <fieldset>
            <legend>{ t.calc_team }</legend>
            { number_field(lang, Field {
                id: "calc-kam-count",
                label: t.kam_count.into(),
                hint: fill(t.default_value, &[("value", &props.kam_default.to_string())]).into(),
                placeholder: Some(props.kam_default.to_string().into()),
                suffix: None,
                initial: opt_count(lang, props.kam_count),
                parse: h.heads.clone(),
                onvalue: h.kam_count.clone(),
            }) }
            { number_field(lang, Field {
                id: "calc-am-count",
                label: t.am_count.into(),
                hint: fill(t.default_value, &[("value", &props.am_default.to_string())]).into(),
                placeholder: Some(props.am_default.to_string().into()),
                suffix: None,
                initial: opt_count(lang, props.am_count),
                parse: h.heads.clone(),
                onvalue: h.am_count.clone(),
            }) }
            { number_field(lang, Field {
                id: "calc-revenue",
                label: t.revenue.into(),
                hint: t.hint_euros.into(),
                placeholder: None,
                suffix: Some("€"),
                initial: opt_euros(lang, props.revenue),
                parse: h.revenue_euros.clone(),
                onvalue: h.revenue.clone(),
            }) }
        </fieldset>
    }
}

/// What one calculator number field shows and does.
struct Field {
    id: &'static str,
    label: AttrValue,
    hint: AttrValue,
    placeholder: Option<AttrValue>,
    suffix: Option<&'static str>,
    initial: AttrValue,
    parse: Callback<String, Result<i64, String>>,
    onvalue: Callback<FieldValue>,
}

/// One calculator number field. A function rather than `html!` at each of
/// the twelve fields: the props builder then exists once, not twelve
/// times (0.7 KB gzip of wasm).
#[inline(never)]
fn number_field(lang: Lang, f: Field) -> Html {
    html! {
        <NumberField {lang} id={f.id} label={f.label} hint={f.hint} placeholder={f.placeholder}
            suffix={f.suffix.map(AttrValue::from)} initial={f.initial} parse={f.parse} onvalue={f.onvalue} />
    }
}

/// A field's first text: the stored value as the visitor would type it.
fn opt_euros(lang: Lang, v: Option<Cents>) -> AttrValue {
    v.map(|c| AttrValue::from(numfmt::integer(lang, c.euros_rounded())))
        .unwrap_or_default()
}

fn opt_rate(lang: Lang, v: Option<Bp>) -> AttrValue {
    v.map(|b| AttrValue::from(numfmt::percent(lang, b)))
        .unwrap_or_default()
}

fn opt_count(lang: Lang, v: Option<u32>) -> AttrValue {
    v.map(|n| AttrValue::from(numfmt::integer(lang, i64::from(n))))
        .unwrap_or_default()
}

/// The hint under a base-salary field: the default the field falls back to
/// or, for a typed base outside the role's band, that band. The base is used
/// as typed either way, as a variable share outside its range is.
fn base_hint(lang: Lang, band: &SalaryBand, point: BandPoint, typed: Option<Cents>) -> AttrValue {
    let t = lang.messages();
    match typed {
        Some(base) if !band.contains(base) => {
            let span = format!(
                "{} – {}",
                numfmt::money(lang, band.min),
                numfmt::money(lang, band.max)
            );
            fill(t.outside_usual_range, &[("value", &span)])
        }
        _ => fill(
            t.default_value,
            &[("value", &numfmt::money(lang, band_point(band, point)))],
        ),
    }
    .into()
}

/// The base salary the calculator takes from the band when none is typed.
fn band_point(band: &SalaryBand, point: BandPoint) -> Cents {
    match point {
        BandPoint::Min => band.min,
        BandPoint::Typical => band.typical,
        BandPoint::Max => band.max,
    }
}

fn car_options(cfg: &Config, lang: Lang) -> Vec<(String, String)> {
    cfg.cars
        .classes
        .iter()
        .map(|c| (c.id.clone(), c.label.get(lang).to_string()))
        .collect()
}

fn select(
    id: &'static str,
    label: &str,
    options: Vec<(String, String)>,
    current: &str,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="kn-field">
            <label for={id}>{ label.to_string() }</label>
            <select id={id} data-testid={id} {onchange}>
                { for options.into_iter().map(|(value, text)| {
                    let selected = value == current;
                    html! { <option value={value} {selected}>{ text }</option> }
                }) }
            </select>
        </div>
    }
}

fn checkbox(id: &'static str, label: &str, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <div class="kn-field kn-check">
            <input type="checkbox" id={id} data-testid={id} {checked} {onchange} />
            <label for={id}>{ label.to_string() }</label>
        </div>
    }
}

/// Props of [`BandCard`].
#[derive(Properties, PartialEq)]
struct BandProps {
    lang: Lang,
    band: SalaryBand,
}

/// One role's salary band: minimum, typical and maximum.
#[component]
fn BandCard(props: &BandProps) -> Html {
    probe::rendered("BandCard");
    let (lang, band) = (props.lang, &props.band);
    let t = lang.messages();
    let role = tr(lang, band.role.text_key());
    // Scaled by a region or size factor, the figures are computed (an
    // assumption stays one); the factors and their source are named under
    // them (domain guide §2: "clearly labelled").
    let factors = adjust_factors(lang, t, band);
    html! {
        <div class="kn-band-card" data-testid={format!("band-{}", band.role.id())}>
            <h3>{ fill(t.band_title, &[("role", &role)]) }</h3>
            { band_figures(lang, band, None) }
            if let Some((text, source)) = factors {
                <p class="kn-small" data-testid="band-adjust">
                    <span class="kn-adjust-text">{ text }</span>{ " " }
                    { badge(lang, Origin::Data(source)) }
                </p>
            }
        </div>
    }
}

/// The region and company-size factors that scale `band`, as one line
/// ("Region: +11 % · Unternehmensgröße: -9,5 %") and the source they share
/// (a mix of sources reads as an assumption); `None` without a factor.
fn adjust_factors(lang: Lang, t: &Messages, band: &SalaryBand) -> Option<(String, SourceTag)> {
    let mut text = String::new();
    let mut source: Option<SourceTag> = None;
    for (label, f) in [(t.region, band.region), (t.company_size, band.size)] {
        let Some(f) = f.filter(|f| f.value != AdjustBp::NONE) else {
            continue;
        };
        let bp = i64::from(f.value.get());
        if !text.is_empty() {
            text.push_str(" · ");
        }
        text.push_str(label);
        text.push_str(if bp > 0 { ": +" } else { ": " });
        text.push_str(&numfmt::percent_bp(lang, bp));
        source = Some(source.map_or(f.source, |s| s.combine(f.source)));
    }
    Some((text, source?))
}

/// Props of [`Breakdown`].
#[derive(Properties, PartialEq)]
struct BreakdownProps {
    lang: Lang,
    am: CostBreakdown,
    kam: CostBreakdown,
    am_vs_kam: AmVsKam,
}

/// Every cost line of one AM next to one KAM. Head counts and revenue do
/// not change it, so changing them does not re-render it.
#[component]
fn Breakdown(props: &BreakdownProps) -> Html {
    probe::rendered("Breakdown");
    let (lang, am, kam) = (props.lang, &props.am, &props.kam);
    let t = lang.messages();
    let am_role = tr(lang, am.role.text_key());
    let kam_role = tr(lang, kam.role.text_key());
    // A row's weight (`sub`, `total`, `grand`) is a data attribute the style
    // sheet reads. Not a class: `class={..}` with a non-literal value goes
    // through Yew's `Classes`, whose code costs the widget 3.8 KB gzip.
    // Each row is its label and one cell per role, built by `side` for the
    // AM (test ids `am-…`) and the KAM (`kam-…`).
    let row =
        |label: &str, kind: Option<&'static str>, side: &dyn Fn(&CostBreakdown, &str) -> Html| {
            html! {
                <tr data-kind={kind}>
                    <th scope="row">{ label.to_string() }</th>
                    { side(am, "am") }{ side(kam, "kam") }
                </tr>
            }
        };
    let id = |side: &str, what: &str| Some(format!("{side}-{what}"));
    let rate = |r: Bp| Some(numfmt::percent(lang, r));
    let contribution_rows = am
        .contributions
        .lines
        .iter()
        .zip(kam.contributions.lines.iter())
        .map(|(a, k)| {
            let detail = |l: &cost::ContributionLine| {
                if !l.applies {
                    t.line_not_applied.to_string()
                } else {
                    match l.ceiling.value {
                        Some(c) => fill(
                            t.line_rate_ceiling,
                            &[
                                ("rate", &numfmt::percent(lang, l.rate.value)),
                                ("ceiling", &numfmt::money(lang, c)),
                            ],
                        ),
                        None => fill(
                            t.line_rate_uncapped,
                            &[("rate", &numfmt::percent(lang, l.rate.value))],
                        ),
                    }
                }
            };
            let line = |l: &cost::ContributionLine| {
                cell(
                    lang,
                    l.amount,
                    Some(Origin::Data(l.rate.source)),
                    Some(detail(l)),
                    None,
                )
            };
            html! {
                <tr data-kind="sub" data-branch={a.branch.id()}>
                    <th scope="row">{ tr(lang, a.branch.text_key()) }</th>
                    { line(a) }{ line(k) }
                </tr>
            }
        });
    let item = |what: &'static str, get: fn(&CostBreakdown) -> Item| {
        move |b: &CostBreakdown, side: &str| {
            let i = get(b);
            cell(lang, i.amount, Some(i.origin), None, id(side, what))
        }
    };
    let sum = |what: &'static str, get: fn(&CostBreakdown) -> Cents| {
        move |b: &CostBreakdown, side: &str| {
            cell(lang, get(b), Some(Origin::Derived), None, id(side, what))
        }
    };
    html! {
        <div class="kn-table-wrap">
            <table class="kn-table" data-testid="breakdown">
                <caption>{ t.compare_title }</caption>
                <thead>
                    <tr><td></td><th scope="col">{ am_role }</th><th scope="col">{ kam_role }</th></tr>
                </thead>
                <tbody>
                    { row(t.line_base, None, &item("base", |b| b.base)) }
                    { row(t.line_variable, None, &|b, _| cell(lang, b.variable.amount, Some(b.variable.origin),
                        rate(b.variable_rate.value), None)) }
                    // The benefit counts towards the gross pay that
                    // contributions are due on, but is never paid out.
                    { row(t.line_car_benefit, None, &|b, side| cell(lang, b.car_benefit.amount, Some(b.car_benefit.origin),
                        (b.car_benefit.amount > Cents::ZERO).then(|| fill(t.car_benefit_detail, &[
                            ("rate", &numfmt::percent(lang, b.car_benefit_rate)),
                            ("price", &numfmt::money(lang, b.car_list_price)),
                        ])), id(side, "car-benefit"))) }
                    { row(t.line_gross, Some("total"), &sum("gross", |b| b.gross)) }
                    { for contribution_rows }
                    // A sum of lines that each carry their badge: none here.
                    { row(t.line_contributions, Some("total"), &|b, side| cell(lang, b.contributions.total, None,
                        rate(b.contributions.share_of_gross), id(side, "contributions"))) }
                    { row(t.line_car_cost, None, &item("car-cost", |b| b.car_cost)) }
                    // The gross above includes the car benefit, which is
                    // not paid out: say what this total adds up.
                    { row(t.line_yearly, Some("grand"), &|b, side| cell(lang, b.yearly, Some(Origin::Derived),
                        Some(t.yearly_detail.to_string()), id(side, "yearly"))) }
                    { row(t.line_monthly, Some("sub"), &sum("monthly", |b| b.monthly)) }
                    { row(t.line_recruiting, None, &|b, _| cell(lang, b.recruiting.amount,
                        Some(b.recruiting.origin), rate(b.recruiting_rate.value), None)) }
                    { row(t.line_ramp_up, None, &|b, _| cell(lang, b.ramp_up.amount,
                        Some(b.ramp_up.origin),
                        Some(fill(t.ramp_detail, &[
                            ("months", &b.ramp_up_months.value.to_string()),
                            ("gap", &numfmt::percent(lang, b.productivity_gap.value)),
                        ])), None)) }
                    { row(t.line_first_year, Some("grand"), &sum("first-year", |b| b.first_year)) }
                    // One cell across both roles: it compares them.
                    <tr class="kn-diff">
                        <th scope="row">{ t.compare_difference }</th>
                        <td colspan="2">
                            <span data-testid="diff-yearly">{ t.per_year }{ ": " }{ numfmt::money(lang, props.am_vs_kam.yearly_difference) }</span>
                            { " · " }
                            <span data-testid="diff-first-year">{ t.first_year }{ ": " }{ numfmt::money(lang, props.am_vs_kam.first_year_difference) }</span>
                        </td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

/// One amount of the table: the figure, its source badge (none for a sum
/// of lines that carry their own) and an optional detail line.
fn cell(
    lang: Lang,
    amount: Cents,
    origin: Option<Origin>,
    detail: Option<String>,
    testid: Option<String>,
) -> Html {
    html! {
        <td data-testid={testid}>{ numfmt::money(lang, amount) }
            if let Some(origin) = origin {
                { " " }{ badge(lang, origin) }
            }
            if let Some(detail) = detail {
                <span class="kn-detail">{ detail }</span>
            }
        </td>
    }
}

/// Props of [`TeamView`].
#[derive(Properties, PartialEq)]
struct TeamViewProps {
    lang: Lang,
    kam_count: u32,
    am_count: u32,
    yearly: Cents,
    first_year: Cents,
    cost_per_revenue_bp: Option<i64>,
    /// The revenue the ratio is taken of.
    revenue: Option<Cents>,
}

/// The team's yearly and first-year cost, and its cost per euro of revenue.
#[component]
fn TeamView(team: &TeamViewProps) -> Html {
    probe::rendered("TeamView");
    let lang = team.lang;
    let t = lang.messages();
    html! {
        <div class="kn-team-total" data-testid="team-total">
            <h3>{ fill_team(lang, t.team_total_title, team.kam_count, team.am_count) }</h3>
            <dl class="kn-totals">
                <div><dt>{ t.team_yearly }</dt><dd data-testid="team-yearly">{ numfmt::money(lang, team.yearly) }</dd></div>
                <div><dt>{ t.team_first_year }</dt><dd data-testid="team-first-year">{ numfmt::money(lang, team.first_year) }</dd></div>
                if let Some(bp) = team.cost_per_revenue_bp {
                    <div><dt>{ t.revenue_short }</dt>
                        // The share is the figure; what it is a share of
                        // is the small print (the whole sentence once
                        // stood in the figures' large type).
                        <dd data-testid="cost-per-revenue">{ numfmt::percent_bp(lang, bp) }{ " " }
                            <span class="kn-detail">{ fill(t.cost_per_revenue, &[
                                ("revenue", &team.revenue.map(|r| numfmt::money(lang, r)).unwrap_or_default()),
                            ]) }</span></dd></div>
                }
            </dl>
            if team.cost_per_revenue_bp.is_some_and(|bp| bp > 10_000) {
                <p class="kn-notice" data-testid="cost-warning">{ t.cost_over_revenue }</p>
            }
        </div>
    }
}

/// Props of [`Chart`]: one AM's and one KAM's cost.
#[derive(Properties, PartialEq)]
struct ChartProps {
    lang: Lang,
    am_yearly: Cents,
    am_first_year: Cents,
    kam_yearly: Cents,
    kam_first_year: Cents,
}

/// Horizontal bars: per year and first year, AM and KAM, each label above
/// its bar so the text stays legible when the chart shrinks on a phone.
/// Sizes are SVG attributes, not inline styles, so the chart passes a
/// strict CSP.
#[component]
fn Chart(props: &ChartProps) -> Html {
    probe::rendered("Chart");
    let lang = props.lang;
    let t = lang.messages();
    let bars = [
        ("AM", t.per_year, props.am_yearly, "am"),
        ("AM", t.first_year, props.am_first_year, "am-first"),
        ("KAM", t.per_year, props.kam_yearly, "kam"),
        ("KAM", t.first_year, props.kam_first_year, "kam-first"),
    ];
    let max = bars.iter().map(|b| b.2.cents()).max().unwrap_or(1).max(1);
    // Labels are HTML text at the page's size (inside an SVG they grew with
    // the chart on wide screens); each bar is a one-rect SVG stretched to
    // the row's width. SVG, not a styled <div>: a width would need an
    // inline style, which a strict Content-Security-Policy refuses.
    let width = 360i64;
    html! {
        <figure class="kn-chart" data-testid="chart" aria-labelledby="kn-chart-title">
            <figcaption id="kn-chart-title" class="kn-sr">{ t.chart_title }</figcaption>
            <div id="kn-chart-desc">
                { for bars.iter().map(|(who, when, amount, series)| {
                    let w = (i128::from(amount.cents().max(0)) * i128::from(width) / i128::from(max)) as i64;
                    html! {
                        <div class="kn-chart-row">
                            <p class="kn-chart-label">{ format!("{who}, {when}: {}", numfmt::money(lang, *amount)) }</p>
                            <svg class="kn-chart-bar" viewBox={format!("0 0 {width} 20")} preserveAspectRatio="none"
                                aria-hidden="true" focusable="false">
                                <rect x="0" y="0" width={w.max(2).to_string()} height="20" data-series={*series} />
                            </svg>
                        </div>
                    }
                }) }
            </div>
        </figure>
    }
}
