//! The cost calculator: every input recomputes at once (no submit button).
//! Salary bands, each employer contribution with its ceiling, car,
//! recruiting and ramp-up, yearly and first-year totals, the team total,
//! AM next to KAM and a bar chart with a text alternative. Every figure
//! carries a badge that reveals its source.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::codec::Tool;
use crate::domain::cost::{
    self, BandPoint, CalculatorInputs, CostBreakdown, Item, Origin, TeamCost,
};
use crate::domain::data::Config;
use crate::domain::money::{Bp, Cents};
use crate::domain::parse::{parse_count, parse_euros, parse_percent, ParseError};
use crate::domain::salary::{IndustryGroup, Role, SalaryBand};
use crate::embed::{HostEvent, ResultDetail};
use crate::i18n::{fill, Lang, Messages};
use crate::session::SessionAction;
use crate::ui::format;
use crate::ui::share_url;
use crate::ui::store::ToolProps;
use crate::ui::widgets::{parse_error, tr, FieldValue, NumberField, ResultActions, SourceBadge};

/// The calculator page.
#[component]
pub fn CalculatorPage(props: &ToolProps) -> Html {
    let lang = props.lang;
    let t = lang.messages();
    let cfg = props.cfg;
    let inputs = props.session.0.calculator.clone();
    // Bumped on "start over" so the text fields redraw with the defaults.
    let generation = use_state(|| 0u32);

    // One place that turns "change this field" into a session action.
    let update = {
        let session = props.session.clone();
        move |f: Box<dyn Fn(&mut CalculatorInputs)>| {
            let mut next = session.0.calculator.clone();
            f(&mut next);
            session.dispatch(SessionAction::Calculator(next));
        }
    };
    let update = std::rc::Rc::new(update);
    let on_select = |f: fn(&mut CalculatorInputs, String)| {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .map(|s| s.value())
                .unwrap_or_default();
            update(Box::new(move |i| f(i, v.clone())));
        })
    };
    let on_check = |f: fn(&mut CalculatorInputs, bool)| {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|c| c.checked());
            update(Box::new(move |i| f(i, v)));
        })
    };
    let on_value = |f: fn(&mut CalculatorInputs, Option<i64>)| {
        let update = update.clone();
        Callback::from(move |v: FieldValue<i64>| {
            let v = match v {
                FieldValue::Value(n) => Some(n),
                FieldValue::Empty => None,
            };
            update(Box::new(move |i| f(i, v)));
        })
    };
    let on_rate = |f: fn(&mut CalculatorInputs, Option<Bp>)| {
        let update = update.clone();
        Callback::from(move |v: FieldValue<Bp>| {
            let v = match v {
                FieldValue::Value(n) => Some(n),
                FieldValue::Empty => None,
            };
            update(Box::new(move |i| f(i, v)));
        })
    };
    let euros = Callback::from(move |s: String| parse_euros(&s).map_err(|e| parse_error(lang, e)));
    // Counts are stored as u32: a larger one is refused with a message, not
    // silently replaced by the default.
    let count = Callback::from(move |s: String| {
        parse_count(&s)
            .and_then(|n| {
                u32::try_from(n)
                    .map(i64::from)
                    .map_err(|_| ParseError::TooLarge)
            })
            .map_err(|e| parse_error(lang, e))
    });
    let rate = Callback::from(move |s: String| parse_percent(&s).map_err(|e| parse_error(lang, e)));

    let team = cost::team_cost(cfg, &inputs);
    {
        let detail = ResultDetail::Calculator {
            kam: team.kam_count,
            am: team.am_count,
            yearly: team.yearly.euros_rounded(),
            first_year: team.first_year.euros_rounded(),
        };
        let onevent = props.onevent.clone();
        use_effect_with(detail, move |d| onevent.emit(HostEvent::Result(d.clone())));
    }
    let am_role = tr(lang, inputs.am.role.text_key());
    let kam_role = tr(lang, inputs.kam.role.text_key());
    let onreset = {
        let (session, generation) = (props.session.clone(), generation.clone());
        Callback::from(move |_| {
            session.dispatch(SessionAction::Reset(Tool::Calculator));
            generation.set(generation.wrapping_add(1));
        })
    };
    let summary = format!(
        "KAM Navigator: {} {} / {}",
        t.team_yearly,
        format::money(lang, team.yearly),
        t.team_first_year
    ) + &format!(" {}", format::money(lang, team.first_year));

    let opt_euros = |v: Option<Cents>| {
        v.map(|c| format::integer(lang, c.euros_rounded()))
            .unwrap_or_default()
    };
    let opt_rate = |v: Option<Bp>| v.map(|b| format::percent(lang, b)).unwrap_or_default();
    let opt_count = |v: Option<u32>| {
        v.map(|n| format::integer(lang, i64::from(n)))
            .unwrap_or_default()
    };
    let var_hint = |r: &crate::domain::data::RateRange| {
        format!(
            "{} – {}",
            format::percent(lang, r.min.value),
            format::percent(lang, r.max.value)
        )
    };

    html! {
        <div class="kn-calc" data-testid="calculator">
            <form class="kn-calc-inputs" key={*generation} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2>{ t.calc_inputs }</h2>
                <fieldset>
                    <legend>{ t.calc_company }</legend>
                    { select("calc-industry", t.industry,
                        cfg.industries.iter().map(|i| (i.group.id().to_string(), i.label.get(lang).to_string())).collect(),
                        inputs.industry.id(),
                        on_select(|i, v| i.industry = IndustryGroup::parse(&v).unwrap_or_default())) }
                    { select("calc-region", t.region,
                        cfg.salary.regions.iter().map(|r| (r.id.clone(), r.label.get(lang).to_string())).collect(),
                        inputs.region.as_deref().unwrap_or("national"),
                        on_select(|i, v| i.region = Some(v).filter(|v| v != "national"))) }
                    { select("calc-size", t.company_size,
                        std::iter::once((String::new(), t.no_factor.to_string()))
                            .chain(cfg.salary.company_sizes.iter().map(|s| (s.id.clone(), s.label.get(lang).to_string())))
                            .collect(),
                        inputs.company_size.as_deref().unwrap_or(""),
                        on_select(|i, v| i.company_size = Some(v).filter(|v| !v.is_empty()))) }
                    <NumberField<i64> lang={lang} id="calc-staff" label={AttrValue::from(t.staff_count)}
                        hint={t.staff_hint} placeholder={AttrValue::from(t.hint_count)} initial={opt_count(inputs.staff_count)} parse={count.clone()}
                        onvalue={on_value(|i, v| i.staff_count = v.and_then(|n| u32::try_from(n).ok()))} />
                    { checkbox("calc-saxony", t.saxony, inputs.saxony, on_check(|i, v| i.saxony = v)) }
                    { checkbox("calc-accident", t.accident, inputs.accident_insurance, on_check(|i, v| i.accident_insurance = v)) }
                </fieldset>
                <fieldset>
                    <legend>{ t.calc_roles }</legend>
                    { select("calc-am-level", t.am_level,
                        [Role::JuniorAm, Role::Am, Role::SeniorAm].into_iter().map(|r| (r.id().to_string(), tr(lang, r.text_key()))).collect(),
                        inputs.am.role.id(),
                        on_select(|i, v| i.am.role = Role::parse(&v).filter(|r| r.family() == crate::domain::salary::Family::Am).unwrap_or(Role::Am))) }
                    { select("calc-kam-level", t.kam_level,
                        [Role::KamNew, Role::KamExperienced].into_iter().map(|r| (r.id().to_string(), tr(lang, r.text_key()))).collect(),
                        inputs.kam.role.id(),
                        on_select(|i, v| i.kam.role = Role::parse(&v).filter(|r| r.family() == crate::domain::salary::Family::Kam).unwrap_or(Role::KamNew))) }
                    { select("calc-band-point", t.band_point,
                        vec![("min".into(), t.band_min.into()), ("typical".into(), t.band_typical.into()), ("max".into(), t.band_max.into())],
                        match inputs.band_point { BandPoint::Min => "min", BandPoint::Typical => "typical", BandPoint::Max => "max" },
                        on_select(|i, v| i.band_point = match v.as_str() { "min" => BandPoint::Min, "max" => BandPoint::Max, _ => BandPoint::Typical })) }
                    <NumberField<i64> lang={lang} id="calc-am-base" label={AttrValue::from(fill(t.base_salary, &[("role", "AM")]))}
                        hint={fill(t.default_value, &[("value", &format::money(lang, band_point(&team.am.band, inputs.band_point)))])} placeholder={AttrValue::from(format::integer(lang, band_point(&team.am.band, inputs.band_point).euros_rounded()))} suffix={AttrValue::from("€")} initial={opt_euros(inputs.am.base)} parse={euros.clone()}
                        onvalue={on_value(|i, v| i.am.base = v.map(Cents::from_euros))} />
                    <NumberField<i64> lang={lang} id="calc-kam-base" label={AttrValue::from(fill(t.base_salary, &[("role", "KAM")]))}
                        hint={fill(t.default_value, &[("value", &format::money(lang, band_point(&team.kam.band, inputs.band_point)))])} placeholder={AttrValue::from(format::integer(lang, band_point(&team.kam.band, inputs.band_point).euros_rounded()))} suffix={AttrValue::from("€")} initial={opt_euros(inputs.kam.base)} parse={euros.clone()}
                        onvalue={on_value(|i, v| i.kam.base = v.map(Cents::from_euros))} />
                    <NumberField<Bp> lang={lang} id="calc-am-variable" label={AttrValue::from(fill(t.variable_share, &[("role", "AM")]))}
                        hint={fill(t.usual_range, &[("value", &var_hint(&cfg.salary.variable_am))])} placeholder={AttrValue::from(var_hint(&cfg.salary.variable_am))} suffix={AttrValue::from("%")} initial={opt_rate(inputs.am.variable)} parse={rate.clone()}
                        onvalue={on_rate(|i, v| i.am.variable = v)} />
                    <NumberField<Bp> lang={lang} id="calc-kam-variable" label={AttrValue::from(fill(t.variable_share, &[("role", "KAM")]))}
                        hint={fill(t.usual_range, &[("value", &var_hint(&cfg.salary.variable_kam))])} placeholder={AttrValue::from(var_hint(&cfg.salary.variable_kam))} suffix={AttrValue::from("%")} initial={opt_rate(inputs.kam.variable)} parse={rate.clone()}
                        onvalue={on_rate(|i, v| i.kam.variable = v)} />
                    { select("calc-am-car", &fill(t.car_class, &[("role", "AM")]), car_options(cfg, lang),
                        inputs.am.car.as_deref().unwrap_or(&cfg.cars.default_am.value),
                        on_select(|i, v| i.am.car = Some(v))) }
                    { select("calc-kam-car", &fill(t.car_class, &[("role", "KAM")]), car_options(cfg, lang),
                        inputs.kam.car.as_deref().unwrap_or(&cfg.cars.default_kam.value),
                        on_select(|i, v| i.kam.car = Some(v))) }
                </fieldset>
                <fieldset>
                    <legend>{ t.calc_hiring }</legend>
                    <NumberField<Bp> lang={lang} id="calc-fee" label={AttrValue::from(t.recruiting_fee)}
                        hint={fill(t.default_value, &[("value", &format::percent(lang, cfg.hiring.recruiting_fee_default.value))])} placeholder={AttrValue::from(format::percent(lang, cfg.hiring.recruiting_fee_default.value))} suffix={AttrValue::from("%")}
                        initial={opt_rate(inputs.recruiting_fee)} parse={rate.clone()}
                        onvalue={on_rate(|i, v| i.recruiting_fee = v)} />
                    <NumberField<i64> lang={lang} id="calc-am-ramp" label={AttrValue::from(fill(t.ramp_up_months, &[("role", "AM")]))}
                        hint={fill(t.default_value, &[("value", &cfg.hiring.ramp_up_default_am.value.to_string())])} placeholder={AttrValue::from(cfg.hiring.ramp_up_default_am.value.to_string())} initial={opt_count(inputs.am.ramp_up_months)} parse={count.clone()}
                        onvalue={on_value(|i, v| i.am.ramp_up_months = v.and_then(|n| u32::try_from(n).ok()))} />
                    <NumberField<i64> lang={lang} id="calc-kam-ramp" label={AttrValue::from(fill(t.ramp_up_months, &[("role", "KAM")]))}
                        hint={fill(t.default_value, &[("value", &cfg.hiring.ramp_up_default_kam.value.to_string())])} placeholder={AttrValue::from(cfg.hiring.ramp_up_default_kam.value.to_string())} initial={opt_count(inputs.kam.ramp_up_months)} parse={count.clone()}
                        onvalue={on_value(|i, v| i.kam.ramp_up_months = v.and_then(|n| u32::try_from(n).ok()))} />
                    <NumberField<Bp> lang={lang} id="calc-gap" label={AttrValue::from(t.productivity_gap)}
                        hint={fill(t.default_value, &[("value", &format::percent(lang, cfg.hiring.productivity_gap_default.value))])} placeholder={AttrValue::from(format::percent(lang, cfg.hiring.productivity_gap_default.value))} suffix={AttrValue::from("%")}
                        initial={opt_rate(inputs.productivity_gap)} parse={rate.clone()}
                        onvalue={on_rate(|i, v| i.productivity_gap = v)} />
                </fieldset>
                <fieldset>
                    <legend>{ t.calc_team }</legend>
                    <NumberField<i64> lang={lang} id="calc-kam-count" label={AttrValue::from(t.kam_count)}
                        hint={fill(t.default_value, &[("value", &team.kam_count.to_string())])} placeholder={AttrValue::from(team.kam_count.to_string())} initial={opt_count(inputs.kam_count)} parse={count.clone()}
                        onvalue={on_value(|i, v| i.kam_count = v.and_then(|n| u32::try_from(n).ok()))} />
                    <NumberField<i64> lang={lang} id="calc-am-count" label={AttrValue::from(t.am_count)}
                        hint={fill(t.default_value, &[("value", &team.am_count.to_string())])} placeholder={AttrValue::from(team.am_count.to_string())} initial={opt_count(inputs.am_count)} parse={count.clone()}
                        onvalue={on_value(|i, v| i.am_count = v.and_then(|n| u32::try_from(n).ok()))} />
                    <NumberField<i64> lang={lang} id="calc-revenue" label={AttrValue::from(t.revenue)}
                        hint={t.hint_euros} suffix={AttrValue::from("€")} initial={opt_euros(inputs.revenue)} parse={euros.clone()}
                        onvalue={on_value(|i, v| i.revenue = v.map(Cents::from_euros))} />
                </fieldset>
            </form>

            <section class="kn-calc-results" aria-labelledby="calc-results-title">
                <h2 id="calc-results-title">{ t.results }</h2>
                <div class="kn-band-pair">
                    { band_view(lang, t, &am_role, &team.am.band) }
                    { band_view(lang, t, &kam_role, &team.kam.band) }
                </div>
                { breakdown_table(lang, t, &am_role, &kam_role, &team) }
                { team_view(lang, t, &team) }
                { chart(lang, t, &team) }
                <p class="kn-small">{ t.assumptions_note }</p>

                <ResultActions {lang} share_url={share_url(&props.share_base, "#/calculator", &props.session.0.encode(Tool::Calculator))}
                    {onreset} cta={props.cta.clone()} summary={summary} />
            </section>
            <p class="kn-sticky-total" aria-hidden="true">
                { t.team_yearly }{ ": " }<strong>{ format::money(lang, team.yearly) }</strong>
            </p>
        </div>
    }
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

fn band_view(lang: Lang, t: &Messages, role: &str, band: &SalaryBand) -> Html {
    html! {
        <div class="kn-band-card" data-testid={format!("band-{}", band.role.id())}>
            <h3>{ fill(t.band_title, &[("role", role)]) }</h3>
            <dl class="kn-band">
                <div><dt>{ t.band_min }</dt><dd>{ format::money(lang, band.min) }
                    { " " }<SourceBadge {lang} origin={Origin::Data(band.base.min.source)} /></dd></div>
                <div class="is-typical"><dt>{ t.band_typical }</dt><dd data-testid="band-typical">{ format::money(lang, band.typical) }
                    { " " }<SourceBadge {lang} origin={Origin::Data(band.base.typical.source)} /></dd></div>
                <div><dt>{ t.band_max }</dt><dd>{ format::money(lang, band.max) }
                    { " " }<SourceBadge {lang} origin={Origin::Data(band.base.max.source)} /></dd></div>
            </dl>
        </div>
    }
}

fn money_cell(lang: Lang, item: Item, testid: Option<String>) -> Html {
    html! {
        <td data-testid={testid}>{ format::money(lang, item.amount) }{ " " }<SourceBadge {lang} origin={item.origin} /></td>
    }
}

fn derived(amount: Cents) -> Item {
    Item {
        amount,
        origin: Origin::Derived,
    }
}

fn breakdown_table(
    lang: Lang,
    t: &Messages,
    am_role: &str,
    kam_role: &str,
    team: &TeamCost,
) -> Html {
    let (am, kam) = (&team.am, &team.kam);
    let row = |label: String, a: Item, k: Item, class: Option<&'static str>, id: &str| {
        html! {
            <tr class={classes!(class)}>
                <th scope="row">{ label }</th>
                { money_cell(lang, a, Some(format!("am-{id}"))) }
                { money_cell(lang, k, Some(format!("kam-{id}"))) }
            </tr>
        }
    };
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
                                ("rate", &format::percent(lang, l.rate.value)),
                                ("ceiling", &format::money(lang, c)),
                            ],
                        ),
                        None => fill(
                            t.line_rate_uncapped,
                            &[("rate", &format::percent(lang, l.rate.value))],
                        ),
                    }
                }
            };
            let cell = |l: &cost::ContributionLine| {
                html! {
                    <td>
                        { format::money(lang, l.amount) }{ " " }
                        <SourceBadge {lang} origin={Origin::Data(l.rate.source)} />
                        <span class="kn-detail">{ detail(l) }</span>
                    </td>
                }
            };
            html! {
                <tr class="kn-sub" data-branch={a.branch.id()}>
                    <th scope="row">{ tr(lang, a.branch.text_key()) }</th>
                    { cell(a) }{ cell(k) }
                </tr>
            }
        });
    html! {
        <div class="kn-table-wrap">
            <table class="kn-table" data-testid="breakdown">
                <caption>{ t.compare_title }</caption>
                <thead>
                    <tr><td></td><th scope="col">{ am_role.to_string() }</th><th scope="col">{ kam_role.to_string() }</th></tr>
                </thead>
                <tbody>
                    { row(t.line_base.into(), am.base, kam.base, None, "base") }
                    <tr>
                        <th scope="row">{ t.line_variable }</th>
                        <td>{ format::money(lang, am.variable.amount) }{ " " }<SourceBadge {lang} origin={am.variable.origin} />
                            <span class="kn-detail">{ format::percent(lang, am.variable_rate.value) }</span></td>
                        <td>{ format::money(lang, kam.variable.amount) }{ " " }<SourceBadge {lang} origin={kam.variable.origin} />
                            <span class="kn-detail">{ format::percent(lang, kam.variable_rate.value) }</span></td>
                    </tr>
                    { row(t.line_car_benefit.into(), am.car_benefit, kam.car_benefit, None, "car-benefit") }
                    { row(t.line_gross.into(), derived(am.gross), derived(kam.gross), Some("kn-total"), "gross") }
                    { for contribution_rows }
                    <tr class="kn-total">
                        <th scope="row">{ t.line_contributions }</th>
                        <td data-testid="am-contributions">{ format::money(lang, am.contributions.total) }
                            <span class="kn-detail">{ format::percent(lang, am.contributions.share_of_gross) }</span></td>
                        <td data-testid="kam-contributions">{ format::money(lang, kam.contributions.total) }
                            <span class="kn-detail">{ format::percent(lang, kam.contributions.share_of_gross) }</span></td>
                    </tr>
                    { row(t.line_car_cost.into(), am.car_cost, kam.car_cost, None, "car-cost") }
                    { row(t.line_yearly.into(), derived(am.yearly), derived(kam.yearly), Some("kn-grand"), "yearly") }
                    { row(t.line_monthly.into(), derived(am.monthly), derived(kam.monthly), Some("kn-sub"), "monthly") }
                    <tr>
                        <th scope="row">{ t.line_recruiting }</th>
                        <td>{ format::money(lang, am.recruiting.amount) }{ " " }<SourceBadge {lang} origin={Origin::Data(am.recruiting_rate.source)} />
                            <span class="kn-detail">{ format::percent(lang, am.recruiting_rate.value) }</span></td>
                        <td>{ format::money(lang, kam.recruiting.amount) }{ " " }<SourceBadge {lang} origin={Origin::Data(kam.recruiting_rate.source)} />
                            <span class="kn-detail">{ format::percent(lang, kam.recruiting_rate.value) }</span></td>
                    </tr>
                    <tr>
                        <th scope="row">{ t.line_ramp_up }</th>
                        { ramp_cell(lang, t, am) }{ ramp_cell(lang, t, kam) }
                    </tr>
                    { row(t.line_first_year.into(), derived(am.first_year), derived(kam.first_year), Some("kn-grand"), "first-year") }
                    <tr class="kn-diff">
                        <th scope="row">{ t.compare_difference }</th>
                        <td>{ t.per_year }{ ": " }{ format::money(lang, team.am_vs_kam.yearly_difference) }</td>
                        <td>{ t.first_year }{ ": " }{ format::money(lang, team.am_vs_kam.first_year_difference) }</td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

fn ramp_cell(lang: Lang, t: &Messages, b: &CostBreakdown) -> Html {
    let detail = fill(
        t.ramp_detail,
        &[
            ("months", &b.ramp_up_months.value.to_string()),
            ("gap", &format::percent(lang, b.productivity_gap.value)),
        ],
    );
    html! {
        <td>{ format::money(lang, b.ramp_up.amount) }{ " " }
            <SourceBadge {lang} origin={Origin::Data(b.ramp_up_months.source.combine(b.productivity_gap.source))} />
            <span class="kn-detail">{ detail }</span></td>
    }
}

fn team_view(lang: Lang, t: &Messages, team: &TeamCost) -> Html {
    html! {
        <div class="kn-team-total" data-testid="team-total">
            <h3>{ fill(t.team_total_title, &[
                ("kam", &format::integer(lang, i64::from(team.kam_count))),
                ("am", &format::integer(lang, i64::from(team.am_count))),
            ]) }</h3>
            <dl class="kn-totals">
                <div><dt>{ t.team_yearly }</dt><dd data-testid="team-yearly">{ format::money(lang, team.yearly) }</dd></div>
                <div><dt>{ t.team_first_year }</dt><dd data-testid="team-first-year">{ format::money(lang, team.first_year) }</dd></div>
                if let Some(bp) = team.cost_per_revenue_bp {
                    <div><dt>{ t.revenue_short }</dt>
                        <dd data-testid="cost-per-revenue">{ fill(t.cost_per_revenue, &[("value", &format::percent_bp(lang, bp))]) }</dd></div>
                }
            </dl>
        </div>
    }
}

/// Horizontal bars: per year and first year, AM and KAM, each label above
/// its bar so the text stays legible when the chart shrinks on a phone.
/// Sizes are SVG attributes, not inline styles, so the chart passes a
/// strict CSP.
fn chart(lang: Lang, t: &Messages, team: &TeamCost) -> Html {
    let bars = [
        ("AM", t.per_year, team.am.yearly, "kn-bar-am"),
        ("AM", t.first_year, team.am.first_year, "kn-bar-am-first"),
        ("KAM", t.per_year, team.kam.yearly, "kn-bar-kam"),
        ("KAM", t.first_year, team.kam.first_year, "kn-bar-kam-first"),
    ];
    let max = bars.iter().map(|b| b.2.cents()).max().unwrap_or(1).max(1);
    let (width, row_h) = (360i64, 46i64);
    let height = row_h * 4;
    let desc = bars
        .iter()
        .map(|(who, when, amount, _)| format!("{who} {when}: {}", format::money(lang, *amount)))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <figure class="kn-chart" data-testid="chart">
            <svg viewBox={format!("0 0 {width} {height}")} role="img"
                aria-labelledby="kn-chart-title kn-chart-desc" preserveAspectRatio="xMinYMin meet">
                <title id="kn-chart-title">{ t.chart_title }</title>
                <desc id="kn-chart-desc">{ desc.clone() }</desc>
                { for bars.iter().enumerate().map(|(i, (who, when, amount, class))| {
                    let y = i as i64 * row_h;
                    let w = (i128::from(amount.cents().max(0)) * i128::from(width) / i128::from(max)) as i64;
                    html! {
                        <g>
                            <text x="0" y={(y + 13).to_string()} class="kn-chart-label">
                                { format!("{who}, {when}: {}", format::money(lang, *amount)) }
                            </text>
                            <rect x="0" y={(y + 18).to_string()} width={w.max(2).to_string()} height="20" rx="4" class={*class} />
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="kn-sr">{ desc }</figcaption>
        </figure>
    }
}
