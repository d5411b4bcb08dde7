//! Parsing what German and English visitors type into number fields.
//!
//! Accepted: digits with `.` or `,` as thousands or decimal separators,
//! spaces (also U+00A0 and U+202F), a leading or trailing `€` / `EUR` /
//! `Euro(s)`, a trailing `%` for percentages and the multipliers `k`/
//! `Tsd.`/`Tausend`/`thousand`, `M`/`Mio.`/`Mill.`/`Million(en)` and `Mrd.`/`bn`/
//! `Milliarde(n)` for amounts (not `Billion`, which is 10^12 in German).
//!
//! **Ambiguity rule:** when only one kind of separator appears, and it
//! appears once, it is a thousands separator if it is followed by exactly
//! three digits and preceded by one to three digits not starting with `0`
//! (`5.000` = 5,000 and `5,000` = 5,000); otherwise it is the decimal
//! separator (`12,5` = 12.5, `0,125` = 0.125). A separator that appears more
//! than once is a thousands separator (`5.000.000`). When both appear, the
//! last one is the decimal separator (`5.000,50`, `5,000.50`). In a
//! percentage a single separator is always the decimal one (`7,125 %` is
//! 7.125 %, not 7,125 %): no percentage up to 100 needs grouping. As a
//! percentage takes two decimals at most, even zeros, `1.000 %` is refused
//! rather than read as 1 %.

/// Why a number field's text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing typed.
    Empty,
    /// Not a number we understand.
    NotANumber,
    /// A negative number where only positive ones make sense.
    Negative,
    /// Larger than the field supports.
    TooLarge,
    /// More decimals than the field supports (cents, hundredths of a percent).
    TooManyDecimals,
    /// A percentage above 100 %.
    AbovePercentMax,
    /// A count above the field's limit, which the message names.
    AboveMax(u32),
    /// An amount below the field's plausible floor (in euros), which the
    /// message names: "1,8" typed for 1.8 million.
    BelowMin(u32),
}

impl ParseError {
    /// The text key the UI shows.
    pub const fn text_key(self) -> &'static str {
        match self {
            ParseError::Empty => "error.parse.empty",
            ParseError::NotANumber => "error.parse.not_a_number",
            ParseError::Negative => "error.parse.negative",
            ParseError::TooLarge => "error.parse.too_large",
            ParseError::TooManyDecimals => "error.parse.too_many_decimals",
            ParseError::AbovePercentMax => "error.parse.above_percent_max",
            ParseError::AboveMax(_) => "error.parse.above_max",
            ParseError::BelowMin(_) => "error.parse.below_min",
        }
    }

    /// The text key for a field holding `kind`: a text that is no number
    /// gets an example of the kind the field takes ("5 Mio." is no help in
    /// a percentage field).
    pub const fn text_key_for(self, kind: FieldKind) -> &'static str {
        match (self, kind) {
            (ParseError::NotANumber, FieldKind::Percent) => Self::TEXT_KEYS[8],
            (ParseError::NotANumber | ParseError::TooManyDecimals, FieldKind::Count) => {
                Self::TEXT_KEYS[9]
            }
            _ => self.text_key(),
        }
    }

    /// Every text key of this type.
    pub const TEXT_KEYS: [&'static str; 10] = [
        "error.parse.below_min",
        "error.parse.above_max",
        "error.parse.empty",
        "error.parse.not_a_number",
        "error.parse.negative",
        "error.parse.too_large",
        "error.parse.too_many_decimals",
        "error.parse.above_percent_max",
        "error.parse.not_a_number.percent",
        "error.parse.not_a_number.count",
    ];
}

/// What a number field holds, for the example in its messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// An amount in euros.
    Euros,
    /// A percentage.
    Percent,
    /// A whole count (people, customers, months, years).
    Count,
}

/// Largest amount accepted, in euros (one trillion).
pub const MAX_EUROS: i64 = 1_000_000_000_000;

/// A decimal number: `mantissa / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Decimal {
    mantissa: i128,
    scale: u32,
}

/// Longest digit run we read; keeps all arithmetic far below `i128` limits.
const MAX_DIGITS: usize = 24;

/// Parses a money amount into cents (`"2,5 Mio"` → 2,500,000 €).
pub fn parse_money(input: &str) -> Result<crate::domain::money::Cents, ParseError> {
    let (d, mult) = parse_with(input, Unit::Money)?;
    let cents = to_units(d, mult, 100)?;
    if cents > i128::from(MAX_EUROS) * 100 {
        return Err(ParseError::TooLarge);
    }
    i64::try_from(cents)
        .map(crate::domain::money::Cents::new)
        .map_err(|_| ParseError::TooLarge)
}

/// Parses a money amount into whole euros, rounding cents half up.
pub fn parse_euros(input: &str) -> Result<i64, ParseError> {
    parse_money(input).map(|c| c.euros_rounded())
}

/// Parses a whole count (`"50"`, `"1.200"`, `"5k"`); decimals are refused.
pub fn parse_count(input: &str) -> Result<i64, ParseError> {
    let (d, mult) = parse_with(input, Unit::Money)?;
    let n = to_units(d, mult, 1)?;
    if n > i128::from(MAX_EUROS) {
        return Err(ParseError::TooLarge);
    }
    i64::try_from(n).map_err(|_| ParseError::TooLarge)
}

/// Parses an amount in whole euros of at least `min`: a company's revenue
/// below it is a slip ("1,8" meant as 1.8 million), not a figure.
pub fn parse_euros_at_least(input: &str, min: u32) -> Result<i64, ParseError> {
    let euros = parse_euros(input)?;
    if euros < i64::from(min) {
        return Err(ParseError::BelowMin(min));
    }
    Ok(euros)
}

/// Parses a number of years, written with its unit or without ("5 Jahre",
/// "3 years", "4").
pub fn parse_years(input: &str) -> Result<i64, ParseError> {
    parse_count(without_unit(input, &YEARS)?)
}

/// Year words, longest first: "Jahren" must not leave "n" behind "Jahre".
const YEARS: [&str; 7] = ["jahren", "jahre", "jahr", "years", "year", "yrs", "yr"];

/// Month words, longest first.
const MONTHS: [&str; 6] = ["monaten", "monate", "monat", "months", "month", "mon"];

/// The number before one of `units` (a trailing full stop allowed: "5
/// Jahre."), or the whole text when it names none. A unit alone is no
/// number.
fn without_unit<'a>(input: &'a str, units: &[&str]) -> Result<&'a str, ParseError> {
    let trimmed = input.trim_end();
    let trimmed = trimmed.strip_suffix('.').unwrap_or(trimmed).trim_end();
    for unit in units {
        if let Some(rest) = strip_suffix_ci(trimmed, unit) {
            return if rest.trim().is_empty() {
                Err(ParseError::NotANumber)
            } else {
                Ok(rest)
            };
        }
    }
    Ok(input)
}

/// Parses a number of months of at most `max`, written with its unit or
/// without ("12 Monate", "6 months", "3").
pub fn parse_months_up_to(input: &str, max: u32) -> Result<u32, ParseError> {
    parse_count_up_to(without_unit(input, &MONTHS)?, max)
}

/// Parses a whole count of at most `max` (a field's limit).
pub fn parse_count_up_to(input: &str, max: u32) -> Result<u32, ParseError> {
    match parse_count(input) {
        Ok(n) => u32::try_from(n)
            .ok()
            .filter(|n| *n <= max)
            .ok_or(ParseError::AboveMax(max)),
        Err(ParseError::TooLarge) => Err(ParseError::AboveMax(max)),
        Err(e) => Err(e),
    }
}

/// Parses a percentage into basis points (`"12,5 %"` → 1,250 bp).
pub fn parse_percent(input: &str) -> Result<crate::domain::money::Bp, ParseError> {
    let (d, mult) = parse_with(input, Unit::Percent)?;
    // Two decimals at most, even as zeros: with one separator always the
    // decimal one, "1.000 %" (a thousand, in German) would be 1 % unseen.
    if d.scale > 2 {
        return Err(ParseError::TooManyDecimals);
    }
    let bp = to_units(d, mult, 100)?;
    if bp > 10_000 {
        return Err(ParseError::AbovePercentMax);
    }
    i64::try_from(bp)
        .ok()
        .and_then(crate::domain::money::Bp::from_i64)
        .ok_or(ParseError::AbovePercentMax)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Money,
    Percent,
}

/// `d × mult × per_unit`, which must be a whole number.
fn to_units(d: Decimal, mult: i128, per_unit: i128) -> Result<i128, ParseError> {
    let scaled = d
        .mantissa
        .checked_mul(mult)
        .and_then(|v| v.checked_mul(per_unit))
        .ok_or(ParseError::TooLarge)?;
    let div = 10i128
        .checked_pow(d.scale)
        .ok_or(ParseError::TooManyDecimals)?;
    if scaled % div != 0 {
        return Err(ParseError::TooManyDecimals);
    }
    Ok(scaled / div)
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\'')
}

fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    head.eq_ignore_ascii_case(p)
        .then(|| s.get(p.len()..))
        .flatten()
}

fn strip_suffix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(p.len())?;
    let tail = s.get(cut..)?;
    tail.eq_ignore_ascii_case(p).then(|| s.get(..cut)).flatten()
}

fn parse_with(input: &str, unit: Unit) -> Result<(Decimal, i128), ParseError> {
    // Spaces of any kind (and the Swiss apostrophe) only group digits.
    let compact: String = input.chars().filter(|c| !is_space(*c)).collect();
    let mut s = compact.as_str();
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    if unit == Unit::Percent {
        s = s.strip_suffix('%').unwrap_or(s);
    } else {
        // Longest first: "Euro" must not leave an "o" behind "EUR".
        for cur in ["€", "euros", "euro", "eur"] {
            if let Some(rest) = strip_prefix_ci(s, cur) {
                s = rest;
            }
            if let Some(rest) = strip_suffix_ci(s, cur) {
                s = rest;
            }
        }
    }
    if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}')) {
        return if rest.chars().any(|c| c.is_ascii_digit()) {
            Err(ParseError::Negative)
        } else {
            Err(ParseError::NotANumber)
        };
    }
    s = s.strip_prefix('+').unwrap_or(s);

    let mut mult: i128 = 1;
    if unit == Unit::Money {
        // Longest spellings first, so "Mio." is not read as "M" + "io.".
        // No "Billion": 10^12 in German, 10^9 in English.
        const MULTIPLIERS: [(&str, i128); 18] = [
            ("milliarden", 1_000_000_000),
            ("milliarde", 1_000_000_000),
            ("millionen", 1_000_000),
            ("million", 1_000_000),
            ("thousand", 1_000),
            ("tausend", 1_000),
            ("mill.", 1_000_000),
            ("mrd.", 1_000_000_000),
            ("mrd", 1_000_000_000),
            ("bn", 1_000_000_000),
            ("mio.", 1_000_000),
            ("mio", 1_000_000),
            ("mn", 1_000_000),
            ("m", 1_000_000),
            ("tsd.", 1_000),
            ("tsd", 1_000),
            ("t", 1_000),
            ("k", 1_000),
        ];
        for (suffix, m) in MULTIPLIERS {
            if let Some(rest) = strip_suffix_ci(s, suffix) {
                s = rest;
                mult = m;
                break;
            }
        }
    }
    if s.is_empty() {
        return Err(ParseError::NotANumber);
    }
    // A percentage is at most 100: one separator there is a decimal one.
    parse_decimal(s, unit == Unit::Money).map(|d| (d, mult))
}

/// Reads digits with `.`/`,` separators by the module's ambiguity rule;
/// without `grouping`, a single separator is always the decimal one.
fn parse_decimal(s: &str, grouping: bool) -> Result<Decimal, ParseError> {
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(ParseError::NotANumber);
    }
    if !s.chars().any(|c| c.is_ascii_digit()) {
        return Err(ParseError::NotANumber);
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let (int_part, frac_part, thousands): (&str, &str, Option<char>) = match (dots, commas) {
        (0, 0) => (s, "", None),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots.max(commas);
            if count > 1 {
                (s, "", Some(sep))
            } else {
                let (head, tail) = s.split_once(sep).ok_or(ParseError::NotANumber)?;
                let looks_grouped = grouping
                    && tail.len() == 3
                    && (1..=3).contains(&head.len())
                    && !head.starts_with('0');
                if looks_grouped {
                    (s, "", Some(sep))
                } else {
                    (head, tail, None)
                }
            }
        }
        _ => {
            // Both kinds: the last separator is the decimal one.
            let last_dot = s.rfind('.').unwrap_or(0);
            let last_comma = s.rfind(',').unwrap_or(0);
            let (dec, thou) = if last_dot > last_comma {
                ('.', ',')
            } else {
                (',', '.')
            };
            let (head, tail) = s.rsplit_once(dec).ok_or(ParseError::NotANumber)?;
            if head.contains(dec) {
                return Err(ParseError::NotANumber);
            }
            (head, tail, Some(thou))
        }
    };
    if frac_part.contains(['.', ',']) {
        return Err(ParseError::NotANumber);
    }
    let digits: String = match thousands {
        Some(sep) => {
            let mut groups = int_part.split(sep);
            let first = groups.next().unwrap_or("");
            if first.is_empty() || first.len() > 3 {
                return Err(ParseError::NotANumber);
            }
            let mut out = first.to_string();
            for g in groups {
                if g.len() != 3 {
                    return Err(ParseError::NotANumber);
                }
                out.push_str(g);
            }
            out
        }
        None => int_part.to_string(),
    };
    if digits.is_empty() && frac_part.is_empty() {
        return Err(ParseError::NotANumber);
    }
    let digits = digits.trim_start_matches('0');
    if digits.len() > MAX_DIGITS {
        return Err(ParseError::TooLarge);
    }
    if frac_part.len() > MAX_DIGITS {
        return Err(ParseError::TooManyDecimals);
    }
    let mut mantissa: i128 = 0;
    for b in digits.bytes().chain(frac_part.bytes()) {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(i128::from(b.saturating_sub(b'0'))))
            .ok_or(ParseError::TooLarge)?;
    }
    Ok(Decimal {
        mantissa,
        scale: u32::try_from(frac_part.len()).map_err(|_| ParseError::TooManyDecimals)?,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // reason: tests fail loudly on purpose
    use super::*;

    /// A count field takes whole numbers only, so "2,5" there asks for a
    /// whole number rather than fewer decimals (a review found "Zu viele
    /// Nachkommastellen" for 2.5 years).
    #[test]
    fn decimals_in_a_count_ask_for_a_whole_number() {
        assert_eq!(
            ParseError::TooManyDecimals.text_key_for(FieldKind::Count),
            "error.parse.not_a_number.count"
        );
        assert_eq!(
            ParseError::TooManyDecimals.text_key_for(FieldKind::Euros),
            "error.parse.too_many_decimals"
        );
    }

    #[test]
    fn not_a_number_names_an_example_of_the_fields_kind() {
        let e = ParseError::NotANumber;
        assert_eq!(e.text_key_for(FieldKind::Euros), "error.parse.not_a_number");
        assert_eq!(
            e.text_key_for(FieldKind::Percent),
            "error.parse.not_a_number.percent"
        );
        assert_eq!(
            e.text_key_for(FieldKind::Count),
            "error.parse.not_a_number.count"
        );
        // Other errors read the same in every field.
        for kind in [FieldKind::Euros, FieldKind::Percent, FieldKind::Count] {
            assert_eq!(
                ParseError::Negative.text_key_for(kind),
                "error.parse.negative"
            );
        }
    }

    fn euros(s: &str) -> Result<i64, ParseError> {
        parse_money(s).map(|c| c.cents() / 100)
    }

    #[test]
    fn amounts() {
        let cases: &[(&str, Result<i64, ParseError>)] = &[
            ("5.000.000", Ok(5_000_000)),
            ("5,000,000", Ok(5_000_000)),
            ("5000000", Ok(5_000_000)),
            ("5 Mio", Ok(5_000_000)),
            ("5 Mio.", Ok(5_000_000)),
            ("2,5 Mio", Ok(2_500_000)),
            ("5M", Ok(5_000_000)),
            ("5 Mrd", Ok(5_000_000_000)),
            ("120k", Ok(120_000)),
            ("120 Tsd.", Ok(120_000)),
            ("€ 45.000", Ok(45_000)),
            ("45.000 €", Ok(45_000)),
            ("45\u{00A0}000 EUR", Ok(45_000)),
            ("45\u{202F}000", Ok(45_000)),
            ("5.000", Ok(5_000)),
            ("5,000", Ok(5_000)),
            ("", Err(ParseError::Empty)),
            ("   ", Err(ParseError::Empty)),
            ("abc", Err(ParseError::NotANumber)),
            ("-5", Err(ParseError::Negative)),
            ("1e308", Err(ParseError::NotANumber)),
            ("1234567890123456789012345", Err(ParseError::TooLarge)),
            ("5.00.000", Err(ParseError::NotANumber)),
            ("1,5,5", Err(ParseError::NotANumber)),
            // Written out (a visitor review: "1,8 Millionen" and "1.8
            // million" were refused while "1,8 Mio" was taken). "Billion" is
            // not read: 10^12 in German, 10^9 in English.
            ("1,8 Millionen", Ok(1_800_000)),
            ("1.8 million", Ok(1_800_000)),
            ("1 Million", Ok(1_000_000)),
            ("2 Mill.", Ok(2_000_000)),
            ("2 Milliarden", Ok(2_000_000_000)),
            ("1 Milliarde", Ok(1_000_000_000)),
            ("50 Tausend", Ok(50_000)),
            ("50 thousand", Ok(50_000)),
            ("5 Billion", Err(ParseError::NotANumber)),
            // The currency written out, also after a multiplier ("3
            // Millionen Euro" was refused).
            ("3 Millionen Euro", Ok(3_000_000)),
            ("55.000 Euro", Ok(55_000)),
            ("55,000 euros", Ok(55_000)),
            ("Euro 55.000", Ok(55_000)),
            ("2,5 Mio. €", Ok(2_500_000)),
            ("Euro", Err(ParseError::NotANumber)),
        ];
        for (input, want) in cases {
            assert_eq!(euros(input), *want, "{input:?}");
        }
        assert_eq!(parse_money("12,345").unwrap().cents(), 1_234_500);
        assert_eq!(parse_money("12,34").unwrap().cents(), 1_234);
        assert_eq!(parse_money("5.000,50").unwrap().cents(), 500_050);
        assert_eq!(parse_money("5,000.50").unwrap().cents(), 500_050);
        assert_eq!(
            parse_money("1,005"),
            Ok(crate::domain::money::Cents::new(100_500))
        );
        assert_eq!(parse_money("0,125"), Err(ParseError::TooManyDecimals));
    }

    #[test]
    fn percents() {
        assert_eq!(parse_percent("12,5 %").unwrap().get(), 1_250);
        assert_eq!(parse_percent("12.5%").unwrap().get(), 1_250);
        assert_eq!(parse_percent("18").unwrap().get(), 1_800);
        assert_eq!(parse_percent("100 %").unwrap().get(), 10_000);
        assert_eq!(parse_percent("100,01"), Err(ParseError::AbovePercentMax));
        // One separator in a percentage is always the decimal one: no
        // percentage needs a thousands separator, and a review found
        // "7,125 %" refused as "above 100 %" (read as 7,125).
        assert_eq!(parse_percent("12,345"), Err(ParseError::TooManyDecimals));
        assert_eq!(parse_percent("7,125 %"), Err(ParseError::TooManyDecimals));
        assert_eq!(parse_percent("7.125%"), Err(ParseError::TooManyDecimals));
        assert_eq!(parse_percent("1,234 %"), Err(ParseError::TooManyDecimals));
        // Three decimals are refused even as zeros: "1.000 %" (a thousand
        // in German) was taken as 1 % without a word (a second review).
        assert_eq!(parse_percent("1.000 %"), Err(ParseError::TooManyDecimals));
        assert_eq!(parse_percent("1,000%"), Err(ParseError::TooManyDecimals));
        assert_eq!(parse_percent("12,500 %"), Err(ParseError::TooManyDecimals));
        assert_eq!(parse_percent("12,50 %").unwrap().get(), 1_250);
        assert_eq!(parse_percent("0,125"), Err(ParseError::TooManyDecimals));
        assert_eq!(parse_percent("5 Mio"), Err(ParseError::NotANumber));
        assert_eq!(parse_count("1.200").unwrap(), 1_200);
        assert_eq!(parse_count("2,5"), Err(ParseError::TooManyDecimals));
    }

    /// A review typed "1,8" for a revenue of 1.8 million and got 2 €,
    /// silently: a revenue below a plausible floor is refused, and the
    /// message shows how to write millions.
    #[test]
    fn amounts_of_at_least() {
        assert_eq!(
            parse_euros_at_least("1,8", 1_000),
            Err(ParseError::BelowMin(1_000))
        );
        assert_eq!(
            parse_euros_at_least("999", 1_000),
            Err(ParseError::BelowMin(1_000))
        );
        assert_eq!(
            parse_euros_at_least("0", 1_000),
            Err(ParseError::BelowMin(1_000))
        );
        assert_eq!(parse_euros_at_least("1.000", 1_000), Ok(1_000));
        assert_eq!(parse_euros_at_least("1,8 Mio.", 1_000), Ok(1_800_000));
        assert_eq!(
            parse_euros_at_least("abc", 1_000),
            Err(ParseError::NotANumber)
        );
        assert_eq!(parse_euros_at_least("-5", 1_000), Err(ParseError::Negative));
        assert_eq!(
            ParseError::BelowMin(1_000).text_key_for(FieldKind::Euros),
            "error.parse.below_min"
        );
    }

    /// A review typed "12 Monate" into a ramp-up field, "1 yr" and "5
    /// Jahre." into the years: the units go with the numbers.
    #[test]
    fn months_and_more_year_spellings() {
        assert_eq!(parse_months_up_to("12 Monate", 12), Ok(12));
        assert_eq!(parse_months_up_to("1 Monat", 12), Ok(1));
        assert_eq!(parse_months_up_to("6 months", 12), Ok(6));
        assert_eq!(parse_months_up_to("3", 12), Ok(3));
        assert_eq!(
            parse_months_up_to("13 Monate", 12),
            Err(ParseError::AboveMax(12))
        );
        assert_eq!(
            parse_months_up_to("Monate", 12),
            Err(ParseError::NotANumber)
        );
        assert_eq!(
            parse_months_up_to("2 Jahre", 12),
            Err(ParseError::NotANumber)
        );
        assert_eq!(parse_years("1 yr"), Ok(1));
        assert_eq!(parse_years("5 Jahre."), Ok(5));
        assert_eq!(parse_years("5."), Ok(5));
    }

    /// "5 Jahre" is how many visitors answer "How many years have you
    /// worked in sales?"; it was refused as not a number.
    #[test]
    fn years_with_their_unit() {
        for (input, want) in [
            ("5 Jahre", Ok(5)),
            ("1 Jahr", Ok(1)),
            ("12 JAHREN", Ok(12)),
            ("3 years", Ok(3)),
            ("1 year", Ok(1)),
            ("7yrs", Ok(7)),
            ("4", Ok(4)),
            ("2,5 Jahre", Err(ParseError::TooManyDecimals)),
            ("Jahre", Err(ParseError::NotANumber)),
            ("5 Monate", Err(ParseError::NotANumber)),
            ("-2 Jahre", Err(ParseError::Negative)),
        ] {
            assert_eq!(parse_years(input), want, "{input:?}");
        }
    }

    /// A review typed 4,294,967,295 KAMs and a 1,000-month ramp-up into
    /// the calculator and got a 419-trillion-euro team: a count field has
    /// an upper limit, and the message names it.
    #[test]
    fn counts_up_to_a_limit() {
        assert_eq!(parse_count_up_to("12", 12), Ok(12));
        assert_eq!(parse_count_up_to("0", 12), Ok(0));
        assert_eq!(parse_count_up_to("13", 12), Err(ParseError::AboveMax(12)));
        assert_eq!(parse_count_up_to("5k", 10_000), Ok(5_000));
        assert_eq!(
            parse_count_up_to("10.001", 10_000),
            Err(ParseError::AboveMax(10_000))
        );
        assert_eq!(
            parse_count_up_to("99999999999999", u32::MAX),
            Err(ParseError::AboveMax(u32::MAX))
        );
        assert_eq!(
            parse_count_up_to("2,5", 12),
            Err(ParseError::TooManyDecimals)
        );
        assert_eq!(parse_count_up_to("-1", 12), Err(ParseError::Negative));
        assert_eq!(
            ParseError::AboveMax(12).text_key_for(FieldKind::Count),
            "error.parse.above_max"
        );
    }
}
