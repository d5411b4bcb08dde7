//! The versioned data file and its loader.
//!
//! Loading happens in two steps (house style, "config in two steps"): a
//! shape check walks the parsed JSON against `DOC`, a table of the file's
//! layout, and refuses unknown keys and wrong nesting; then `validate`
//! reads the figures straight from the JSON tree into the typed [`Config`],
//! or returns a [`DataError`] that names the field and the reason. A partial
//! override document (from a host page) is deep-merged over the built-in JSON
//! first and then goes through the same checks, so an override can never
//! produce a config the built-in file could not.
//!
//! Why no `#[derive(Deserialize)]`: the derived code for the ~40 structs that
//! mirrored the file was the largest part of the wasm binary. The table and
//! the small typed readers here do the same job in a fraction of the size.
//!
//! A figure in the file is either a bare value, which inherits the nearest
//! enclosing `"source"` / `"valid_from"`, or `{"value": v, "source": tag}`.
//! Numbers an override replaces without naming a source become
//! `"assumption"`: the host page's figures are its own decisions, not ours.

use std::fmt;
use std::sync::OnceLock;

use crate::domain::json::{self, JsonError, Map, Value};

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
    /// The text is not JSON (the reader's message, with line and column).
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
    #[inline(never)]
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
    /// Traditional industries (derived unless given, domain guide §2 \[D\]).
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

    /// Whether `rate` lies in the range (ends included).
    pub fn contains(&self, rate: Bp) -> bool {
        self.min.value <= rate && rate <= self.max.value
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
    /// Lower half of the general band (domain guide §2 \[D\]).
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

/// Recruiting-fee market figures (domain guide §4 \[M\]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeMarket {
    /// Retained search range.
    pub retained: RateRange,
    /// Contingency range.
    pub contingency: RateRange,
    /// Industry average.
    pub average: Sourced<Bp>,
}

impl FeeMarket {
    /// The whole market range, from the lowest to the highest fee of
    /// either kind of search (domain guide §4: 20–33 %).
    pub fn span(&self) -> (Bp, Bp) {
        (
            self.retained.min.value.min(self.contingency.min.value),
            self.retained.max.value.max(self.contingency.max.value),
        )
    }
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
    /// Without the `json-data` feature it is built from the generated
    /// `domain::builtin` code instead, which `tests/builtin.rs` holds equal
    /// to the data file.
    pub fn builtin_cached() -> Result<&'static Config, &'static DataError> {
        static CACHE: OnceLock<Result<Config, DataError>> = OnceLock::new();
        #[cfg(feature = "json-data")]
        let load = Config::builtin;
        #[cfg(not(feature = "json-data"))]
        let load = || Ok(super::builtin::config());
        CACHE.get_or_init(load).as_ref()
    }

    /// Parses and validates a complete data document.
    pub fn from_json(json: &str) -> Result<Config, DataError> {
        let value: Value = json::parse(json).map_err(syntax)?;
        from_value(&value)
    }

    /// The built-in document with a partial override merged over it, then
    /// validated like the built-in file.
    ///
    /// Merge rules: objects merge key by key; lists of objects with an `"id"`
    /// merge item by item (new ids are appended); anything else replaces.
    /// A figure the override replaces without naming its own `"source"`
    /// is tagged `"assumption"`.
    pub fn with_override(json: &str) -> Result<Config, DataError> {
        let mut base: Value = json::parse(BUILTIN_JSON).map_err(syntax)?;
        let over: Value = json::parse(json).map_err(syntax)?;
        if !over.is_object() {
            return Err(DataError {
                field: "(override)".into(),
                reason: DataErrorReason::WrongType("an object"),
            });
        }
        merge(&mut base, over);
        from_value(&base)
    }
}

fn syntax(e: JsonError) -> DataError {
    DataError {
        field: "(document)".into(),
        reason: DataErrorReason::Syntax(e.to_string()),
    }
}

/// Both steps: the whole document's shape first, then the figures. The shape
/// check runs to completion before any figure is read so that, as with the
/// serde structs it replaces, a layout fault anywhere wins over a bad figure.
fn from_value(value: &Value) -> Result<Config, DataError> {
    match value {
        Value::Object(doc) => {
            check_shape(value, &DOC, "")?;
            validate(doc)
        }
        _ => Err(DataError {
            field: "(document)".into(),
            reason: DataErrorReason::WrongType("an object"),
        }),
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

fn is_figure_object(m: &Map) -> bool {
    m.contains_key("value")
}

fn merge(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) if !is_figure_object(&o) => {
            for (k, ov) in o {
                match b.get_mut(&k) {
                    Some(bv) => merge(bv, ov),
                    None => {
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
                match b
                    .iter_mut()
                    .find(|x| x.get("id").and_then(Value::as_str) == Some(id.as_str()))
                {
                    Some(existing) => merge(existing, item),
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
// Shape check: the file's layout as one table
// ---------------------------------------------------------------------------

/// What a value in the document must look like before any figure is read.
///
/// Every key of an [`Shape::Obj`] is optional and may be `null` (read as
/// absent), except [`Shape::Req`] ones. Whether a required group or figure is
/// there, and what a figure holds, is the validation's business: it knows
/// the defaults and gives the better reasons.
enum Shape {
    /// Anything: a figure (read later by [`Scope::fig`]) or free notes.
    Any,
    /// A string.
    Str,
    /// A string that must be present and not `null` (an item's `id`, a
    /// fact's `unit`).
    Req,
    /// An object with only these keys.
    Obj(&'static [(&'static str, Shape)]),
    /// A list whose items have this shape.
    List(&'static Shape),
    /// An object keyed by ids whose values have this shape and may not be
    /// `null`. An id the function refuses is an unknown key; the validation
    /// names it (after the figures before it, as it always has) unless its
    /// value is malformed too, which the serde structs reported at once.
    Dict(&'static Shape, fn(&str) -> bool),
}

use Shape::{Any, Dict, List, Obj, Req, Str};

/// A group's own source tag, inherited by its bare figures.
const SOURCE: (&str, Shape) = ("source", Str);
/// A group's own validity date, inherited by its bare figures.
const VALID: (&str, Shape) = ("valid_from", Str);

const LABEL: Shape = Obj(&[("de", Str), ("en", Str)]);
const RANGE: Shape = Obj(&[SOURCE, VALID, ("min", Any), ("max", Any)]);
const FAMILY_FIGS: Shape = Obj(&[SOURCE, VALID, ("am", Any), ("kam", Any)]);

const BAND: Shape = Obj(&[
    SOURCE,
    VALID,
    ("min_eur", Any),
    ("typical_eur", Any),
    ("max_eur", Any),
]);
const INDUSTRY_BANDS: Shape = Obj(&[
    SOURCE,
    VALID,
    ("technology", BAND),
    ("general", BAND),
    ("traditional", BAND),
]);
const RATE_RANGE: Shape = Obj(&[SOURCE, VALID, ("min_bp", Any), ("max_bp", Any)]);
const REGION: Shape = Obj(&[
    ("id", Req),
    ("label", LABEL),
    SOURCE,
    VALID,
    ("adjust_bp", Any),
]);
const SIZE: Shape = Obj(&[
    ("id", Req),
    ("label", LABEL),
    SOURCE,
    VALID,
    ("max_staff", Any),
    ("adjust_bp", Any),
]);
const SALARY: Shape = Obj(&[
    SOURCE,
    VALID,
    (
        "families",
        Obj(&[
            SOURCE,
            VALID,
            ("am", INDUSTRY_BANDS),
            ("kam", INDUSTRY_BANDS),
        ]),
    ),
    (
        "roles",
        Obj(&[
            SOURCE,
            VALID,
            ("junior_am", INDUSTRY_BANDS),
            ("am", INDUSTRY_BANDS),
            ("senior_am", INDUSTRY_BANDS),
            ("kam_new", INDUSTRY_BANDS),
            ("kam_experienced", INDUSTRY_BANDS),
        ]),
    ),
    ("traditional_rule", Any),
    (
        "variable_pay",
        Obj(&[SOURCE, VALID, ("am", RATE_RANGE), ("kam", RATE_RANGE)]),
    ),
    ("regions", Obj(&[SOURCE, VALID, ("items", List(&REGION))])),
    (
        "company_sizes",
        Obj(&[SOURCE, VALID, ("items", List(&SIZE))]),
    ),
    (
        "portal_medians",
        Obj(&[
            SOURCE,
            VALID,
            ("kam_stepstone_2021_eur", Any),
            ("am_kununu_eur", Any),
        ]),
    ),
]);

const CONTRIBUTION: Shape = Obj(&[
    SOURCE,
    VALID,
    ("rate_bp", Any),
    ("saxony_rate_bp", Any),
    ("ceiling_eur", Any),
    ("max_staff", Any),
]);
const SOCIAL: Shape = Obj(&[
    SOURCE,
    VALID,
    ("contributions", Dict(&CONTRIBUTION, is_branch)),
    (
        "health_addon",
        Obj(&[
            SOURCE,
            VALID,
            ("average_bp", Any),
            ("employer_share_bp", Any),
        ]),
    ),
    (
        "previous_year",
        Obj(&[
            SOURCE,
            VALID,
            ("pension_unemployment_ceiling_eur", Any),
            ("health_care_ceiling_eur", Any),
            ("health_addon_average_bp", Any),
        ]),
    ),
]);

const CAR: Shape = Obj(&[
    ("id", Req),
    ("label", LABEL),
    SOURCE,
    VALID,
    ("list_price_eur", Any),
    ("monthly_cost_eur", Any),
]);
const CARS: Shape = Obj(&[
    SOURCE,
    VALID,
    ("benefit_bp_of_list_price_per_month", Any),
    ("default_class", FAMILY_FIGS),
    ("items", List(&CAR)),
]);

const HIRING: Shape = Obj(&[
    SOURCE,
    VALID,
    ("recruiting_fee_default_bp", Any),
    (
        "recruiting_fee_market",
        Obj(&[
            SOURCE,
            VALID,
            ("retained_min_bp", Any),
            ("retained_max_bp", Any),
            ("contingency_min_bp", Any),
            ("contingency_max_bp", Any),
            ("average_bp", Any),
        ]),
    ),
    ("vacancy_days", RANGE),
    (
        "ramp_up_months",
        Obj(&[SOURCE, VALID, ("am", RANGE), ("kam", RANGE)]),
    ),
    ("ramp_up_default_months", FAMILY_FIGS),
    ("productivity_gap_default_bp", Any),
]);

const LEVEL_TEAM: Shape = Obj(&[
    SOURCE,
    VALID,
    ("kam_min", Any),
    ("kam_max", Any),
    ("am_min", Any),
    ("am_max", Any),
]);
const TEAM: Shape = Obj(&[
    SOURCE,
    VALID,
    ("kam_capacity", RANGE),
    ("am_capacity", RANGE),
    (
        "default_by_level",
        Obj(&[
            SOURCE,
            VALID,
            ("am_enough", LEVEL_TEAM),
            ("plan_kam", LEVEL_TEAM),
            ("kam_recommended", LEVEL_TEAM),
            ("kam_urgent", LEVEL_TEAM),
        ]),
    ),
]);

const RULE: Shape = Obj(&[
    SOURCE,
    VALID,
    ("weight", Any),
    ("threshold_bp", Any),
    ("threshold_eur", Any),
]);
const EMPLOYER: Shape = Obj(&[
    SOURCE,
    VALID,
    (
        "levels",
        Obj(&[
            SOURCE,
            VALID,
            ("plan_kam_min_score", Any),
            ("kam_recommended_min_score", Any),
            ("kam_urgent_min_score", Any),
        ]),
    ),
    (
        "customer_revenue_bands_eur",
        Obj(&[
            SOURCE,
            VALID,
            ("small_max", Any),
            ("standard_max", Any),
            ("key_min", Any),
        ]),
    ),
    ("rules", Dict(&RULE, |k| RuleId::parse(k).is_some())),
]);

const CANDIDATE: Shape = Obj(&[
    SOURCE,
    VALID,
    (
        "years",
        Obj(&[
            SOURCE,
            VALID,
            ("am_min", Any),
            ("senior_min", Any),
            ("kam_min", Any),
        ]),
    ),
    ("kam_ready_min_points", Any),
    // A point value may even be null: the validation names it.
    ("points", Dict(&Any, |_| true)),
]);

const CAREER: Shape = Obj(&[
    SOURCE,
    VALID,
    ("am_stage_years", RANGE),
    ("senior_stage_years", RANGE),
    ("total_years", RANGE),
]);

const INDUSTRY: Shape = Obj(&[("id", Req), ("label", LABEL)]);
const FACT: Shape = Obj(&[
    ("id", Req),
    ("unit", Req),
    SOURCE,
    VALID,
    ("min", Any),
    ("max", Any),
]);

/// The whole document.
const DOC: Shape = Obj(&[
    ("schema", Str),
    ("dataset", Str),
    ("valid_from", Str),
    // Documentation for people editing the file.
    ("notes", Any),
    (
        "industries",
        Obj(&[SOURCE, VALID, ("items", List(&INDUSTRY))]),
    ),
    ("salary", SALARY),
    ("social_security", SOCIAL),
    ("cars", CARS),
    ("hiring", HIRING),
    ("team", TEAM),
    ("employer_quiz", EMPLOYER),
    ("candidate_quiz", CANDIDATE),
    ("career_path", CAREER),
    ("facts", Obj(&[SOURCE, VALID, ("items", List(&FACT))])),
]);

/// Whether `id` names a contribution branch (the keys of
/// `social_security.contributions`).
fn is_branch(id: &str) -> bool {
    Branch::ALL.iter().any(|b| b.id() == id)
}

/// Checks `v`, found at `path`, against `shape` and names the first fault.
///
/// Keys are visited in the map's order and required keys checked after them,
/// as serde's derive did, so the first fault reported is the same one.
fn check_shape(v: &Value, shape: &Shape, path: &str) -> Result<(), DataError> {
    let fail = |field: String, reason| Err(DataError { field, reason });
    let wrong = |what| fail(path.to_string(), DataErrorReason::WrongType(what));
    match (shape, v) {
        (Any, _) | (Str | Req, Value::String(_)) => Ok(()),
        (Str | Req, _) => wrong("a string"),
        (Obj(fields), Value::Object(m)) => {
            for (k, fv) in m {
                let p = join(path, k);
                let Some((_, fs)) = fields.iter().find(|(name, _)| *name == k.as_str()) else {
                    return fail(p, DataErrorReason::UnknownKey);
                };
                // Optional keys read `null` as absent.
                if !fv.is_null() || matches!(fs, Req) {
                    check_shape(fv, fs, &p)?;
                }
            }
            for (name, fs) in *fields {
                if matches!(fs, Req) && !m.contains_key(name) {
                    return fail(join(path, name), DataErrorReason::Missing);
                }
            }
            Ok(())
        }
        (List(item), Value::Array(items)) => {
            for (i, iv) in items.iter().enumerate() {
                // Items are named by id, as in the validation's paths.
                let p = match iv.get("id").and_then(Value::as_str) {
                    Some(id) => join(path, id),
                    None => join(path, &i.to_string()),
                };
                check_shape(iv, item, &p)?;
            }
            Ok(())
        }
        (Dict(inner, known), Value::Object(m)) => {
            for (k, fv) in m {
                let p = join(path, k);
                let checked = check_shape(fv, inner, &p);
                if !known(k) && checked.is_err() {
                    return fail(p, DataErrorReason::UnknownKey);
                }
                checked?;
            }
            Ok(())
        }
        (List(_), _) => wrong("a list"),
        (Obj(_) | Dict(..), _) => wrong("an object"),
    }
}

// ---------------------------------------------------------------------------
// Validation: typed readers over the checked JSON tree
// ---------------------------------------------------------------------------

/// A JSON object of the document.
type Object = Map;

/// The value at `key`, with `null` read as absent (the file format has
/// always treated the two alike).
fn get<'a>(m: &'a Object, key: &str) -> Option<&'a Value> {
    m.get(key).filter(|v| !v.is_null())
}

/// The string at `key`. The shape check has already refused anything but a
/// string or `null` where a string belongs, so `None` means absent.
fn get_str<'a>(m: &'a Object, key: &str) -> Option<&'a str> {
    get(m, key).and_then(Value::as_str)
}

/// The id of a list item (the shape check made it a string).
fn item_id(m: &Object) -> &str {
    get_str(m, "id").unwrap_or_default()
}

// Size note: the readers and the `validate_*` steps are `#[inline(never)]`.
// Each is called from many places or once from `validate`; inlined, LTO
// folded them into one 32 KB function whose error paths compress badly.
// Kept apart, the wasm is 1.5 KB gzip smaller; loading runs once per page.

/// Where the validator is in the document, and what a bare figure inherits.
///
/// The path is a chain of borrowed keys, spelled out only when an error
/// names it: a scope allocates nothing and owns nothing, so the
/// validator's many early returns have less to free (against an owned
/// `String` path: 0.9 KB less wasm, 0.14 KB gzip).
#[derive(Clone, Copy)]
struct Scope<'p> {
    /// The enclosing scope and this scope's key in it; `None` at the root.
    parent: Option<(&'p Scope<'p>, &'p str)>,
    source: Option<SourceTag>,
    valid_from: Date,
}

impl<'p> Scope<'p> {
    /// The document's top level.
    fn root(valid_from: Date) -> Scope<'static> {
        Scope {
            parent: None,
            source: None,
            valid_from,
        }
    }

    /// The dotted path of `key` in this scope ("salary.bands.kam").
    fn path_of(&self, key: &str) -> String {
        let mut keys = vec![key];
        let mut at = self;
        while let Some((parent, k)) = at.parent {
            keys.push(k);
            at = parent;
        }
        keys.reverse();
        keys.join(".")
    }

    #[inline(never)]
    fn err(&self, key: &str, reason: DataErrorReason) -> DataError {
        DataError {
            field: self.path_of(key),
            reason,
        }
    }

    /// A child scope that only extends the path (into a list or a map of ids,
    /// which carry no source of their own).
    #[inline(never)]
    fn sub<'s>(&'s self, key: &'s str) -> Scope<'s> {
        Scope {
            parent: Some((self, key)),
            source: self.source,
            valid_from: self.valid_from,
        }
    }

    /// A child scope for the group `m` at `key`, with the group's own
    /// optional source and date.
    #[inline(never)]
    fn enter<'s>(&'s self, key: &'s str, m: &Object) -> Result<Scope<'s>, DataError> {
        let mut here = self.sub(key);
        if let Some(s) = get_str(m, "source") {
            let tag = SourceTag::parse(s)
                .ok_or_else(|| here.err("source", DataErrorReason::UnknownSource(s.into())))?;
            here.source = Some(tag);
        }
        if let Some(d) = get_str(m, "valid_from") {
            here.valid_from = Date::parse(d)
                .ok_or_else(|| here.err("valid_from", DataErrorReason::InvalidDate(d.into())))?;
        }
        Ok(here)
    }

    /// The object at `key`.
    #[inline(never)]
    fn group<'a>(&self, m: &'a Object, key: &str) -> Result<&'a Object, DataError> {
        get(m, key)
            .ok_or_else(|| self.err(key, DataErrorReason::Missing))?
            .as_object()
            .ok_or_else(|| self.err(key, DataErrorReason::WrongType("an object")))
    }

    /// The group at `key` and the scope inside it.
    #[inline(never)]
    fn child<'a, 's>(
        &'s self,
        m: &'a Object,
        key: &'s str,
    ) -> Result<(&'a Object, Scope<'s>), DataError> {
        let g = self.group(m, key)?;
        Ok((g, self.enter(key, g)?))
    }

    /// The objects of the list at `key`.
    #[inline(never)]
    fn items<'a>(&self, m: &'a Object, key: &str) -> Result<Vec<&'a Object>, DataError> {
        let wrong = || self.err(key, DataErrorReason::WrongType("a list of objects"));
        get(m, key)
            .ok_or_else(|| self.err(key, DataErrorReason::Missing))?
            .as_array()
            .ok_or_else(wrong)?
            .iter()
            .map(|v| v.as_object().ok_or_else(wrong))
            .collect()
    }

    /// The value of a figure and its resolved source and date.
    #[inline(never)]
    fn fig<'a>(&self, key: &str, raw: Option<&'a Value>) -> Result<Sourced<&'a Value>, DataError> {
        let v = raw.ok_or_else(|| self.err(key, DataErrorReason::Missing))?;
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

    #[inline(never)]
    fn int_of(&self, key: &str, raw: Option<&Value>) -> Result<Sourced<i64>, DataError> {
        let f = self.fig(key, raw)?;
        let n = f
            .value
            .as_i64()
            .ok_or_else(|| self.err(key, DataErrorReason::WrongType("a whole number")))?;
        Ok(f.map(|_| n))
    }

    #[inline(never)]
    fn int(&self, m: &Object, key: &str) -> Result<Sourced<i64>, DataError> {
        self.int_of(key, get(m, key))
    }

    #[inline(never)]
    fn euros(&self, m: &Object, key: &str) -> Result<Sourced<Cents>, DataError> {
        let f = self.int(m, key)?;
        if f.value < 0 {
            return Err(self.err(key, DataErrorReason::Negative));
        }
        if f.value > MAX_EUROS {
            return Err(self.err(key, DataErrorReason::OutOfRange));
        }
        Ok(f.map(Cents::from_euros))
    }

    #[inline(never)]
    fn bp(&self, m: &Object, key: &str) -> Result<Sourced<Bp>, DataError> {
        let f = self.int(m, key)?;
        let bp =
            Bp::from_i64(f.value).ok_or_else(|| self.err(key, DataErrorReason::RateOutOfRange))?;
        Ok(f.map(|_| bp))
    }

    #[inline(never)]
    fn adjust(&self, m: &Object, key: &str) -> Result<Sourced<AdjustBp>, DataError> {
        let f = self.int(m, key)?;
        let a = AdjustBp::new(f.value).ok_or_else(|| self.err(key, DataErrorReason::OutOfRange))?;
        Ok(f.map(|_| a))
    }

    /// A count in `0..=1_000_000`.
    #[inline(never)]
    fn count_of(&self, key: &str, raw: Option<&Value>) -> Result<Sourced<u32>, DataError> {
        let f = self.int_of(key, raw)?;
        if f.value < 0 {
            return Err(self.err(key, DataErrorReason::Negative));
        }
        let c = u32::try_from(f.value)
            .ok()
            .filter(|c| *c <= 1_000_000)
            .ok_or_else(|| self.err(key, DataErrorReason::OutOfRange))?;
        Ok(f.map(|_| c))
    }

    #[inline(never)]
    fn count(&self, m: &Object, key: &str) -> Result<Sourced<u32>, DataError> {
        self.count_of(key, get(m, key))
    }

    /// A count that may be absent.
    #[inline(never)]
    fn opt_count(&self, m: &Object, key: &str) -> Result<Option<Sourced<u32>>, DataError> {
        get(m, key).map(|_| self.count(m, key)).transpose()
    }

    #[inline(never)]
    fn string(&self, m: &Object, key: &str) -> Result<Sourced<String>, DataError> {
        let f = self.fig(key, get(m, key))?;
        let s = f
            .value
            .as_str()
            .ok_or_else(|| self.err(key, DataErrorReason::WrongType("a string")))?
            .to_string();
        Ok(f.map(|_| s))
    }

    #[inline(never)]
    fn label(&self, m: &Object, key: &str) -> Result<Label, DataError> {
        let l = self.group(m, key)?;
        let text = |lang: &'static str| match get_str(l, lang) {
            Some(s) if !s.trim().is_empty() => Ok(s.to_string()),
            _ => Err(self.err(&join(key, lang), DataErrorReason::MissingTranslation(lang))),
        };
        Ok(Label {
            de: text("de")?,
            en: text("en")?,
        })
    }

    #[inline(never)]
    fn range(&self, m: &Object, key: &str, zero_ok: bool) -> Result<CountRange, DataError> {
        let (r, s) = self.child(m, key)?;
        let min = s.count(r, "min")?;
        let max = s.count(r, "max")?;
        if !zero_ok && min.value == 0 {
            return Err(s.err("min", DataErrorReason::ZeroCapacity));
        }
        if min.value > max.value {
            return Err(s.err("min", DataErrorReason::MinAboveMax));
        }
        Ok(CountRange { min, max })
    }

    /// The rates at `lo` and `hi` of `m`, `lo` at most `hi`.
    #[inline(never)]
    fn rate_pair(&self, m: &Object, lo: &str, hi: &str) -> Result<RateRange, DataError> {
        let min = self.bp(m, lo)?;
        let max = self.bp(m, hi)?;
        if min.value > max.value {
            return Err(self.err(lo, DataErrorReason::MinAboveMax));
        }
        Ok(RateRange { min, max })
    }

    /// The counts at `lo` and `hi` of `m`, `lo` at most `hi`.
    #[inline(never)]
    fn count_pair(&self, m: &Object, lo: &str, hi: &str) -> Result<CountRange, DataError> {
        let min = self.count(m, lo)?;
        let max = self.count(m, hi)?;
        if min.value > max.value {
            return Err(self.err(lo, DataErrorReason::MinAboveMax));
        }
        Ok(CountRange { min, max })
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

/// Reads each item of the list `items` in group `m` with `read`, after
/// checking its id (valid, unique) and entering its scope
/// (`<group>.items.<id>`). One item at a time, so the first bad field in
/// document order is the one reported.
fn id_items<'a, T>(
    s: &Scope,
    m: &'a Object,
    mut read: impl FnMut(&'a Object, &str, &Scope) -> Result<T, DataError>,
) -> Result<Vec<T>, DataError> {
    let list = s.items(m, "items")?;
    let is = s.sub("items");
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for item in list {
        let id = item_id(item);
        check_id(&is, id, &mut seen)?;
        out.push(read(item, id, &is.enter(id, item)?)?);
    }
    Ok(out)
}

/// Reads the checked document into the typed config, or names the first bad
/// field.
fn validate(doc: &Object) -> Result<Config, DataError> {
    let root_err = |key: &str, reason| DataError {
        field: key.to_string(),
        reason,
    };
    let schema =
        get_str(doc, "schema").ok_or_else(|| root_err("schema", DataErrorReason::Missing))?;
    if schema != SCHEMA {
        return Err(root_err(
            "schema",
            DataErrorReason::UnsupportedSchema(schema.to_string()),
        ));
    }
    let dataset = get_str(doc, "dataset")
        .ok_or_else(|| root_err("dataset", DataErrorReason::Missing))?
        .to_string();
    let vf = get_str(doc, "valid_from")
        .ok_or_else(|| root_err("valid_from", DataErrorReason::Missing))?;
    let valid_from = Date::parse(vf)
        .ok_or_else(|| root_err("valid_from", DataErrorReason::InvalidDate(vf.into())))?;
    let root = Scope::root(valid_from);

    let industries = validate_industries(&root, doc)?;
    let salary = validate_salary(&root, doc)?;
    let social = validate_social(&root, doc)?;
    let cars = validate_cars(&root, doc)?;
    let hiring = validate_hiring(&root, doc)?;
    let team = validate_team(&root, doc)?;
    let employer = validate_employer(&root, doc)?;
    let candidate = validate_candidate(&root, doc)?;
    let career = validate_career(&root, doc)?;
    let facts = validate_facts(&root, doc)?;
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

#[inline(never)]
fn validate_industries(root: &Scope, doc: &Object) -> Result<Vec<Industry>, DataError> {
    let (r, s) = root.child(doc, "industries")?;
    let items = s.items(r, "items")?;
    let s = s.sub("items");
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for item in items {
        let id = item_id(item);
        check_id(&s, id, &mut seen)?;
        let group =
            IndustryGroup::parse(id).ok_or_else(|| s.err(id, DataErrorReason::UnknownKey))?;
        out.push(Industry {
            group,
            label: s.sub(id).label(item, "label")?,
        });
    }
    for g in IndustryGroup::ALL {
        if !out.iter().any(|i| i.group == g) {
            return Err(s.err(g.id(), DataErrorReason::Missing));
        }
    }
    Ok(out)
}

#[inline(never)]
fn validate_band(scope: &Scope, m: &Object, key: &str) -> Result<Band, DataError> {
    let (b, s) = scope.child(m, key)?;
    let min = s.euros(b, "min_eur")?;
    let max = s.euros(b, "max_eur")?;
    if min.value > max.value {
        return Err(s.err("min_eur", DataErrorReason::MinAboveMax));
    }
    // Project default [D] (the domain guide names no typical figure): the
    // midpoint, unless the data file gives one (the new KAM's "about
    // 70,000 €" of §2 is such a figure).
    let typical = match get(b, "typical_eur") {
        Some(_) => {
            let t = s.euros(b, "typical_eur")?;
            if t.value < min.value || t.value > max.value {
                return Err(s.err("typical_eur", DataErrorReason::OutOfRange));
            }
            t
        }
        None => midpoint(&min, &max),
    };
    Ok(Band { min, typical, max })
}

/// The middle of a band whose typical figure the data file leaves out: the
/// project's default (domain guide §2 gives ranges only), so an assumption
/// whatever the ends' sources.
fn midpoint(min: &Sourced<Cents>, max: &Sourced<Cents>) -> Sourced<Cents> {
    Sourced {
        value: Cents::new(min.value.cents().saturating_add(max.value.cents()) / 2),
        source: SourceTag::Assumption,
        valid_from: min.valid_from.max(max.valid_from),
    }
}

/// Lower half of the general band (domain guide §2 \[D\] for traditional
/// industries): min stays, max becomes the middle of min and max (not the
/// typical figure, which the data may set elsewhere, e.g. at min). The
/// typical figure is the middle of that half, but never above the general
/// typical: where the data puts the general typical at the band's floor (a
/// new KAM's 70,000 €), the half's middle would pay traditional industries
/// more than the rest.
fn lower_half(general: &Band, rule: &Sourced<TraditionalRule>) -> Band {
    let tag = |c: Cents| Sourced {
        value: c,
        source: SourceTag::Assumption,
        valid_from: rule.valid_from,
    };
    let min = tag(general.min.value);
    let max = tag(midpoint(&general.min, &general.max).value);
    let typical = tag(midpoint(&min, &max).value.min(general.typical.value));
    Band { min, typical, max }
}

#[inline(never)]
fn validate_industry_bands(
    scope: &Scope,
    m: &Object,
    key: &str,
    rule: &Sourced<TraditionalRule>,
) -> Result<IndustryBands, DataError> {
    let (r, s) = scope.child(m, key)?;
    let general = validate_band(&s, r, "general")?;
    let technology = validate_band(&s, r, "technology")?;
    let traditional = match get(r, "traditional") {
        Some(_) => validate_band(&s, r, "traditional")?,
        None => lower_half(&general, rule),
    };
    Ok(IndustryBands {
        technology,
        general,
        traditional,
    })
}

#[inline(never)]
fn validate_salary(root: &Scope, doc: &Object) -> Result<SalaryData, DataError> {
    let (r, s) = root.child(doc, "salary")?;
    let rule_str = s.string(r, "traditional_rule")?;
    let traditional_rule = match rule_str.value.as_str() {
        "lower_half_of_general" => rule_str.map(|_| TraditionalRule::LowerHalfOfGeneral),
        other => {
            return Err(s.err(
                "traditional_rule",
                DataErrorReason::UnknownReference(other.to_string()),
            ))
        }
    };
    let bands = |scope: &Scope, m: &Object, key: &str| {
        validate_industry_bands(scope, m, key, &traditional_rule)
    };

    let (f, fs) = s.child(r, "families")?;
    let families = FamilyBands {
        am: bands(&fs, f, "am")?,
        kam: bands(&fs, f, "kam")?,
    };
    let (ro, rs) = s.child(r, "roles")?;
    let roles = RoleBands {
        junior_am: bands(&rs, ro, "junior_am")?,
        am: bands(&rs, ro, "am")?,
        senior_am: bands(&rs, ro, "senior_am")?,
        kam_new: bands(&rs, ro, "kam_new")?,
        kam_experienced: bands(&rs, ro, "kam_experienced")?,
    };

    let (v, vs) = s.child(r, "variable_pay")?;
    let (am, ams) = vs.child(v, "am")?;
    let variable_am = ams.rate_pair(am, "min_bp", "max_bp")?;
    let (kam, kams) = vs.child(v, "kam")?;
    let variable_kam = kams.rate_pair(kam, "min_bp", "max_bp")?;

    let (rg, rgs) = s.child(r, "regions")?;
    let regions = id_items(&rgs, rg, |item, id, is| {
        Ok(Adjustment {
            id: id.to_string(),
            label: is.label(item, "label")?,
            adjust: is.adjust(item, "adjust_bp")?,
        })
    })?;

    let (cs, css) = s.child(r, "company_sizes")?;
    let company_sizes = id_items(&css, cs, |item, id, is| {
        Ok(SizeClass {
            id: id.to_string(),
            label: is.label(item, "label")?,
            max_staff: is.opt_count(item, "max_staff")?,
            adjust: is.adjust(item, "adjust_bp")?,
        })
    })?;

    let (p, ps) = s.child(r, "portal_medians")?;
    Ok(SalaryData {
        families,
        roles,
        traditional_rule,
        variable_am,
        variable_kam,
        regions,
        company_sizes,
        portal_median_kam: ps.euros(p, "kam_stepstone_2021_eur")?,
        portal_median_am: ps.euros(p, "am_kununu_eur")?,
    })
}

#[inline(never)]
fn validate_social(root: &Scope, doc: &Object) -> Result<SocialSecurity, DataError> {
    let (r, s) = root.child(doc, "social_security")?;
    let cmap = s.group(r, "contributions")?;
    let cs = s.sub("contributions");
    for k in cmap.keys() {
        if !is_branch(k) {
            return Err(cs.err(k, DataErrorReason::UnknownKey));
        }
    }
    let mut contributions = Vec::new();
    for branch in Branch::ALL {
        let c = cs.group(cmap, branch.id())?;
        let bs = cs.enter(branch.id(), c)?;
        let ceiling = match get(c, "ceiling_eur") {
            Some(raw) => {
                let f = bs.fig("ceiling_eur", Some(raw))?;
                if f.value.is_null() {
                    f.map(|_| None)
                } else {
                    bs.euros(c, "ceiling_eur")?.map(Some)
                }
            }
            None => return Err(bs.err("ceiling_eur", DataErrorReason::Missing)),
        };
        contributions.push(Contribution {
            branch,
            rate: bs.bp(c, "rate_bp")?,
            saxony_rate: match get(c, "saxony_rate_bp") {
                Some(_) => Some(bs.bp(c, "saxony_rate_bp")?),
                None => None,
            },
            ceiling,
            max_staff: bs.opt_count(c, "max_staff")?,
        });
    }
    let (a, as_) = s.child(r, "health_addon")?;
    let (p, ps) = s.child(r, "previous_year")?;
    Ok(SocialSecurity {
        contributions,
        health_addon_average: as_.bp(a, "average_bp")?,
        health_addon_employer_share: as_.bp(a, "employer_share_bp")?,
        previous_year: PreviousYear {
            valid_from: ps.valid_from,
            pension_unemployment_ceiling: ps.euros(p, "pension_unemployment_ceiling_eur")?,
            health_care_ceiling: ps.euros(p, "health_care_ceiling_eur")?,
            health_addon_average: ps.bp(p, "health_addon_average_bp")?,
        },
    })
}

#[inline(never)]
fn validate_cars(root: &Scope, doc: &Object) -> Result<CarData, DataError> {
    let (r, s) = root.child(doc, "cars")?;
    let benefit_rate_per_month = s.bp(r, "benefit_bp_of_list_price_per_month")?;
    let classes = id_items(&s, r, |item, id, is| {
        Ok(CarClass {
            id: id.to_string(),
            label: is.label(item, "label")?,
            list_price: is.euros(item, "list_price_eur")?,
            monthly_cost: is.euros(item, "monthly_cost_eur")?,
        })
    })?;
    let (d, ds) = s.child(r, "default_class")?;
    let known = |key: &str| -> Result<Sourced<String>, DataError> {
        let v = ds.string(d, key)?;
        if classes.iter().any(|c| c.id == v.value) {
            Ok(v)
        } else {
            Err(ds.err(key, DataErrorReason::UnknownReference(v.value)))
        }
    };
    let default_am = known("am")?;
    let default_kam = known("kam")?;
    Ok(CarData {
        benefit_rate_per_month,
        default_am,
        default_kam,
        classes,
    })
}

#[inline(never)]
fn validate_hiring(root: &Scope, doc: &Object) -> Result<HiringData, DataError> {
    let (r, s) = root.child(doc, "hiring")?;
    let (m, ms) = s.child(r, "recruiting_fee_market")?;
    let fee_market = FeeMarket {
        retained: ms.rate_pair(m, "retained_min_bp", "retained_max_bp")?,
        contingency: ms.rate_pair(m, "contingency_min_bp", "contingency_max_bp")?,
        average: ms.bp(m, "average_bp")?,
    };
    let (ru, rus) = s.child(r, "ramp_up_months")?;
    let (rd, rds) = s.child(r, "ramp_up_default_months")?;
    let months = |key: &str| -> Result<Sourced<u32>, DataError> {
        let m = rds.count(rd, key)?;
        if m.value > 120 {
            return Err(rds.err(key, DataErrorReason::OutOfRange));
        }
        Ok(m)
    };
    Ok(HiringData {
        recruiting_fee_default: s.bp(r, "recruiting_fee_default_bp")?,
        fee_market,
        vacancy_days: s.range(r, "vacancy_days", true)?,
        ramp_up_am: rus.range(ru, "am", true)?,
        ramp_up_kam: rus.range(ru, "kam", true)?,
        ramp_up_default_am: months("am")?,
        ramp_up_default_kam: months("kam")?,
        productivity_gap_default: s.bp(r, "productivity_gap_default_bp")?,
    })
}

#[inline(never)]
fn validate_team(root: &Scope, doc: &Object) -> Result<TeamData, DataError> {
    let (r, s) = root.child(doc, "team")?;
    let (d, ds) = s.child(r, "default_by_level")?;
    let level = |key: &str| -> Result<LevelTeam, DataError> {
        let (t, ts) = ds.child(d, key)?;
        Ok(LevelTeam {
            kam: ts.count_pair(t, "kam_min", "kam_max")?,
            am: ts.count_pair(t, "am_min", "am_max")?,
        })
    };
    Ok(TeamData {
        kam_capacity: s.range(r, "kam_capacity", false)?,
        am_capacity: s.range(r, "am_capacity", false)?,
        default_by_level: [
            level("am_enough")?,
            level("plan_kam")?,
            level("kam_recommended")?,
            level("kam_urgent")?,
        ],
    })
}

#[inline(never)]
fn validate_employer(root: &Scope, doc: &Object) -> Result<EmployerData, DataError> {
    let (r, s) = root.child(doc, "employer_quiz")?;
    let (l, ls) = s.child(r, "levels")?;
    let score = |key: &str| -> Result<Sourced<i64>, DataError> {
        let v = ls.int(l, key)?;
        if !(-100_000..=100_000).contains(&v.value) {
            return Err(ls.err(key, DataErrorReason::OutOfRange));
        }
        Ok(v)
    };
    let plan = score("plan_kam_min_score")?;
    let rec = score("kam_recommended_min_score")?;
    let urg = score("kam_urgent_min_score")?;
    if plan.value > rec.value {
        return Err(ls.err("plan_kam_min_score", DataErrorReason::MinAboveMax));
    }
    if rec.value > urg.value {
        return Err(ls.err("kam_recommended_min_score", DataErrorReason::MinAboveMax));
    }
    let (b, bs) = s.child(r, "customer_revenue_bands_eur")?;
    let revenue_bands = RevenueBands {
        small_max: bs.euros(b, "small_max")?,
        standard_max: bs.euros(b, "standard_max")?,
        key_min: bs.euros(b, "key_min")?,
    };
    if revenue_bands.small_max.value > revenue_bands.standard_max.value {
        return Err(bs.err("small_max", DataErrorReason::MinAboveMax));
    }
    if revenue_bands.standard_max.value > revenue_bands.key_min.value {
        return Err(bs.err("standard_max", DataErrorReason::MinAboveMax));
    }

    let rules_raw = s.group(r, "rules")?;
    let rs = s.sub("rules");
    for k in rules_raw.keys() {
        if RuleId::parse(k).is_none() {
            return Err(rs.err(k, DataErrorReason::UnknownKey));
        }
    }
    let mut rules = Vec::new();
    for id in RuleId::ALL {
        let raw_rule = rs.group(rules_raw, id.id())?;
        let one = rs.enter(id.id(), raw_rule)?;
        let weight = one.count(raw_rule, "weight")?;
        if weight.value > 1000 {
            return Err(one.err("weight", DataErrorReason::OutOfRange));
        }
        let (threshold_bp, threshold_eur) = match id.threshold_kind() {
            ThresholdKind::None => (None, None),
            ThresholdKind::Percent => (Some(one.bp(raw_rule, "threshold_bp")?), None),
            ThresholdKind::Euros => (None, Some(one.euros(raw_rule, "threshold_eur")?)),
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

#[inline(never)]
fn validate_candidate(root: &Scope, doc: &Object) -> Result<CandidateData, DataError> {
    let (r, s) = root.child(doc, "candidate_quiz")?;
    let (y, ys) = s.child(r, "years")?;
    let am_min_years = ys.count(y, "am_min")?;
    let senior_min_years = ys.count(y, "senior_min")?;
    let kam_min_years = ys.count(y, "kam_min")?;
    if am_min_years.value > senior_min_years.value {
        return Err(ys.err("am_min", DataErrorReason::MinAboveMax));
    }
    if senior_min_years.value > kam_min_years.value {
        return Err(ys.err("senior_min", DataErrorReason::MinAboveMax));
    }
    let pmap = s.group(r, "points")?;
    let ps = s.sub("points");
    for k in pmap.keys() {
        if CandPoint::parse(k).is_none() {
            return Err(ps.err(k, DataErrorReason::UnknownKey));
        }
    }
    let mut points = Vec::new();
    for p in CandPoint::ALL {
        // Not `get`: here a `null` is a wrong value, not an absent one.
        let v = ps.count_of(p.id(), pmap.get(p.id()))?;
        if v.value > 100 {
            return Err(ps.err(p.id(), DataErrorReason::OutOfRange));
        }
        points.push((p, v));
    }
    Ok(CandidateData {
        am_min_years,
        senior_min_years,
        kam_min_years,
        kam_ready_min_points: s.count(r, "kam_ready_min_points")?,
        points,
    })
}

#[inline(never)]
fn validate_career(root: &Scope, doc: &Object) -> Result<CareerPath, DataError> {
    let (r, s) = root.child(doc, "career_path")?;
    Ok(CareerPath {
        am_stage_years: s.range(r, "am_stage_years", true)?,
        senior_stage_years: s.range(r, "senior_stage_years", true)?,
        total_years: s.range(r, "total_years", true)?,
    })
}

#[inline(never)]
fn validate_facts(root: &Scope, doc: &Object) -> Result<Vec<Fact>, DataError> {
    let (r, s) = root.child(doc, "facts")?;
    id_items(&s, r, |item, id, is| {
        let unit = match get_str(item, "unit").unwrap_or_default() {
            "eur" => FactUnit::Eur,
            "count" => FactUnit::Count,
            "bp" => FactUnit::Bp,
            "years" => FactUnit::Years,
            "months" => FactUnit::Months,
            "days" => FactUnit::Days,
            other => return Err(is.err("unit", DataErrorReason::UnknownReference(other.into()))),
        };
        let min = is.int(item, "min")?;
        let max = match get(item, "max") {
            Some(_) => Some(is.int(item, "max")?),
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
        Ok(Fact {
            id: id.to_string(),
            unit,
            min,
            max,
        })
    })
}

#[cfg(test)]
mod tests {
    // reason: tests fail loudly on purpose.
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    // Test documents are edited as serde_json trees (which index and print
    // themselves) and fed to the loader as text, so the loader's own reader
    // is exercised too.
    use serde_json::Value;
    type Object = serde_json::Map<String, Value>;

    fn fails(r: Result<Config, DataError>) -> (String, DataErrorReason) {
        let e = r.err().unwrap();
        (e.field, e.reason)
    }

    fn over(json: &str) -> (String, DataErrorReason) {
        fails(Config::with_override(json))
    }

    /// The builtin document with `edit` applied to its JSON tree.
    fn edited(edit: impl FnOnce(&mut Object)) -> (String, DataErrorReason) {
        let mut doc: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
        edit(doc.as_object_mut().unwrap());
        fails(Config::from_json(&doc.to_string()))
    }

    #[test]
    fn unknown_keys_are_named_where_they_are() {
        assert_eq!(
            over(r#"{"salary": {"regions": {"items": [{"id": "bonn", "lable": 1}]}}}"#),
            (
                "salary.regions.items.bonn.lable".into(),
                DataErrorReason::UnknownKey
            )
        );
        assert_eq!(
            edited(|d| {
                d.insert("extra".into(), Value::Bool(true));
            }),
            ("extra".into(), DataErrorReason::UnknownKey)
        );
        // An unknown rule id is named itself, even when its value is broken too.
        assert_eq!(
            over(r#"{"employer_quiz": {"rules": {"gut_feeling": true}}}"#),
            (
                "employer_quiz.rules.gut_feeling".into(),
                DataErrorReason::UnknownKey
            )
        );
    }

    #[test]
    fn wrong_shapes_name_the_path() {
        assert_eq!(
            over(r#"{"salary": {"roles": "many"}}"#),
            (
                "salary.roles".into(),
                DataErrorReason::WrongType("an object")
            )
        );
        assert_eq!(
            over(r#"{"cars": {"items": {"id": "van"}}}"#),
            ("cars.items".into(), DataErrorReason::WrongType("a list"))
        );
        assert_eq!(
            over(r#"{"social_security": {"source": 7}}"#),
            (
                "social_security.source".into(),
                DataErrorReason::WrongType("a string")
            )
        );
        assert_eq!(
            fails(Config::from_json("[]")),
            ("(document)".into(), DataErrorReason::WrongType("an object"))
        );
        // An item without an id is named by its position.
        assert_eq!(
            edited(|d| {
                d["facts"]["items"][0].as_object_mut().unwrap().remove("id");
            }),
            ("facts.items.0.id".into(), DataErrorReason::Missing)
        );
    }

    #[test]
    fn null_reads_as_absent() {
        // In the file itself (an override turns null into a figure): an
        // optional band falls back to its rule, a required figure is missing.
        let mut doc: Value = serde_json::from_str(BUILTIN_JSON).unwrap();
        doc["salary"]["families"]["am"]["traditional"] = Value::Null;
        doc["salary"]["families"]["am"]["source"] = Value::Null;
        assert_eq!(Config::from_json(&doc.to_string()), Config::builtin());
        assert_eq!(
            edited(|d| {
                d["team"]["am_capacity"]["max"] = Value::Null;
            }),
            ("team.am_capacity.max".into(), DataErrorReason::Missing)
        );
    }
}
