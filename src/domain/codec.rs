//! URL state codec: every quiz answer and calculator input as one compact,
//! versioned, URL-safe string, and back.
//!
//! Format (version 1): `1.<tool>.<employer>.<candidate>.<calculator>` using
//! only `[A-Za-z0-9-_.~]`. The tool is `e`, `c` or `k`. Answer sections list
//! one token per catalogue question, in catalogue order, joined by `~`:
//! empty (unanswered), `y`/`n`, `c<index>`, `n<number>` or `p<basis points>`;
//! trailing empty tokens are dropped. The calculator section is a fixed list
//! of `~`-joined fields (see [`CALC_FIELDS`]); empty means "default".
//!
//! **Invariant:** decoding never panics; anything malformed, too long or of
//! another version is a typed [`CodecError`].

use crate::domain::candidate::CANDIDATE_QUESTIONS;
use crate::domain::cost::{
    BandPoint, CalculatorInputs, RoleInputs, MAX_AMOUNT, MAX_HEADCOUNT, MAX_RAMP_UP_MONTHS,
    MAX_STAFF, MIN_REVENUE_EUROS,
};
use crate::domain::employer::EMPLOYER_QUESTIONS;
use crate::domain::money::{Bp, Cents};
use crate::domain::question::{Answer, Answers, Question};
use crate::domain::salary::{Family, IndustryGroup, Role};

/// The version this codec writes.
pub const VERSION: &str = "1";

/// Longest string the decoder looks at.
pub const MAX_LEN: usize = 2_048;

/// The calculator fields, in encoding order.
pub const CALC_FIELDS: [&str; 22] = [
    "industry",
    "region",
    "company_size",
    "staff_count",
    "saxony",
    "accident_insurance",
    "band_point",
    "am_role",
    "am_base",
    "am_variable",
    "am_car",
    "am_ramp_up",
    "kam_role",
    "kam_base",
    "kam_variable",
    "kam_car",
    "kam_ramp_up",
    "recruiting_fee",
    "productivity_gap",
    "kam_count",
    "am_count",
    "revenue",
];

/// Which tool the visitor has open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tool {
    /// The employer quiz.
    #[default]
    Employer,
    /// The candidate quiz.
    Candidate,
    /// The cost calculator.
    Calculator,
}

/// Everything the URL carries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AppState {
    /// The open tool.
    pub tool: Tool,
    /// Employer-quiz answers.
    pub employer: Answers,
    /// Candidate-quiz answers.
    pub candidate: Answers,
    /// Calculator inputs.
    pub calculator: CalculatorInputs,
}

/// The part of the string a [`CodecError`] points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The tool letter.
    Tool,
    /// The employer answers.
    Employer,
    /// The candidate answers.
    Candidate,
    /// The calculator inputs.
    Calculator,
}

/// Why a URL state string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// Empty string.
    Empty,
    /// Longer than [`MAX_LEN`].
    TooLong,
    /// A character outside `[A-Za-z0-9-_.~]`.
    InvalidCharacter,
    /// Written by another version of the app.
    UnknownVersion(String),
    /// Not the expected number of `.`-separated sections.
    WrongSectionCount,
    /// More fields than the section has.
    TooManyFields(Section),
    /// A field that does not parse or does not fit its question.
    InvalidField {
        /// The section.
        section: Section,
        /// Index of the field in the section.
        index: usize,
    },
}

impl CodecError {
    /// The text key the UI shows.
    pub const fn text_key(&self) -> &'static str {
        match self {
            CodecError::Empty => "error.codec.empty",
            CodecError::TooLong => "error.codec.too_long",
            CodecError::InvalidCharacter => "error.codec.invalid_character",
            CodecError::UnknownVersion(_) => "error.codec.unknown_version",
            CodecError::WrongSectionCount => "error.codec.wrong_section_count",
            CodecError::TooManyFields(_) => "error.codec.too_many_fields",
            CodecError::InvalidField { .. } => "error.codec.invalid_field",
        }
    }

    /// Every text key of this type.
    pub const TEXT_KEYS: [&'static str; 7] = [
        "error.codec.empty",
        "error.codec.too_long",
        "error.codec.invalid_character",
        "error.codec.unknown_version",
        "error.codec.wrong_section_count",
        "error.codec.too_many_fields",
        "error.codec.invalid_field",
    ];
}

/// Encodes the state. Ids that are not URL-safe (which the data file never
/// has) are dropped, i.e. decode as "default".
pub fn encode(state: &AppState) -> String {
    let tool = match state.tool {
        Tool::Employer => "e",
        Tool::Candidate => "c",
        Tool::Calculator => "k",
    };
    format!(
        "{VERSION}.{tool}.{}.{}.{}",
        encode_answers(EMPLOYER_QUESTIONS, &state.employer),
        encode_answers(CANDIDATE_QUESTIONS, &state.candidate),
        encode_calc(&state.calculator)
    )
}

/// Decodes a state string.
pub fn decode(s: &str) -> Result<AppState, CodecError> {
    if s.is_empty() {
        return Err(CodecError::Empty);
    }
    if s.len() > MAX_LEN {
        return Err(CodecError::TooLong);
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~'))
    {
        return Err(CodecError::InvalidCharacter);
    }
    let mut parts = s.split('.');
    let version = parts.next().unwrap_or("");
    if version != VERSION {
        return Err(CodecError::UnknownVersion(version.to_string()));
    }
    let sections: Vec<&str> = parts.collect();
    let [tool, emp, cand, calc] = sections.as_slice() else {
        return Err(CodecError::WrongSectionCount);
    };
    let tool = match *tool {
        "e" => Tool::Employer,
        "c" => Tool::Candidate,
        "k" => Tool::Calculator,
        _ => {
            return Err(CodecError::InvalidField {
                section: Section::Tool,
                index: 0,
            })
        }
    };
    Ok(AppState {
        tool,
        employer: decode_answers(EMPLOYER_QUESTIONS, emp, Section::Employer)?,
        candidate: decode_answers(CANDIDATE_QUESTIONS, cand, Section::Candidate)?,
        calculator: decode_calc(calc)?,
    })
}

fn trim_trailing(mut tokens: Vec<String>) -> String {
    while tokens.last().is_some_and(|t| t.is_empty()) {
        tokens.pop();
    }
    tokens.join("~")
}

fn encode_answers(catalogue: &'static [Question], answers: &Answers) -> String {
    let tokens = catalogue
        .iter()
        .map(|q| match answers.get(q.id) {
            None => String::new(),
            Some(Answer::YesNo(true)) => "y".into(),
            Some(Answer::YesNo(false)) => "n".into(),
            Some(Answer::Choice(i)) => format!("c{i}"),
            Some(Answer::Number(n)) => format!("n{n}"),
            Some(Answer::Percent(p)) => format!("p{}", p.get()),
        })
        .collect();
    trim_trailing(tokens)
}

fn decode_answers(
    catalogue: &'static [Question],
    s: &str,
    section: Section,
) -> Result<Answers, CodecError> {
    let mut answers = Answers::new();
    if s.is_empty() {
        return Ok(answers);
    }
    let tokens: Vec<&str> = s.split('~').collect();
    if tokens.len() > catalogue.len() {
        return Err(CodecError::TooManyFields(section));
    }
    for (index, (q, token)) in catalogue.iter().zip(tokens).enumerate() {
        if token.is_empty() {
            continue;
        }
        let bad = CodecError::InvalidField { section, index };
        let answer = match (token.get(..1), token.get(1..)) {
            (Some("y"), Some("")) => Answer::YesNo(true),
            (Some("n"), Some("")) => Answer::YesNo(false),
            (Some("c"), Some(rest)) => Answer::Choice(parse_plain::<u8>(rest).ok_or(bad.clone())?),
            (Some("n"), Some(rest)) => Answer::Number(parse_signed(rest).ok_or(bad.clone())?),
            (Some("p"), Some(rest)) => Answer::Percent(
                parse_plain::<u32>(rest)
                    .and_then(Bp::new)
                    .ok_or(bad.clone())?,
            ),
            _ => return Err(bad),
        };
        answers.set(catalogue, q.id, answer).map_err(|_| bad)?;
    }
    Ok(answers)
}

/// Digits only (no sign, no leading `+`), as the encoder writes them.
fn parse_plain<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || s.len() > 20 {
        return None;
    }
    s.parse().ok()
}

fn parse_signed(s: &str) -> Option<i64> {
    match s.strip_prefix('-') {
        Some(rest) => parse_plain::<i64>(rest).and_then(i64::checked_neg),
        None => parse_plain(s),
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn opt_id(s: &Option<String>) -> String {
    s.as_deref().filter(|s| is_id(s)).unwrap_or("").to_string()
}

fn opt_num<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn role_code(r: Role) -> &'static str {
    match r {
        Role::JuniorAm => "0",
        Role::Am => "1",
        Role::SeniorAm => "2",
        Role::KamNew => "3",
        Role::KamExperienced => "4",
    }
}

fn encode_calc(c: &CalculatorInputs) -> String {
    let industry = match c.industry {
        IndustryGroup::Technology => "t",
        IndustryGroup::General => "",
        IndustryGroup::Traditional => "r",
    };
    let flag = |b: bool| if b { "1" } else { "0" };
    let band = match c.band_point {
        BandPoint::Min => "l",
        BandPoint::Typical => "",
        BandPoint::Max => "h",
    };
    let defaults = CalculatorInputs::default();
    let role_fields = |r: &RoleInputs, default_role: Role| {
        vec![
            if r.role == default_role {
                String::new()
            } else {
                role_code(r.role).to_string()
            },
            opt_num(r.base.map(Cents::cents)),
            opt_num(r.variable.map(Bp::get)),
            opt_id(&r.car),
            opt_num(r.ramp_up_months),
        ]
    };
    let mut tokens: Vec<String> = vec![
        industry.into(),
        opt_id(&c.region),
        opt_id(&c.company_size),
        opt_num(c.staff_count),
        if c.saxony {
            flag(true).into()
        } else {
            String::new()
        },
        if c.accident_insurance {
            String::new()
        } else {
            flag(false).into()
        },
        band.into(),
    ];
    tokens.extend(role_fields(&c.am, defaults.am.role));
    tokens.extend(role_fields(&c.kam, defaults.kam.role));
    tokens.extend([
        opt_num(c.recruiting_fee.map(Bp::get)),
        opt_num(c.productivity_gap.map(Bp::get)),
        opt_num(c.kam_count),
        opt_num(c.am_count),
        opt_num(c.revenue.map(Cents::cents)),
    ]);
    trim_trailing(tokens)
}

fn decode_calc(s: &str) -> Result<CalculatorInputs, CodecError> {
    let mut c = CalculatorInputs::default();
    if s.is_empty() {
        return Ok(c);
    }
    let tokens: Vec<&str> = s.split('~').collect();
    if tokens.len() > CALC_FIELDS.len() {
        return Err(CodecError::TooManyFields(Section::Calculator));
    }
    for (index, t) in tokens.into_iter().enumerate() {
        if t.is_empty() {
            continue;
        }
        let bad = || CodecError::InvalidField {
            section: Section::Calculator,
            index,
        };
        let id = || {
            if is_id(t) {
                Ok(Some(t.to_string()))
            } else {
                Err(bad())
            }
        };
        let flag = || match t {
            "0" => Ok(false),
            "1" => Ok(true),
            _ => Err(bad()),
        };
        // A value beyond what the calculator's fields take is brought
        // within them rather than refused: a stored state from before a
        // limit must not lose every tool's answers (a review's 18-month
        // ramp-up), and a crafted link must not compute with a negative
        // salary or a KAM level on the AM side. Counts stop at their
        // limit; an amount out of range and a level of the other family
        // fall back to the field's default.
        let count = |max: u32| parse_plain::<u32>(t).map(|n| n.min(max)).ok_or_else(bad);
        let bp = || parse_plain::<u32>(t).and_then(Bp::new).ok_or_else(bad);
        let cents = || {
            parse_signed(t)
                .map(|c| Some(Cents::new(c)).filter(|c| Cents::ZERO <= *c && *c <= MAX_AMOUNT))
                .ok_or_else(bad)
        };
        let role = |family: Family| {
            match t {
                "0" => Some(Role::JuniorAm),
                "1" => Some(Role::Am),
                "2" => Some(Role::SeniorAm),
                "3" => Some(Role::KamNew),
                "4" => Some(Role::KamExperienced),
                _ => None,
            }
            .map(|r| {
                if r.family() == family {
                    r
                } else {
                    RoleInputs::standard(family).role
                }
            })
            .ok_or_else(bad)
        };
        match index {
            0 => {
                c.industry = match t {
                    "t" => IndustryGroup::Technology,
                    "r" => IndustryGroup::Traditional,
                    _ => return Err(bad()),
                }
            }
            1 => c.region = id()?,
            2 => c.company_size = id()?,
            3 => c.staff_count = Some(count(MAX_STAFF)?),
            4 => c.saxony = flag()?,
            5 => c.accident_insurance = flag()?,
            6 => {
                c.band_point = match t {
                    "l" => BandPoint::Min,
                    "h" => BandPoint::Max,
                    _ => return Err(bad()),
                }
            }
            7 => c.am.role = role(Family::Am)?,
            8 => c.am.base = cents()?,
            9 => c.am.variable = Some(bp()?),
            10 => c.am.car = id()?,
            11 => c.am.ramp_up_months = Some(count(MAX_RAMP_UP_MONTHS)?),
            12 => c.kam.role = role(Family::Kam)?,
            13 => c.kam.base = cents()?,
            14 => c.kam.variable = Some(bp()?),
            15 => c.kam.car = id()?,
            16 => c.kam.ramp_up_months = Some(count(MAX_RAMP_UP_MONTHS)?),
            17 => c.recruiting_fee = Some(bp()?),
            18 => c.productivity_gap = Some(bp()?),
            19 => c.kam_count = Some(count(MAX_HEADCOUNT)?),
            20 => c.am_count = Some(count(MAX_HEADCOUNT)?),
            // Below the fields' floor a revenue is a slip, not a figure.
            21 => {
                let floor = Cents::from_euros(i64::from(MIN_REVENUE_EUROS));
                c.revenue = cents()?.filter(|r| *r >= floor);
            }
            _ => return Err(bad()),
        }
    }
    Ok(c)
}
