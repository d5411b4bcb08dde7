//! Every parser that reads outside input, fed 100,000 generated inputs each
//! in the release run of the test command (`cargo test --release --test
//! fuzz`); the debug `cargo test` runs 1,000 each. `FUZZ_CASES` overrides.
//!
//! The parsers and where their input comes from:
//! - URL state (a shared link): `codec::decode`, `Session::restore`;
//! - stored state (localStorage, maybe from an old version): the same plus
//!   `Session::with_steps`;
//! - override JSON (a web agency's file): `Config::with_override`, and the
//!   JSON reader under it, checked against `serde_json` as a reference;
//! - element attributes (the host page): `EmbedOptions::from_raw`, `Cta::new`;
//! - number fields (visitors): `parse_money`, `parse_euros`, `parse_count`,
//!   `parse_count_up_to`, `parse_years`, `parse_percent`.
//!
//! The property is always "returns, never panics", plus what each result
//! promises (a decoded state re-encodes to something decodable; a parsed
//! percentage is at most 100 %; an accepted link has an allowed scheme).
#![cfg(not(target_arch = "wasm32"))]
// reason: a test fails loudly on purpose.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use proptest::prelude::*;
use serde_json::Value;

use kam_navigator::cta::Cta;
use kam_navigator::domain::codec::{decode, encode, Tool};
use kam_navigator::domain::data::Config;
use kam_navigator::domain::json;
use kam_navigator::domain::parse::{
    parse_count, parse_count_up_to, parse_euros, parse_money, parse_percent, parse_years,
};
use kam_navigator::embed::{EmbedOptions, Handoff, RawOptions};
use kam_navigator::session::Session;

/// 100,000 in the release run of the test command; a quick 1,000 when the
/// plain debug `cargo test` passes through here too.
fn cases() -> u32 {
    let default = if cfg!(debug_assertions) {
        1_000
    } else {
        100_000
    };
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Strings that look like what reaches the parser: digits, separators,
/// signs, units, exponents, the spaces people paste, and anything else.
fn number_like() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9.,\\- %€kKmMiIoOrRdDeE\u{a0}\u{202f}+]{0,30}",
        "[0-9]{0,40}",
        "-?[0-9]{1,3}([.,\u{a0} ][0-9]{3}){0,8}([.,][0-9]{0,4})? ?(%|€|EUR|Mio\\.?|Mrd|k|M)?",
        ".{0,40}",
    ]
}

/// A URL-state string: the codec's alphabet and shape, or anything.
fn state_like() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]\\.[eck~]?\\.[A-Za-z0-9~_.-]{0,160}",
        "1\\.[eck]\\.[A-Za-z0-9_~-]{0,40}\\.[A-Za-z0-9_~-]{0,40}\\.[A-Za-z0-9_~.-]{0,80}",
        ".{0,200}",
    ]
}

/// Arbitrary JSON, a few levels deep, with keys the data file uses so the
/// merge and the validation see plausible shapes too.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("salary".to_string()),
        Just("roles".to_string()),
        Just("am".to_string()),
        Just("kam".to_string()),
        Just("general".to_string()),
        Just("min_eur".to_string()),
        Just("max_eur".to_string()),
        Just("value".to_string()),
        Just("source".to_string()),
        Just("label".to_string()),
        Just("id".to_string()),
        Just("items".to_string()),
        Just("regions".to_string()),
        Just("social_security".to_string()),
        Just("contributions".to_string()),
        Just("rate_bp".to_string()),
        Just("hiring".to_string()),
        Just("team".to_string()),
        "[a-z_]{1,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1.0e12f64..1.0e12).prop_map(Value::from),
        "[a-z<>\"'&: ]{0,16}".prop_map(Value::String),
        Just(Value::String("assumption".into())),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn number_fields_never_panic(s in number_like()) {
        let _ = parse_money(&s);
        let _ = parse_euros(&s);
        let _ = parse_count(&s);
        if let Ok(p) = parse_percent(&s) {
            prop_assert!(p.get() <= 10_000, "{s:?} gave {}", p.get());
        }
        if let Ok(n) = parse_count(&s) {
            prop_assert!(n >= 0, "{s:?} gave {n}");
        }
        if let Ok(n) = parse_years(&s) {
            prop_assert!(n >= 0, "{s:?} gave {n}");
        }
        if let Ok(n) = parse_count_up_to(&s, 12) {
            prop_assert!(n <= 12, "{s:?} gave {n}");
        }
    }

    #[test]
    fn url_and_stored_state_never_panic(s in state_like(), steps in "[0-9.a-z-]{0,12}") {
        if let Ok(state) = decode(&s) {
            // Whatever decodes re-encodes to something that decodes the same.
            let again = encode(&state);
            prop_assert_eq!(decode(&again), Ok(state));
        }
        let (session, linked, _) = Session::restore(Some(&s), Some(&s));
        let session = session.with_steps(Some(&steps), linked);
        prop_assert!(decode(&session.encode(Tool::Employer)).is_ok());
    }

    #[test]
    fn element_attributes_never_panic(
        lang in ".{0,12}", tool in ".{0,12}", href in ".{0,60}", label in ".{0,60}",
        routing in ".{0,8}", key in ".{0,60}", config in ".{0,60}", error in ".{0,60}",
        handoff in "(#/[a-z]{0,10} )?([a-z]{2} )?[0-9. ]{0,6}.{0,30}( [0-2])?",
    ) {
        let raw = RawOptions {
            lang: Some(lang), tool: Some(tool), cta_href: Some(href.clone()), cta_label: Some(label),
            routing: Some(routing), state_key: Some(key), config_text: Some(config), config_error: Some(error),
            handoff: Some(handoff),
        };
        let o = EmbedOptions::from_raw(&raw);
        if let Some(h) = &o.handoff {
            // Whatever was read, reads back the same from its own line.
            let again = Handoff::decode(&h.encode());
            prop_assert_eq!(again.as_ref(), Some(h));
        }
        prop_assert!(o.state_key.starts_with("kam-navigator.state"));
        prop_assert!(o.state_key.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
        if let Ok(cta) = Cta::new(&href, None) {
            let link = cta.href_with_summary("x");
            let scheme = link.split(':').next().unwrap_or_default().to_ascii_lowercase();
            prop_assert!(["https", "http", "mailto", "tel"].contains(&scheme.as_str()), "{link}");
        }
    }
}

/// Text that is JSON, nearly JSON (one cut, insertion or deletion) or JSON
/// punctuation at random.
fn json_text() -> impl Strategy<Value = String> {
    let mutated = (
        json_value(),
        any::<prop::sample::Index>(),
        0u8..4,
        prop::sample::select(vec![
            '"', '\\', ',', ':', '[', ']', '{', '}', '-', '.', 'e', '0', '9', 'u', '\n', '\u{1}',
            'ä', ' ',
        ]),
    )
        .prop_map(|(v, at, op, c)| {
            let mut s = if op == 3 {
                serde_json::to_string_pretty(&v).unwrap()
            } else {
                v.to_string()
            };
            let chars: Vec<(usize, char)> = s.char_indices().collect();
            if let Some(&(i, ch)) = chars.get(at.index(chars.len().max(1))) {
                match op {
                    0 => s.truncate(i),
                    1 => s.insert(i, c),
                    2 => {
                        s.replace_range(i..i + ch.len_utf8(), "");
                    }
                    _ => {}
                }
            }
            s
        });
    prop_oneof![
        mutated,
        "[\\[\\]{}:,\"0-9a-z.eE+\\- \\\\/\n\t]{0,40}",
        (1usize..200).prop_map(|n| "[".repeat(n) + &"]".repeat(n)),
    ]
}

/// The project's reading of a serde_json value (numbers: whole numbers in
/// `i64`, or "some number").
fn as_ours(v: &Value) -> json::Value {
    match v {
        Value::Null => json::Value::Null,
        Value::Bool(b) => json::Value::Bool(*b),
        Value::Number(n) => json::Value::Number(n.as_i64()),
        Value::String(s) => json::Value::String(s.clone()),
        Value::Array(a) => json::Value::Array(a.iter().map(as_ours).collect()),
        Value::Object(m) => {
            json::Value::Object(m.iter().map(|(k, v)| (k.clone(), as_ours(v))).collect())
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn json_reader_agrees_with_serde_json(s in json_text()) {
        let ours = json::parse(&s);
        match serde_json::from_str::<Value>(&s) {
            Ok(v) => prop_assert_eq!(ours, Ok(as_ours(&v)), "{:?}", s),
            // serde_json refuses floats beyond f64; the project's reader never
            // evaluates fractions, so for it they are just "some number".
            Err(e) if e.to_string().starts_with("number out of range") => {}
            Err(e) => prop_assert!(ours.is_err(), "{:?}: serde_json says {}, ours {:?}", s, e, ours),
        }
    }
}

proptest! {
    // Each case merges and validates the whole data file (about 0.1 ms in
    // release), so this one gets a tenth of the budget per strategy arm and
    // three arms: still 100,000 cases in all at the default.
    #![proptest_config(ProptestConfig { cases: cases() / 3, ..config() })]

    #[test]
    fn override_documents_never_panic(v in json_value()) {
        let text = v.to_string();
        if let Ok(cfg) = Config::with_override(&text) {
            prop_assert_eq!(cfg.dataset.is_empty(), false);
        }
    }

    #[test]
    fn override_text_never_panics(s in ".{0,300}") {
        let _ = Config::with_override(&s);
        let _ = Config::from_json(&s);
    }

    #[test]
    fn mutated_builtin_documents_never_panic(
        path in prop::collection::vec(0usize..40, 1..6),
        replacement in json_value(),
    ) {
        // Replace one node deep inside the shipped file with something else:
        // find its JSON pointer by walking the tree, then swap it.
        let mut doc: Value = serde_json::from_str(&builtin_json()).unwrap();
        let mut pointer = String::new();
        let mut node = &doc;
        for step in path {
            let (key, next) = match node {
                Value::Object(m) if !m.is_empty() => {
                    let (k, v) = m.iter().nth(step % m.len()).unwrap();
                    (k.replace('~', "~0").replace('/', "~1"), v)
                }
                Value::Array(a) if !a.is_empty() => {
                    let i = step % a.len();
                    (i.to_string(), &a[i])
                }
                _ => break,
            };
            pointer.push('/');
            pointer.push_str(&key);
            node = next;
        }
        if let Some(slot) = doc.pointer_mut(&pointer) {
            *slot = replacement;
        }
        let text = doc.to_string();
        let _ = Config::from_json(&text);
        let _ = Config::with_override(&text);
    }
}

fn builtin_json() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/de-2026.json")).unwrap()
}
