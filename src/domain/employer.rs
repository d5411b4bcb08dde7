//! The employer quiz: does this company need a Key Account Manager?
//! (domain guide §5). The rules live here; their weights and thresholds live
//! in the data file (`employer_quiz.rules`).

use crate::domain::cost::{team_cost, CalculatorInputs, MAX_HEADCOUNT};
use crate::domain::data::{Config, RuleData};
use crate::domain::money::{Bp, Cents};
use crate::domain::question::{find, Answer, Answers, NumberUnit, Question, QuestionKind};
use crate::domain::source::Sourced;
use crate::domain::team::{size_team, HeadcountRange, TeamSizing};

/// Question ids of the employer quiz.
pub mod q {
    /// B2B with few large customers / mixed / mass business.
    pub const BUSINESS_MODEL: &str = "business_model";
    /// Share of annual revenue of the largest customer.
    pub const LARGEST_CUSTOMER_SHARE: &str = "largest_customer_share";
    /// Share of revenue of the top 3–10 customers together.
    pub const TOP_CUSTOMERS_SHARE: &str = "top_customers_share";
    /// Typical revenue per customer (bands).
    pub const CUSTOMER_REVENUE: &str = "customer_revenue";
    /// Annual company revenue in euros.
    pub const ANNUAL_REVENUE: &str = "annual_revenue";
    /// Are there customers whose loss would seriously endanger the business?
    pub const CRITICAL_CUSTOMERS: &str = "critical_customers";
    /// Are important customers being lost to competitors?
    pub const LOSING_TO_COMPETITORS: &str = "losing_to_competitors";
    /// Complex requirements needing individual solutions.
    pub const COMPLEX_REQUIREMENTS: &str = "complex_requirements";
    /// Long sales cycles with several decision makers.
    pub const LONG_SALES_CYCLES: &str = "long_sales_cycles";
    /// Goal: from transactional to strategic partnerships.
    pub const STRATEGIC_PARTNERSHIP_GOAL: &str = "strategic_partnership_goal";
    /// Technology / mechanical engineering / GreenTech with six-figure projects.
    pub const SIX_FIGURE_PROJECTS: &str = "six_figure_projects";
    /// Customers are large companies with complex decision processes.
    pub const LARGE_COMPANY_CUSTOMERS: &str = "large_company_customers";
    /// One person would negotiate with purchasing heads, CTOs and CEOs at once.
    pub const MULTI_LEVEL_NEGOTIATION: &str = "multi_level_negotiation";
    /// Management constantly pulled into operational customer care.
    pub const MANAGEMENT_IN_OPERATIONS: &str = "management_in_operations";
    /// Number of key customers (team sizing).
    pub const KEY_CUSTOMERS: &str = "key_customers";
    /// Number of other customers (team sizing).
    pub const OTHER_CUSTOMERS: &str = "other_customers";
}

/// Options of [`q::BUSINESS_MODEL`].
pub const BUSINESS_MODEL_OPTIONS: &[&str] = &["few_large", "mixed", "mass_market"];
/// Options of [`q::CUSTOMER_REVENUE`] (edges in `customer_revenue_bands_eur`).
pub const CUSTOMER_REVENUE_OPTIONS: &[&str] = &["under_10k", "10k_100k", "100k_500k", "500k_plus"];

/// The employer quiz, in the order it is asked.
pub static EMPLOYER_QUESTIONS: &[Question] = &[
    Question {
        id: q::BUSINESS_MODEL,
        key: "emp.q.business_model",
        kind: QuestionKind::Choice {
            options: BUSINESS_MODEL_OPTIONS,
        },
        optional: false,
    },
    Question {
        id: q::LARGEST_CUSTOMER_SHARE,
        key: "emp.q.largest_customer_share",
        kind: QuestionKind::Percent,
        optional: false,
    },
    Question {
        id: q::TOP_CUSTOMERS_SHARE,
        key: "emp.q.top_customers_share",
        kind: QuestionKind::Percent,
        optional: true,
    },
    Question {
        id: q::CUSTOMER_REVENUE,
        key: "emp.q.customer_revenue",
        kind: QuestionKind::Choice {
            options: CUSTOMER_REVENUE_OPTIONS,
        },
        optional: true,
    },
    Question {
        id: q::ANNUAL_REVENUE,
        key: "emp.q.annual_revenue",
        kind: QuestionKind::Number {
            min: 0,
            max: 1_000_000_000_000,
            unit: NumberUnit::Euros,
        },
        optional: false,
    },
    Question::yes_no(q::CRITICAL_CUSTOMERS, "emp.q.critical_customers"),
    Question {
        id: q::LOSING_TO_COMPETITORS,
        key: "emp.q.losing_to_competitors",
        kind: QuestionKind::YesNo,
        optional: false,
    },
    Question::yes_no(q::COMPLEX_REQUIREMENTS, "emp.q.complex_requirements"),
    Question::yes_no(q::LONG_SALES_CYCLES, "emp.q.long_sales_cycles"),
    Question::yes_no(
        q::STRATEGIC_PARTNERSHIP_GOAL,
        "emp.q.strategic_partnership_goal",
    ),
    Question::yes_no(q::SIX_FIGURE_PROJECTS, "emp.q.six_figure_projects"),
    Question::yes_no(q::LARGE_COMPANY_CUSTOMERS, "emp.q.large_company_customers"),
    Question::yes_no(q::MULTI_LEVEL_NEGOTIATION, "emp.q.multi_level_negotiation"),
    Question::yes_no(
        q::MANAGEMENT_IN_OPERATIONS,
        "emp.q.management_in_operations",
    ),
    Question {
        id: q::KEY_CUSTOMERS,
        key: "emp.q.key_customers",
        kind: QuestionKind::Number {
            min: 0,
            max: 100_000,
            unit: NumberUnit::Count,
        },
        optional: true,
    },
    Question {
        id: q::OTHER_CUSTOMERS,
        key: "emp.q.other_customers",
        kind: QuestionKind::Number {
            min: 0,
            max: 100_000_000,
            unit: NumberUnit::Count,
        },
        optional: true,
    },
];

/// How strongly a rule speaks (domain guide §5's three lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// Alone justifies a KAM.
    Strong,
    /// Supports a KAM.
    Supporting,
    /// Speaks against a KAM.
    Counter,
}

impl Strength {
    /// The text key ("emp.strength.strong" …).
    pub const fn text_key(self) -> &'static str {
        match self {
            Strength::Strong => "emp.strength.strong",
            Strength::Supporting => "emp.strength.supporting",
            Strength::Counter => "emp.strength.counter",
        }
    }
}

/// Which way a rule pushes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Towards a KAM.
    ProKam,
    /// Towards an AM team.
    ContraKam,
}

impl Direction {
    /// The text key ("emp.direction.pro_kam" …).
    pub const fn text_key(self) -> &'static str {
        match self {
            Direction::ProKam => "emp.direction.pro_kam",
            Direction::ContraKam => "emp.direction.contra_kam",
        }
    }
}

/// Which threshold a rule needs from the data file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThresholdKind {
    /// None (a yes/no or option rule).
    None,
    /// `threshold_bp`.
    Percent,
    /// `threshold_eur`.
    Euros,
}

/// The rules of domain guide §5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RuleId {
    /// §5 strong 1: one customer makes more than 10 % of revenue.
    LargestCustomerShare,
    /// §5 strong 2: 3–10 customers make 40–60 % of revenue.
    TopCustomersShare,
    /// §5 strong 3 (urgent): important customers lost to competitors.
    LosingToCompetitors,
    /// §5 strong 4: revenue from about 5 M € and business-critical customers.
    RevenueWithCriticalCustomers,
    /// §5 supporting: complex requirements needing individual solutions.
    ComplexRequirements,
    /// §5 supporting: long sales cycles, several decision makers.
    LongSalesCycles,
    /// §5 supporting: goal of strategic partnerships.
    StrategicPartnershipGoal,
    /// §5 supporting: B2B with few large customers.
    FewLargeCustomers,
    /// §5 supporting (from §1's key-account size): customers of 500 k €+.
    KeyCustomerRevenue,
    /// §5 supporting: tech / mechanical engineering / GreenTech six-figure projects.
    SixFigureProjects,
    /// §5 supporting: customers are large companies.
    LargeCompanyCustomers,
    /// §5 supporting: negotiation with purchasing heads, CTOs and CEOs at once.
    MultiLevelNegotiation,
    /// §5 supporting: management pulled into operational customer care.
    ManagementInOperations,
    /// §5 counter: mass business with many small customers.
    MassMarket,
    /// §5 counter: customers of 10,000–100,000 €/yr (or smaller).
    SmallCustomers,
    /// §5 counter: company revenue well below 5 M €.
    RevenueWellBelow,
}

impl RuleId {
    /// All rules, in explanation order.
    pub const ALL: [RuleId; 16] = [
        RuleId::LargestCustomerShare,
        RuleId::TopCustomersShare,
        RuleId::LosingToCompetitors,
        RuleId::RevenueWithCriticalCustomers,
        RuleId::ComplexRequirements,
        RuleId::LongSalesCycles,
        RuleId::StrategicPartnershipGoal,
        RuleId::FewLargeCustomers,
        RuleId::KeyCustomerRevenue,
        RuleId::SixFigureProjects,
        RuleId::LargeCompanyCustomers,
        RuleId::MultiLevelNegotiation,
        RuleId::ManagementInOperations,
        RuleId::MassMarket,
        RuleId::SmallCustomers,
        RuleId::RevenueWellBelow,
    ];

    /// The id used in the data file.
    pub const fn id(self) -> &'static str {
        match self {
            RuleId::LargestCustomerShare => "largest_customer_share",
            RuleId::TopCustomersShare => "top_customers_share",
            RuleId::LosingToCompetitors => "losing_to_competitors",
            RuleId::RevenueWithCriticalCustomers => "revenue_with_critical_customers",
            RuleId::ComplexRequirements => "complex_requirements",
            RuleId::LongSalesCycles => "long_sales_cycles",
            RuleId::StrategicPartnershipGoal => "strategic_partnership_goal",
            RuleId::FewLargeCustomers => "few_large_customers",
            RuleId::KeyCustomerRevenue => "key_customer_revenue",
            RuleId::SixFigureProjects => "six_figure_projects",
            RuleId::LargeCompanyCustomers => "large_company_customers",
            RuleId::MultiLevelNegotiation => "multi_level_negotiation",
            RuleId::ManagementInOperations => "management_in_operations",
            RuleId::MassMarket => "mass_market",
            RuleId::SmallCustomers => "small_customers",
            RuleId::RevenueWellBelow => "revenue_well_below",
        }
    }

    /// The rule for an id.
    pub fn parse(id: &str) -> Option<RuleId> {
        RuleId::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Text key of the rule's explanation (`"emp.rule.<id>"`).
    pub fn text_key(self) -> String {
        format!("emp.rule.{}", self.id())
    }

    /// Its strength, as domain guide §5 lists it.
    pub const fn strength(self) -> Strength {
        match self {
            RuleId::LargestCustomerShare
            | RuleId::TopCustomersShare
            | RuleId::LosingToCompetitors
            | RuleId::RevenueWithCriticalCustomers => Strength::Strong,
            RuleId::MassMarket | RuleId::SmallCustomers | RuleId::RevenueWellBelow => {
                Strength::Counter
            }
            _ => Strength::Supporting,
        }
    }

    /// Its direction: counter signals speak against a KAM.
    pub const fn direction(self) -> Direction {
        match self.strength() {
            Strength::Counter => Direction::ContraKam,
            _ => Direction::ProKam,
        }
    }

    /// The threshold it reads from the data file.
    pub const fn threshold_kind(self) -> ThresholdKind {
        match self {
            RuleId::LargestCustomerShare | RuleId::TopCustomersShare => ThresholdKind::Percent,
            RuleId::RevenueWithCriticalCustomers | RuleId::RevenueWellBelow => ThresholdKind::Euros,
            _ => ThresholdKind::None,
        }
    }

    /// The questions it reads.
    pub const fn questions(self) -> &'static [&'static str] {
        match self {
            RuleId::LargestCustomerShare => &[q::LARGEST_CUSTOMER_SHARE],
            RuleId::TopCustomersShare => &[q::TOP_CUSTOMERS_SHARE],
            RuleId::LosingToCompetitors => &[q::LOSING_TO_COMPETITORS],
            RuleId::RevenueWithCriticalCustomers => &[q::ANNUAL_REVENUE, q::CRITICAL_CUSTOMERS],
            RuleId::ComplexRequirements => &[q::COMPLEX_REQUIREMENTS],
            RuleId::LongSalesCycles => &[q::LONG_SALES_CYCLES],
            RuleId::StrategicPartnershipGoal => &[q::STRATEGIC_PARTNERSHIP_GOAL],
            RuleId::FewLargeCustomers | RuleId::MassMarket => &[q::BUSINESS_MODEL],
            RuleId::KeyCustomerRevenue | RuleId::SmallCustomers => &[q::CUSTOMER_REVENUE],
            RuleId::SixFigureProjects => &[q::SIX_FIGURE_PROJECTS],
            RuleId::LargeCompanyCustomers => &[q::LARGE_COMPANY_CUSTOMERS],
            RuleId::MultiLevelNegotiation => &[q::MULTI_LEVEL_NEGOTIATION],
            RuleId::ManagementInOperations => &[q::MANAGEMENT_IN_OPERATIONS],
            RuleId::RevenueWellBelow => &[q::ANNUAL_REVENUE],
        }
    }
}

/// The four outcomes (domain guide §5 \[D\] outcome levels), in rising order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// "AM team is enough".
    AmEnough,
    /// "AM now, plan a KAM".
    PlanKam,
    /// "KAM recommended".
    KamRecommended,
    /// "KAM urgently needed".
    KamUrgent,
}

impl Level {
    /// All levels, lowest first.
    pub const ALL: [Level; 4] = [
        Level::AmEnough,
        Level::PlanKam,
        Level::KamRecommended,
        Level::KamUrgent,
    ];

    /// Stable id.
    pub const fn id(self) -> &'static str {
        match self {
            Level::AmEnough => "am_enough",
            Level::PlanKam => "plan_kam",
            Level::KamRecommended => "kam_recommended",
            Level::KamUrgent => "kam_urgent",
        }
    }

    /// Text key of the level's name (`"emp.level.<id>"`).
    pub fn text_key(self) -> String {
        format!("emp.level.{}", self.id())
    }

    /// Text key of the level's one-paragraph summary.
    pub fn summary_key(self) -> String {
        format!("emp.level.{}.summary", self.id())
    }
}

/// How a trigger compares the answer with the threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// Answer strictly above the threshold.
    Above,
    /// Answer at or above the threshold.
    AtLeast,
    /// Answer below the threshold.
    Below,
    /// Answer equals the expected value / option.
    Is,
}

/// The threshold a trigger compared against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threshold {
    /// A revenue share.
    Percent(Sourced<Bp>),
    /// A euro amount.
    Euros(Sourced<Cents>),
    /// An option id the answer matched.
    Choice(&'static str),
    /// A yes answer.
    Yes,
}

/// One answer that made a rule fire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trigger {
    /// The question.
    pub question: &'static str,
    /// The answer given.
    pub answer: Answer,
    /// How it was compared.
    pub comparison: Comparison,
    /// With what.
    pub threshold: Threshold,
}

/// A rule that fired, with everything the UI needs to explain it: "the
/// largest customer brings 18 % of revenue, above the 10 % threshold: a
/// strong sign for a KAM".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Factor {
    /// The rule.
    pub rule: RuleId,
    /// Text key of its explanation.
    pub text_key: String,
    /// Strong, supporting or counter.
    pub strength: Strength,
    /// Pro or contra KAM.
    pub direction: Direction,
    /// Its weight (added for pro, subtracted for contra).
    pub weight: Sourced<u32>,
    /// The answers that triggered it.
    pub triggers: Vec<Trigger>,
}

impl Factor {
    /// The signed contribution to the score.
    pub fn signed_weight(&self) -> i64 {
        match self.direction {
            Direction::ProKam => i64::from(self.weight.value),
            Direction::ContraKam => -i64::from(self.weight.value),
        }
    }
}

/// What decided the level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LevelReason {
    /// The score thresholds alone.
    Score,
    /// A strong signal lifted it to at least "KAM recommended".
    StrongSignal(RuleId),
    /// The loss-to-competitors warning made it urgent.
    Urgent(RuleId),
}

impl LevelReason {
    /// Every text key of the explanation lines.
    pub const TEXT_KEYS: [&'static str; 2] = ["emp.reason.strong_signal", "emp.reason.urgent"];

    /// Text key of the line that says why the level is above what the
    /// score alone gives (domain guide §5: the result shows which answers
    /// moved it); `None` when the score decided.
    pub fn text_key(self) -> Option<&'static str> {
        match self {
            LevelReason::Score => None,
            LevelReason::StrongSignal(_) => Some(Self::TEXT_KEYS[0]),
            LevelReason::Urgent(_) => Some(Self::TEXT_KEYS[1]),
        }
    }
}

/// Where the recommended team comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamBasis {
    /// Sized from the customer counts the visitor gave.
    CustomerCounts,
    /// The data file's default structure for the level (\[D\]).
    LevelDefault,
    /// The level's default structure, because the team the customer counts
    /// would need costs more than the revenue (see [`TeamCostWarning`]).
    Unaffordable,
}

/// The team the verdict recommends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecommendedTeam {
    /// KAMs now.
    pub kam: HeadcountRange,
    /// AMs now.
    pub am: HeadcountRange,
    /// KAMs to plan for later ("AM now, plan a KAM").
    pub planned_kam: Option<HeadcountRange>,
    /// How it was derived.
    pub basis: TeamBasis,
    /// The sizing used, when customer counts were given.
    pub sizing: Option<TeamSizing>,
}

impl RecommendedTeam {
    /// The KAM and AM counts the calculator starts from (\[D\], labelled
    /// as an assumption where the link is shown): the lower KAM count,
    /// at least the KAMs to plan, and the middle of the AM range rounded
    /// up. The lower KAM count because each KAM is a large cost and the
    /// key customers set it; the AM middle because the AM range is wide
    /// (20–50 customers each). Both stay within the calculator's
    /// head-count limit (a million customers gave 35,004 AMs, which the
    /// calculator's field and its links refuse).
    pub fn calculator_team(&self) -> (u32, u32) {
        let kam = self.kam.min.max(self.planned_kam.map_or(0, |p| p.min));
        let spread = self.am.max.saturating_sub(self.am.min);
        let am = self.am.min.saturating_add(spread.div_ceil(2));
        (kam.min(MAX_HEADCOUNT), am.min(MAX_HEADCOUNT))
    }
}

/// The result of the employer quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerVerdict {
    /// The outcome level.
    pub level: Level,
    /// What decided the level.
    pub reason: LevelReason,
    /// Sum of signed weights of the fired rules.
    pub score: i64,
    /// Share of the rules' total weight whose questions were answered.
    pub confidence: Bp,
    /// The rules that fired, in [`RuleId::ALL`] order.
    pub factors: Vec<Factor>,
    /// The recommended team.
    pub team: RecommendedTeam,
    /// Set when even the low end of the recommended team costs more per
    /// year than the revenue the visitor gave.
    pub team_cost_warning: Option<TeamCostWarning>,
}

/// A team the company's revenue cannot carry: what the customer counts
/// would need, named in the result instead of recommended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TeamCostWarning {
    /// KAMs the counts would need.
    pub kam: HeadcountRange,
    /// AMs the counts would need.
    pub am: HeadcountRange,
    /// The team costed: the one the calculator would start from (KAMs,
    /// AMs; see [`RecommendedTeam::calculator_team`]).
    pub costed: (u32, u32),
    /// Yearly cost of the low end of the range (the fewest KAMs and AMs) at
    /// the calculator's default values.
    pub yearly: Cents,
    /// The annual revenue the visitor gave.
    pub revenue: Cents,
}

impl EmployerVerdict {
    /// Text key of the summary under the verdict. "Urgent" has three: the
    /// level's own speaks of revenue resting on a few customers, which is
    /// only true when a concentration rule fired; customers going to
    /// competitors have theirs (whether the warning or the score made it
    /// urgent); and many supporting signals without either get one that
    /// claims neither.
    pub fn summary_key(&self) -> String {
        if self.level == Level::KamUrgent {
            let fired = |r: RuleId| self.factors.iter().any(|f| f.rule == r);
            if fired(RuleId::LosingToCompetitors) {
                return URGENT_LOSING_SUMMARY.to_string();
            }
            if !(fired(RuleId::LargestCustomerShare)
                || fired(RuleId::TopCustomersShare)
                || fired(RuleId::RevenueWithCriticalCustomers))
            {
                return URGENT_SIGNALS_SUMMARY.to_string();
            }
        }
        self.level.summary_key()
    }
}

/// Summary of "KAM urgently needed" when customers go to competitors.
pub const URGENT_LOSING_SUMMARY: &str = "emp.level.kam_urgent.losing.summary";

/// Summary of "KAM urgently needed" reached by supporting signals alone.
pub const URGENT_SIGNALS_SUMMARY: &str = "emp.level.kam_urgent.signals.summary";

/// Text key of the message for a top-customers share below the largest
/// customer's (`{value}`: that share).
pub const TOP_BELOW_LARGEST: &str = "emp.floor.top_customers";

/// The least a percentage answer can be given the others, with the text
/// key that says why: the 3–10 largest customers together hold at least
/// the largest one's share (a review entered 60 % and then 30 %). `None`
/// where no other answer bounds the question.
pub fn percent_floor(answers: &Answers, id: &str) -> Option<(Bp, &'static str)> {
    if id == q::TOP_CUSTOMERS_SHARE {
        answers
            .percent(q::LARGEST_CUSTOMER_SHARE)
            .map(|p| (p, TOP_BELOW_LARGEST))
    } else {
        None
    }
}

/// Evaluates the employer quiz (domain guide §5).
///
/// Score: sum of the weights of fired pro rules minus those of fired counter
/// rules; the level follows the score thresholds in the data, but any strong
/// signal lifts it to at least "KAM recommended" ("each alone justifies a
/// KAM") and the loss-to-competitors warning to "KAM urgently needed".
pub fn evaluate(cfg: &Config, answers: &Answers) -> EmployerVerdict {
    let mut factors = Vec::new();
    let mut answered_weight: u64 = 0;
    let mut total_weight: u64 = 0;
    for rule in &cfg.employer.rules {
        let w = u64::from(rule.weight.value);
        total_weight = total_weight.saturating_add(w);
        let fired = check_rule(rule, answers);
        let decided = fired.is_some() || rule.rule.questions().iter().all(|id| answers.is_answered(id))
            // A revenue below the threshold decides the combined rule without
            // the second question.
            || (rule.rule == RuleId::RevenueWithCriticalCustomers
                && below_threshold(rule, answers.number(q::ANNUAL_REVENUE)));
        if decided {
            answered_weight = answered_weight.saturating_add(w);
        }
        if let Some(triggers) = fired {
            factors.push(Factor {
                rule: rule.rule,
                text_key: rule.rule.text_key(),
                strength: rule.rule.strength(),
                direction: rule.rule.direction(),
                weight: rule.weight,
                triggers,
            });
        }
    }
    let score = factors
        .iter()
        .fold(0i64, |acc, f| acc.saturating_add(f.signed_weight()));

    let e = &cfg.employer;
    let by_score = if score >= e.kam_urgent_min_score.value {
        Level::KamUrgent
    } else if score >= e.kam_recommended_min_score.value {
        Level::KamRecommended
    } else if score >= e.plan_kam_min_score.value {
        Level::PlanKam
    } else {
        Level::AmEnough
    };
    let (mut level, mut reason) = (by_score, LevelReason::Score);
    // domain guide §5: each strong signal alone justifies a KAM.
    if let Some(f) = factors.iter().find(|f| f.strength == Strength::Strong) {
        if level < Level::KamRecommended {
            level = Level::KamRecommended;
            reason = LevelReason::StrongSignal(f.rule);
        }
    }
    // domain guide §5, strong signal 3: losing customers to competitors is urgent.
    if factors
        .iter()
        .any(|f| f.rule == RuleId::LosingToCompetitors)
        && level < Level::KamUrgent
    {
        level = Level::KamUrgent;
        reason = LevelReason::Urgent(RuleId::LosingToCompetitors);
    }

    let confidence = answered_weight
        .saturating_mul(10_000)
        .checked_div(total_weight)
        .and_then(|v| i64::try_from(v).ok())
        .map_or(Bp::ZERO, Bp::clamped);

    let counted = recommend_team(cfg, level, answers);
    let team_cost_warning = team_cost_warning(cfg, &counted, answers);
    // A team the revenue cannot carry is named in the warning, and the
    // level's usual structure is recommended instead: "60–150 Account
    // Managers" was the headline of a 1.8 M€ web shop's result.
    // Only for a usual structure that costs less: a small firm whose counted
    // team is already below it keeps its own (with the warning).
    let default = level_default(cfg, level);
    let team = match team_cost_warning {
        Some(w) if yearly_cost(cfg, default.calculator_team()) < w.yearly => RecommendedTeam {
            basis: TeamBasis::Unaffordable,
            sizing: counted.sizing,
            ..default
        },
        _ => counted,
    };
    EmployerVerdict {
        level,
        reason,
        score,
        confidence,
        team_cost_warning,
        team,
        factors,
    }
}

/// The team-sizing rule (domain guide §5 \[D\]) counts customers, whatever
/// they are worth: 3,000 small web-shop customers give 60–150 AMs. When
/// the team the calculator would start from costs more per year than the
/// whole revenue, the result has to say so. Costed with the calculator's
/// defaults.
fn team_cost_warning(
    cfg: &Config,
    team: &RecommendedTeam,
    answers: &Answers,
) -> Option<TeamCostWarning> {
    let revenue = Cents::from_euros(answers.number(q::ANNUAL_REVENUE)?);
    let costed = team.calculator_team();
    let yearly = yearly_cost(cfg, costed);
    (yearly > revenue).then_some(TeamCostWarning {
        kam: team.kam,
        am: team.am,
        costed,
        yearly,
        revenue,
    })
}

/// A team's yearly cost at the calculator's default values.
fn yearly_cost(cfg: &Config, (kam, am): (u32, u32)) -> Cents {
    let inputs = CalculatorInputs {
        kam_count: Some(kam),
        am_count: Some(am),
        ..CalculatorInputs::default()
    };
    team_cost(cfg, &inputs).yearly
}

fn below_threshold(rule: &RuleData, revenue: Option<i64>) -> bool {
    match (rule.threshold_eur, revenue) {
        (Some(t), Some(r)) => Cents::from_euros(r) < t.value,
        _ => false,
    }
}

fn yes_trigger(answers: &Answers, id: &'static str) -> Option<Trigger> {
    (answers.yes_no(id) == Some(true)).then_some(Trigger {
        question: id,
        answer: Answer::YesNo(true),
        comparison: Comparison::Is,
        threshold: Threshold::Yes,
    })
}

fn choice_trigger(answers: &Answers, id: &'static str, options: &[&str]) -> Option<Trigger> {
    let chosen = answers.choice(EMPLOYER_QUESTIONS, id)?;
    let answer = answers.get(id)?;
    options.contains(&chosen).then_some(Trigger {
        question: id,
        answer,
        comparison: Comparison::Is,
        threshold: Threshold::Choice(chosen),
    })
}

/// The triggers if `rule` fires on `answers`, else `None`.
fn check_rule(rule: &RuleData, answers: &Answers) -> Option<Vec<Trigger>> {
    let one = |t: Option<Trigger>| t.map(|t| vec![t]);
    match rule.rule {
        // domain guide §5, strong signal 1: largest customer > 10 % of revenue.
        RuleId::LargestCustomerShare => {
            let t = rule.threshold_bp?;
            let share = answers.percent(q::LARGEST_CUSTOMER_SHARE)?;
            one((share > t.value).then_some(Trigger {
                question: q::LARGEST_CUSTOMER_SHARE,
                answer: Answer::Percent(share),
                comparison: Comparison::Above,
                threshold: Threshold::Percent(t),
            }))
        }
        // domain guide §5, strong signal 2: top 3–10 customers make ≥ 40 %.
        RuleId::TopCustomersShare => {
            let t = rule.threshold_bp?;
            let share = answers.percent(q::TOP_CUSTOMERS_SHARE)?;
            one((share >= t.value).then_some(Trigger {
                question: q::TOP_CUSTOMERS_SHARE,
                answer: Answer::Percent(share),
                comparison: Comparison::AtLeast,
                threshold: Threshold::Percent(t),
            }))
        }
        // domain guide §5, strong signal 3 (urgent).
        RuleId::LosingToCompetitors => one(yes_trigger(answers, q::LOSING_TO_COMPETITORS)),
        // domain guide §5, strong signal 4: revenue ≥ 5 M € and critical customers.
        RuleId::RevenueWithCriticalCustomers => {
            let t = rule.threshold_eur?;
            let revenue = answers.number(q::ANNUAL_REVENUE)?;
            if Cents::from_euros(revenue) < t.value {
                return None;
            }
            let critical = yes_trigger(answers, q::CRITICAL_CUSTOMERS)?;
            Some(vec![
                Trigger {
                    question: q::ANNUAL_REVENUE,
                    answer: Answer::Number(revenue),
                    comparison: Comparison::AtLeast,
                    threshold: Threshold::Euros(t),
                },
                critical,
            ])
        }
        // domain guide §5, supporting signals.
        RuleId::ComplexRequirements => one(yes_trigger(answers, q::COMPLEX_REQUIREMENTS)),
        RuleId::LongSalesCycles => one(yes_trigger(answers, q::LONG_SALES_CYCLES)),
        RuleId::StrategicPartnershipGoal => {
            one(yes_trigger(answers, q::STRATEGIC_PARTNERSHIP_GOAL))
        }
        RuleId::FewLargeCustomers => {
            one(choice_trigger(answers, q::BUSINESS_MODEL, &["few_large"]))
        }
        // domain guide §1: key accounts bring 500 k € and more a year.
        RuleId::KeyCustomerRevenue => {
            one(choice_trigger(answers, q::CUSTOMER_REVENUE, &["500k_plus"]))
        }
        RuleId::SixFigureProjects => one(yes_trigger(answers, q::SIX_FIGURE_PROJECTS)),
        RuleId::LargeCompanyCustomers => one(yes_trigger(answers, q::LARGE_COMPANY_CUSTOMERS)),
        RuleId::MultiLevelNegotiation => one(yes_trigger(answers, q::MULTI_LEVEL_NEGOTIATION)),
        RuleId::ManagementInOperations => one(yes_trigger(answers, q::MANAGEMENT_IN_OPERATIONS)),
        // domain guide §5, counter signals.
        RuleId::MassMarket => one(choice_trigger(answers, q::BUSINESS_MODEL, &["mass_market"])),
        RuleId::SmallCustomers => one(choice_trigger(
            answers,
            q::CUSTOMER_REVENUE,
            &["under_10k", "10k_100k"],
        )),
        RuleId::RevenueWellBelow => {
            let t = rule.threshold_eur?;
            let revenue = answers.number(q::ANNUAL_REVENUE)?;
            one((Cents::from_euros(revenue) < t.value).then_some(Trigger {
                question: q::ANNUAL_REVENUE,
                answer: Answer::Number(revenue),
                comparison: Comparison::Below,
                threshold: Threshold::Euros(t),
            }))
        }
    }
}

/// The team for a level (domain guide §5, "Recommended structure": AMs for
/// breadth, KAMs for identified key customers).
///
/// With customer counts: sized by [`size_team`]; at the AM levels all
/// customers go to AMs (and "plan a KAM" names the KAMs to plan for); at the
/// KAM levels a KAM is always included, even for zero named key customers.
/// Without counts: the level's default structure from the data (\[D\]).
/// The data file's usual structure for `level` (\[D\]).
fn level_default(cfg: &Config, level: Level) -> RecommendedTeam {
    let [enough, plan, recommended, urgent] = cfg.team.default_by_level;
    let d = match level {
        Level::AmEnough => enough,
        Level::PlanKam => plan,
        Level::KamRecommended => recommended,
        Level::KamUrgent => urgent,
    };
    RecommendedTeam {
        kam: HeadcountRange::from_counts(&d.kam),
        am: HeadcountRange::from_counts(&d.am),
        planned_kam: None,
        basis: TeamBasis::LevelDefault,
        sizing: None,
    }
}

fn recommend_team(cfg: &Config, level: Level, answers: &Answers) -> RecommendedTeam {
    let key = answers.number(q::KEY_CUSTOMERS);
    let other = answers.number(q::OTHER_CUSTOMERS);
    if key.is_none() && other.is_none() {
        return level_default(cfg, level);
    }
    let to_u32 = |n: Option<i64>| n.and_then(|n| u32::try_from(n).ok()).unwrap_or(0);
    let (key, other) = (to_u32(key), to_u32(other));
    let sizing = size_team(cfg, key, other);
    let at_least_one = |r: HeadcountRange| HeadcountRange {
        min: r.min.max(1),
        max: r.max.max(1),
    };
    let (kam, am, planned_kam) = match level {
        Level::AmEnough | Level::PlanKam => {
            let all = size_team(cfg, 0, key.saturating_add(other));
            let planned = (level == Level::PlanKam).then(|| at_least_one(sizing.kam));
            (HeadcountRange::default(), all.am, planned)
        }
        Level::KamRecommended | Level::KamUrgent => (at_least_one(sizing.kam), sizing.am, None),
    };
    RecommendedTeam {
        kam,
        am,
        planned_kam,
        basis: TeamBasis::CustomerCounts,
        sizing: Some(sizing),
    }
}

/// The employer question with `id`.
pub fn question(id: &str) -> Option<&'static Question> {
    find(EMPLOYER_QUESTIONS, id)
}
