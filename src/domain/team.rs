//! Team sizing: how many KAMs and AMs a customer base needs (domain guide §5,
//! "Recommended structure" and the \[D\] sizing rule).

use crate::domain::data::{Config, CountRange};

/// A head count given as a range (at high and at low capacity).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HeadcountRange {
    /// Head count if everyone carries the maximum load.
    pub min: u32,
    /// Head count if everyone carries the minimum load.
    pub max: u32,
}

impl HeadcountRange {
    /// A range from a data range of head counts.
    pub fn from_counts(r: &CountRange) -> Self {
        HeadcountRange {
            min: r.min.value,
            max: r.max.value,
        }
    }
}

/// KAM and AM head counts for a customer base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TeamSizing {
    /// Key customers looked after by KAMs.
    pub key_customers: u32,
    /// Other customers looked after by AMs.
    pub other_customers: u32,
    /// KAMs needed.
    pub kam: HeadcountRange,
    /// AMs needed.
    pub am: HeadcountRange,
}

/// Sizes the team (domain guide §5 \[D\]): KAMs = ceil(key customers / KAM
/// capacity), AMs = ceil(other customers / AM capacity), each at the high and
/// the low end of the capacity range. "Top 5 + 50 others" gives 1 KAM and
/// 1–3 AMs with the article's capacities (KAM 5–15, AM 20–50).
pub fn size_team(cfg: &Config, key_customers: u32, other_customers: u32) -> TeamSizing {
    let kc = &cfg.team.kam_capacity;
    let ac = &cfg.team.am_capacity;
    TeamSizing {
        key_customers,
        other_customers,
        kam: HeadcountRange {
            min: ceil_div(key_customers, kc.max.value),
            max: ceil_div(key_customers, kc.min.value),
        },
        am: HeadcountRange {
            min: ceil_div(other_customers, ac.max.value),
            max: ceil_div(other_customers, ac.min.value),
        },
    }
}

/// `ceil(n / d)`; a zero capacity (which validation rejects) counts as one
/// customer per person rather than dividing by zero.
fn ceil_div(n: u32, d: u32) -> u32 {
    n.div_ceil(d.max(1))
}
