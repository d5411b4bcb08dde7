//! The candidate quiz: which role fits a person? (domain guide §6, with the
//! career path of §4 and the salary bands of §2). Year thresholds and
//! competence points live in the data file (`candidate_quiz`).

use crate::domain::data::{Config, CountRange};
use crate::domain::money::Bp;
use crate::domain::question::{find, Answer, Answers, NumberUnit, Question, QuestionKind};
use crate::domain::salary::{band, IndustryGroup, Role, SalaryBand};
use crate::domain::source::Sourced;

/// Question ids of the candidate quiz.
pub mod q {
    /// Years in sales.
    pub const YEARS_IN_SALES: &str = "years_in_sales";
    /// Highest education.
    pub const EDUCATION: &str = "education";
    /// Typical yearly revenue of the accounts handled.
    pub const ACCOUNT_SIZE: &str = "account_size";
    /// Has negotiated with C-level (CEO, CFO, CTO).
    pub const C_LEVEL_NEGOTIATION: &str = "c_level_negotiation";
    /// Has written multi-year account plans.
    pub const ACCOUNT_PLANS: &str = "account_plans";
    /// Has negotiated framework contracts.
    pub const FRAMEWORK_CONTRACTS: &str = "framework_contracts";
    /// Has led cross-department projects.
    pub const CROSS_DEPARTMENT_PROJECTS: &str = "cross_department_projects";
    /// Depth of technical product knowledge.
    pub const TECHNICAL_DEPTH: &str = "technical_depth";
    /// Has an established industry network.
    pub const INDUSTRY_NETWORK: &str = "industry_network";
    /// Prefers variety and speed, or depth, pressure and politics.
    pub const PREFERENCE: &str = "preference";
}

/// Options of [`q::EDUCATION`].
pub const EDUCATION_OPTIONS: &[&str] = &["apprenticeship", "bachelor", "master_or_extra"];
/// Options of [`q::ACCOUNT_SIZE`] (same bands as the employer quiz).
pub const ACCOUNT_SIZE_OPTIONS: &[&str] = &["under_10k", "10k_100k", "100k_500k", "500k_plus"];
/// Options of [`q::TECHNICAL_DEPTH`].
pub const TECHNICAL_DEPTH_OPTIONS: &[&str] = &["basic", "solid", "deep"];
/// Options of [`q::PREFERENCE`].
pub const PREFERENCE_OPTIONS: &[&str] = &["variety_speed", "depth_politics", "undecided"];

/// The candidate quiz, in the order it is asked.
pub static CANDIDATE_QUESTIONS: &[Question] = &[
    Question {
        id: q::YEARS_IN_SALES,
        key: "cand.q.years_in_sales",
        kind: QuestionKind::Number {
            min: 0,
            max: 60,
            unit: NumberUnit::Years,
        },
        optional: false,
    },
    Question {
        id: q::EDUCATION,
        key: "cand.q.education",
        kind: QuestionKind::Choice {
            options: EDUCATION_OPTIONS,
        },
        optional: false,
    },
    Question {
        id: q::ACCOUNT_SIZE,
        key: "cand.q.account_size",
        kind: QuestionKind::Choice {
            options: ACCOUNT_SIZE_OPTIONS,
        },
        optional: true,
    },
    Question::yes_no(q::C_LEVEL_NEGOTIATION, "cand.q.c_level_negotiation"),
    Question::yes_no(q::ACCOUNT_PLANS, "cand.q.account_plans"),
    Question::yes_no(q::FRAMEWORK_CONTRACTS, "cand.q.framework_contracts"),
    Question::yes_no(
        q::CROSS_DEPARTMENT_PROJECTS,
        "cand.q.cross_department_projects",
    ),
    Question {
        id: q::TECHNICAL_DEPTH,
        key: "cand.q.technical_depth",
        kind: QuestionKind::Choice {
            options: TECHNICAL_DEPTH_OPTIONS,
        },
        optional: true,
    },
    Question::yes_no(q::INDUSTRY_NETWORK, "cand.q.industry_network"),
    Question {
        id: q::PREFERENCE,
        key: "cand.q.preference",
        kind: QuestionKind::Choice {
            options: PREFERENCE_OPTIONS,
        },
        optional: true,
    },
];

/// A competence that earns points towards "KAM-ready" (domain guide §1 and
/// §6: C-level negotiation, account plans, framework contracts, projects
/// across departments, deep technical knowledge, network, account size,
/// master's or extra qualification, preference for depth and politics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CandPoint {
    /// Negotiated with C-level.
    CLevelNegotiation,
    /// Multi-year account plans.
    AccountPlans,
    /// Framework contracts.
    FrameworkContracts,
    /// Cross-department projects.
    CrossDepartmentProjects,
    /// Industry network.
    IndustryNetwork,
    /// Solid technical knowledge.
    TechnicalSolid,
    /// Deep technical knowledge.
    TechnicalDeep,
    /// Handled accounts of 100–500 k €.
    Accounts100k500k,
    /// Handled accounts of 500 k € and more.
    Accounts500kPlus,
    /// Master's degree or extra qualification.
    EducationMaster,
    /// Prefers depth, pressure and politics.
    PreferenceDepth,
}

impl CandPoint {
    /// All competences.
    pub const ALL: [CandPoint; 11] = [
        CandPoint::CLevelNegotiation,
        CandPoint::AccountPlans,
        CandPoint::FrameworkContracts,
        CandPoint::CrossDepartmentProjects,
        CandPoint::IndustryNetwork,
        CandPoint::TechnicalSolid,
        CandPoint::TechnicalDeep,
        CandPoint::Accounts100k500k,
        CandPoint::Accounts500kPlus,
        CandPoint::EducationMaster,
        CandPoint::PreferenceDepth,
    ];

    /// The id used in the data file.
    pub const fn id(self) -> &'static str {
        match self {
            CandPoint::CLevelNegotiation => "c_level_negotiation",
            CandPoint::AccountPlans => "account_plans",
            CandPoint::FrameworkContracts => "framework_contracts",
            CandPoint::CrossDepartmentProjects => "cross_department_projects",
            CandPoint::IndustryNetwork => "industry_network",
            CandPoint::TechnicalSolid => "technical_solid",
            CandPoint::TechnicalDeep => "technical_deep",
            CandPoint::Accounts100k500k => "accounts_100k_500k",
            CandPoint::Accounts500kPlus => "accounts_500k_plus",
            CandPoint::EducationMaster => "education_master",
            CandPoint::PreferenceDepth => "preference_depth",
        }
    }

    /// The competence for an id.
    pub fn parse(id: &str) -> Option<CandPoint> {
        CandPoint::ALL.into_iter().find(|p| p.id() == id)
    }

    /// Text key explaining the competence as a factor (`"cand.factor.<id>"`).
    pub fn factor_key(self) -> String {
        format!("cand.factor.{}", self.id())
    }

    /// Text key of the advice to build this competence (`"cand.gap.<id>"`).
    pub fn gap_key(self) -> String {
        format!("cand.gap.{}", self.id())
    }

    /// The question that shows it.
    pub const fn question(self) -> &'static str {
        match self {
            CandPoint::CLevelNegotiation => q::C_LEVEL_NEGOTIATION,
            CandPoint::AccountPlans => q::ACCOUNT_PLANS,
            CandPoint::FrameworkContracts => q::FRAMEWORK_CONTRACTS,
            CandPoint::CrossDepartmentProjects => q::CROSS_DEPARTMENT_PROJECTS,
            CandPoint::IndustryNetwork => q::INDUSTRY_NETWORK,
            CandPoint::TechnicalSolid | CandPoint::TechnicalDeep => q::TECHNICAL_DEPTH,
            CandPoint::Accounts100k500k | CandPoint::Accounts500kPlus => q::ACCOUNT_SIZE,
            CandPoint::EducationMaster => q::EDUCATION,
            CandPoint::PreferenceDepth => q::PREFERENCE,
        }
    }

    /// Whether the answers show this competence.
    fn shown_by(self, a: &Answers) -> bool {
        let choice = |id| a.choice(CANDIDATE_QUESTIONS, id);
        match self {
            CandPoint::CLevelNegotiation
            | CandPoint::AccountPlans
            | CandPoint::FrameworkContracts
            | CandPoint::CrossDepartmentProjects
            | CandPoint::IndustryNetwork => a.yes_no(self.question()) == Some(true),
            CandPoint::TechnicalSolid => choice(q::TECHNICAL_DEPTH) == Some("solid"),
            CandPoint::TechnicalDeep => choice(q::TECHNICAL_DEPTH) == Some("deep"),
            CandPoint::Accounts100k500k => choice(q::ACCOUNT_SIZE) == Some("100k_500k"),
            CandPoint::Accounts500kPlus => choice(q::ACCOUNT_SIZE) == Some("500k_plus"),
            CandPoint::EducationMaster => choice(q::EDUCATION) == Some("master_or_extra"),
            CandPoint::PreferenceDepth => choice(q::PREFERENCE) == Some("depth_politics"),
        }
    }

    /// Alternatives of one question count once: the best of them is the
    /// one a gap list should name.
    const fn is_lesser_alternative(self) -> bool {
        matches!(
            self,
            CandPoint::TechnicalSolid | CandPoint::Accounts100k500k
        )
    }
}

/// The four outcomes (domain guide §6 \[D\]), in rising order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CandidateOutcome {
    /// Junior Account Manager.
    JuniorAm,
    /// Account Manager.
    Am,
    /// Senior Account Manager.
    SeniorAm,
    /// Ready for a Key Account Manager role.
    KamReady,
}

impl CandidateOutcome {
    /// All outcomes.
    pub const ALL: [CandidateOutcome; 4] = [
        CandidateOutcome::JuniorAm,
        CandidateOutcome::Am,
        CandidateOutcome::SeniorAm,
        CandidateOutcome::KamReady,
    ];

    /// Stable id.
    pub const fn id(self) -> &'static str {
        match self {
            CandidateOutcome::JuniorAm => "junior_am",
            CandidateOutcome::Am => "am",
            CandidateOutcome::SeniorAm => "senior_am",
            CandidateOutcome::KamReady => "kam_ready",
        }
    }

    /// Text key of the outcome (`"cand.outcome.<id>"`).
    pub fn text_key(self) -> String {
        format!("cand.outcome.{}", self.id())
    }

    /// The salary role that matches (a KAM-ready candidate starts as a new KAM).
    pub const fn role(self) -> Role {
        match self {
            CandidateOutcome::JuniorAm => Role::JuniorAm,
            CandidateOutcome::Am => Role::Am,
            CandidateOutcome::SeniorAm => Role::SeniorAm,
            CandidateOutcome::KamReady => Role::KamNew,
        }
    }
}

/// A competence that earned points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandFactor {
    /// The competence.
    pub point: CandPoint,
    /// Text key explaining it.
    pub text_key: String,
    /// The question and answer that showed it.
    pub question: &'static str,
    /// The answer.
    pub answer: Answer,
    /// Points earned.
    pub points: Sourced<u32>,
}

/// What experience says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Experience {
    /// Years in sales (0 when unanswered).
    pub years: u32,
    /// Whether the visitor answered.
    pub answered: bool,
    /// The level the years alone support (junior, AM or senior).
    pub by_years: CandidateOutcome,
    /// The year threshold of the next level, if any.
    pub next_threshold: Option<Sourced<u32>>,
}

/// Why a candidate is not (yet) KAM-ready, when that is the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocker {
    /// Fewer years than the KAM threshold.
    Years {
        /// Years needed.
        needed: Sourced<u32>,
    },
    /// Fewer competence points than needed.
    Points {
        /// Points needed.
        needed: Sourced<u32>,
    },
}

impl Blocker {
    /// Text key of the blocker.
    pub const fn text_key(self) -> &'static str {
        match self {
            Blocker::Years { .. } => "cand.blocker.years",
            Blocker::Points { .. } => "cand.blocker.points",
        }
    }
}

/// A next step on the career path (domain guide §4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CareerStep {
    /// Text key of the step.
    pub text_key: String,
    /// Typical duration in years, if the step has one.
    pub years: Option<CountRange>,
}

/// Optional context for the salary band (defaults: general industry,
/// national figures).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SalaryContext {
    /// Industry group.
    pub industry: IndustryGroup,
    /// Region id.
    pub region: Option<String>,
    /// Company-size id.
    pub company_size: Option<String>,
}

/// The result of the candidate quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateResult {
    /// The fitting role.
    pub outcome: CandidateOutcome,
    /// What the years alone say.
    pub experience: Experience,
    /// Competence points earned.
    pub points: u32,
    /// Points needed for KAM-ready.
    pub kam_ready_min_points: Sourced<u32>,
    /// Competences that earned points.
    pub factors: Vec<CandFactor>,
    /// Why not KAM-ready (empty when KAM-ready).
    pub blockers: Vec<Blocker>,
    /// Competences still missing for a KAM role, as text keys.
    pub gaps: Vec<String>,
    /// Next steps on the career path.
    pub next_steps: Vec<CareerStep>,
    /// Salary band of the fitting role.
    pub band: SalaryBand,
    /// Share of questions answered.
    pub confidence: Bp,
}

/// Evaluates the candidate quiz with national, general-industry salaries.
pub fn evaluate(cfg: &Config, answers: &Answers) -> CandidateResult {
    evaluate_with(cfg, answers, &SalaryContext::default())
}

/// Evaluates the candidate quiz (domain guide §6 \[D\]):
///
/// * fewer years than `am_min` → Junior AM (§6: 0–2 years);
/// * fewer than `senior_min` → AM (§6: 1–3 years);
/// * at least `kam_min` years **and** at least `kam_ready_min_points`
///   competence points → KAM-ready (§6: 5–10+ years, competence counts);
/// * otherwise → Senior AM (§6: about 5 years).
pub fn evaluate_with(cfg: &Config, answers: &Answers, ctx: &SalaryContext) -> CandidateResult {
    let c = &cfg.candidate;
    let years_answer = answers.number(q::YEARS_IN_SALES);
    let years = years_answer
        .and_then(|y| u32::try_from(y).ok())
        .unwrap_or(0);
    let (by_years, next_threshold) = if years < c.am_min_years.value {
        (CandidateOutcome::JuniorAm, Some(c.am_min_years))
    } else if years < c.senior_min_years.value {
        (CandidateOutcome::Am, Some(c.senior_min_years))
    } else if years < c.kam_min_years.value {
        (CandidateOutcome::SeniorAm, Some(c.kam_min_years))
    } else {
        (CandidateOutcome::SeniorAm, None)
    };

    let mut factors = Vec::new();
    let mut gaps = Vec::new();
    let mut points: u32 = 0;
    for p in CandPoint::ALL {
        let value = c.points_for(p);
        if p.shown_by(answers) {
            points = points.saturating_add(value.value);
            if let Some(answer) = answers.get(p.question()) {
                factors.push(CandFactor {
                    point: p,
                    text_key: p.factor_key(),
                    question: p.question(),
                    answer,
                    points: value,
                });
            }
        }
    }
    // The gap list names each missing competence once, by its stronger
    // alternative (deep technical knowledge, accounts of 500 k €+).
    for p in CandPoint::ALL {
        if !p.is_lesser_alternative() && !p.shown_by(answers) {
            gaps.push(p.gap_key());
        }
    }

    let enough_years = years >= c.kam_min_years.value;
    let enough_points = points >= c.kam_ready_min_points.value;
    let outcome = if by_years < CandidateOutcome::SeniorAm {
        by_years
    } else if enough_years && enough_points {
        CandidateOutcome::KamReady
    } else {
        CandidateOutcome::SeniorAm
    };
    let mut blockers = Vec::new();
    if outcome != CandidateOutcome::KamReady {
        if !enough_years {
            blockers.push(Blocker::Years {
                needed: c.kam_min_years,
            });
        }
        if !enough_points {
            blockers.push(Blocker::Points {
                needed: c.kam_ready_min_points,
            });
        }
    } else {
        gaps.clear();
    }

    let answered = CANDIDATE_QUESTIONS
        .iter()
        .filter(|qq| answers.is_answered(qq.id))
        .count();
    let confidence = Bp::clamped(
        i64::try_from(answered.saturating_mul(10_000) / CANDIDATE_QUESTIONS.len().max(1))
            .unwrap_or(0),
    );

    CandidateResult {
        outcome,
        experience: Experience {
            years,
            answered: years_answer.is_some(),
            by_years,
            next_threshold,
        },
        points,
        kam_ready_min_points: c.kam_ready_min_points,
        factors,
        blockers,
        gaps,
        next_steps: next_steps(cfg, outcome, years_answer.is_some().then_some(years)),
        band: band(
            cfg,
            outcome.role(),
            ctx.industry,
            ctx.region.as_deref(),
            ctx.company_size.as_deref(),
        ),
        confidence,
    }
}

/// Next steps along domain guide §4's career path: AM 2–3 years → Senior AM
/// 2–3 years → KAM, 3–7 years in all, by internal promotion or by changing
/// employer. Without the visitor's years: the stages with their typical
/// lengths and the article's 3–7 years in all. With them, the stages
/// without lengths and one line for what is left: the article's stage
/// lengths and its total do not add up (2–3 + 2–3 is not 3–7), and two
/// reviews read a contradiction in whichever pair stood together. What is
/// left is the total less the years done (four years in, "3 to 7 in all"
/// read like up to seven more), never less than the years still missing to
/// the KAM role's minimum (§6).
fn next_steps(cfg: &Config, outcome: CandidateOutcome, years: Option<u32>) -> Vec<CareerStep> {
    let p = &cfg.career;
    let step = |key: &str, years: Option<CountRange>| CareerStep {
        text_key: format!("cand.step.{key}"),
        years,
    };
    let (am_step, senior_step, path) = match years {
        None => (
            step("am_stage", Some(p.am_stage_years)),
            step("senior_stage", Some(p.senior_stage_years)),
            step("path_total", Some(p.total_years)),
        ),
        Some(done) => {
            let left = |v: Sourced<u32>| Sourced {
                value: v.value.saturating_sub(done),
                ..v
            };
            let missing = left(cfg.candidate.kam_min_years);
            let at_least = |v: Sourced<u32>| if v.value < missing.value { missing } else { v };
            (
                step("am_stage_plain", None),
                step("senior_stage_plain", None),
                step(
                    "path_remaining",
                    Some(CountRange {
                        min: at_least(left(p.total_years.min)),
                        max: at_least(left(p.total_years.max)),
                    }),
                ),
            )
        }
    };
    match outcome {
        CandidateOutcome::JuniorAm => vec![
            step("junior_gain_experience", None),
            am_step,
            senior_step,
            path,
        ],
        CandidateOutcome::Am => vec![
            am_step,
            step("take_larger_accounts", None),
            senior_step,
            path,
        ],
        CandidateOutcome::SeniorAm => vec![
            step("senior_stage", Some(p.senior_stage_years)),
            step("build_strategic_skills", None),
            step("coach_juniors", None),
            // Not "apply now": the result names what is still missing.
            step("move_to_kam_when_ready", None),
        ],
        CandidateOutcome::KamReady => vec![
            step("move_to_kam", None),
            step("internal_promotion", None),
            step("change_employer", None),
        ],
    }
}

/// Every career-step key [`evaluate`] can emit.
pub const CAREER_STEP_KEYS: [&str; 14] = [
    "cand.step.junior_gain_experience",
    "cand.step.am_stage",
    "cand.step.am_stage_plain",
    "cand.step.senior_stage_plain",
    "cand.step.senior_stage",
    "cand.step.path_total",
    "cand.step.path_remaining",
    "cand.step.take_larger_accounts",
    "cand.step.build_strategic_skills",
    "cand.step.coach_juniors",
    "cand.step.move_to_kam",
    "cand.step.move_to_kam_when_ready",
    "cand.step.internal_promotion",
    "cand.step.change_employer",
];

/// The candidate question with `id`.
pub fn question(id: &str) -> Option<&'static Question> {
    find(CANDIDATE_QUESTIONS, id)
}
