//! Property tests: no input panics the domain, scores are monotonic in
//! revenue concentration, totals add up, contributions respect their
//! ceilings, and the URL codec round-trips.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::disallowed_types
)]
// reason: tests fail loudly on purpose, and a `BTreeMap` (kept out of the
// shipped widget by clippy.toml) is the model `Answers` is checked against.

use kam_navigator::domain::candidate::{self, CANDIDATE_QUESTIONS};
use kam_navigator::domain::codec::{decode, encode, AppState, Tool};
use kam_navigator::domain::cost::{
    employer_contributions, team_cost, BandPoint, CalculatorInputs, ContributionOptions,
    CostBreakdown, RoleInputs, MAX_AMOUNT, MAX_HEADCOUNT, MAX_RAMP_UP_MONTHS, MAX_STAFF,
    MIN_REVENUE_EUROS,
};
use kam_navigator::domain::data::Config;
use kam_navigator::domain::employer::{self, q, EMPLOYER_QUESTIONS};
use kam_navigator::domain::flow::{FlowAction, QuizFlow};
use kam_navigator::domain::money::{Bp, Cents};
use kam_navigator::domain::parse::{parse_count, parse_money, parse_percent};
use kam_navigator::domain::question::{Answer, Answers, Question, QuestionKind};
use kam_navigator::domain::salary::{Family, IndustryGroup, Role};
use proptest::prelude::*;

fn cfg() -> &'static Config {
    Config::builtin_cached().unwrap()
}

/// Any answer at all, valid or not for a given question.
fn any_answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        any::<u8>().prop_map(Answer::Choice),
        any::<bool>().prop_map(Answer::YesNo),
        prop_oneof![any::<i64>(), Just(i64::MAX), Just(i64::MIN), Just(0)].prop_map(Answer::Number),
        (0u32..=10_000).prop_map(|b| Answer::Percent(Bp::new(b).unwrap())),
    ]
}

/// A valid answer (or none) for each question of a catalogue.
fn valid_answers(catalogue: &'static [Question]) -> impl Strategy<Value = Answers> {
    let per_question: Vec<BoxedStrategy<Option<Answer>>> = catalogue
        .iter()
        .map(|question| {
            let a: BoxedStrategy<Answer> = match question.kind {
                QuestionKind::Choice { options } => {
                    (0..options.len() as u8).prop_map(Answer::Choice).boxed()
                }
                QuestionKind::YesNo => any::<bool>().prop_map(Answer::YesNo).boxed(),
                QuestionKind::Number { min, max, .. } => {
                    prop_oneof![Just(min), Just(max), min..=max]
                        .prop_map(Answer::Number)
                        .boxed()
                }
                QuestionKind::Percent => (0u32..=10_000)
                    .prop_map(|b| Answer::Percent(Bp::new(b).unwrap()))
                    .boxed(),
            };
            proptest::option::of(a).boxed()
        })
        .collect();
    per_question.prop_map(move |values| {
        let mut answers = Answers::new();
        for (question, v) in catalogue.iter().zip(values) {
            if let Some(a) = v {
                answers.set(catalogue, question.id, a).unwrap();
            }
        }
        answers
    })
}

fn id_strategy() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(prop_oneof![
        Just("munich".to_string()),
        Just("east".to_string()),
        Just("none".to_string()),
        Just("upper".to_string()),
        "[a-z0-9_]{1,12}",
    ])
}

fn role_inputs(money_max: i64) -> impl Strategy<Value = RoleInputs> {
    (
        prop::sample::select(Role::ALL.to_vec()),
        proptest::option::of(0..=money_max),
        proptest::option::of(0u32..=10_000),
        id_strategy(),
        proptest::option::of(0u32..=240),
    )
        .prop_map(|(role, base, variable, car, ramp)| RoleInputs {
            role,
            base: base.map(Cents::new),
            variable: variable.and_then(Bp::new),
            car,
            ramp_up_months: ramp,
        })
}

/// Whether the inputs lie within what the calculator's fields take.
fn within_limits(c: &CalculatorInputs) -> bool {
    let amount = |a: Option<Cents>| a.is_none_or(|a| Cents::ZERO <= a && a <= MAX_AMOUNT);
    let side = |r: &RoleInputs, family: Family| {
        r.role.family() == family
            && amount(r.base)
            && r.ramp_up_months.is_none_or(|m| m <= MAX_RAMP_UP_MONTHS)
    };
    side(&c.am, Family::Am)
        && side(&c.kam, Family::Kam)
        && amount(c.revenue)
        && c.revenue
            .is_none_or(|r| r >= Cents::from_euros(i64::from(MIN_REVENUE_EUROS)))
        && c.kam_count.is_none_or(|n| n <= MAX_HEADCOUNT)
        && c.am_count.is_none_or(|n| n <= MAX_HEADCOUNT)
        && c.staff_count.is_none_or(|n| n <= MAX_STAFF)
}

/// Calculator inputs within the limits of the calculator's fields, as a
/// visitor can enter them (and a link can carry them).
fn valid_calc_inputs() -> impl Strategy<Value = CalculatorInputs> {
    calc_inputs(MAX_AMOUNT.cents(), MAX_HEADCOUNT).prop_map(|mut c| {
        for (side, family) in [(&mut c.am, Family::Am), (&mut c.kam, Family::Kam)] {
            if side.role.family() != family {
                side.role = RoleInputs::standard(family).role;
            }
            side.ramp_up_months = side.ramp_up_months.map(|m| m.min(MAX_RAMP_UP_MONTHS));
        }
        let floor = Cents::from_euros(i64::from(MIN_REVENUE_EUROS));
        c.revenue = c.revenue.filter(|r| *r >= floor);
        c
    })
}

/// Calculator inputs; `money_max` bounds amounts in cents.
fn calc_inputs(money_max: i64, count_max: u32) -> impl Strategy<Value = CalculatorInputs> {
    (
        (
            prop::sample::select(IndustryGroup::ALL.to_vec()),
            id_strategy(),
            id_strategy(),
            proptest::option::of(0u32..=count_max),
            any::<bool>(),
            any::<bool>(),
            prop::sample::select(vec![BandPoint::Min, BandPoint::Typical, BandPoint::Max]),
        ),
        role_inputs(money_max),
        role_inputs(money_max),
        (
            proptest::option::of(0u32..=10_000),
            proptest::option::of(0u32..=10_000),
            proptest::option::of(0u32..=count_max),
            proptest::option::of(0u32..=count_max),
            proptest::option::of(0..=money_max),
        ),
    )
        .prop_map(
            |(
                (industry, region, company_size, staff, saxony, accident, band_point),
                am,
                kam,
                rest,
            )| {
                let (fee, gap, kams, ams, revenue) = rest;
                CalculatorInputs {
                    industry,
                    region,
                    company_size,
                    staff_count: staff,
                    saxony,
                    accident_insurance: accident,
                    band_point,
                    am,
                    kam,
                    recruiting_fee: fee.and_then(Bp::new),
                    productivity_gap: gap.and_then(Bp::new),
                    kam_count: kams,
                    am_count: ams,
                    revenue: revenue.map(Cents::new),
                }
            },
        )
}

fn exact_sum(items: &[Cents]) -> i128 {
    items.iter().map(|c| i128::from(c.cents())).sum()
}

/// Whole euros: the calculator shows whole euros, so a figure with cents
/// would show a total that is not the sum of the lines above it.
fn assert_whole_euros(what: &str, c: Cents) {
    assert_eq!(c.cents() % 100, 0, "{what}: {} cents", c.cents());
}

fn assert_breakdown_adds_up(b: &CostBreakdown) {
    for (what, c) in [
        ("base", b.base.amount),
        ("variable", b.variable.amount),
        ("car benefit", b.car_benefit.amount),
        ("gross", b.gross),
        ("contributions", b.contributions.total),
        ("car cost", b.car_cost.amount),
        ("yearly", b.yearly),
        ("monthly", b.monthly),
        ("recruiting", b.recruiting.amount),
        ("ramp-up", b.ramp_up.amount),
        ("first year", b.first_year),
    ] {
        assert_whole_euros(what, c);
    }
    for l in &b.contributions.lines {
        assert_whole_euros("contribution line", l.amount);
    }
    // The monthly figure is the yearly one over twelve, and ramp-up is
    // computed from the monthly figure as shown (domain guide §4).
    assert_eq!(
        b.monthly.cents(),
        b.yearly.scale(1, 12).euros_rounded() * 100
    );
    assert_eq!(
        b.ramp_up.amount.cents(),
        b.monthly
            .saturating_mul(i64::from(b.ramp_up_months.value))
            .percent(b.productivity_gap.value)
            .euros_rounded()
            * 100
    );
    assert_eq!(
        i128::from(b.gross.cents()),
        exact_sum(&[b.base.amount, b.variable.amount, b.car_benefit.amount])
    );
    let lines: Vec<Cents> = b.contributions.lines.iter().map(|l| l.amount).collect();
    assert_eq!(i128::from(b.contributions.total.cents()), exact_sum(&lines));
    assert_eq!(
        i128::from(b.yearly.cents()),
        exact_sum(&[
            b.base.amount,
            b.variable.amount,
            b.contributions.total,
            b.car_cost.amount
        ])
    );
    assert_eq!(
        i128::from(b.first_year.cents()),
        exact_sum(&[b.yearly, b.recruiting.amount, b.ramp_up.amount])
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn quizzes_never_panic(raw in prop::collection::vec((any::<u8>(), any_answer()), 0..40)) {
        let mut emp = Answers::new();
        let mut cand = Answers::new();
        for (i, a) in raw {
            if let Some(question) = EMPLOYER_QUESTIONS.get(usize::from(i) % EMPLOYER_QUESTIONS.len()) {
                let _ = emp.set(EMPLOYER_QUESTIONS, question.id, a);
            }
            if let Some(question) = CANDIDATE_QUESTIONS.get(usize::from(i) % CANDIDATE_QUESTIONS.len()) {
                let _ = cand.set(CANDIDATE_QUESTIONS, question.id, a);
            }
        }
        let v = employer::evaluate(cfg(), &emp);
        prop_assert!(v.confidence <= Bp::FULL);
        prop_assert_eq!(v.score, v.factors.iter().map(|f| f.signed_weight()).sum::<i64>());
        let c = candidate::evaluate(cfg(), &cand);
        prop_assert!(c.band.min <= c.band.max);
        // Answers meant for the other quiz are ignored, not trusted.
        let _ = employer::evaluate(cfg(), &cand);
        let _ = candidate::evaluate(cfg(), &emp);
    }

    /// `Answers` keeps a sorted list instead of a map (smaller wasm): any
    /// sequence of sets and clears must leave it exactly where a `BTreeMap`
    /// of the accepted answers ends up, in the same order.
    #[test]
    fn answers_behave_like_a_map_of_the_accepted_answers(
        ops in prop::collection::vec((any::<u8>(), any::<bool>(), any_answer()), 0..60),
    ) {
        let mut answers = Answers::new();
        let mut model = std::collections::BTreeMap::new();
        for (i, clear, a) in ops {
            let Some(question) = EMPLOYER_QUESTIONS.get(usize::from(i) % EMPLOYER_QUESTIONS.len()) else {
                continue;
            };
            if clear {
                answers.clear(question.id);
                model.remove(question.id);
            } else if answers.set(EMPLOYER_QUESTIONS, question.id, a).is_ok() {
                model.insert(question.id, a);
            } else {
                prop_assert_eq!(answers.get(question.id), model.get(question.id).copied());
            }
            prop_assert_eq!(answers.len(), model.len());
            prop_assert_eq!(answers.is_empty(), model.is_empty());
            for q in EMPLOYER_QUESTIONS {
                prop_assert_eq!(answers.get(q.id), model.get(q.id).copied());
                prop_assert_eq!(answers.is_answered(q.id), model.contains_key(q.id));
            }
            let listed: Vec<_> = answers.iter().collect();
            let expected: Vec<_> = model.iter().map(|(k, v)| (*k, *v)).collect();
            prop_assert_eq!(listed, expected);
        }
        // Equal contents compare equal however they were reached.
        let mut rebuilt = Answers::new();
        for (id, a) in model.iter().rev() {
            rebuilt.set(EMPLOYER_QUESTIONS, id, *a).unwrap();
        }
        prop_assert_eq!(rebuilt, answers);
    }

    #[test]
    fn raising_concentration_never_lowers_the_kam_score(
        answers in valid_answers(EMPLOYER_QUESTIONS),
        which in any::<bool>(),
        bump in 0u32..=10_000,
    ) {
        let id = if which { q::LARGEST_CUSTOMER_SHARE } else { q::TOP_CUSTOMERS_SHARE };
        let before = answers.percent(id).map_or(0, Bp::get);
        let mut higher = answers.clone();
        let raised = Bp::new(before.saturating_add(bump).min(10_000)).unwrap();
        higher.set(EMPLOYER_QUESTIONS, id, Answer::Percent(raised)).unwrap();
        let mut lower = answers.clone();
        lower.set(EMPLOYER_QUESTIONS, id, Answer::Percent(Bp::new(before).unwrap())).unwrap();
        let a = employer::evaluate(cfg(), &lower);
        let b = employer::evaluate(cfg(), &higher);
        prop_assert!(b.score >= a.score, "{} < {}", b.score, a.score);
        prop_assert!(b.level >= a.level);
    }

    #[test]
    fn totals_equal_the_sum_of_their_parts(inputs in calc_inputs(100_000_000_000, 10_000)) {
        let t = team_cost(cfg(), &inputs);
        assert_breakdown_adds_up(&t.am);
        assert_breakdown_adds_up(&t.kam);
        prop_assert_eq!(i128::from(t.yearly.cents()), exact_sum(&[t.kam_yearly, t.am_yearly]));
        prop_assert_eq!(
            i128::from(t.kam_yearly.cents()),
            i128::from(t.kam.yearly.cents()) * i128::from(t.kam_count)
        );
        prop_assert_eq!(
            i128::from(t.first_year.cents()),
            exact_sum(&[t.kam_first_year, t.am_first_year])
        );
        prop_assert_eq!(
            i128::from(t.am_first_year.cents()),
            i128::from(t.am.first_year.cents()) * i128::from(t.am_count)
        );
    }

    #[test]
    fn extreme_calculator_inputs_never_panic(inputs in calc_inputs(i64::MAX, u32::MAX)) {
        let t = team_cost(cfg(), &inputs);
        prop_assert!(t.yearly >= Cents::ZERO);
        // Anything a link or storage holds decodes; values beyond what the
        // fields take come back within them (a stored 18-month ramp-up
        // once cost a visitor every tool's answers), and decoding is then
        // stable.
        let state = AppState { calculator: inputs, ..AppState::default() };
        let back = decode(&encode(&state));
        prop_assert!(back.is_ok(), "{:?}", back);
        let back = back.unwrap_or_default();
        prop_assert!(within_limits(&back.calculator), "{:?}", back.calculator);
        prop_assert_eq!(decode(&encode(&back)), Ok(back.clone()));
        if within_limits(&state.calculator) {
            prop_assert_eq!(back, state);
        }
    }

    #[test]
    fn no_contribution_exceeds_rate_times_ceiling(
        gross in prop_oneof![0i64..=100_000_000, Just(i64::MAX), any::<i64>()],
        u1 in any::<bool>(), saxony in any::<bool>(), accident in any::<bool>(),
    ) {
        let c = employer_contributions(cfg(), Cents::new(gross), ContributionOptions { u1, saxony, accident });
        for l in &c.lines {
            prop_assert!(l.amount >= Cents::ZERO);
            prop_assert!(l.base_used <= c.gross);
            if let Some(ceiling) = l.ceiling.value {
                prop_assert!(l.base_used <= ceiling);
                // rate × ceiling, rounded half up to the euro like the model.
                prop_assert!(l.amount.cents() <= ceiling.percent(l.rate.value).euros_rounded() * 100);
            }
        }
    }

    #[test]
    fn codec_round_trips(
        tool in prop::sample::select(vec![Tool::Employer, Tool::Candidate, Tool::Calculator]),
        employer in valid_answers(EMPLOYER_QUESTIONS),
        candidate in valid_answers(CANDIDATE_QUESTIONS),
        calculator in valid_calc_inputs(),
    ) {
        let state = AppState { tool, employer, candidate, calculator };
        let s = encode(&state);
        prop_assert!(s.len() <= kam_navigator::domain::codec::MAX_LEN);
        prop_assert_eq!(decode(&s), Ok(state));
    }

    #[test]
    fn decoder_never_panics_on_random_strings(s in ".{0,200}") {
        let _ = decode(&s);
    }

    #[test]
    fn decoder_never_panics_on_url_alphabet(s in "1\\.[a-z]?\\.[A-Za-z0-9~_.-]{0,120}") {
        let _ = decode(&s);
    }

    #[test]
    fn parsers_never_panic(s in ".{0,40}") {
        let _ = parse_money(&s);
        let _ = parse_percent(&s);
        let _ = parse_count(&s);
    }

    #[test]
    fn parsers_never_panic_on_number_like_text(s in "[-+0-9.,€% kKmMiIoOrRdD\u{a0}\u{202f}]{0,30}") {
        if let Ok(c) = parse_money(&s) {
            prop_assert!(c >= Cents::ZERO);
        }
        if let Ok(p) = parse_percent(&s) {
            prop_assert!(p <= Bp::FULL);
        }
    }

    #[test]
    fn parse_reads_formatted_integers(n in 0i64..=999_999_999_999) {
        let plain = n.to_string();
        let mut grouped = String::new();
        for (i, ch) in plain.chars().enumerate() {
            if i > 0 && (plain.len() - i) % 3 == 0 {
                grouped.push('.');
            }
            grouped.push(ch);
        }
        prop_assert_eq!(parse_money(&plain).map(|c| c.cents()), Ok(n * 100));
        prop_assert_eq!(parse_money(&grouped).map(|c| c.cents()), Ok(n * 100));
        prop_assert_eq!(parse_money(&grouped.replace('.', ",")).map(|c| c.cents()), Ok(n * 100));
    }

    #[test]
    fn overrides_never_panic(s in ".{0,80}") {
        let _ = Config::with_override(&s);
    }

    #[test]
    fn flow_never_panics(actions in prop::collection::vec((0u8..7, any::<u8>(), any_answer(), any::<usize>()), 0..60)) {
        let mut f = QuizFlow::new(EMPLOYER_QUESTIONS);
        for (kind, qi, a, step) in actions {
            let id = EMPLOYER_QUESTIONS[usize::from(qi) % EMPLOYER_QUESTIONS.len()].id;
            let action = match kind {
                0 => FlowAction::Answer(id, a),
                1 => FlowAction::Clear(id),
                2 => FlowAction::Next,
                3 => FlowAction::Back,
                4 => FlowAction::Skip,
                5 => FlowAction::GoTo(step),
                _ => FlowAction::Reset,
            };
            f = f.apply(action);
            prop_assert!(f.step() <= EMPLOYER_QUESTIONS.len());
            let p = f.progress();
            prop_assert!(p.current >= 1 && p.current <= p.total);
        }
    }
}
