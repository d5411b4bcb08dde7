//! The salary model: roles, industry groups, bands and the region and
//! company-size factors applied to them (domain guide §2).

use crate::domain::data::{Adjustment, Band, Config, RateRange, SizeClass};
use crate::domain::money::{AdjustBp, Cents};
use crate::domain::source::Sourced;

/// A role level the app knows (domain guide §2, rows of the salary table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Junior Account Manager (1–2 years).
    JuniorAm,
    /// Account Manager.
    Am,
    /// Senior Account Manager (about 5 years).
    SeniorAm,
    /// Key Account Manager, new in the role.
    KamNew,
    /// Key Account Manager with a proven track record.
    KamExperienced,
}

impl Role {
    /// All roles, from junior to experienced KAM.
    pub const ALL: [Role; 5] = [
        Role::JuniorAm,
        Role::Am,
        Role::SeniorAm,
        Role::KamNew,
        Role::KamExperienced,
    ];

    /// The id used in the data file and the URL.
    pub const fn id(self) -> &'static str {
        match self {
            Role::JuniorAm => "junior_am",
            Role::Am => "am",
            Role::SeniorAm => "senior_am",
            Role::KamNew => "kam_new",
            Role::KamExperienced => "kam_experienced",
        }
    }

    /// The role for an id, if known.
    pub fn parse(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == id)
    }

    /// The text key of the role's name ("role.kam_new" …).
    pub const fn text_key(self) -> &'static str {
        match self {
            Role::JuniorAm => "role.junior_am",
            Role::Am => "role.am",
            Role::SeniorAm => "role.senior_am",
            Role::KamNew => "role.kam_new",
            Role::KamExperienced => "role.kam_experienced",
        }
    }

    /// Whether the role is an AM or a KAM role (variable pay, car and
    /// ramp-up defaults follow the family, domain guide §1, §2, §4).
    pub const fn family(self) -> Family {
        match self {
            Role::JuniorAm | Role::Am | Role::SeniorAm => Family::Am,
            Role::KamNew | Role::KamExperienced => Family::Kam,
        }
    }
}

/// The two role families of domain guide §1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// Account Manager.
    Am,
    /// Key Account Manager.
    Kam,
}

impl Family {
    /// Both families.
    pub const ALL: [Family; 2] = [Family::Am, Family::Kam];

    /// The id used in the data file.
    pub const fn id(self) -> &'static str {
        match self {
            Family::Am => "am",
            Family::Kam => "kam",
        }
    }

    /// The text key of the family's name.
    pub const fn text_key(self) -> &'static str {
        match self {
            Family::Am => "family.am",
            Family::Kam => "family.kam",
        }
    }
}

/// Industry groups with their own salary bands (domain guide §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum IndustryGroup {
    /// Technology, software, GreenTech, cleantech: the upper end.
    Technology,
    /// The article's general figures.
    #[default]
    General,
    /// Traditional industries: "more moderate" pay.
    Traditional,
}

impl IndustryGroup {
    /// All groups.
    pub const ALL: [IndustryGroup; 3] = [
        IndustryGroup::Technology,
        IndustryGroup::General,
        IndustryGroup::Traditional,
    ];

    /// The id used in the data file and the URL.
    pub const fn id(self) -> &'static str {
        match self {
            IndustryGroup::Technology => "technology",
            IndustryGroup::General => "general",
            IndustryGroup::Traditional => "traditional",
        }
    }

    /// The group for an id, if known.
    pub fn parse(id: &str) -> Option<IndustryGroup> {
        IndustryGroup::ALL.into_iter().find(|g| g.id() == id)
    }
}

/// A salary band after region and company-size factors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SalaryBand {
    /// The role.
    pub role: Role,
    /// The industry group.
    pub industry: IndustryGroup,
    /// The band as the data file gives it, with sources.
    pub base: Band,
    /// Region factor applied, if a known region was chosen.
    pub region: Option<Sourced<AdjustBp>>,
    /// Company-size factor applied, if a known size class was chosen.
    pub size: Option<Sourced<AdjustBp>>,
    /// Adjusted minimum base salary per year.
    pub min: Cents,
    /// Adjusted typical base salary per year.
    pub typical: Cents,
    /// Adjusted maximum base salary per year.
    pub max: Cents,
    /// Variable pay as a share of base, for the role's family.
    pub variable: RateRange,
}

impl SalaryBand {
    /// Whether a region or company-size factor changed the band: its
    /// figures are then computed from the data file's band and the factors,
    /// and no longer that band's own.
    pub fn is_adjusted(&self) -> bool {
        [self.region, self.size]
            .iter()
            .flatten()
            .any(|f| f.value != AdjustBp::NONE)
    }

    /// Whether `base` lies within the adjusted band, ends included. A base
    /// outside it is still used as typed; the calculator only says that it
    /// is unusual (500 € is more often a missed zero than a salary).
    pub fn contains(&self, base: Cents) -> bool {
        self.min <= base && base <= self.max
    }
}

/// The band for `role` in `industry`, adjusted by the region and company-size
/// ids if they are known (domain guide §2: "\[D\] apply region and size factors
/// as multipliers on the band"). Unknown or absent ids apply no factor, so a
/// stale URL never breaks the calculator.
pub fn band(
    cfg: &Config,
    role: Role,
    industry: IndustryGroup,
    region: Option<&str>,
    size: Option<&str>,
) -> SalaryBand {
    let base = cfg.salary.roles.get(role).get(industry).clone();
    let region = region.and_then(|id| find_region(cfg, id)).map(|r| r.adjust);
    let size = size.and_then(|id| find_size(cfg, id)).map(|s| s.adjust);
    let apply = |c: Cents| {
        let c = region.map_or(c, |r| c.adjust(r.value));
        size.map_or(c, |s| c.adjust(s.value))
    };
    SalaryBand {
        role,
        industry,
        min: apply(base.min.value),
        typical: apply(base.typical.value),
        max: apply(base.max.value),
        base,
        region,
        size,
        variable: variable_range(cfg, role.family()),
    }
}

/// The variable-pay range for a role family (domain guide §2, variable pay).
pub fn variable_range(cfg: &Config, family: Family) -> RateRange {
    match family {
        Family::Am => cfg.salary.variable_am,
        Family::Kam => cfg.salary.variable_kam,
    }
}

/// The region with this id, if the data has it.
pub fn find_region<'a>(cfg: &'a Config, id: &str) -> Option<&'a Adjustment> {
    cfg.salary.regions.iter().find(|r| r.id == id)
}

/// The company-size class with this id, if the data has it.
pub fn find_size<'a>(cfg: &'a Config, id: &str) -> Option<&'a SizeClass> {
    cfg.salary.company_sizes.iter().find(|s| s.id == id)
}
