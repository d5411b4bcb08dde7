//! Employer cost model, Germany 2026 (domain guide §3 and §4): gross pay,
//! employer social-security contributions with their ceilings, company car,
//! recruiting fee and ramp-up, per role and per team.
//!
//! Definitions used throughout (so every total is the sum of its parts):
//! * gross = base + variable + taxable car benefit (§3);
//! * contributions = Σ branch: rate × min(gross, ceiling), rounded per branch;
//! * yearly employer cost = base + variable + contributions + car full cost
//!   (the car benefit is not paid out; it only raises the contribution base);
//! * monthly cost = yearly cost / 12;
//! * recruiting = fee × target pay (base + variable) (§4);
//! * ramp-up = monthly cost × ramp-up months × productivity gap (§4 \[D\]);
//! * first-year cost = yearly cost + recruiting + ramp-up.

use crate::domain::data::{Branch, Config};
use crate::domain::money::{mul_div_round, Bp, Cents};
use crate::domain::salary::{band, variable_range, Family, IndustryGroup, Role, SalaryBand};
use crate::domain::source::{SourceTag, Sourced};

/// Months per year, for monthly figures (a calendar fact, not a data figure).
const MONTHS_PER_YEAR: i64 = 12;

/// Where a line item's amount comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A figure of the data file, with its tag.
    Data(SourceTag),
    /// Typed in by the visitor.
    UserInput,
    /// Computed from other lines.
    Derived,
}

/// A money line item with its origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// The amount.
    pub amount: Cents,
    /// Where it comes from.
    pub origin: Origin,
}

/// Which point of the salary band the calculator uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BandPoint {
    /// Lower end.
    Min,
    /// Typical value.
    #[default]
    Typical,
    /// Upper end.
    Max,
}

/// Per-role calculator inputs; `None` means "use the data default".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleInputs {
    /// The role level.
    pub role: Role,
    /// Base salary per year (overrides the band point).
    pub base: Option<Cents>,
    /// Variable pay as a share of base (default: the middle of the
    /// family's usual range; a typed share is used as typed, also outside
    /// that range, which the UI points out).
    pub variable: Option<Bp>,
    /// Car class id (default: mid for AMs, upper for KAMs).
    pub car: Option<String>,
    /// Ramp-up months (default from the data).
    pub ramp_up_months: Option<u32>,
}

impl RoleInputs {
    /// Defaults for a role.
    pub fn new(role: Role) -> Self {
        RoleInputs {
            role,
            base: None,
            variable: None,
            car: None,
            ramp_up_months: None,
        }
    }

    /// Defaults for a family's standard level (Account Manager, or Key
    /// Account Manager new in the role).
    pub fn standard(family: Family) -> Self {
        RoleInputs::new(match family {
            Family::Am => Role::Am,
            Family::Kam => Role::KamNew,
        })
    }
}

/// Most KAMs or AMs the calculator takes per role: far beyond any sales
/// team, and low enough that no total comes near the money type's limits.
pub const MAX_HEADCOUNT: u32 = 10_000;

/// Largest staff count the calculator takes: above the largest employers;
/// any count above the largest size class picks that class.
pub const MAX_STAFF: u32 = 10_000_000;

/// Longest ramp-up the calculator takes, in months: it shows the first
/// year's cost, and a longer ramp-up would add months beyond that year.
pub const MAX_RAMP_UP_MONTHS: u32 = 12;

/// Smallest annual revenue the quiz and the calculator take, in euros: a
/// firm hiring sales staff does not turn over less, and "1,8" typed for
/// 1.8 million (read as 1.80 €) is refused with a hint instead of costing
/// a team against 2 €.
pub const MIN_REVENUE_EUROS: u32 = 1_000;

/// Largest amount (base salary, revenue) the calculator takes, in cents:
/// the number fields' limit.
pub const MAX_AMOUNT: Cents = Cents::new(crate::domain::parse::MAX_EUROS * 100);

/// Everything the cost calculator takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalculatorInputs {
    /// Industry group for the salary band.
    pub industry: IndustryGroup,
    /// Region id (`None`: national).
    pub region: Option<String>,
    /// Company-size id (`None`: no size factor).
    pub company_size: Option<String>,
    /// Staff count, for the U1 levy (`None`: assume a larger firm, no U1).
    pub staff_count: Option<u32>,
    /// Company in Saxony (lower employer care rate).
    pub saxony: bool,
    /// Include accident insurance (BG).
    pub accident_insurance: bool,
    /// Which point of the band to use when no base is given.
    pub band_point: BandPoint,
    /// The AM side.
    pub am: RoleInputs,
    /// The KAM side.
    pub kam: RoleInputs,
    /// Recruiting fee as a share of target pay (default from data).
    pub recruiting_fee: Option<Bp>,
    /// Average productivity gap during ramp-up (default from data).
    pub productivity_gap: Option<Bp>,
    /// KAMs in the team (default: the data's "KAM recommended" structure).
    pub kam_count: Option<u32>,
    /// AMs in the team (default: the data's "KAM recommended" structure).
    pub am_count: Option<u32>,
    /// Yearly revenue the team looks after, for cost per euro of revenue.
    pub revenue: Option<Cents>,
}

impl Default for CalculatorInputs {
    fn default() -> Self {
        CalculatorInputs {
            industry: IndustryGroup::General,
            region: None,
            company_size: None,
            staff_count: None,
            saxony: false,
            accident_insurance: true,
            band_point: BandPoint::Typical,
            am: RoleInputs::standard(Family::Am),
            kam: RoleInputs::standard(Family::Kam),
            recruiting_fee: None,
            productivity_gap: None,
            kam_count: None,
            am_count: None,
            revenue: None,
        }
    }
}

/// One calculator field changed, as the visitor set it. The reducer applies
/// it to the inputs it holds, so the UI needs no copy of the inputs to build
/// the next ones: a field's callback can stay the same from one render to
/// the next, which lets unchanged fields skip re-rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalculatorEdit {
    /// Industry group.
    Industry(IndustryGroup),
    /// Region id (`None`: national).
    Region(Option<String>),
    /// Company-size id (`None`: no size factor).
    CompanySize(Option<String>),
    /// Staff count.
    StaffCount(Option<u32>),
    /// Company in Saxony.
    Saxony(bool),
    /// Include accident insurance.
    AccidentInsurance(bool),
    /// Band point used when no base is given.
    BandPoint(BandPoint),
    /// Role level of one side; a role of the other family is refused and
    /// the side falls back to its family's standard level.
    Role(Family, Role),
    /// Base salary per year of one side.
    Base(Family, Option<Cents>),
    /// Variable share of one side.
    Variable(Family, Option<Bp>),
    /// Car class id of one side.
    Car(Family, String),
    /// Ramp-up months of one side.
    RampUpMonths(Family, Option<u32>),
    /// Recruiting fee.
    RecruitingFee(Option<Bp>),
    /// Productivity gap during ramp-up.
    ProductivityGap(Option<Bp>),
    /// KAMs in the team.
    KamCount(Option<u32>),
    /// AMs in the team.
    AmCount(Option<u32>),
    /// Yearly revenue the team looks after.
    Revenue(Option<Cents>),
}

impl CalculatorInputs {
    /// The company-size class the salary bands use: the one chosen, or else
    /// the class the staff count falls into (the smallest whose upper
    /// bound holds it, or the open-ended one). A firm that typed its staff
    /// for the U1 levy should not need to say its size a second time.
    pub fn effective_company_size(&self, cfg: &Config) -> Option<String> {
        if let Some(chosen) = &self.company_size {
            return Some(chosen.clone());
        }
        let staff = self.staff_count?;
        let sizes = &cfg.salary.company_sizes;
        sizes
            .iter()
            .filter(|c| c.max_staff.is_some_and(|m| staff <= m.value))
            .min_by_key(|c| c.max_staff.map(|m| m.value))
            .or_else(|| sizes.iter().find(|c| c.max_staff.is_none()))
            .map(|c| c.id.clone())
    }

    /// The inputs with one field changed.
    pub fn edit(mut self, edit: CalculatorEdit) -> CalculatorInputs {
        match edit {
            CalculatorEdit::Industry(v) => self.industry = v,
            CalculatorEdit::Region(v) => self.region = v,
            CalculatorEdit::CompanySize(v) => self.company_size = v,
            CalculatorEdit::StaffCount(v) => self.staff_count = v,
            CalculatorEdit::Saxony(v) => self.saxony = v,
            CalculatorEdit::AccidentInsurance(v) => self.accident_insurance = v,
            CalculatorEdit::BandPoint(v) => self.band_point = v,
            CalculatorEdit::Role(family, role) => {
                // The AM side holds AM levels only, the KAM side KAM levels
                // (domain guide §1: the families differ in pay and car).
                let role = if role.family() == family {
                    role
                } else {
                    RoleInputs::standard(family).role
                };
                self.side_mut(family).role = role;
            }
            CalculatorEdit::Base(family, v) => self.side_mut(family).base = v,
            CalculatorEdit::Variable(family, v) => self.side_mut(family).variable = v,
            CalculatorEdit::Car(family, v) => self.side_mut(family).car = Some(v),
            CalculatorEdit::RampUpMonths(family, v) => self.side_mut(family).ramp_up_months = v,
            CalculatorEdit::RecruitingFee(v) => self.recruiting_fee = v,
            CalculatorEdit::ProductivityGap(v) => self.productivity_gap = v,
            CalculatorEdit::KamCount(v) => self.kam_count = v,
            CalculatorEdit::AmCount(v) => self.am_count = v,
            CalculatorEdit::Revenue(v) => self.revenue = v,
        }
        self
    }

    fn side_mut(&mut self, family: Family) -> &mut RoleInputs {
        match family {
            Family::Am => &mut self.am,
            Family::Kam => &mut self.kam,
        }
    }
}

/// Switches for the contribution calculation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContributionOptions {
    /// Pay the U1 levy (firms of at most 30 staff).
    pub u1: bool,
    /// Saxony care rate.
    pub saxony: bool,
    /// Include accident insurance.
    pub accident: bool,
}

/// One contribution branch's line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContributionLine {
    /// The branch.
    pub branch: Branch,
    /// Whether it applies (U1 only for small firms, BG only if included).
    pub applies: bool,
    /// Employer rate used (for health: general rate plus half the add-on).
    pub rate: Sourced<Bp>,
    /// Ceiling (`None`: not capped).
    pub ceiling: Sourced<Option<Cents>>,
    /// The gross pay the rate applies to: min(gross, ceiling).
    pub base_used: Cents,
    /// The contribution per year (zero if it does not apply).
    pub amount: Cents,
}

/// Employer contributions on a gross pay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contributions {
    /// The gross pay.
    pub gross: Cents,
    /// One line per branch, in [`Branch::ALL`] order.
    pub lines: Vec<ContributionLine>,
    /// Sum of the lines.
    pub total: Cents,
    /// Total as a share of gross (rounded to a basis point).
    pub share_of_gross: Bp,
}

/// Employer contributions on `gross` per year (domain guide §3): each branch
/// is its rate times the gross capped at its ceiling, rounded half up to the
/// whole euro per branch, so the total shown is the sum of the lines shown.
pub fn employer_contributions(
    cfg: &Config,
    gross: Cents,
    opts: ContributionOptions,
) -> Contributions {
    let gross = gross.max(Cents::ZERO);
    let social = &cfg.social;
    let mut lines = Vec::with_capacity(social.contributions.len());
    for c in &social.contributions {
        // domain guide §3: health = 7.3 % + half the average add-on.
        let rate = match c.branch {
            Branch::Health => {
                let addon = social
                    .health_addon_average
                    .value
                    .share(social.health_addon_employer_share.value);
                Sourced {
                    value: c.rate.value.saturating_add(addon),
                    source: c.rate.source.combine(social.health_addon_average.source),
                    valid_from: c.rate.valid_from,
                }
            }
            // domain guide §3: care 1.8 %, Saxony 1.3 %.
            Branch::Care if opts.saxony => c.saxony_rate.unwrap_or(c.rate),
            _ => c.rate,
        };
        let applies = match c.branch {
            // domain guide §3: U1 only for firms of at most 30 staff.
            Branch::SickPayU1 => opts.u1,
            // domain guide §3: accident insurance, not capped in our model [D].
            Branch::Accident => opts.accident,
            _ => true,
        };
        let base_used = match c.ceiling.value {
            Some(ceiling) => gross.min_of(ceiling),
            None => gross,
        };
        let amount = if applies {
            base_used.percent(rate.value).whole_euros()
        } else {
            Cents::ZERO
        };
        lines.push(ContributionLine {
            branch: c.branch,
            applies,
            rate,
            ceiling: c.ceiling,
            base_used,
            amount,
        });
    }
    let total = Cents::sum(lines.iter().map(|l| l.amount));
    Contributions {
        gross,
        share_of_gross: share_bp(total, gross),
        lines,
        total,
    }
}

/// `part / whole` in basis points, rounded half up, capped at 100 %.
fn share_bp(part: Cents, whole: Cents) -> Bp {
    if whole.cents() <= 0 {
        return Bp::ZERO;
    }
    Bp::clamped(mul_div_round(part.cents(), 10_000, whole.cents()))
}

/// Every line of one role's employer cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostBreakdown {
    /// The role.
    pub role: Role,
    /// The salary band used.
    pub band: SalaryBand,
    /// Base salary per year.
    pub base: Item,
    /// Variable pay rate used.
    pub variable_rate: Sourced<Bp>,
    /// Variable pay per year.
    pub variable: Item,
    /// Car class id (`None`: the data has no such class, no car).
    pub car_class: Option<String>,
    /// Taxable car benefit per year (1 % of list price per month).
    pub car_benefit: Item,
    /// List price of the car the benefit is taken from (zero: no car).
    pub car_list_price: Cents,
    /// Benefit rate per month of the list price.
    pub car_benefit_rate: Bp,
    /// Gross = base + variable + car benefit.
    pub gross: Cents,
    /// Employer contributions on gross.
    pub contributions: Contributions,
    /// Full car cost per year.
    pub car_cost: Item,
    /// Yearly employer cost = base + variable + contributions + car cost.
    pub yearly: Cents,
    /// Monthly employer cost = yearly / 12.
    pub monthly: Cents,
    /// Recruiting fee rate used.
    pub recruiting_rate: Sourced<Bp>,
    /// Recruiting fee = rate × (base + variable).
    pub recruiting: Item,
    /// Ramp-up months used.
    pub ramp_up_months: Sourced<u32>,
    /// Productivity gap used.
    pub productivity_gap: Sourced<Bp>,
    /// Ramp-up cost = monthly × months × gap.
    pub ramp_up: Item,
    /// First-year cost = yearly + recruiting + ramp-up.
    pub first_year: Cents,
}

/// A team of n KAMs and m AMs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamCost {
    /// One KAM.
    pub kam: CostBreakdown,
    /// One AM.
    pub am: CostBreakdown,
    /// KAMs in the team.
    pub kam_count: u32,
    /// AMs in the team.
    pub am_count: u32,
    /// All KAMs, per year.
    pub kam_yearly: Cents,
    /// All AMs, per year.
    pub am_yearly: Cents,
    /// Team per year = kam_yearly + am_yearly.
    pub yearly: Cents,
    /// All KAMs, first year.
    pub kam_first_year: Cents,
    /// All AMs, first year.
    pub am_first_year: Cents,
    /// Team in the first year = kam_first_year + am_first_year.
    pub first_year: Cents,
    /// AM and KAM side by side.
    pub am_vs_kam: AmVsKam,
    /// Revenue looked after, if given.
    pub revenue: Option<Cents>,
    /// Team yearly cost per euro of revenue, in basis points (may exceed
    /// 10,000 when the team costs more than the revenue).
    pub cost_per_revenue_bp: Option<i64>,
}

/// One AM against one KAM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmVsKam {
    /// AM yearly cost.
    pub am_yearly: Cents,
    /// KAM yearly cost.
    pub kam_yearly: Cents,
    /// KAM minus AM, per year.
    pub yearly_difference: Cents,
    /// AM first-year cost.
    pub am_first_year: Cents,
    /// KAM first-year cost.
    pub kam_first_year: Cents,
    /// KAM minus AM, first year.
    pub first_year_difference: Cents,
}

/// The origin of a band figure from `source`. Scaled by a region or
/// company-size factor it is computed (domain guide §2: factors "clearly
/// labelled"), except that an assumption stays one: scaling does not make
/// it better founded.
pub fn band_origin(band: &SalaryBand, source: SourceTag) -> Origin {
    if band.is_adjusted() && source != SourceTag::Assumption {
        Origin::Derived
    } else {
        Origin::Data(source)
    }
}

/// The cost of one side (AM or KAM) of the inputs.
///
/// Every money line is rounded half up to whole euros before it enters a
/// total, and every total is the exact sum of its lines: the calculator
/// shows whole euros, and a table whose lines do not add up to its total
/// (off by a euro or two, as it was with cents inside) looks wrong to the
/// reader who checks it.
pub fn role_cost(cfg: &Config, inputs: &CalculatorInputs, family: Family) -> CostBreakdown {
    let ri = match family {
        Family::Am => &inputs.am,
        Family::Kam => &inputs.kam,
    };
    let role = ri.role;
    let band = band(
        cfg,
        role,
        inputs.industry,
        inputs.region.as_deref(),
        inputs.effective_company_size(cfg).as_deref(),
    );

    let base = match ri.base {
        Some(b) => Item {
            amount: b.max(Cents::ZERO).whole_euros(),
            origin: Origin::UserInput,
        },
        None => {
            let (amount, source) = match inputs.band_point {
                BandPoint::Min => (band.min, band.base.min.source),
                BandPoint::Typical => (band.typical, band.base.typical.source),
                BandPoint::Max => (band.max, band.base.max.source),
            };
            Item {
                // A region or size factor can leave cents.
                amount: amount.whole_euros(),
                origin: band_origin(&band, source),
            }
        }
    };

    // domain guide §2, variable pay: AM 10–20 %, KAM 30–50 % of base.
    let range = variable_range(cfg, role.family());
    let variable_rate = match ri.variable {
        Some(v) => Sourced {
            value: v,
            source: SourceTag::Assumption,
            valid_from: range.min.valid_from,
        },
        // The range's middle is the project's default, not a source's figure.
        None => Sourced {
            value: range.midpoint(),
            source: SourceTag::Assumption,
            valid_from: range.min.valid_from,
        },
    };
    let variable = Item {
        amount: base.amount.percent(variable_rate.value).whole_euros(),
        origin: if ri.variable.is_some() {
            Origin::UserInput
        } else {
            Origin::Data(variable_rate.source)
        },
    };

    // domain guide §2, benefits: AM mid-class car, KAM upper class.
    let car_id = ri.car.clone().unwrap_or_else(|| match role.family() {
        Family::Am => cfg.cars.default_am.value.clone(),
        Family::Kam => cfg.cars.default_kam.value.clone(),
    });
    let car = cfg.cars.find(&car_id);
    let benefit_rate = cfg.cars.benefit_rate_per_month;
    let car_benefit = match car {
        Some(c) => Item {
            amount: c
                .list_price
                .value
                .percent(benefit_rate.value)
                .saturating_mul(MONTHS_PER_YEAR)
                .whole_euros(),
            origin: Origin::Data(c.list_price.source.combine(benefit_rate.source)),
        },
        None => Item {
            amount: Cents::ZERO,
            origin: Origin::Derived,
        },
    };
    let car_cost = match car {
        Some(c) => Item {
            amount: c
                .monthly_cost
                .value
                .saturating_mul(MONTHS_PER_YEAR)
                .whole_euros(),
            origin: Origin::Data(c.monthly_cost.source),
        },
        None => Item {
            amount: Cents::ZERO,
            origin: Origin::Derived,
        },
    };

    let gross = base
        .amount
        .saturating_add(variable.amount)
        .saturating_add(car_benefit.amount);
    let u1_limit = cfg
        .social
        .get(Branch::SickPayU1)
        .and_then(|c| c.max_staff)
        .map(|m| m.value);
    let opts = ContributionOptions {
        u1: matches!((inputs.staff_count, u1_limit), (Some(s), Some(l)) if s <= l),
        saxony: inputs.saxony,
        accident: inputs.accident_insurance,
    };
    let contributions = employer_contributions(cfg, gross, opts);
    let yearly = Cents::sum([
        base.amount,
        variable.amount,
        contributions.total,
        car_cost.amount,
    ]);
    let monthly = yearly.scale(1, MONTHS_PER_YEAR).whole_euros();

    // domain guide §4: recruiting fee as a share of target pay.
    let recruiting_rate = match inputs.recruiting_fee {
        Some(r) => Sourced {
            value: r,
            source: SourceTag::Assumption,
            valid_from: cfg.hiring.recruiting_fee_default.valid_from,
        },
        None => cfg.hiring.recruiting_fee_default,
    };
    let recruiting = Item {
        amount: base
            .amount
            .saturating_add(variable.amount)
            .percent(recruiting_rate.value)
            .whole_euros(),
        origin: origin_of(inputs.recruiting_fee.is_some(), recruiting_rate.source),
    };

    // domain guide §4 [D]: ramp-up = monthly cost × months × productivity gap.
    let default_months = match role.family() {
        Family::Am => cfg.hiring.ramp_up_default_am,
        Family::Kam => cfg.hiring.ramp_up_default_kam,
    };
    let ramp_up_months = match ri.ramp_up_months {
        Some(m) => Sourced {
            value: m,
            source: SourceTag::Assumption,
            valid_from: default_months.valid_from,
        },
        None => default_months,
    };
    let productivity_gap = match inputs.productivity_gap {
        Some(g) => Sourced {
            value: g,
            source: SourceTag::Assumption,
            valid_from: cfg.hiring.productivity_gap_default.valid_from,
        },
        None => cfg.hiring.productivity_gap_default,
    };
    let ramp_up = Item {
        amount: monthly
            .saturating_mul(i64::from(ramp_up_months.value))
            .percent(productivity_gap.value)
            .whole_euros(),
        // Typed months or gap make it the visitor's figure; otherwise it
        // carries the defaults' tags (assumptions today).
        origin: origin_of(
            ri.ramp_up_months.is_some() || inputs.productivity_gap.is_some(),
            ramp_up_months.source.combine(productivity_gap.source),
        ),
    };
    let first_year = Cents::sum([yearly, recruiting.amount, ramp_up.amount]);

    CostBreakdown {
        role,
        band,
        base,
        variable_rate,
        variable,
        car_class: car.map(|c| c.id.clone()),
        car_benefit,
        car_list_price: car.map_or(Cents::ZERO, |c| c.list_price.value),
        car_benefit_rate: benefit_rate.value,
        gross,
        contributions,
        car_cost,
        yearly,
        monthly,
        recruiting_rate,
        recruiting,
        ramp_up_months,
        productivity_gap,
        ramp_up,
        first_year,
    }
}

fn origin_of(user: bool, source: SourceTag) -> Origin {
    if user {
        Origin::UserInput
    } else {
        Origin::Data(source)
    }
}

/// The team the calculator assumes while its head-count fields are empty:
/// the data's "KAM recommended" structure (domain guide §5: 1 KAM for the
/// top customers, AMs for the rest), as (KAMs, AMs).
pub fn default_team(cfg: &Config) -> (u32, u32) {
    let [_, _, recommended, _] = cfg.team.default_by_level;
    (recommended.kam.min.value, recommended.am.min.value)
}

/// The cost of a team of n KAMs and m AMs, with AM and KAM side by side and
/// the cost per euro of revenue looked after.
pub fn team_cost(cfg: &Config, inputs: &CalculatorInputs) -> TeamCost {
    let kam = role_cost(cfg, inputs, Family::Kam);
    let am = role_cost(cfg, inputs, Family::Am);
    let (default_kam, default_am) = default_team(cfg);
    let kam_count = inputs.kam_count.unwrap_or(default_kam);
    let am_count = inputs.am_count.unwrap_or(default_am);
    let kam_yearly = kam.yearly.saturating_mul(i64::from(kam_count));
    let am_yearly = am.yearly.saturating_mul(i64::from(am_count));
    let kam_first_year = kam.first_year.saturating_mul(i64::from(kam_count));
    let am_first_year = am.first_year.saturating_mul(i64::from(am_count));
    let yearly = kam_yearly.saturating_add(am_yearly);
    let revenue = inputs.revenue.filter(|r| r.cents() > 0);
    let cost_per_revenue_bp = revenue.map(|r| mul_div_round(yearly.cents(), 10_000, r.cents()));
    TeamCost {
        am_vs_kam: AmVsKam {
            am_yearly: am.yearly,
            kam_yearly: kam.yearly,
            yearly_difference: kam.yearly.saturating_sub(am.yearly),
            am_first_year: am.first_year,
            kam_first_year: kam.first_year,
            first_year_difference: kam.first_year.saturating_sub(am.first_year),
        },
        kam,
        am,
        kam_count,
        am_count,
        kam_yearly,
        am_yearly,
        yearly,
        kam_first_year,
        am_first_year,
        first_year: kam_first_year.saturating_add(am_first_year),
        revenue,
        cost_per_revenue_bp,
    }
}
