//! The built-in data as Rust code (`src/domain/builtin.rs`) is the data
//! file, value for value.
//!
//! Why the code exists: the release modules without override support
//! (cargo feature `json-data` off) construct the built-in config from it
//! instead of parsing and validating `data/de-2026.json` in the browser,
//! which leaves the JSON reader and the validating loader out of their
//! wasm (about 19 KB gzip of each module). The data file stays the one
//! source: this test fails when the two differ, and
//! `KN_BLESS=1 cargo test --test builtin` writes the code anew from the
//! file, through the validating loader, so the code holds only what the
//! loader accepted.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::HashMap;
use std::fmt::Debug;

use kam_navigator::domain::builtin;
use kam_navigator::domain::candidate::CandPoint;
use kam_navigator::domain::data::{Branch, Config, FactUnit, TraditionalRule};
use kam_navigator::domain::employer::RuleId;
use kam_navigator::domain::salary::IndustryGroup;
use kam_navigator::domain::source::SourceTag;

const PATH: &str = "src/domain/builtin.rs";

/// Every enum the config holds, by the name its `Debug` prints for each
/// variant. The match keeps the lists complete: a new variant fails to
/// compile here until it is listed.
fn variants() -> HashMap<String, &'static str> {
    fn add<T: Debug>(map: &mut HashMap<String, &'static str>, name: &'static str, all: &[T]) {
        for v in all {
            let old = map.insert(format!("{v:?}"), name);
            assert!(
                old.is_none(),
                "{v:?} names a variant of {name} and of {old:?}"
            );
        }
    }
    let units = [
        FactUnit::Eur,
        FactUnit::Count,
        FactUnit::Bp,
        FactUnit::Years,
        FactUnit::Months,
        FactUnit::Days,
    ];
    for u in units {
        match u {
            FactUnit::Eur
            | FactUnit::Count
            | FactUnit::Bp
            | FactUnit::Years
            | FactUnit::Months
            | FactUnit::Days => {}
        }
    }
    let rules = [TraditionalRule::LowerHalfOfGeneral];
    for r in rules {
        match r {
            TraditionalRule::LowerHalfOfGeneral => {}
        }
    }
    let mut map = HashMap::new();
    add(&mut map, "SourceTag", &SourceTag::ALL);
    add(&mut map, "IndustryGroup", &IndustryGroup::ALL);
    add(&mut map, "Branch", &Branch::ALL);
    add(&mut map, "RuleId", &RuleId::ALL);
    add(&mut map, "CandPoint", &CandPoint::ALL);
    add(&mut map, "FactUnit", &units);
    add(&mut map, "TraditionalRule", &rules);
    map
}

/// The tokens of a `Debug` text: string literals (Rust's own escapes),
/// identifiers, whole numbers and single punctuation characters.
fn tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '"' {
            i += 1;
            while chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c.is_alphanumeric() || c == '_' || c == '-' {
            i += 1;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
        } else {
            i += 1;
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

/// The config's `Debug` text as a Rust expression that builds it: strings
/// become `String`s, lists `vec!`s (the one array stays an array), enum
/// variants get their enum's path, and the money newtypes their
/// constructors.
fn generate(cfg: &Config) -> String {
    let names = variants();
    let toks = tokens(&format!("{cfg:?}"));
    let mut out = String::new();
    let mut field = String::new();
    let mut closers = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let next = toks.get(i + 1).map(String::as_str).unwrap_or_default();
        let piece = if t.starts_with('"') {
            format!("String::from({t})")
        } else if t.starts_with(|c: char| c.is_alphabetic()) {
            match (t.as_str(), next) {
                (_, ":") => {
                    field = t.clone();
                    t.clone()
                }
                ("Cents", "(") => "Cents::new".into(),
                ("Bp", "(") => "bp".into(),
                ("AdjustBp", "(") => "adjust".into(),
                (_, "{" | "(") | ("None" | "Some" | "true" | "false", _) => t.clone(),
                _ => {
                    let e = names
                        .get(t)
                        .unwrap_or_else(|| panic!("unknown variant {t}"));
                    format!("{e}::{t}")
                }
            }
        } else if t == "[" {
            // `TeamData::default_by_level` is the config's one array.
            let array = field == "default_by_level";
            closers.push("]");
            (if array { "[" } else { "vec![" }).into()
        } else if t == "]" {
            closers.pop().unwrap().into()
        } else {
            t.clone()
        };
        out.push_str(&piece);
        // A line per field keeps a data change a readable diff.
        out.push(if t == "," || t == "{" { '\n' } else { ' ' });
    }
    out
}

fn file(expr: &str) -> String {
    format!(
        "//! The built-in data file `data/de-2026.json` as Rust code, for the release\n\
         //! modules that do not read JSON (cargo feature `json-data` off).\n\
         //!\n\
         //! Generated: `KN_BLESS=1 cargo test --test builtin` writes it from the data\n\
         //! file through the validating loader, and `tests/builtin.rs` fails when the\n\
         //! two differ. Do not edit by hand.\n\
         \n\
         use super::candidate::CandPoint;\n\
         use super::data::*;\n\
         use super::employer::RuleId;\n\
         use super::money::{{AdjustBp, Bp, Cents}};\n\
         use super::salary::IndustryGroup;\n\
         use super::source::{{Date, Label, SourceTag, Sourced}};\n\
         \n\
         /// A rate the loader accepted, so never out of range (the default only\n\
         /// keeps this free of panics).\n\
         fn bp(v: u32) -> Bp {{\n    Bp::new(v).unwrap_or_default()\n}}\n\
         \n\
         /// An adjustment the loader accepted (as [`bp`]).\n\
         fn adjust(v: i64) -> AdjustBp {{\n    AdjustBp::new(v).unwrap_or_default()\n}}\n\
         \n\
         /// The built-in config, equal to `Config::builtin()` (`tests/builtin.rs`).\n\
         #[rustfmt::skip]\n\
         pub fn config() -> Config {{\n{expr}}}\n"
    )
}

#[test]
fn the_code_is_the_data_file() {
    let cfg = Config::builtin().expect("the data file loads");
    let want = file(&generate(&cfg));
    if std::env::var_os("KN_BLESS").is_some() {
        std::fs::write(PATH, &want).unwrap();
    }
    let have = std::fs::read_to_string(PATH).unwrap();
    assert!(
        have == want,
        "{PATH} is not the data file's code: run `KN_BLESS=1 cargo test --test builtin`"
    );
    assert_eq!(builtin::config(), cfg, "{PATH} builds another config");
}

#[test]
fn the_tokens_of_a_debug_text() {
    let t = tokens(r#"Label { de: "a \"b\" ü", en: "" }, [Cents(-5)]"#);
    assert_eq!(
        t,
        [
            "Label",
            "{",
            "de",
            ":",
            r#""a \"b\" ü""#,
            ",",
            "en",
            ":",
            r#""""#,
            "}",
            ",",
            "[",
            "Cents",
            "(",
            "-5",
            ")",
            "]"
        ]
    );
}
