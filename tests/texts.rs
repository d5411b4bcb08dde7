//! The text catalogue covers every key the domain emits, in German and
//! English, and the placeholders of each key match between the two languages
//! and follow the data the domain hands over with the key.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::disallowed_types
)]
// reason: tests fail loudly on purpose, and this native-only test may use the
// collections that clippy.toml keeps out of the shipped widget.

use std::collections::BTreeSet;

use kam_navigator::domain::candidate::{self, CandidateOutcome, CAREER_STEP_KEYS};
use kam_navigator::domain::data::Config;
use kam_navigator::domain::employer::{RuleId, ThresholdKind};
use kam_navigator::domain::question::Answers;
use kam_navigator::domain::text_keys::all_text_keys;
use kam_navigator::i18n::Lang;
use kam_navigator::texts::{placeholders, text, PLACEHOLDER_NAMES};

fn names(t: &str) -> BTreeSet<&str> {
    placeholders(t).into_iter().collect()
}

fn both(key: &str) -> (&'static str, &'static str) {
    let de = text(Lang::De, key).unwrap_or_else(|| panic!("no German text for {key}"));
    let en = text(Lang::En, key).unwrap_or_else(|| panic!("no English text for {key}"));
    (de, en)
}

fn set(list: &[&'static str]) -> BTreeSet<&'static str> {
    list.iter().copied().collect()
}

#[test]
fn the_domain_emits_203_keys() {
    assert_eq!(all_text_keys().len(), 203);
}

#[test]
fn every_key_has_a_non_empty_text_in_both_languages() {
    for key in all_text_keys() {
        for lang in Lang::ALL {
            let t = text(lang, &key);
            assert!(t.is_some(), "{key}: no {} text", lang.code());
            let t = t.unwrap();
            assert!(!t.trim().is_empty(), "{key}: empty {} text", lang.code());
        }
    }
}

#[test]
fn question_titles_differ_between_languages() {
    let titles: Vec<String> = all_text_keys()
        .into_iter()
        .filter(|k| k.ends_with(".title"))
        .collect();
    assert!(titles.len() >= 26, "only {} titles", titles.len());
    for key in titles {
        let (de, en) = both(&key);
        assert_ne!(de, en, "{key}: German and English title are the same");
    }
}

#[test]
fn placeholders_match_between_languages() {
    for key in all_text_keys() {
        let (de, en) = both(&key);
        for name in placeholders(de) {
            assert!(
                placeholders(en).contains(&name),
                "{key}: {{{name}}} is in the German text but not the English one"
            );
        }
        for name in placeholders(en) {
            assert!(
                placeholders(de).contains(&name),
                "{key}: {{{name}}} is in the English text but not the German one"
            );
        }
    }
}

#[test]
fn only_known_placeholders_and_no_stray_braces() {
    for key in all_text_keys() {
        for lang in Lang::ALL {
            let t = text(lang, &key).unwrap();
            for name in placeholders(t) {
                assert!(
                    PLACEHOLDER_NAMES.contains(&name),
                    "{key} ({}): unknown placeholder {{{name}}}",
                    lang.code()
                );
            }
            // Every brace belongs to a placeholder: a typo such as `{valeu`
            // or `value}` would otherwise reach a visitor unreplaced.
            let opening = t.matches('{').count();
            let closing = t.matches('}').count();
            let occurrences: usize = placeholders(t)
                .iter()
                .map(|n| t.matches(&format!("{{{n}}}")).count())
                .sum();
            assert_eq!(opening, occurrences, "{key} ({}): stray '{{'", lang.code());
            assert_eq!(closing, occurrences, "{key} ({}): stray '}}'", lang.code());
        }
    }
}

#[test]
fn texts_have_no_hard_spaces_or_untrimmed_ends() {
    for key in all_text_keys() {
        for lang in Lang::ALL {
            let t = text(lang, &key).unwrap();
            assert!(
                !t.contains(['\u{00A0}', '\u{202F}', '\u{2009}']),
                "{key} ({}): non-breaking or thin space",
                lang.code()
            );
            assert_eq!(
                t,
                t.trim(),
                "{key} ({}): leading/trailing space",
                lang.code()
            );
            assert!(!t.contains("  "), "{key} ({}): double space", lang.code());
        }
    }
}

#[test]
fn rule_texts_name_the_answer_and_threshold_exactly_when_the_rule_has_one() {
    for rule in RuleId::ALL {
        let key = rule.text_key();
        let (de, en) = both(&key);
        let expected = match rule.threshold_kind() {
            ThresholdKind::None => BTreeSet::new(),
            ThresholdKind::Percent | ThresholdKind::Euros => set(&["value", "threshold"]),
        };
        assert_eq!(names(de), expected, "{key} (de)");
        assert_eq!(names(en), expected, "{key} (en)");
    }
}

#[test]
fn career_steps_use_min_and_max_exactly_when_they_have_years() {
    let cfg = Config::builtin().unwrap();
    let mut seen = BTreeSet::new();
    // The steps depend on the outcome and, for the rest of the path, on the
    // years already in sales; reach each one through the domain so the test
    // follows what `evaluate` really hands over.
    for result in [
        (CandidateOutcome::JuniorAm, 0),
        (CandidateOutcome::JuniorAm, 2),
        (CandidateOutcome::Am, 3),
        (CandidateOutcome::Am, 4),
        (CandidateOutcome::SeniorAm, 6),
        (CandidateOutcome::KamReady, 12),
    ]
    .into_iter()
    .map(|(outcome, years)| {
        let result = candidate::evaluate(&cfg, &answers_for(outcome, years));
        assert_eq!(result.outcome, outcome);
        result
    })
    // Without the years question answered: the article's whole path.
    .chain([candidate::evaluate(&cfg, &Answers::new())])
    {
        for step in result.next_steps {
            let (de, en) = both(&step.text_key);
            let expected = if step.years.is_some() {
                set(&["min", "max"])
            } else {
                BTreeSet::new()
            };
            assert_eq!(names(de), expected, "{} (de)", step.text_key);
            assert_eq!(names(en), expected, "{} (en)", step.text_key);
            seen.insert(step.text_key);
        }
    }
    let all: BTreeSet<String> = CAREER_STEP_KEYS.iter().map(|k| k.to_string()).collect();
    assert_eq!(seen, all, "some career steps were never reached");
}

fn answers_for(outcome: CandidateOutcome, years: i64) -> Answers {
    use kam_navigator::domain::candidate::{q, CANDIDATE_QUESTIONS};
    use kam_navigator::domain::question::Answer;
    let mut a = Answers::new();
    a.set(
        CANDIDATE_QUESTIONS,
        q::YEARS_IN_SALES,
        Answer::Number(years),
    )
    .unwrap();
    if outcome == CandidateOutcome::KamReady {
        for id in [
            q::C_LEVEL_NEGOTIATION,
            q::ACCOUNT_PLANS,
            q::FRAMEWORK_CONTRACTS,
            q::CROSS_DEPARTMENT_PROJECTS,
            q::INDUSTRY_NETWORK,
        ] {
            a.set(CANDIDATE_QUESTIONS, id, Answer::YesNo(true)).unwrap();
        }
    }
    a
}

#[test]
fn blockers_name_what_is_needed() {
    // The points line also names the visitor's own points (a review found
    // the 8 points named but never the visitor's score).
    for (key, names_used) in [
        ("cand.blocker.years", &["needed"][..]),
        ("cand.blocker.points", &["needed", "points"][..]),
    ] {
        let (de, en) = both(key);
        assert_eq!(names(de), set(names_used), "{key} (de)");
        assert_eq!(names(en), set(names_used), "{key} (en)");
    }
}

#[test]
fn data_errors_name_the_field_and_no_other_family_does() {
    for key in all_text_keys() {
        let (de, en) = both(&key);
        if key.starts_with("error.data.") {
            assert_eq!(names(de), set(&["field"]), "{key} (de)");
            assert_eq!(names(en), set(&["field"]), "{key} (en)");
        } else {
            assert!(!names(de).contains("field"), "{key} (de) uses {{field}}");
        }
    }
}

#[test]
fn families_without_numbers_have_no_placeholders() {
    let free = [
        "emp.q.",
        "emp.level.",
        "emp.reason.",
        "emp.strength.",
        "emp.direction.",
        "cand.q.",
        "cand.outcome.",
        "cand.factor.",
        "cand.gap.",
        "cost.branch.",
        "role.",
        "family.",
        "source.",
        "error.codec.",
        "error.parse.",
    ];
    // The parse messages that name a number: the field's limit or floor.
    let limits = [
        ("error.parse.above_max", "max"),
        ("error.parse.below_min", "min"),
        ("emp.floor.top_customers", "value"),
    ];
    for (key, name) in limits {
        let (de, en) = both(key);
        assert_eq!(names(de), set(&[name]), "{key}");
        assert_eq!(names(en), set(&[name]), "{key}");
    }
    for key in all_text_keys() {
        if free.iter().any(|p| key.starts_with(p)) && limits.iter().all(|(k, _)| *k != key) {
            let (de, en) = both(&key);
            assert!(placeholders(de).is_empty(), "{key} (de): {de}");
            assert!(placeholders(en).is_empty(), "{key} (en): {en}");
        }
    }
    let (de, en) = both("error.answer.number_out_of_range");
    assert_eq!(names(de), set(&["min", "max"]));
    assert_eq!(names(en), set(&["min", "max"]));
}

#[test]
fn fixed_wordings_from_the_brief() {
    let expect = [
        (
            "emp.level.am_enough",
            "AM-Team reicht",
            "An Account Manager team is enough",
        ),
        (
            "emp.level.plan_kam",
            "Jetzt AM, KAM einplanen",
            "Hire an AM now, plan a KAM",
        ),
        (
            "emp.level.kam_recommended",
            "KAM empfohlen",
            "KAM recommended",
        ),
        (
            "emp.level.kam_urgent",
            "KAM dringend nötig",
            "KAM urgently needed",
        ),
        (
            "cand.outcome.kam_ready",
            "Bereit für Key Account Management",
            "Ready for key account management",
        ),
        (
            "source.article",
            "Markterfahrung des Personalberaters",
            "the recruiter's market experience",
        ),
        (
            "source.statutory",
            "gesetzliche Werte 2026",
            "statutory figures 2026",
        ),
        (
            "source.market",
            "Marktdaten aus Gehaltsreports",
            "market data from salary reports",
        ),
        (
            "source.assumption",
            "Annahme (anpassbar)",
            "assumption (adjustable)",
        ),
    ];
    for (key, de, en) in expect {
        assert_eq!(both(key), (de, en), "{key}");
    }
}

#[test]
fn unknown_keys_have_no_text() {
    for lang in Lang::ALL {
        assert_eq!(text(lang, "emp.rule.nope"), None);
        assert_eq!(text(lang, ""), None);
    }
}

/// The AM/KAM cost table is three narrow columns on a phone (the label
/// column about 13 characters wide). A browser without hyphenation
/// dictionaries breaks a longer word anywhere ("Rentenversich-erung"), so
/// every longer word in the table's labels carries soft hyphens (U+00AD)
/// where it may break, and no piece between them is longer than that.
#[test]
fn cost_table_labels_break_only_between_syllables() {
    const WIDEST: usize = 14;
    for lang in Lang::ALL {
        let t = lang.messages();
        let mut labels: Vec<&str> = vec![
            t.line_base,
            t.line_variable,
            t.line_car_benefit,
            t.line_gross,
            t.line_contributions,
            t.line_rate_ceiling,
            t.line_rate_uncapped,
            t.line_not_applied,
            t.line_car_cost,
            t.line_yearly,
            t.line_monthly,
            t.line_recruiting,
            t.line_ramp_up,
            t.line_first_year,
            t.compare_difference,
            t.ramp_detail,
        ];
        for branch in kam_navigator::domain::data::Branch::ALL {
            labels.push(text(lang, branch.text_key()).unwrap());
        }
        for label in labels {
            // Browsers also break after a hyphen.
            for word in label.split(|c: char| c.is_whitespace() || "()/,-".contains(c)) {
                for piece in word.split('\u{ad}') {
                    assert!(
                        piece.chars().count() <= WIDEST,
                        "{lang:?}: \"{piece}\" in \"{label}\" is too long to stay whole in the phone table"
                    );
                }
            }
        }
    }
}
