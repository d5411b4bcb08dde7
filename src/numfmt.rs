//! Numbers and money for people in the UI's two locales: "70.000 €" and
//! "12,5 %" in German, "€70,000" and "12.5%" in English.
//!
//! The output is exactly what the browser's `Intl.NumberFormat` gives for
//! `de-DE` and `en-GB` with the options the app used to pass it, for every
//! amount below 2^53 (a browser test compares the two on a table of
//! values); beyond that Intl works on a rounded float and this stays exact. Formatting here instead of
//! in JavaScript keeps every render free of calls across the wasm boundary
//! (each one a string copied both ways and glue that V8 compiles and keeps
//! on the JS heap), and makes the figures testable natively. Pure integer
//! arithmetic: amounts arrive in whole euros or basis points, so nothing is
//! rounded here and no float formatting code reaches the wasm.

use crate::domain::money::{Bp, Cents};
use crate::i18n::Lang;

/// The no-break space Intl puts between a German figure and its unit, so a
/// line never breaks inside "70.000 €".
const NBSP: char = '\u{a0}';

/// Separators of one locale.
struct Symbols {
    group: char,
    decimal: char,
}

fn symbols(lang: Lang) -> Symbols {
    match lang {
        Lang::De => Symbols {
            group: '.',
            decimal: ',',
        },
        Lang::En => Symbols {
            group: ',',
            decimal: '.',
        },
    }
}

/// Appends the digits of `n` with a group separator every three places.
/// By hand rather than through `to_string`: it keeps the `u64` formatting
/// code out of the wasm.
fn push_grouped(out: &mut String, mut n: u64, group: char) {
    // u64::MAX has 20 digits; filled from the right.
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        if let Some(d) = digits.get_mut(start) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || start == 0 {
            break;
        }
    }
    let len = digits.len() - start;
    for (i, d) in digits.iter().skip(start).enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(char::from(*d));
    }
}

/// Whole euros, rounded: "70.000 €" / "€70,000"; negative "-70.000 €" /
/// "-€70,000".
pub fn money(lang: Lang, amount: Cents) -> String {
    let euros = amount.euros_rounded();
    let s = symbols(lang);
    let mut out = String::with_capacity(16);
    if euros < 0 {
        out.push('-');
    }
    match lang {
        Lang::De => {
            push_grouped(&mut out, euros.unsigned_abs(), s.group);
            out.push(NBSP);
            out.push('€');
        }
        Lang::En => {
            out.push('€');
            push_grouped(&mut out, euros.unsigned_abs(), s.group);
        }
    }
    out
}

/// A signed basis-point value as a percentage with up to two decimals
/// (trailing zeros dropped): 1250 → "12,5 %" / "12.5%".
pub fn percent_bp(lang: Lang, bp: i64) -> String {
    let mut out = String::with_capacity(12);
    push_bp(&mut out, lang, bp);
    push_percent_sign(&mut out, lang);
    out
}

/// The number of `percent_bp`, without the sign.
fn push_bp(out: &mut String, lang: Lang, bp: i64) {
    let s = symbols(lang);
    if bp < 0 {
        out.push('-');
    }
    let abs = bp.unsigned_abs();
    push_grouped(out, abs / 100, s.group);
    let hundredths = abs % 100;
    if hundredths != 0 {
        out.push(s.decimal);
        out.push(char::from(b'0' + (hundredths / 10) as u8));
        if !hundredths.is_multiple_of(10) {
            out.push(char::from(b'0' + (hundredths % 10) as u8));
        }
    }
}

fn push_percent_sign(out: &mut String, lang: Lang) {
    if lang == Lang::De {
        out.push(NBSP);
    }
    out.push('%');
}

/// A range of rates with one sign: "20–33 %" / "20–33%", or one rate when
/// both ends agree.
pub fn percent_range(lang: Lang, min: Bp, max: Bp) -> String {
    let mut out = String::with_capacity(16);
    push_bp(&mut out, lang, i64::from(min.get()));
    if min != max {
        out.push('–');
        push_bp(&mut out, lang, i64::from(max.get()));
    }
    push_percent_sign(&mut out, lang);
    out
}

/// A rate: "12,5 %" / "12.5%".
pub fn percent(lang: Lang, rate: Bp) -> String {
    percent_bp(lang, i64::from(rate.get()))
}

/// An integer with grouping: "5.000" / "5,000".
pub fn integer(lang: Lang, n: i64) -> String {
    let mut out = String::with_capacity(8);
    if n < 0 {
        out.push('-');
    }
    push_grouped(&mut out, n.unsigned_abs(), symbols(lang).group);
    out
}

/// A head-count or year range: "1–3", or "1" when both ends agree.
pub fn range(lang: Lang, min: i64, max: i64) -> String {
    if min == max {
        integer(lang, min)
    } else {
        format!("{}–{}", integer(lang, min), integer(lang, max))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_ranges_carry_one_sign() {
        let bp = Bp::clamped;
        for (min, max, de, en) in [
            (2_000, 3_300, "20–33\u{a0}%", "20–33%"),
            (1_250, 2_000, "12,5–20\u{a0}%", "12.5–20%"),
            (2_700, 2_700, "27\u{a0}%", "27%"),
        ] {
            assert_eq!(percent_range(Lang::De, bp(min), bp(max)), de);
            assert_eq!(percent_range(Lang::En, bp(min), bp(max)), en);
        }
    }

    #[test]
    fn money_in_both_locales() {
        let cases: &[(i64, &str, &str)] = &[
            (0, "0\u{a0}€", "€0"),
            (7, "7\u{a0}€", "€7"),
            (999, "999\u{a0}€", "€999"),
            (1_000, "1.000\u{a0}€", "€1,000"),
            (70_000, "70.000\u{a0}€", "€70,000"),
            (1_234_567, "1.234.567\u{a0}€", "€1,234,567"),
            (-45_000, "-45.000\u{a0}€", "-€45,000"),
        ];
        for &(euros, de, en) in cases {
            let c = Cents::from_euros(euros);
            assert_eq!(money(Lang::De, c), de, "{euros}");
            assert_eq!(money(Lang::En, c), en, "{euros}");
        }
    }

    #[test]
    fn percent_drops_trailing_zeros() {
        let cases: &[(i64, &str, &str)] = &[
            (0, "0\u{a0}%", "0%"),
            (1250, "12,5\u{a0}%", "12.5%"),
            (2170, "21,7\u{a0}%", "21.7%"),
            (1555, "15,55\u{a0}%", "15.55%"),
            (5, "0,05\u{a0}%", "0.05%"),
            (10_000, "100\u{a0}%", "100%"),
            (123_456, "1.234,56\u{a0}%", "1,234.56%"),
            (-305, "-3,05\u{a0}%", "-3.05%"),
        ];
        for &(bp, de, en) in cases {
            assert_eq!(percent_bp(Lang::De, bp), de, "{bp}");
            assert_eq!(percent_bp(Lang::En, bp), en, "{bp}");
        }
    }

    #[test]
    fn integers_and_ranges() {
        assert_eq!(integer(Lang::De, 5_000), "5.000");
        assert_eq!(integer(Lang::En, 5_000), "5,000");
        assert_eq!(integer(Lang::En, -12), "-12");
        assert_eq!(integer(Lang::De, i64::MIN), "-9.223.372.036.854.775.808");
        assert_eq!(integer(Lang::En, 0), "0");
        let mut s = String::new();
        push_grouped(&mut s, u64::MAX, ',');
        assert_eq!(s, "18,446,744,073,709,551,615");
        assert_eq!(range(Lang::De, 1, 3), "1–3");
        assert_eq!(range(Lang::En, 2, 2), "2");
    }
}
