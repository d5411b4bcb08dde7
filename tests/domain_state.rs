//! URL state codec, quiz flow transitions and the text-key list.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
// reason: tests fail loudly on purpose.

use kam_navigator::domain::candidate::CANDIDATE_QUESTIONS;
use kam_navigator::domain::codec::{decode, encode, AppState, CodecError, Section, Tool};
use kam_navigator::domain::cost::{BandPoint, CalculatorInputs};
use kam_navigator::domain::employer::{q, EMPLOYER_QUESTIONS};
use kam_navigator::domain::flow::{FlowAction, Progress, QuizFlow};
use kam_navigator::domain::money::{Bp, Cents};
use kam_navigator::domain::question::{Answer, Answers};
use kam_navigator::domain::salary::{IndustryGroup, Role};
use kam_navigator::domain::text_keys::all_text_keys;

fn sample() -> AppState {
    let mut employer = Answers::new();
    employer
        .set(
            EMPLOYER_QUESTIONS,
            q::LARGEST_CUSTOMER_SHARE,
            Answer::Percent(Bp::new(1_800).unwrap()),
        )
        .unwrap();
    employer
        .set(
            EMPLOYER_QUESTIONS,
            q::ANNUAL_REVENUE,
            Answer::Number(5_000_000),
        )
        .unwrap();
    employer
        .set(EMPLOYER_QUESTIONS, q::BUSINESS_MODEL, Answer::Choice(0))
        .unwrap();
    let mut candidate = Answers::new();
    candidate
        .set(CANDIDATE_QUESTIONS, "years_in_sales", Answer::Number(4))
        .unwrap();
    candidate
        .set(
            CANDIDATE_QUESTIONS,
            "industry_network",
            Answer::YesNo(false),
        )
        .unwrap();
    let mut calculator = CalculatorInputs {
        industry: IndustryGroup::Technology,
        region: Some("munich".into()),
        staff_count: Some(25),
        saxony: true,
        band_point: BandPoint::Max,
        kam_count: Some(2),
        am_count: Some(5),
        revenue: Some(Cents::from_euros(12_000_000)),
        ..CalculatorInputs::default()
    };
    calculator.kam.role = Role::KamExperienced;
    calculator.kam.variable = Some(Bp::new(3_500).unwrap());
    calculator.am.car = Some("none".into());
    AppState {
        tool: Tool::Calculator,
        employer,
        candidate,
        calculator,
    }
}

#[test]
fn codec_round_trips_and_is_url_safe() {
    let state = sample();
    let s = encode(&state);
    assert!(s.starts_with("1.k."), "{s}");
    assert!(s
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b)));
    assert_eq!(decode(&s).unwrap(), state);
    let empty = AppState::default();
    assert_eq!(encode(&empty), "1.e...");
    assert_eq!(decode("1.e...").unwrap(), empty);
}

#[test]
fn codec_refuses_malformed_input_with_typed_errors() {
    let cases: &[(&str, CodecError)] = &[
        ("", CodecError::Empty),
        ("2.e...", CodecError::UnknownVersion("2".into())),
        ("x", CodecError::UnknownVersion("x".into())),
        ("1.e..", CodecError::WrongSectionCount),
        ("1.e....", CodecError::WrongSectionCount),
        ("1.e.%20..", CodecError::InvalidCharacter),
        (
            "1.q...",
            CodecError::InvalidField {
                section: Section::Tool,
                index: 0,
            },
        ),
        // Business model has three options.
        (
            "1.e.c7..",
            CodecError::InvalidField {
                section: Section::Employer,
                index: 0,
            },
        ),
        // A percent above 100 %.
        (
            "1.e.~p10001..",
            CodecError::InvalidField {
                section: Section::Employer,
                index: 1,
            },
        ),
        // A yes/no where a percent is expected.
        (
            "1.e.~y..",
            CodecError::InvalidField {
                section: Section::Employer,
                index: 1,
            },
        ),
        (
            "1.e.~p~~~~~~~~~~~~~~~~~~~..",
            CodecError::TooManyFields(Section::Employer),
        ),
        (
            "1.c..n-1.",
            CodecError::InvalidField {
                section: Section::Candidate,
                index: 0,
            },
        ),
        (
            "1.k...q",
            CodecError::InvalidField {
                section: Section::Calculator,
                index: 0,
            },
        ),
        ("1.k...~M%C3", CodecError::InvalidCharacter),
        (
            "1.k...~~~~2",
            CodecError::InvalidField {
                section: Section::Calculator,
                index: 4,
            },
        ),
        (
            "1.k...~~~99999999999999999999999",
            CodecError::InvalidField {
                section: Section::Calculator,
                index: 3,
            },
        ),
    ];
    let cases: Vec<(String, CodecError)> = cases
        .iter()
        .map(|(s, e)| (s.to_string(), e.clone()))
        .collect();
    // A value beyond what the calculator's fields take is brought within
    // them, not a reason to refuse the link or the stored state: a review
    // lost every tool's answers over an 18-month ramp-up stored before the
    // 12-month limit. A crafted link (a KAM level on the AM side, a
    // negative base, i64::MAX) computes with the field's default or limit.
    let calc = |index: usize, value: &str| {
        let fields: Vec<&str> = (0..=index)
            .map(|i| if i == index { value } else { "" })
            .collect();
        decode(&format!("1.k...{}", fields.join("~")))
            .map(|s| s.calculator)
            .unwrap_or_else(|e| panic!("{index} {value}: {e:?}"))
    };
    let d = CalculatorInputs::default();
    assert_eq!(calc(7, "4").am.role, d.am.role);
    assert_eq!(calc(12, "0").kam.role, d.kam.role);
    assert_eq!(calc(8, "-900000000").am.base, None);
    assert_eq!(calc(13, "9223372036854775807").kam.base, None);
    assert_eq!(calc(13, "100000000000001").kam.base, None);
    assert_eq!(calc(21, "-5").revenue, None);
    // A revenue below the fields' floor (a review's link with 500 €) is no
    // revenue: the share-of-revenue tile stays away, as for a typed one.
    assert_eq!(calc(21, "50000").revenue, None);
    assert_eq!(calc(21, "100000").revenue, Some(Cents::from_euros(1_000)));
    assert_eq!(calc(11, "13").am.ramp_up_months, Some(12));
    assert_eq!(calc(16, "1000").kam.ramp_up_months, Some(12));
    assert_eq!(calc(19, "10001").kam_count, Some(10_000));
    assert_eq!(calc(20, "4294967295").am_count, Some(10_000));
    assert_eq!(calc(3, "4294967295").staff_count, Some(10_000_000));
    // The largest accepted values decode as they are.
    for ok in [
        "1.k...~~~~~~~2~~~~~4~10000000000000~~~12",
        "1.k...~~~~~~~~~~~~~~~~~~~10000~10000~0",
    ] {
        let back = decode(ok).unwrap();
        assert_eq!(decode(&encode(&back)).unwrap(), back, "{ok}");
    }
    for (input, want) in &cases {
        assert_eq!(decode(input), Err(want.clone()), "{input:?}");
        assert!(want.text_key().starts_with("error.codec."));
    }
    assert_eq!(decode(&"1".repeat(5_000)), Err(CodecError::TooLong));
}

#[test]
fn flow_walks_the_quiz() {
    let f = QuizFlow::new(EMPLOYER_QUESTIONS);
    assert_eq!(
        f.progress(),
        Progress {
            current: 1,
            total: EMPLOYER_QUESTIONS.len()
        }
    );
    // Required, unanswered: neither Next nor Skip move on.
    assert_eq!(f.apply(FlowAction::Next), f);
    assert_eq!(f.apply(FlowAction::Skip), f);
    assert_eq!(f.apply(FlowAction::GoTo(3)), f);
    let f = f
        .apply(FlowAction::Answer(q::BUSINESS_MODEL, Answer::Choice(1)))
        .apply(FlowAction::Next);
    assert_eq!(f.step(), 1);
    assert_eq!(f.current().unwrap().id, q::LARGEST_CUSTOMER_SHARE);
    let back = f.apply(FlowAction::Back);
    assert_eq!(back.step(), 0);
    assert_eq!(back.apply(FlowAction::Back).step(), 0);
    // Invalid answers are ignored.
    let same = f.apply(FlowAction::Answer(
        q::LARGEST_CUSTOMER_SHARE,
        Answer::YesNo(true),
    ));
    assert_eq!(same, f);
    let f = f
        .apply(FlowAction::Answer(
            q::LARGEST_CUSTOMER_SHARE,
            Answer::Percent(Bp::new(500).unwrap()),
        ))
        .apply(FlowAction::Next);
    // Top customers' share is optional: Next moves on without an answer
    // (a visitor review found "please answer" under "(optional)"), and
    // Skip moves on and forgets one.
    assert!(f.can_skip());
    assert!(f.can_next());
    let passed = f.apply(FlowAction::Next);
    assert_eq!(passed.step(), 3);
    assert!(!passed.answers().is_answered(q::TOP_CUSTOMERS_SHARE));
    let f = f
        .apply(FlowAction::Answer(
            q::TOP_CUSTOMERS_SHARE,
            Answer::Percent(Bp::new(500).unwrap()),
        ))
        .apply(FlowAction::Skip);
    assert_eq!(f.step(), 3);
    assert!(!f.answers().is_answered(q::TOP_CUSTOMERS_SHARE));
    assert_eq!(f.progress().current, 4);
    // Jumping past the unanswered required revenue question is refused.
    assert_eq!(f.apply(FlowAction::GoTo(10)).step(), 3);
    assert_eq!(f.apply(FlowAction::GoTo(1)).step(), 1);
    assert_eq!(
        f.apply(FlowAction::Reset),
        QuizFlow::new(EMPLOYER_QUESTIONS)
    );
}

#[test]
fn flow_finishes_and_resumes() {
    let mut answers = Answers::new();
    for (id, a) in [
        (q::BUSINESS_MODEL, Answer::Choice(0)),
        (
            q::LARGEST_CUSTOMER_SHARE,
            Answer::Percent(Bp::new(2_000).unwrap()),
        ),
        (q::ANNUAL_REVENUE, Answer::Number(8_000_000)),
        (q::LOSING_TO_COMPETITORS, Answer::YesNo(false)),
    ] {
        answers.set(EMPLOYER_QUESTIONS, id, a).unwrap();
    }
    let f = QuizFlow::resume(EMPLOYER_QUESTIONS, answers);
    assert!(f.is_finished());
    assert_eq!(f.current(), None);
    let n = EMPLOYER_QUESTIONS.len();
    assert_eq!(
        f.progress(),
        Progress {
            current: n,
            total: n
        }
    );
    assert_eq!(f.apply(FlowAction::Next), f);
    assert_eq!(f.apply(FlowAction::Back).step(), n - 1);
    let partial = QuizFlow::resume(CANDIDATE_QUESTIONS, Answers::new());
    assert_eq!(partial.step(), 0);
}

#[test]
fn text_keys_cover_everything_the_domain_emits() {
    let keys = all_text_keys();
    let has = |k: &str| keys.binary_search(&k.to_string()).is_ok();
    for k in [
        "emp.q.largest_customer_share.title",
        "emp.q.largest_customer_share.help",
        "emp.q.business_model.opt.mass_market",
        "emp.rule.losing_to_competitors",
        "emp.level.kam_urgent",
        "emp.level.am_enough.summary",
        "emp.strength.counter",
        "emp.direction.pro_kam",
        "cand.q.preference.opt.depth_politics",
        "cand.outcome.kam_ready",
        "cand.factor.c_level_negotiation",
        "cand.gap.industry_network",
        "cand.blocker.points",
        "cand.step.change_employer",
        "role.kam_experienced",
        "cost.branch.sick_pay_u1",
        "source.assumption",
        "error.parse.too_large",
        "error.codec.unknown_version",
        "error.data.min_above_max",
        "error.answer.wrong_kind",
    ] {
        assert!(has(k), "missing {k}");
    }
    let mut sorted = keys.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, keys);
    assert!(keys.iter().all(|k| k
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._".contains(&b))));
}
