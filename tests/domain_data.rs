//! The data file and its loader: the shipped file validates, overrides merge
//! and validate, and broken documents name the field and the reason.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
// reason: tests fail loudly on purpose.

use kam_navigator::domain::data::{Branch, Config, DataError, DataErrorReason};
use kam_navigator::domain::money::{Bp, Cents};
use kam_navigator::domain::salary::{IndustryGroup, Role};
use kam_navigator::domain::source::SourceTag;

fn err(json: &str) -> DataError {
    Config::with_override(json).expect_err("override should be refused")
}

#[test]
fn shipped_file_validates() {
    let cfg = Config::builtin().unwrap();
    assert_eq!(cfg.dataset, "de-2026");
    assert_eq!(cfg.valid_from.to_string(), "2026-01-01");
    assert!(Config::builtin_cached().is_ok());
    assert_eq!(Config::builtin_cached().unwrap(), &cfg);
}

#[test]
fn shipped_figures_carry_their_tags() {
    let cfg = Config::builtin().unwrap();
    let pension = cfg.social.get(Branch::Pension).unwrap();
    assert_eq!(pension.rate.value, Bp::new(930).unwrap());
    assert_eq!(pension.rate.source, SourceTag::Statutory);
    assert_eq!(pension.ceiling.value, Some(Cents::from_euros(101_400)));
    let u2 = cfg.social.get(Branch::MaternityU2).unwrap();
    assert_eq!(u2.rate.source, SourceTag::Assumption);
    let accident = cfg.social.get(Branch::Accident).unwrap();
    assert_eq!(accident.ceiling.value, None);
    assert_eq!(accident.ceiling.source, SourceTag::Assumption);
    let band = cfg
        .salary
        .roles
        .get(Role::KamNew)
        .get(IndustryGroup::General);
    assert_eq!(band.min.source, SourceTag::Article);
    assert_eq!(band.max.source, SourceTag::Assumption);
    // The typical figure is the article's "about 70,000 €"...
    assert_eq!(band.typical.source, SourceTag::Article);
    assert_eq!(band.typical.value, Cents::from_euros(70_000));
    // ...while a midpoint taken with an assumed end is an assumption.
    let tech = cfg
        .salary
        .roles
        .get(Role::KamNew)
        .get(IndustryGroup::Technology);
    assert_eq!(tech.typical.value, Cents::from_euros(107_500));
    assert_eq!(tech.typical.source, SourceTag::Assumption);
    let trad = cfg
        .salary
        .roles
        .get(Role::Am)
        .get(IndustryGroup::Traditional);
    assert_eq!(trad.min.source, SourceTag::Assumption);
    assert_eq!(cfg.salary.regions[1].adjust.source, SourceTag::Market);
    assert_eq!(
        cfg.cars.find("mid").unwrap().monthly_cost.source,
        SourceTag::Market
    );
    assert_eq!(
        cfg.social.previous_year.valid_from.to_string(),
        "2025-01-01"
    );
    assert_eq!(
        cfg.social.previous_year.pension_unemployment_ceiling.value,
        Cents::from_euros(96_600)
    );
}

#[test]
fn override_merges_and_tags_as_assumption() {
    let cfg = Config::with_override(
        r#"{"social_security": {"contributions": {"maternity_u2": {"rate_bp": 50}}},
            "salary": {"regions": {"items": [{"id": "munich", "adjust_bp": 2500},
              {"id": "berlin", "label": {"de": "Berlin", "en": "Berlin"}, "adjust_bp": 300}]}}}"#,
    )
    .unwrap();
    let u2 = cfg.social.get(Branch::MaternityU2).unwrap();
    assert_eq!(u2.rate.value.get(), 50);
    assert_eq!(u2.rate.source, SourceTag::Assumption);
    let munich = cfg
        .salary
        .regions
        .iter()
        .find(|r| r.id == "munich")
        .unwrap();
    assert_eq!(munich.adjust.value.get(), 2500);
    assert_eq!(munich.adjust.source, SourceTag::Assumption);
    assert_eq!(munich.label.en, "Munich", "label kept from the defaults");
    assert!(cfg.salary.regions.iter().any(|r| r.id == "berlin"));
    // Untouched figures keep their tags.
    let pension = cfg.social.get(Branch::Pension).unwrap();
    assert_eq!(pension.rate.source, SourceTag::Statutory);

    let tagged = Config::with_override(
        r#"{"social_security": {"contributions": {"pension": {"rate_bp": {"value": 940, "source": "statutory"}}}}}"#,
    )
    .unwrap();
    let p = tagged.social.get(Branch::Pension).unwrap();
    assert_eq!(
        (p.rate.value.get(), p.rate.source),
        (940, SourceTag::Statutory)
    );
    assert_eq!(
        Config::with_override("{}").unwrap(),
        Config::builtin().unwrap()
    );
}

#[test]
fn broken_documents_name_field_and_reason() {
    let cases: &[(&str, &str, DataErrorReason)] = &[
        (
            r#"{"salary": {"roles": {"am": {"general": {"min_eur": 70000}}}}}"#,
            "salary.roles.am.general.min_eur",
            DataErrorReason::MinAboveMax,
        ),
        (
            r#"{"social_security": {"contributions": {"pension": {"rate_bp": -5}}}}"#,
            "social_security.contributions.pension.rate_bp",
            DataErrorReason::RateOutOfRange,
        ),
        (
            r#"{"social_security": {"contributions": {"care": {"rate_bp": 10001}}}}"#,
            "social_security.contributions.care.rate_bp",
            DataErrorReason::RateOutOfRange,
        ),
        (
            r#"{"team": {"kam_capacity": {"min": 0}}}"#,
            "team.kam_capacity.min",
            DataErrorReason::ZeroCapacity,
        ),
        (
            r#"{"salary": {"roles": {"chief_am": {}}}}"#,
            "salary.roles.chief_am",
            DataErrorReason::UnknownKey,
        ),
        (
            r#"{"employer_quiz": {"rules": {"gut_feeling": {"weight": 5, "source": "assumption"}}}}"#,
            "employer_quiz.rules.gut_feeling",
            DataErrorReason::UnknownKey,
        ),
        (
            r#"{"salary": {"regions": {"items": [{"id": "munich", "label": {"en": ""}}]}}}"#,
            "salary.regions.items.munich.label.en",
            DataErrorReason::MissingTranslation("en"),
        ),
        (
            r#"{"cars": {"default_class": {"kam": "limousine"}}}"#,
            "cars.default_class.kam",
            DataErrorReason::UnknownReference("limousine".into()),
        ),
        (
            r#"{"hiring": {"recruiting_fee_default_bp": {"value": 2500, "source": "gossip"}}}"#,
            "hiring.recruiting_fee_default_bp.source",
            DataErrorReason::UnknownSource("gossip".into()),
        ),
        (
            r#"{"salary": {"families": {"kam": {"general": {"max_eur": -1}}}}}"#,
            "salary.families.kam.general.max_eur",
            DataErrorReason::Negative,
        ),
        (
            r#"{"salary": {"variable_pay": {"am": {"min_bp": 3000}}}}"#,
            "salary.variable_pay.am.min_bp",
            DataErrorReason::MinAboveMax,
        ),
        (
            r#"{"employer_quiz": {"levels": {"plan_kam_min_score": 90}}}"#,
            "employer_quiz.levels.plan_kam_min_score",
            DataErrorReason::MinAboveMax,
        ),
        (
            r#"{"salary": {"roles": {"am": {"general": {"min_eur": "a lot"}}}}}"#,
            "salary.roles.am.general.min_eur",
            DataErrorReason::WrongType("a whole number"),
        ),
        (
            r#"{"valid_from": "2026-13-01"}"#,
            "valid_from",
            DataErrorReason::InvalidDate("2026-13-01".into()),
        ),
    ];
    for (json, field, reason) in cases {
        let e = err(json);
        assert_eq!((&e.field[..], &e.reason), (*field, reason), "{json}");
        assert!(!e.to_string().is_empty());
        assert!(e.text_key().starts_with("error.data."));
    }
}

#[test]
fn syntax_errors_and_full_documents() {
    assert!(matches!(err("{").reason, DataErrorReason::Syntax(_)));
    assert!(matches!(err("[1]").reason, DataErrorReason::WrongType(_)));
    let e = Config::from_json(r#"{"schema": "kam-navigator/1"}"#).unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.reason),
        ("dataset", DataErrorReason::Missing)
    );
    let e = Config::from_json(r#"{"schema": "other/9"}"#).unwrap_err();
    assert!(matches!(e.reason, DataErrorReason::UnsupportedSchema(_)));
    // A missing figure is named by its path.
    let mut doc: serde_json::Value =
        serde_json::from_str(kam_navigator::domain::data::BUILTIN_JSON).unwrap();
    doc["team"]["am_capacity"]
        .as_object_mut()
        .unwrap()
        .remove("max");
    let e = Config::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.reason),
        ("team.am_capacity.max", DataErrorReason::Missing)
    );
}
