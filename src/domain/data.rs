//! The versioned data file and its loader.
//!
//! Loading happens in two steps (house style, "config in two steps"): serde
//! reads the JSON into `Raw*` structs that mirror the file, then
//! [`validate`] turns them into the typed [`Config`] or a [`DataError`] that
//! names the field and the reason. A partial override document (from a host
//! page) is deep-merged over the built-in JSON first and then goes through the
//! same validation, so an override can never produce a config the built-in
//! file could not.
//!
//! A figure in the file is either a bare value, which inherits the nearest
//! enclosing `"source"` / `"valid_from"`, or `{"value": v, "source": tag}`.
//! Numbers an override replaces without naming a source become
//! `"assumption"`: the host page's figures are its own decisions, not ours.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::domain::candidate::CandPoint;
use crate::domain::employer::{RuleId, ThresholdKind};
use crate::domain::money::{AdjustBp, Bp, Cents};
use crate::domain::salary::{Family, IndustryGroup, Role};
use crate::domain::source::{Date, Label, SourceTag, Sourced};

/// The shipped data file, embedded at build time.
pub const BUILTIN_JSON: &str = include_str!("../../data/de-2026.json");

/// The schema this loader understands.
pub const SCHEMA: &str = "kam-navigator/1";

/// Largest euro amount any figure may have; keeps every later product far
/// from `i64` limits.
const MAX_EUROS: i64 = 1_000_000_000_000;

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// Why a data document was rejected, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// Dotted path of the offending field, e.g. `salary.roles.am.general.min_eur`.
    pub field: String,
    /// What is wrong with it.
    pub reason: DataErrorReason,
}

/// The reason a field was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataErrorReason {
    /// The text is not JSON or does not have the expected shape (serde's message).
    Syntax(String),
    /// A required field is absent.
    Missing,
    /// A key the schema does not know (a typo, an unknown role or rule …).
    UnknownKey,
    /// The value has the wrong JSON type.
    WrongType(&'static str),
    /// A range whose minimum is above its maximum.
    MinAboveMax,
    /// A rate that is negative or above 100 %.
    RateOutOfRange,
    /// A money amount or count that is negative.
    Negative,
    /// A number outside the range the model supports.
    OutOfRange,
    /// A capacity (customers per person) of zero.
    ZeroCapacity,
    /// A source tag that is not article / statutory / market / assumption.
    UnknownSource(String),
    /// A date that is not `YYYY-MM-DD`.
    InvalidDate(String),
    /// A reference to an id that does not exist (a car class, a rule).
    UnknownReference(String),
    /// A label without its text in this language ("de" or "en").
    MissingTranslation(&'static str),
    /// The same id twice in a list.
    Duplicate(String),
    /// A schema this loader does not understand.
    UnsupportedSchema(String),
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.field)?;
        match &self.reason {
            DataErrorReason::Syntax(m) => write!(f, "cannot read: {m}"),
            DataErrorReason::Missing => f.write_str("missing"),
            DataErrorReason::UnknownKey => f.write_str("unknown key"),
            DataErrorReason::WrongType(t) => write!(f, "expected {t}"),
            DataErrorReason::MinAboveMax => f.write_str("minimum above maximum"),
            DataErrorReason::RateOutOfRange => f.write_str("rate negative or above 100 %"),
            DataErrorReason::Negative => f.write_str("negative"),
            DataErrorReason::OutOfRange => f.write_str("out of the supported range"),
            DataErrorReason::ZeroCapacity => f.write_str("capacity must be at least 1"),
            DataErrorReason::UnknownSource(s) => write!(f, "unknown source tag {s:?}"),
            DataErrorReason::InvalidDate(s) => write!(f, "invalid date {s:?}"),
            DataErrorReason::UnknownReference(s) => write!(f, "unknown reference {s:?}"),
            DataErrorReason::MissingTranslation(l) => write!(f, "missing {l} text"),
            DataErrorReason::Duplicate(s) => write!(f, "duplicate id {s:?}"),
            DataErrorReason::UnsupportedSchema(s) => write!(f, "unsupported schema {s:?}"),
        }
    }
}

impl std::error::Error for DataError {}

impl DataError {
    /// The text key the UI shows for this error's reason.
    pub fn text_key(&self) -> &'static str {
        match self.reason {
            DataErrorReason::Syntax(_) => "error.data.syntax",
            DataErrorReason::Missing => "error.data.missing",
            DataErrorReason::UnknownKey => "error.data.unknown_key",
            DataErrorReason::WrongType(_) => "error.data.wrong_type",
            DataErrorReason::MinAboveMax => "error.data.min_above_max",
            DataErrorReason::RateOutOfRange => "error.data.rate_out_of_range",
            DataErrorReason::Negative => "error.data.negative",
            DataErrorReason::OutOfRange => "error.data.out_of_range",
            DataErrorReason::ZeroCapacity => "error.data.zero_capacity",
            DataErrorReason::UnknownSource(_) => "error.data.unknown_source",
            DataErrorReason::InvalidDate(_) => "error.data.invalid_date",
            DataErrorReason::UnknownReference(_) => "error.data.unknown_reference",
            DataErrorReason::MissingTranslation(_) => "error.data.missing_translation",
            DataErrorReason::Duplicate(_) => "error.data.duplicate",
            DataErrorReason::UnsupportedSchema(_) => "error.data.unsupported_schema",
        }
    }

    /// Every text key [`DataError::text_key`] can return.
    pub const TEXT_KEYS: [&'static str; 15] = [
        "error.data.syntax",
        "error.data.missing",
        "error.data.unknown_key",
        "error.data.wrong_type",
        "error.data.min_above_max",
        "error.data.rate_out_of_range",
        "error.data.negative",
        "error.data.out_of_range",
        "error.data.zero_capacity",
        "error.data.unknown_source",
        "error.data.invalid_date",
        "error.data.unknown_reference",
        "error.data.missing_translation",
        "error.data.duplicate",
        "error.data.unsupported_schema",
    ];
}

// ---------------------------------------------------------------------------
// Typed config
// ---------------------------------------------------------------------------

/// The validated domain configuration: every figure with its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Data set id, e.g. `de-2026`.
    pub dataset: String,
    /// Default validity date of the data set.
    pub valid_from: Date,
    /// Labels of the industry groups.
    pub industries: Vec<Industry>,
    /// Salary bands and factors (domain guide §2).
    pub salary: SalaryData,
    /// Employer social-security contributions (domain guide §3).
    pub social: SocialSecurity,
    /// Company cars (domain guide §2, benefits).
    pub cars: CarData,
    /// Recruiting and ramp-up (domain guide §4).
    pub hiring: HiringData,
    /// Team sizing (domain guide §5, recommended structure).
    pub team: TeamData,
    /// Employer quiz weights and thresholds (domain guide §5).
    pub employer: EmployerData,
    /// Candidate quiz thresholds and points (domain guide §6).
    pub candidate: CandidateData,
    /// Career path durations (domain guide §4).
    pub career: CareerPath,
    /// Further facts of domain guide §1 the UI may show.
    pub facts: Vec<Fact>,
}

/// An industry group with its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Industry {
    /// The group.
    pub group: IndustryGroup,
    /// Its display name.
    pub label: Label,
}

/// A salary band (base pay per year).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    /// Lower end.
    pub min: Sourced<Cents>,
    /// Typical value: the midpoint unless the data gives one.
    pub typical: Sourced<Cents>,
    /// Upper end.
    pub max: Sourced<Cents>,
}

/// Bands of one role per industry group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndustryBands {
    /// Technology / software / GreenTech / cleantech.
    pub technology: Band,
    /// General.
    pub general: Band,
    /// Traditional industries (derived unless given, domain guide §2 [D]).
    pub traditional: Band,
}

impl IndustryBands {
    /// The band of one group.
    pub fn get(&self, group: IndustryGroup) -> &Band {
        match group {
            IndustryGroup::Technology => &self.technology,
            IndustryGroup::General => &self.general,
            IndustryGroup::Traditional => &self.traditional,
        }
    }
}

/// The overview bands per family (AM 40–60 k, KAM 70–120 k …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyBands {
    /// Account Manager.
    pub am: IndustryBands,
    /// Key Account Manager.
    pub kam: IndustryBands,
}

impl FamilyBands {
    /// The bands of one family.
    pub fn get(&self, family: Family) -> &IndustryBands {
        match family {
            Family::Am => &self.am,
            Family::Kam => &self.kam,
        }
    }
}

/// The bands per role level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleBands {
    /// Junior AM.
    pub junior_am: IndustryBands,
    /// AM.
    pub am: IndustryBands,
    /// Senior AM.
    pub senior_am: IndustryBands,
    /// KAM new in role.
    pub kam_new: IndustryBands,
    /// KAM experienced.
    pub kam_experienced: IndustryBands,
}

impl RoleBands {
    /// The bands of one role.
    pub fn get(&self, role: Role) -> &IndustryBands {
        match role {
            Role::JuniorAm => &self.junior_am,
            Role::Am => &self.am,
            Role::SeniorAm => &self.senior_am,
            Role::KamNew => &self.kam_new,
            Role::KamExperienced => &self.kam_experienced,
        }
    }
}

/// A range of rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateRange {
    /// Lower end.
    pub min: Sourced<Bp>,
    /// Upper end.
    pub max: Sourced<Bp>,
}

impl RateRange {
    /// The midpoint, rounded half up.
    pub fn midpoint(&self) -> Bp {
        Bp::midpoint(self.min.value, self.max.value)
    }

    /// `rate` clamped into the range.
    pub fn clamp(&self, rate: Bp) -> Bp {
        rate.max(self.min.value).min(self.max.value)
    }
}

/// A range of whole counts (customers, months, years, days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountRange {
    /// Lower end.
    pub min: Sourced<u32>,
    /// Upper end.
    pub max: Sourced<u32>,
}

/// A named relative adjustment (a region).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adjustment {
    /// Id used in URLs.
    pub id: String,
    /// Display name.
    pub label: Label,
    /// The adjustment against the national median.
    pub adjust: Sourced<AdjustBp>,
}

/// A company-size class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeClass {
    /// Id used in URLs.
    pub id: String,
    /// Display name.
    pub label: Label,
    /// Upper staff count of the class (`None`: open-ended).
    pub max_staff: Option<Sourced<u32>>,
    /// The adjustment against the national median.
    pub adjust: Sourced<AdjustBp>,
}

/// How traditional-industry bands are derived when the data gives none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TraditionalRule {
    /// Lower half of the general band (domain guide §2 [D]).
    LowerHalfOfGeneral,
}

/// Salary data (domain guide §2).
#[derive(Debug, Clone, PartialEq)]
pub struct SalaryData {
    /// Overview bands per family.
    pub families: FamilyBands,
    /// Bands per role level.
    pub roles: RoleBands,
    /// The rule used for traditional industries.
    pub traditional_rule: Sourced<TraditionalRule>,
    /// Variable pay range of AMs.
    pub variable_am: RateRange,
    /// Variable pay range of KAMs.
    pub variable_kam: RateRange,
    /// Region factors.
    pub regions: Vec<Adjustment>,
    /// Company-size factors.
    pub company_sizes: Vec<SizeClass>,
    /// Portal median for KAMs (label as portal median).
    pub portal_median_kam: Sourced<Cents>,
    /// Portal median for AMs (label as portal median).
    pub portal_median_am: Sourced<Cents>,
}

/// A branch of employer social-security contributions (domain guide §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Branch {
    /// Pension insurance (RV).
    Pension,
    /// Unemployment insurance (AV).
    Unemployment,
    /// Health insurance (KV) incl. half the average add-on.
    Health,
    /// Long-term care insurance (PV).
    Care,
    /// Insolvency levy U3.
    InsolvencyU3,
    /// Maternity levy U2.
    MaternityU2,
    /// Sick-pay levy U1 (small firms only).
    SickPayU1,
    /// Accident insurance (BG).
    Accident,
}

impl Branch {
    /// All branches, in display order.
    pub const ALL: [Branch; 8] = [
        Branch::Pension,
        Branch::Unemployment,
        Branch::Health,
        Branch::Care,
        Branch::InsolvencyU3,
        Branch::MaternityU2,
        Branch::SickPayU1,
        Branch::Accident,
    ];

    /// The id used in the data file.
    pub const fn id(self) -> &'static str {
        match self {
            Branch::Pension => "pension",
            Branch::Unemployment => "unemployment",
            Branch::Health => "health",
            Branch::Care => "care",
            Branch::InsolvencyU3 => "insolvency_u3",
            Branch::MaternityU2 => "maternity_u2",
            Branch::SickPayU1 => "sick_pay_u1",
            Branch::Accident => "accident",
        }
    }

    /// The text key of the branch's name ("cost.branch.pension" …).
    pub const fn text_key(self) -> &'static str {
        match self {
            Branch::Pension => "cost.branch.pension",
            Branch::Unemployment => "cost.branch.unemployment",
            Branch::Health => "cost.branch.health",
            Branch::Care => "cost.branch.care",
            Branch::InsolvencyU3 => "cost.branch.insolvency_u3",
            Branch::MaternityU2 => "cost.branch.maternity_u2",
            Branch::SickPayU1 => "cost.branch.sick_pay_u1",
            Branch::Accident => "cost.branch.accident",
        }
    }
}

/// One contribution branch's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contribution {
    /// The branch.
    pub branch: Branch,
    /// Employer rate (for health: the general rate without the add-on).
    pub rate: Sourced<Bp>,
    /// Employer rate in Saxony, where it differs (care insurance).
    pub saxony_rate: Option<Sourced<Bp>>,
    /// Yearly contribution ceiling; `None` means not capped.
    pub ceiling: Sourced<Option<Cents>>,
    /// Only firms with at most this many staff pay it (U1).
    pub max_staff: Option<Sourced<u32>>,
}

/// The previous year's figures, kept for a year switch (domain guide §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PreviousYear {
    /// Validity date of these figures.
    pub valid_from: Date,
    /// Pension / unemployment ceiling.
    pub pension_unemployment_ceiling: Sourced<Cents>,
    /// Health / care ceiling.
    pub health_care_ceiling: Sourced<Cents>,
    /// Average health add-on.
    pub health_addon_average: Sourced<Bp>,
}

/// Employer social-security figures (domain guide §3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SocialSecurity {
    /// One entry per [`Branch`], in [`Branch::ALL`] order.
    pub contributions: Vec<Contribution>,
    /// Average health add-on rate.
    pub health_addon_average: Sourced<Bp>,
    /// Employer's share of the add-on (half).
    pub health_addon_employer_share: Sourced<Bp>,
    /// Last year's figures.
    pub previous_year: PreviousYear,
}

impl SocialSecurity {
    /// The figures of one branch.
    pub fn get(&self, branch: Branch) -> Option<&Contribution> {
        self.contributions.iter().find(|c| c.branch == branch)
    }
}

/// A company-car class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarClass {
    /// Id used in URLs ("none", "mid", "upper").
    pub id: String,
    /// Display name.
    pub label: Label,
    /// Gross list price, base of the taxable benefit.
    pub list_price: Sourced<Cents>,
    /// Full cost to the employer per month.
    pub monthly_cost: Sourced<Cents>,
}

/// Company-car figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarData {
    /// Taxable benefit per month as a share of the list price (1 % rule).
    pub benefit_rate_per_month: Sourced<Bp>,
    /// Default class for AMs (mid-size).
    pub default_am: Sourced<String>,
    /// Default class for KAMs (upper class).
    pub default_kam: Sourced<String>,
    /// The classes.
    pub classes: Vec<CarClass>,
}

impl CarData {
    /// The class with this id, if any.
    pub fn find(&self, id: &str) -> Option<&CarClass> {
        self.classes.iter().find(|c| c.id == id)
    }
}

/// Recruiting-fee market figures (domain guide §4 [M]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeMarket {
    /// Retained search range.
    pub retained: RateRange,
    /// Contingency range.
    pub contingency: RateRange,
    /// Industry average.
    pub average: Sourced<Bp>,
}

/// Hiring and ramp-up figures (domain guide §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HiringData {
    /// Default recruiting fee (share of target pay).
    pub recruiting_fee_default: Sourced<Bp>,
    /// Market ranges of the fee.
    pub fee_market: FeeMarket,
    /// Average vacancy duration in days.
    pub vacancy_days: CountRange,
    /// AM ramp-up months.
    pub ramp_up_am: CountRange,
    /// KAM ramp-up months.
    pub ramp_up_kam: CountRange,
    /// Default AM ramp-up months used by the calculator.
    pub ramp_up_default_am: Sourced<u32>,
    /// Default KAM ramp-up months used by the calculator.
    pub ramp_up_default_kam: Sourced<u32>,
    /// Default average productivity gap during ramp-up.
    pub productivity_gap_default: Sourced<Bp>,
}

/// A head-count range for the default team of a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LevelTeam {
    /// KAMs.
    pub kam: CountRange,
    /// AMs.
    pub am: CountRange,
}

/// Team-sizing figures (domain guide §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TeamData {
    /// Key customers per KAM.
    pub kam_capacity: CountRange,
    /// Customers per AM.
    pub am_capacity: CountRange,
    /// Default team when the visitor gave no customer counts, per level
    /// (AM enough, plan KAM, KAM recommended, KAM urgent).
    pub default_by_level: [LevelTeam; 4],
}

/// Weight and threshold of one employer-quiz rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleData {
    /// The rule.
    pub rule: RuleId,
    /// Its weight in the score.
    pub weight: Sourced<u32>,
    /// Its percent threshold, for share rules.
    pub threshold_bp: Option<Sourced<Bp>>,
    /// Its euro threshold, for revenue rules.
    pub threshold_eur: Option<Sourced<Cents>>,
}

/// Revenue-per-customer band edges used by the quiz's options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RevenueBands {
    /// Below this: small customers.
    pub small_max: Sourced<Cents>,
    /// Up to this: standard accounts (10–100 k).
    pub standard_max: Sourced<Cents>,
    /// From this: key-account size.
    pub key_min: Sourced<Cents>,
}

/// Employer-quiz figures (domain guide §5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerData {
    /// Score from which the level is "AM now, plan a KAM".
    pub plan_kam_min_score: Sourced<i64>,
    /// Score from which the level is "KAM recommended".
    pub kam_recommended_min_score: Sourced<i64>,
    /// Score from which the level is "KAM urgently needed".
    pub kam_urgent_min_score: Sourced<i64>,
    /// Revenue-per-customer bands.
    pub revenue_bands: RevenueBands,
    /// One entry per [`RuleId`], in [`RuleId::ALL`] order.
    pub rules: Vec<RuleData>,
}

impl EmployerData {
    /// The figures of one rule.
    pub fn rule(&self, id: RuleId) -> Option<&RuleData> {
        self.rules.iter().find(|r| r.rule == id)
    }
}

/// Candidate-quiz figures (domain guide §6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateData {
    /// From this many years in sales: AM (below: junior AM).
    pub am_min_years: Sourced<u32>,
    /// From this many years: senior AM.
    pub senior_min_years: Sourced<u32>,
    /// From this many years (with enough competence points): KAM-ready.
    pub kam_min_years: Sourced<u32>,
    /// Competence points needed for KAM-ready.
    pub kam_ready_min_points: Sourced<u32>,
    /// Points per competence, one per [`CandPoint`], in [`CandPoint::ALL`] order.
    pub points: Vec<(CandPoint, Sourced<u32>)>,
}

impl CandidateData {
    /// Points of one competence (0 if absent, which validation prevents).
    pub fn points_for(&self, p: CandPoint) -> Sourced<u32> {
        self.points
            .iter()
            .find(|(k, _)| *k == p)
            .map_or(self.kam_ready_min_points.map(|_| 0), |(_, v)| *v)
    }
}

/// Career-path durations (domain guide §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CareerPath {
    /// Years as AM before senior.
    pub am_stage_years: CountRange,
    /// Years as senior AM before KAM.
    pub senior_stage_years: CountRange,
    /// Years from AM to KAM in all.
    pub total_years: CountRange,
}

/// The unit of a [`Fact`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactUnit {
    /// Euros.
    Eur,
    /// A count.
    Count,
    /// Basis points.
    Bp,
    /// Years.
    Years,
    /// Months.
    Months,
    /// Days.
    Days,
}

/// A figure of domain guide §1 the UI may show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// Id (the UI's text key is `fact.<id>`).
    pub id: String,
    /// Unit of min and max.
    pub unit: FactUnit,
    /// Lower (or only) value.
    pub min: Sourced<i64>,
    /// Upper value, if a range.
    pub max: Option<Sourced<i64>>,
}

impl Config {
    /// Parses and validates the shipped data file.
    pub fn builtin() -> Result<Config, DataError> {
        Config::from_json(BUILTIN_JSON)
    }

    /// The shipped config, parsed once and cached (the UI calls this often).
    pub fn builtin_cached() -> Result<&'static Config, &'static DataError> {
        static CACHE: OnceLock<Result<Config, DataError>> = OnceLock::new();
        CACHE.get_or_init(Config::builtin).as_ref()
    }

    /// Parses and validates a complete data document.
    pub fn from_json(json: &str) -> Result<Config, DataError> {
        let value: Value = serde_json::from_str(json).map_err(syntax)?;
        from_value(value, &[])
    }

    /// The built-in document with a partial override merged over it, then
    /// validated like the built-in file.
    ///
    /// Merge rules: objects merge key by key; lists of objects with an `"id"`
    /// merge item by item (new ids are appended); anything else replaces.
    /// A figure the override replaces without naming its own `"source"`
    /// is tagged `"assumption"`.
    pub fn with_override(json: &str) -> Result<Config, DataError> {
        let mut base: Value = serde_json::from_str(BUILTIN_JSON).map_err(syntax)?;
        let over: Value = serde_json::from_str(json).map_err(syntax)?;
        if !over.is_object() {
            return Err(DataError {
                field: "(override)".into(),
                reason: DataErrorReason::WrongType("an object"),
            });
        }
        let mut new_keys = Vec::new();
        merge(&mut base, over, "", &mut new_keys);
        from_value(base, &new_keys)
    }
}

fn syntax(e: serde_json::Error) -> DataError {
    DataError {
        field: "(document)".into(),
        reason: DataErrorReason::Syntax(e.to_string()),
    }
}

fn from_value(value: Value, new_keys: &[String]) -> Result<Config, DataError> {
    match RawDoc::deserialize(value) {
        Ok(raw) => validate(&raw),
        Err(e) => {
            let msg = e.to_string();
            // serde names the unknown field but not its path; the merge knows
            // which keys the override introduced, so name the first one.
            if msg.contains("unknown field") {
                if let Some(k) = new_keys.first() {
                    return Err(DataError {
                        field: k.clone(),
                        reason: DataErrorReason::UnknownKey,
                    });
                }
            }
            Err(syntax(e))
        }
    }
}

// ---------------------------------------------------------------------------
// Merge
// ---------------------------------------------------------------------------

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// An override value as it should land in the merged document: bare numbers
/// and nulls become assumption-tagged figures, tagged figures without a
/// source get `"assumption"`.
fn as_override_figure(v: Value) -> Value {
    match v {
        Value::Number(_) | Value::Null => {
            let mut m = Map::new();
            m.insert("value".into(), v);
            m.insert("source".into(), Value::String("assumption".into()));
            Value::Object(m)
        }
        Value::Object(mut m) if m.contains_key("value") => {
            if !m.contains_key("source") {
                m.insert("source".into(), Value::String("assumption".into()));
            }
            Value::Object(m)
        }
        Value::Object(m) => Value::Object(
            m.into_iter()
                .map(|(k, v)| {
                    let v = if k == "label" {
                        v
                    } else {
                        as_override_figure(v)
                    };
                    (k, v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(as_override_figure).collect()),
        other => other,
    }
}

fn is_figure_object(m: &Map<String, Value>) -> bool {
    m.contains_key("value")
}

fn merge(base: &mut Value, over: Value, path: &str, new_keys: &mut Vec<String>) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) if !is_figure_object(&o) => {
            for (k, ov) in o {
                let p = join(path, &k);
                match b.get_mut(&k) {
                    Some(bv) => merge(bv, ov, &p, new_keys),
                    None => {
                        new_keys.push(p);
                        let v = if k == "label" || k == "id" {
                            ov
                        } else {
                            as_override_figure(ov)
                        };
                        b.insert(k, v);
                    }
                }
            }
        }
        (Value::Array(b), Value::Array(o)) if is_id_list(b) && is_id_list(&o) => {
            for item in o {
                let id = item
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                let p = join(path, &id);
                match b
                    .iter_mut()
                    .find(|x| x.get("id").and_then(Value::as_str) == Some(id.as_str()))
                {
                    Some(existing) => merge(existing, item, &p, new_keys),
                    None => b.push(as_override_figure(item)),
                }
            }
        }
        (slot, Value::String(s)) => *slot = Value::String(s),
        (slot, Value::Bool(x)) => *slot = Value::Bool(x),
        (slot, over) => *slot = as_override_figure(over),
    }
}

fn is_id_list(items: &[Value]) -> bool {
    items
        .iter()
        .all(|i| i.get("id").and_then(Value::as_str).is_some())
}

// ---------------------------------------------------------------------------
// Raw serde structs (mirror the file)
// ---------------------------------------------------------------------------

/// A figure: a bare value or `{"value", "source", "valid_from", "note"}`.
type RawFig = Option<Value>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDoc {
    schema: Option<String>,
    dataset: Option<String>,
    valid_from: Option<String>,
    #[allow(dead_code)] // reason: documentation for people editing the file
    notes: Option<Value>,
    industries: Option<RawItems<RawIndustry>>,
    salary: Option<RawSalary>,
    social_security: Option<RawSocial>,
    cars: Option<RawCars>,
    hiring: Option<RawHiring>,
    team: Option<RawTeam>,
    employer_quiz: Option<RawEmployer>,
    candidate_quiz: Option<RawCandidate>,
    career_path: Option<RawCareer>,
    facts: Option<RawItems<RawFact>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItems<T> {
    source: Option<String>,
    valid_from: Option<String>,
    items: Option<Vec<T>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLabel {
    de: Option<String>,
    en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndustry {
    id: String,
    label: Option<RawLabel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSalary {
    source: Option<String>,
    valid_from: Option<String>,
    families: Option<RawFamilies>,
    roles: Option<RawRoles>,
    traditional_rule: RawFig,
    variable_pay: Option<RawVariable>,
    regions: Option<RawItems<RawAdjust>>,
    company_sizes: Option<RawItems<RawSize>>,
    portal_medians: Option<RawPortal>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFamilies {
    source: Option<String>,
    valid_from: Option<String>,
    am: Option<RawIndustryBands>,
    kam: Option<RawIndustryBands>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoles {
    source: Option<String>,
    valid_from: Option<String>,
    junior_am: Option<RawIndustryBands>,
    am: Option<RawIndustryBands>,
    senior_am: Option<RawIndustryBands>,
    kam_new: Option<RawIndustryBands>,
    kam_experienced: Option<RawIndustryBands>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndustryBands {
    source: Option<String>,
    valid_from: Option<String>,
    technology: Option<RawBand>,
    general: Option<RawBand>,
    traditional: Option<RawBand>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand {
    source: Option<String>,
    valid_from: Option<String>,
    min_eur: RawFig,
    typical_eur: RawFig,
    max_eur: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVariable {
    source: Option<String>,
    valid_from: Option<String>,
    am: Option<RawRateRange>,
    kam: Option<RawRateRange>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRateRange {
    source: Option<String>,
    valid_from: Option<String>,
    min_bp: RawFig,
    max_bp: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdjust {
    id: String,
    label: Option<RawLabel>,
    source: Option<String>,
    valid_from: Option<String>,
    adjust_bp: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSize {
    id: String,
    label: Option<RawLabel>,
    source: Option<String>,
    valid_from: Option<String>,
    max_staff: RawFig,
    adjust_bp: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPortal {
    source: Option<String>,
    valid_from: Option<String>,
    kam_stepstone_2021_eur: RawFig,
    am_kununu_eur: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSocial {
    source: Option<String>,
    valid_from: Option<String>,
    contributions: Option<BTreeMap<String, RawContribution>>,
    health_addon: Option<RawAddon>,
    previous_year: Option<RawPrevYear>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContribution {
    source: Option<String>,
    valid_from: Option<String>,
    rate_bp: RawFig,
    saxony_rate_bp: RawFig,
    ceiling_eur: RawFig,
    max_staff: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAddon {
    source: Option<String>,
    valid_from: Option<String>,
    average_bp: RawFig,
    employer_share_bp: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrevYear {
    source: Option<String>,
    valid_from: Option<String>,
    pension_unemployment_ceiling_eur: RawFig,
    health_care_ceiling_eur: RawFig,
    health_addon_average_bp: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCars {
    source: Option<String>,
    valid_from: Option<String>,
    benefit_bp_of_list_price_per_month: RawFig,
    default_class: Option<RawFamilyFigs>,
    items: Option<Vec<RawCar>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFamilyFigs {
    source: Option<String>,
    valid_from: Option<String>,
    am: RawFig,
    kam: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCar {
    id: String,
    label: Option<RawLabel>,
    source: Option<String>,
    valid_from: Option<String>,
    list_price_eur: RawFig,
    monthly_cost_eur: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHiring {
    source: Option<String>,
    valid_from: Option<String>,
    recruiting_fee_default_bp: RawFig,
    recruiting_fee_market: Option<RawFeeMarket>,
    vacancy_days: Option<RawRange>,
    ramp_up_months: Option<RawFamilyRanges>,
    ramp_up_default_months: Option<RawFamilyFigs>,
    productivity_gap_default_bp: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeeMarket {
    source: Option<String>,
    valid_from: Option<String>,
    retained_min_bp: RawFig,
    retained_max_bp: RawFig,
    contingency_min_bp: RawFig,
    contingency_max_bp: RawFig,
    average_bp: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRange {
    source: Option<String>,
    valid_from: Option<String>,
    min: RawFig,
    max: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFamilyRanges {
    source: Option<String>,
    valid_from: Option<String>,
    am: Option<RawRange>,
    kam: Option<RawRange>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTeam {
    source: Option<String>,
    valid_from: Option<String>,
    kam_capacity: Option<RawRange>,
    am_capacity: Option<RawRange>,
    default_by_level: Option<RawLevelTeams>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevelTeams {
    source: Option<String>,
    valid_from: Option<String>,
    am_enough: Option<RawTeamRange>,
    plan_kam: Option<RawTeamRange>,
    kam_recommended: Option<RawTeamRange>,
    kam_urgent: Option<RawTeamRange>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTeamRange {
    source: Option<String>,
    valid_from: Option<String>,
    kam_min: RawFig,
    kam_max: RawFig,
    am_min: RawFig,
    am_max: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEmployer {
    source: Option<String>,
    valid_from: Option<String>,
    levels: Option<RawLevels>,
    customer_revenue_bands_eur: Option<RawRevenueBands>,
    rules: Option<BTreeMap<String, RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevels {
    source: Option<String>,
    valid_from: Option<String>,
    plan_kam_min_score: RawFig,
    kam_recommended_min_score: RawFig,
    kam_urgent_min_score: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRevenueBands {
    source: Option<String>,
    valid_from: Option<String>,
    small_max: RawFig,
    standard_max: RawFig,
    key_min: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    source: Option<String>,
    valid_from: Option<String>,
    weight: RawFig,
    threshold_bp: RawFig,
    threshold_eur: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCandidate {
    source: Option<String>,
    valid_from: Option<String>,
    years: Option<RawYears>,
    kam_ready_min_points: RawFig,
    points: Option<BTreeMap<String, Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYears {
    source: Option<String>,
    valid_from: Option<String>,
    am_min: RawFig,
    senior_min: RawFig,
    kam_min: RawFig,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCareer {
    source: Option<String>,
    valid_from: Option<String>,
    am_stage_years: Option<RawRange>,
    senior_stage_years: Option<RawRange>,
    total_years: Option<RawRange>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: String,
    unit: String,
    source: Option<String>,
    valid_from: Option<String>,
    min: RawFig,
    max: RawFig,
}

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

/// Where the validator is in the document, and what a bare figure inherits.
#[derive(Clone)]
struct Scope {
    path: String,
    source: Option<SourceTag>,
    valid_from: Date,
}

impl Scope {
    fn err(&self, key: &str, reason: DataErrorReason) -> DataError {
        DataError {
            field: join(&self.path, key),
            reason,
        }
    }

    /// A child scope for group `key` with its own optional source / date.
    fn enter(
        &self,
        key: &str,
        source: &Option<String>,
        valid_from: &Option<String>,
    ) -> Result<Scope, DataError> {
        let path = join(&self.path, key);
        let here = Scope {
            path: path.clone(),
            ..self.clone()
        };
        Ok(Scope {
            source: match source {
                Some(s) => Some(SourceTag::parse(s).ok_or_else(|| {
                    here.err("source", DataErrorReason::UnknownSource(s.clone()))
                })?),
                None => self.source,
            },
            valid_from: match valid_from {
                Some(d) => Date::parse(d).ok_or_else(|| {
                    here.err("valid_from", DataErrorReason::InvalidDate(d.clone()))
                })?,
                None => self.valid_from,
            },
            path,
        })
    }

    fn group<'a, T>(&self, key: &str, raw: &'a Option<T>) -> Result<&'a T, DataError> {
        raw.as_ref()
            .ok_or_else(|| self.err(key, DataErrorReason::Missing))
    }

    /// The value of a figure and its resolved source and date.
    fn fig<'a>(&self, key: &str, raw: &'a RawFig) -> Result<Sourced<&'a Value>, DataError> {
        let v = raw
            .as_ref()
            .ok_or_else(|| self.err(key, DataErrorReason::Missing))?;
        let (value, source, valid_from) = match v {
            Value::Object(m) => {
                for k in m.keys() {
                    if !matches!(k.as_str(), "value" | "source" | "valid_from" | "note") {
                        return Err(self.err(&join(key, k), DataErrorReason::UnknownKey));
                    }
                }
                let value = m
                    .get("value")
                    .ok_or_else(|| self.err(&join(key, "value"), DataErrorReason::Missing))?;
                let source = match m.get("source") {
                    Some(Value::String(s)) => Some(SourceTag::parse(s).ok_or_else(|| {
                        self.err(
                            &join(key, "source"),
                            DataErrorReason::UnknownSource(s.clone()),
                        )
                    })?),
                    Some(_) => {
                        return Err(
                            self.err(&join(key, "source"), DataErrorReason::WrongType("a string"))
                        )
                    }
                    None => self.source,
                };
                let valid_from = match m.get("valid_from") {
                    Some(Value::String(s)) => Date::parse(s).ok_or_else(|| {
                        self.err(
                            &join(key, "valid_from"),
                            DataErrorReason::InvalidDate(s.clone()),
                        )
                    })?,
                    Some(_) => {
                        return Err(self.err(
                            &join(key, "valid_from"),
                            DataErrorReason::WrongType("a date string"),
                        ))
                    }
                    None => self.valid_from,
                };
                (value, source, valid_from)
            }
            other => (other, self.source, self.valid_from),
        };
        let source =
            source.ok_or_else(|| self.err(&join(key, "source"), DataErrorReason::Missing))?;
        Ok(Sourced {
            value,
            source,
            valid_from,
        })
    }

    fn int(&self, key: &str, raw: &RawFig) -> Result<Sourced<i64>, DataError> {
        let f = self.fig(key, raw)?;
        let n = f
            .value
            .as_i64()
            .ok_or_else(|| self.err(key, DataErrorReason::WrongType("a whole number")))?;
        Ok(f.map(|_| n))
    }

    fn euros(&self, key: &str, raw: &RawFig) -> Result<Sourced<Cents>, DataError> {
        let f = self.int(key, raw)?;
        if f.value < 0 {
            return Err(self.err(key, DataErrorReason::Negative));
        }
        if f.value > MAX_EUROS {
            return Err(self.err(key, DataErrorReason::OutOfRange));
        }
        Ok(f.map(Cents::from_euros))
    }

    fn bp(&self, key: &str, raw: &RawFig) -> Result<Sourced<Bp>, DataError> {
        let f = self.int(key, raw)?;
        let bp =
            Bp::from_i64(f.value).ok_or_else(|| self.err(key, DataErrorReason::RateOutOfRange))?;
        Ok(f.map(|_| bp))
    }

    fn adjust(&self, key: &str, raw: &RawFig) -> Result<Sourced<AdjustBp>, DataError> {
        let f = self.int(key, raw)?;
        let a = AdjustBp::new(f.value).ok_or_else(|| self.err(key, DataErrorReason::OutOfRange))?;
        Ok(f.map(|_| a))
    }

    /// A count in `0..=1_000_000`.
    fn count(&self, key: &str, raw: &RawFig) -> Result<Sourced<u32>, DataError> {
        let f = self.int(key, raw)?;
        if f.value < 0 {
            return Err(self.err(key, DataErrorReason::Negative));
        }
        let c = u32::try_from(f.value)
            .ok()
            .filter(|c| *c <= 1_000_000)
            .ok_or_else(|| self.err(key, DataErrorReason::OutOfRange))?;
        Ok(f.map(|_| c))
    }

    fn string(&self, key: &str, raw: &RawFig) -> Result<Sourced<String>, DataError> {
        let f = self.fig(key, raw)?;
        let s = f
            .value
            .as_str()
            .ok_or_else(|| self.err(key, DataErrorReason::WrongType("a string")))?
            .to_string();
        Ok(f.map(|_| s))
    }

    fn label(&self, key: &str, raw: &Option<RawLabel>) -> Result<Label, DataError> {
        let l = self.group(key, raw)?;
        let text = |lang: &'static str, t: &Option<String>| match t {
            Some(s) if !s.trim().is_empty() => Ok(s.clone()),
            _ => Err(self.err(&join(key, lang), DataErrorReason::MissingTranslation(lang))),
        };
        Ok(Label {
            de: text("de", &l.de)?,
            en: text("en", &l.en)?,
        })
    }

    fn range(
        &self,
        key: &str,
        raw: &Option<RawRange>,
        zero_ok: bool,
    ) -> Result<CountRange, DataError> {
        let r = self.group(key, raw)?;
        let s = self.enter(key, &r.source, &r.valid_from)?;
        let min = s.count("min", &r.min)?;
        let max = s.count("max", &r.max)?;
        if !zero_ok && min.value == 0 {
            return Err(s.err("min", DataErrorReason::ZeroCapacity));
        }
        if min.value > max.value {
            return Err(s.err("min", DataErrorReason::MinAboveMax));
        }
        Ok(CountRange { min, max })
    }

    fn rate_range(&self, key: &str, raw: &Option<RawRateRange>) -> Result<RateRange, DataError> {
        let r = self.group(key, raw)?;
        let s = self.enter(key, &r.source, &r.valid_from)?;
        let min = s.bp("min_bp", &r.min_bp)?;
        let max = s.bp("max_bp", &r.max_bp)?;
        if min.value > max.value {
            return Err(s.err("min_bp", DataErrorReason::MinAboveMax));
        }
        Ok(RateRange { min, max })
    }
}

fn check_id(scope: &Scope, id: &str, seen: &mut Vec<String>) -> Result<(), DataError> {
    let ok = !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if !ok {
        return Err(scope.err(id, DataErrorReason::WrongType("an id of a-z, 0-9 and _")));
    }
    if seen.iter().any(|s| s == id) {
        return Err(scope.err(id, DataErrorReason::Duplicate(id.to_string())));
    }
    seen.push(id.to_string());
    Ok(())
}

/// Turns raw structs into the typed config, or names the first bad field.
fn validate(raw: &RawDoc) -> Result<Config, DataError> {
    let root_err = |key: &str, reason| DataError {
        field: key.to_string(),
        reason,
    };
    let schema = raw
        .schema
        .as_deref()
        .ok_or_else(|| root_err("schema", DataErrorReason::Missing))?;
    if schema != SCHEMA {
        return Err(root_err(
            "schema",
            DataErrorReason::UnsupportedSchema(schema.to_string()),
        ));
    }
    let dataset = raw
        .dataset
        .clone()
        .ok_or_else(|| root_err("dataset", DataErrorReason::Missing))?;
    let vf = raw
        .valid_from
        .as_deref()
        .ok_or_else(|| root_err("valid_from", DataErrorReason::Missing))?;
    let valid_from = Date::parse(vf)
        .ok_or_else(|| root_err("valid_from", DataErrorReason::InvalidDate(vf.into())))?;
    let root = Scope {
        path: String::new(),
        source: None,
        valid_from,
    };

    let industries = validate_industries(&root, &raw.industries)?;
    let salary = validate_salary(&root, &raw.salary)?;
    let social = validate_social(&root, &raw.social_security)?;
    let cars = validate_cars(&root, &raw.cars)?;
    let hiring = validate_hiring(&root, &raw.hiring)?;
    let team = validate_team(&root, &raw.team)?;
    let employer = validate_employer(&root, &raw.employer_quiz)?;
    let candidate = validate_candidate(&root, &raw.candidate_quiz)?;
    let career = validate_career(&root, &raw.career_path)?;
    let facts = validate_facts(&root, &raw.facts)?;
    Ok(Config {
        dataset,
        valid_from,
        industries,
        salary,
        social,
        cars,
        hiring,
        team,
        employer,
        candidate,
        career,
        facts,
    })
}

fn validate_industries(
    root: &Scope,
    raw: &Option<RawItems<RawIndustry>>,
) -> Result<Vec<Industry>, DataError> {
    let r = root.group("industries", raw)?;
    let s = root.enter("industries", &r.source, &r.valid_from)?;
    let items = s.group("items", &r.items)?;
    let s = s.enter("items", &None, &None)?;
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for item in items {
        check_id(&s, &item.id, &mut seen)?;
        let group = IndustryGroup::parse(&item.id)
            .ok_or_else(|| s.err(&item.id, DataErrorReason::UnknownKey))?;
        let is = s.enter(&item.id, &None, &None)?;
        out.push(Industry {
            group,
            label: is.label("label", &item.label)?,
        });
    }
    for g in IndustryGroup::ALL {
        if !out.iter().any(|i| i.group == g) {
            return Err(s.err(g.id(), DataErrorReason::Missing));
        }
    }
    Ok(out)
}

fn validate_band(scope: &Scope, key: &str, raw: &Option<RawBand>) -> Result<Band, DataError> {
    let b = scope.group(key, raw)?;
    let s = scope.enter(key, &b.source, &b.valid_from)?;
    let min = s.euros("min_eur", &b.min_eur)?;
    let max = s.euros("max_eur", &b.max_eur)?;
    if min.value > max.value {
        return Err(s.err("min_eur", DataErrorReason::MinAboveMax));
    }
    // domain guide §2 [D]: "Typical = midpoint unless data gives one".
    let typical = match &b.typical_eur {
        Some(_) => {
            let t = s.euros("typical_eur", &b.typical_eur)?;
            if t.value < min.value || t.value > max.value {
                return Err(s.err("typical_eur", DataErrorReason::OutOfRange));
            }
            t
        }
        None => midpoint(&min, &max),
    };
    Ok(Band { min, typical, max })
}

fn midpoint(min: &Sourced<Cents>, max: &Sourced<Cents>) -> Sourced<Cents> {
    Sourced {
        value: Cents::new(min.value.cents().saturating_add(max.value.cents()) / 2),
        source: min.source.combine(max.source),
        valid_from: min.valid_from.max(max.valid_from),
    }
}

/// Lower half of the general band (domain guide §2 [D] for traditional
/// industries): min stays, max becomes the general midpoint.
fn lower_half(general: &Band, rule: &Sourced<TraditionalRule>) -> Band {
    let tag = |c: Cents| Sourced {
        value: c,
        source: SourceTag::Assumption,
        valid_from: rule.valid_from,
    };
    let min = tag(general.min.value);
    let max = tag(general.typical.value);
    let typical = midpoint(&min, &max);
    Band { min, typical, max }
}

fn validate_industry_bands(
    scope: &Scope,
    key: &str,
    raw: &Option<RawIndustryBands>,
    rule: &Sourced<TraditionalRule>,
) -> Result<IndustryBands, DataError> {
    let r = scope.group(key, raw)?;
    let s = scope.enter(key, &r.source, &r.valid_from)?;
    let general = validate_band(&s, "general", &r.general)?;
    let technology = validate_band(&s, "technology", &r.technology)?;
    let traditional = match &r.traditional {
        Some(_) => validate_band(&s, "traditional", &r.traditional)?,
        None => lower_half(&general, rule),
    };
    Ok(IndustryBands {
        technology,
        general,
        traditional,
    })
}

fn validate_salary(root: &Scope, raw: &Option<RawSalary>) -> Result<SalaryData, DataError> {
    let r = root.group("salary", raw)?;
    let s = root.enter("salary", &r.source, &r.valid_from)?;
    let rule_str = s.string("traditional_rule", &r.traditional_rule)?;
    let traditional_rule = match rule_str.value.as_str() {
        "lower_half_of_general" => rule_str.map(|_| TraditionalRule::LowerHalfOfGeneral),
        other => {
            return Err(s.err(
                "traditional_rule",
                DataErrorReason::UnknownReference(other.to_string()),
            ))
        }
    };

    let f = s.group("families", &r.families)?;
    let fs = s.enter("families", &f.source, &f.valid_from)?;
    let families = FamilyBands {
        am: validate_industry_bands(&fs, "am", &f.am, &traditional_rule)?,
        kam: validate_industry_bands(&fs, "kam", &f.kam, &traditional_rule)?,
    };
    let ro = s.group("roles", &r.roles)?;
    let rs = s.enter("roles", &ro.source, &ro.valid_from)?;
    let roles = RoleBands {
        junior_am: validate_industry_bands(&rs, "junior_am", &ro.junior_am, &traditional_rule)?,
        am: validate_industry_bands(&rs, "am", &ro.am, &traditional_rule)?,
        senior_am: validate_industry_bands(&rs, "senior_am", &ro.senior_am, &traditional_rule)?,
        kam_new: validate_industry_bands(&rs, "kam_new", &ro.kam_new, &traditional_rule)?,
        kam_experienced: validate_industry_bands(
            &rs,
            "kam_experienced",
            &ro.kam_experienced,
            &traditional_rule,
        )?,
    };

    let v = s.group("variable_pay", &r.variable_pay)?;
    let vs = s.enter("variable_pay", &v.source, &v.valid_from)?;
    let variable_am = vs.rate_range("am", &v.am)?;
    let variable_kam = vs.rate_range("kam", &v.kam)?;

    let rg = s.group("regions", &r.regions)?;
    let rgs = s.enter("regions", &rg.source, &rg.valid_from)?;
    let mut seen = Vec::new();
    let mut regions = Vec::new();
    for item in rgs.group("items", &rg.items)? {
        let is = rgs.enter("items", &None, &None)?;
        check_id(&is, &item.id, &mut seen)?;
        let is = is.enter(&item.id, &item.source, &item.valid_from)?;
        regions.push(Adjustment {
            id: item.id.clone(),
            label: is.label("label", &item.label)?,
            adjust: is.adjust("adjust_bp", &item.adjust_bp)?,
        });
    }

    let cs = s.group("company_sizes", &r.company_sizes)?;
    let css = s.enter("company_sizes", &cs.source, &cs.valid_from)?;
    let mut seen = Vec::new();
    let mut company_sizes = Vec::new();
    for item in css.group("items", &cs.items)? {
        let is = css.enter("items", &None, &None)?;
        check_id(&is, &item.id, &mut seen)?;
        let is = is.enter(&item.id, &item.source, &item.valid_from)?;
        company_sizes.push(SizeClass {
            id: item.id.clone(),
            label: is.label("label", &item.label)?,
            max_staff: match item.max_staff {
                Some(_) => Some(is.count("max_staff", &item.max_staff)?),
                None => None,
            },
            adjust: is.adjust("adjust_bp", &item.adjust_bp)?,
        });
    }

    let p = s.group("portal_medians", &r.portal_medians)?;
    let ps = s.enter("portal_medians", &p.source, &p.valid_from)?;
    Ok(SalaryData {
        families,
        roles,
        traditional_rule,
        variable_am,
        variable_kam,
        regions,
        company_sizes,
        portal_median_kam: ps.euros("kam_stepstone_2021_eur", &p.kam_stepstone_2021_eur)?,
        portal_median_am: ps.euros("am_kununu_eur", &p.am_kununu_eur)?,
    })
}

fn validate_social(root: &Scope, raw: &Option<RawSocial>) -> Result<SocialSecurity, DataError> {
    let r = root.group("social_security", raw)?;
    let s = root.enter("social_security", &r.source, &r.valid_from)?;
    let cmap = s.group("contributions", &r.contributions)?;
    let cs = s.enter("contributions", &None, &None)?;
    for k in cmap.keys() {
        if !Branch::ALL.iter().any(|b| b.id() == k) {
            return Err(cs.err(k, DataErrorReason::UnknownKey));
        }
    }
    let mut contributions = Vec::new();
    for branch in Branch::ALL {
        let c = cmap
            .get(branch.id())
            .ok_or_else(|| cs.err(branch.id(), DataErrorReason::Missing))?;
        let bs = cs.enter(branch.id(), &c.source, &c.valid_from)?;
        let ceiling = match &c.ceiling_eur {
            Some(_) => {
                let f = bs.fig("ceiling_eur", &c.ceiling_eur)?;
                if f.value.is_null() {
                    f.map(|_| None)
                } else {
                    bs.euros("ceiling_eur", &c.ceiling_eur)?.map(Some)
                }
            }
            None => return Err(bs.err("ceiling_eur", DataErrorReason::Missing)),
        };
        contributions.push(Contribution {
            branch,
            rate: bs.bp("rate_bp", &c.rate_bp)?,
            saxony_rate: match c.saxony_rate_bp {
                Some(_) => Some(bs.bp("saxony_rate_bp", &c.saxony_rate_bp)?),
                None => None,
            },
            ceiling,
            max_staff: match c.max_staff {
                Some(_) => Some(bs.count("max_staff", &c.max_staff)?),
                None => None,
            },
        });
    }
    let a = s.group("health_addon", &r.health_addon)?;
    let as_ = s.enter("health_addon", &a.source, &a.valid_from)?;
    let p = s.group("previous_year", &r.previous_year)?;
    let ps = s.enter("previous_year", &p.source, &p.valid_from)?;
    Ok(SocialSecurity {
        contributions,
        health_addon_average: as_.bp("average_bp", &a.average_bp)?,
        health_addon_employer_share: as_.bp("employer_share_bp", &a.employer_share_bp)?,
        previous_year: PreviousYear {
            valid_from: ps.valid_from,
            pension_unemployment_ceiling: ps.euros(
                "pension_unemployment_ceiling_eur",
                &p.pension_unemployment_ceiling_eur,
            )?,
            health_care_ceiling: ps.euros("health_care_ceiling_eur", &p.health_care_ceiling_eur)?,
            health_addon_average: ps.bp("health_addon_average_bp", &p.health_addon_average_bp)?,
        },
    })
}

fn validate_cars(root: &Scope, raw: &Option<RawCars>) -> Result<CarData, DataError> {
    let r = root.group("cars", raw)?;
    let s = root.enter("cars", &r.source, &r.valid_from)?;
    let benefit_rate_per_month = s.bp(
        "benefit_bp_of_list_price_per_month",
        &r.benefit_bp_of_list_price_per_month,
    )?;
    let mut seen = Vec::new();
    let mut classes = Vec::new();
    for item in s.group("items", &r.items)? {
        let is = s.enter("items", &None, &None)?;
        check_id(&is, &item.id, &mut seen)?;
        let is = is.enter(&item.id, &item.source, &item.valid_from)?;
        classes.push(CarClass {
            id: item.id.clone(),
            label: is.label("label", &item.label)?,
            list_price: is.euros("list_price_eur", &item.list_price_eur)?,
            monthly_cost: is.euros("monthly_cost_eur", &item.monthly_cost_eur)?,
        });
    }
    let d = s.group("default_class", &r.default_class)?;
    let ds = s.enter("default_class", &d.source, &d.valid_from)?;
    let known = |key: &str, raw: &RawFig| -> Result<Sourced<String>, DataError> {
        let v = ds.string(key, raw)?;
        if classes.iter().any(|c| c.id == v.value) {
            Ok(v)
        } else {
            Err(ds.err(key, DataErrorReason::UnknownReference(v.value)))
        }
    };
    let default_am = known("am", &d.am)?;
    let default_kam = known("kam", &d.kam)?;
    Ok(CarData {
        benefit_rate_per_month,
        default_am,
        default_kam,
        classes,
    })
}

fn validate_hiring(root: &Scope, raw: &Option<RawHiring>) -> Result<HiringData, DataError> {
    let r = root.group("hiring", raw)?;
    let s = root.enter("hiring", &r.source, &r.valid_from)?;
    let m = s.group("recruiting_fee_market", &r.recruiting_fee_market)?;
    let ms = s.enter("recruiting_fee_market", &m.source, &m.valid_from)?;
    let pair =
        |lo: &str, lo_raw: &RawFig, hi: &str, hi_raw: &RawFig| -> Result<RateRange, DataError> {
            let min = ms.bp(lo, lo_raw)?;
            let max = ms.bp(hi, hi_raw)?;
            if min.value > max.value {
                return Err(ms.err(lo, DataErrorReason::MinAboveMax));
            }
            Ok(RateRange { min, max })
        };
    let fee_market = FeeMarket {
        retained: pair(
            "retained_min_bp",
            &m.retained_min_bp,
            "retained_max_bp",
            &m.retained_max_bp,
        )?,
        contingency: pair(
            "contingency_min_bp",
            &m.contingency_min_bp,
            "contingency_max_bp",
            &m.contingency_max_bp,
        )?,
        average: ms.bp("average_bp", &m.average_bp)?,
    };
    let ru = s.group("ramp_up_months", &r.ramp_up_months)?;
    let rus = s.enter("ramp_up_months", &ru.source, &ru.valid_from)?;
    let rd = s.group("ramp_up_default_months", &r.ramp_up_default_months)?;
    let rds = s.enter("ramp_up_default_months", &rd.source, &rd.valid_from)?;
    let months = |key: &str, raw: &RawFig| -> Result<Sourced<u32>, DataError> {
        let m = rds.count(key, raw)?;
        if m.value > 120 {
            return Err(rds.err(key, DataErrorReason::OutOfRange));
        }
        Ok(m)
    };
    Ok(HiringData {
        recruiting_fee_default: s.bp("recruiting_fee_default_bp", &r.recruiting_fee_default_bp)?,
        fee_market,
        vacancy_days: s.range("vacancy_days", &r.vacancy_days, true)?,
        ramp_up_am: rus.range("am", &ru.am, true)?,
        ramp_up_kam: rus.range("kam", &ru.kam, true)?,
        ramp_up_default_am: months("am", &rd.am)?,
        ramp_up_default_kam: months("kam", &rd.kam)?,
        productivity_gap_default: s.bp(
            "productivity_gap_default_bp",
            &r.productivity_gap_default_bp,
        )?,
    })
}

fn validate_team(root: &Scope, raw: &Option<RawTeam>) -> Result<TeamData, DataError> {
    let r = root.group("team", raw)?;
    let s = root.enter("team", &r.source, &r.valid_from)?;
    let d = s.group("default_by_level", &r.default_by_level)?;
    let ds = s.enter("default_by_level", &d.source, &d.valid_from)?;
    let level = |key: &str, raw: &Option<RawTeamRange>| -> Result<LevelTeam, DataError> {
        let t = ds.group(key, raw)?;
        let ts = ds.enter(key, &t.source, &t.valid_from)?;
        let pair = |lo: &str, lo_raw: &RawFig, hi: &str, hi_raw: &RawFig| {
            let min = ts.count(lo, lo_raw)?;
            let max = ts.count(hi, hi_raw)?;
            if min.value > max.value {
                return Err(ts.err(lo, DataErrorReason::MinAboveMax));
            }
            Ok(CountRange { min, max })
        };
        Ok(LevelTeam {
            kam: pair("kam_min", &t.kam_min, "kam_max", &t.kam_max)?,
            am: pair("am_min", &t.am_min, "am_max", &t.am_max)?,
        })
    };
    Ok(TeamData {
        kam_capacity: s.range("kam_capacity", &r.kam_capacity, false)?,
        am_capacity: s.range("am_capacity", &r.am_capacity, false)?,
        default_by_level: [
            level("am_enough", &d.am_enough)?,
            level("plan_kam", &d.plan_kam)?,
            level("kam_recommended", &d.kam_recommended)?,
            level("kam_urgent", &d.kam_urgent)?,
        ],
    })
}

fn validate_employer(root: &Scope, raw: &Option<RawEmployer>) -> Result<EmployerData, DataError> {
    let r = root.group("employer_quiz", raw)?;
    let s = root.enter("employer_quiz", &r.source, &r.valid_from)?;
    let l = s.group("levels", &r.levels)?;
    let ls = s.enter("levels", &l.source, &l.valid_from)?;
    let score = |key: &str, raw: &RawFig| -> Result<Sourced<i64>, DataError> {
        let v = ls.int(key, raw)?;
        if !(-100_000..=100_000).contains(&v.value) {
            return Err(ls.err(key, DataErrorReason::OutOfRange));
        }
        Ok(v)
    };
    let plan = score("plan_kam_min_score", &l.plan_kam_min_score)?;
    let rec = score("kam_recommended_min_score", &l.kam_recommended_min_score)?;
    let urg = score("kam_urgent_min_score", &l.kam_urgent_min_score)?;
    if plan.value > rec.value {
        return Err(ls.err("plan_kam_min_score", DataErrorReason::MinAboveMax));
    }
    if rec.value > urg.value {
        return Err(ls.err("kam_recommended_min_score", DataErrorReason::MinAboveMax));
    }
    let b = s.group("customer_revenue_bands_eur", &r.customer_revenue_bands_eur)?;
    let bs = s.enter("customer_revenue_bands_eur", &b.source, &b.valid_from)?;
    let revenue_bands = RevenueBands {
        small_max: bs.euros("small_max", &b.small_max)?,
        standard_max: bs.euros("standard_max", &b.standard_max)?,
        key_min: bs.euros("key_min", &b.key_min)?,
    };
    if revenue_bands.small_max.value > revenue_bands.standard_max.value {
        return Err(bs.err("small_max", DataErrorReason::MinAboveMax));
    }
    if revenue_bands.standard_max.value > revenue_bands.key_min.value {
        return Err(bs.err("standard_max", DataErrorReason::MinAboveMax));
    }

    let rules_raw = s.group("rules", &r.rules)?;
    let rs = s.enter("rules", &None, &None)?;
    for k in rules_raw.keys() {
        if RuleId::parse(k).is_none() {
            return Err(rs.err(k, DataErrorReason::UnknownKey));
        }
    }
    let mut rules = Vec::new();
    for id in RuleId::ALL {
        let raw_rule = rules_raw
            .get(id.id())
            .ok_or_else(|| rs.err(id.id(), DataErrorReason::Missing))?;
        let one = rs.enter(id.id(), &raw_rule.source, &raw_rule.valid_from)?;
        let weight = one.count("weight", &raw_rule.weight)?;
        if weight.value > 1000 {
            return Err(one.err("weight", DataErrorReason::OutOfRange));
        }
        let (threshold_bp, threshold_eur) = match id.threshold_kind() {
            ThresholdKind::None => (None, None),
            ThresholdKind::Percent => (Some(one.bp("threshold_bp", &raw_rule.threshold_bp)?), None),
            ThresholdKind::Euros => (
                None,
                Some(one.euros("threshold_eur", &raw_rule.threshold_eur)?),
            ),
        };
        rules.push(RuleData {
            rule: id,
            weight,
            threshold_bp,
            threshold_eur,
        });
    }
    Ok(EmployerData {
        plan_kam_min_score: plan,
        kam_recommended_min_score: rec,
        kam_urgent_min_score: urg,
        revenue_bands,
        rules,
    })
}

fn validate_candidate(
    root: &Scope,
    raw: &Option<RawCandidate>,
) -> Result<CandidateData, DataError> {
    let r = root.group("candidate_quiz", raw)?;
    let s = root.enter("candidate_quiz", &r.source, &r.valid_from)?;
    let y = s.group("years", &r.years)?;
    let ys = s.enter("years", &y.source, &y.valid_from)?;
    let am_min_years = ys.count("am_min", &y.am_min)?;
    let senior_min_years = ys.count("senior_min", &y.senior_min)?;
    let kam_min_years = ys.count("kam_min", &y.kam_min)?;
    if am_min_years.value > senior_min_years.value {
        return Err(ys.err("am_min", DataErrorReason::MinAboveMax));
    }
    if senior_min_years.value > kam_min_years.value {
        return Err(ys.err("senior_min", DataErrorReason::MinAboveMax));
    }
    let pmap = s.group("points", &r.points)?;
    let ps = s.enter("points", &None, &None)?;
    for k in pmap.keys() {
        if CandPoint::parse(k).is_none() {
            return Err(ps.err(k, DataErrorReason::UnknownKey));
        }
    }
    let mut points = Vec::new();
    for p in CandPoint::ALL {
        let raw_p: RawFig = pmap.get(p.id()).cloned();
        let v = ps.count(p.id(), &raw_p)?;
        if v.value > 100 {
            return Err(ps.err(p.id(), DataErrorReason::OutOfRange));
        }
        points.push((p, v));
    }
    Ok(CandidateData {
        am_min_years,
        senior_min_years,
        kam_min_years,
        kam_ready_min_points: s.count("kam_ready_min_points", &r.kam_ready_min_points)?,
        points,
    })
}

fn validate_career(root: &Scope, raw: &Option<RawCareer>) -> Result<CareerPath, DataError> {
    let r = root.group("career_path", raw)?;
    let s = root.enter("career_path", &r.source, &r.valid_from)?;
    Ok(CareerPath {
        am_stage_years: s.range("am_stage_years", &r.am_stage_years, true)?,
        senior_stage_years: s.range("senior_stage_years", &r.senior_stage_years, true)?,
        total_years: s.range("total_years", &r.total_years, true)?,
    })
}

fn validate_facts(root: &Scope, raw: &Option<RawItems<RawFact>>) -> Result<Vec<Fact>, DataError> {
    let r = root.group("facts", raw)?;
    let s = root.enter("facts", &r.source, &r.valid_from)?;
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for item in s.group("items", &r.items)? {
        let is = s.enter("items", &None, &None)?;
        check_id(&is, &item.id, &mut seen)?;
        let is = is.enter(&item.id, &item.source, &item.valid_from)?;
        let unit = match item.unit.as_str() {
            "eur" => FactUnit::Eur,
            "count" => FactUnit::Count,
            "bp" => FactUnit::Bp,
            "years" => FactUnit::Years,
            "months" => FactUnit::Months,
            "days" => FactUnit::Days,
            other => return Err(is.err("unit", DataErrorReason::UnknownReference(other.into()))),
        };
        let min = is.int("min", &item.min)?;
        let max = match item.max {
            Some(_) => Some(is.int("max", &item.max)?),
            None => None,
        };
        if min.value < 0 {
            return Err(is.err("min", DataErrorReason::Negative));
        }
        if let Some(m) = &max {
            if min.value > m.value {
                return Err(is.err("min", DataErrorReason::MinAboveMax));
            }
        }
        out.push(Fact {
            id: item.id.clone(),
            unit,
            min,
            max,
        });
    }
    Ok(out)
}
