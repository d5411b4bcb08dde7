//! Domain benchmark: evaluates the employer quiz, the candidate quiz and a
//! full team cost from scratch (config already loaded, as in the app) and
//! prints median timings. A plain `std::time::Instant` binary, no criterion.
//!
//! Run with `cargo bench --bench domain`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
// reason: a benchmark binary fails loudly on a broken setup.

use std::hint::black_box;
use std::time::{Duration, Instant};

use kam_navigator::domain::candidate::{self, CANDIDATE_QUESTIONS};
use kam_navigator::domain::cost::{team_cost, CalculatorInputs};
use kam_navigator::domain::data::Config;
use kam_navigator::domain::employer::{self, q, EMPLOYER_QUESTIONS};
use kam_navigator::domain::money::{Bp, Cents};
use kam_navigator::domain::question::{Answer, Answers};

const SAMPLES: usize = 501;
const ITERS: u32 = 200;

fn median_per_iter(mut f: impl FnMut()) -> Duration {
    for _ in 0..ITERS {
        f();
    }
    let mut samples: Vec<Duration> = (0..SAMPLES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..ITERS {
                f();
            }
            start.elapsed() / ITERS
        })
        .collect();
    samples.sort();
    samples[SAMPLES / 2]
}

fn main() {
    let cfg = Config::builtin().unwrap();
    let mut emp = Answers::new();
    for (id, a) in [
        (q::BUSINESS_MODEL, Answer::Choice(0)),
        (
            q::LARGEST_CUSTOMER_SHARE,
            Answer::Percent(Bp::new(1_800).unwrap()),
        ),
        (
            q::TOP_CUSTOMERS_SHARE,
            Answer::Percent(Bp::new(4_500).unwrap()),
        ),
        (q::CUSTOMER_REVENUE, Answer::Choice(3)),
        (q::ANNUAL_REVENUE, Answer::Number(12_000_000)),
        (q::CRITICAL_CUSTOMERS, Answer::YesNo(true)),
        (q::LOSING_TO_COMPETITORS, Answer::YesNo(false)),
        (q::COMPLEX_REQUIREMENTS, Answer::YesNo(true)),
        (q::LONG_SALES_CYCLES, Answer::YesNo(true)),
        (q::KEY_CUSTOMERS, Answer::Number(5)),
        (q::OTHER_CUSTOMERS, Answer::Number(50)),
    ] {
        emp.set(EMPLOYER_QUESTIONS, id, a).unwrap();
    }
    let mut cand = Answers::new();
    for (id, a) in [
        (candidate::q::YEARS_IN_SALES, Answer::Number(6)),
        (candidate::q::EDUCATION, Answer::Choice(2)),
        (candidate::q::ACCOUNT_SIZE, Answer::Choice(3)),
        (candidate::q::C_LEVEL_NEGOTIATION, Answer::YesNo(true)),
        (candidate::q::ACCOUNT_PLANS, Answer::YesNo(true)),
        (candidate::q::TECHNICAL_DEPTH, Answer::Choice(2)),
        (candidate::q::PREFERENCE, Answer::Choice(1)),
    ] {
        cand.set(CANDIDATE_QUESTIONS, id, a).unwrap();
    }
    let inputs = CalculatorInputs {
        region: Some("munich".into()),
        company_size: Some("medium".into()),
        staff_count: Some(120),
        kam_count: Some(2),
        am_count: Some(5),
        revenue: Some(Cents::from_euros(20_000_000)),
        ..CalculatorInputs::default()
    };

    let employer_t = median_per_iter(|| {
        black_box(employer::evaluate(black_box(&cfg), black_box(&emp)));
    });
    let candidate_t = median_per_iter(|| {
        black_box(candidate::evaluate(black_box(&cfg), black_box(&cand)));
    });
    let team_t = median_per_iter(|| {
        black_box(team_cost(black_box(&cfg), black_box(&inputs)));
    });
    let all_t = median_per_iter(|| {
        black_box(employer::evaluate(black_box(&cfg), black_box(&emp)));
        black_box(candidate::evaluate(black_box(&cfg), black_box(&cand)));
        black_box(team_cost(black_box(&cfg), black_box(&inputs)));
    });
    let load_t = {
        let mut v: Vec<Duration> = (0..51)
            .map(|_| {
                let s = Instant::now();
                black_box(Config::builtin().unwrap());
                s.elapsed()
            })
            .collect();
        v.sort();
        v[25]
    };

    println!("domain bench: median of {SAMPLES} samples x {ITERS} iterations");
    println!("  employer quiz evaluate     {employer_t:>10.2?}");
    println!("  candidate quiz evaluate    {candidate_t:>10.2?}");
    println!("  team cost (2 KAMs + 5 AMs) {team_t:>10.2?}");
    println!("  all three together         {all_t:>10.2?}   (target < 20 µs)");
    println!("  config load + validate     {load_t:>10.2?}   (once per page load)");
}
