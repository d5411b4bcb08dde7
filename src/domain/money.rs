//! Money and rates as small checked integer newtypes.
//!
//! Why not `f64`: salary and contribution figures must add up to the cent and
//! be reproducible in tests, so money is whole cents in an `i64` and rates are
//! basis points (1 bp = 0.01 %). All arithmetic on input-derived values is
//! saturating, so no input can overflow or panic.
//!
//! Rounding rule (used everywhere a rate or factor is applied): the exact
//! product is computed in `i128` and rounded to the nearest cent, halves away
//! from zero ("half up" for the non-negative amounts this model deals with).

/// Basis points in one whole (100 %).
pub const BP_PER_WHOLE: u32 = 10_000;

/// An amount of money in whole euro cents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cents(i64);

impl Cents {
    /// Zero euros.
    pub const ZERO: Cents = Cents(0);
    /// The largest representable amount (saturation ceiling).
    pub const MAX: Cents = Cents(i64::MAX);

    /// An amount from a number of cents.
    pub const fn new(cents: i64) -> Self {
        Cents(cents)
    }

    /// An amount from whole euros (saturating on absurd inputs).
    pub const fn from_euros(euros: i64) -> Self {
        Cents(euros.saturating_mul(100))
    }

    /// The amount in cents.
    pub const fn cents(self) -> i64 {
        self.0
    }

    /// The amount in whole euros, rounded half away from zero.
    pub fn euros_rounded(self) -> i64 {
        div_round(i128::from(self.0), 100)
    }

    /// The amount rounded half away from zero to whole euros, as the
    /// calculator shows it.
    pub fn whole_euros(self) -> Cents {
        Cents::from_euros(self.euros_rounded())
    }

    /// Sum, saturating at the `i64` limits.
    pub const fn saturating_add(self, other: Cents) -> Cents {
        Cents(self.0.saturating_add(other.0))
    }

    /// Difference, saturating at the `i64` limits.
    pub const fn saturating_sub(self, other: Cents) -> Cents {
        Cents(self.0.saturating_sub(other.0))
    }

    /// Sum, or `None` on overflow.
    pub const fn checked_add(self, other: Cents) -> Option<Cents> {
        match self.0.checked_add(other.0) {
            Some(v) => Some(Cents(v)),
            None => None,
        }
    }

    /// The amount times a whole count (months, head count), saturating.
    pub const fn saturating_mul(self, count: i64) -> Cents {
        Cents(self.0.saturating_mul(count))
    }

    /// The share `rate` of this amount, rounded half away from zero.
    pub fn percent(self, rate: Bp) -> Cents {
        Cents(mul_div_round(
            self.0,
            i64::from(rate.0),
            i64::from(BP_PER_WHOLE),
        ))
    }

    /// This amount scaled by `num / den`, rounded half away from zero
    /// (`den == 0` yields zero rather than panicking).
    pub fn scale(self, num: i64, den: i64) -> Cents {
        Cents(mul_div_round(self.0, num, den))
    }

    /// This amount with a relative adjustment applied (`+20 %` → × 1.2).
    pub fn adjust(self, adj: AdjustBp) -> Cents {
        let factor = i64::from(BP_PER_WHOLE as i32 + adj.0);
        self.scale(factor, i64::from(BP_PER_WHOLE))
    }

    /// The smaller of two amounts.
    pub fn min_of(self, other: Cents) -> Cents {
        Cents(self.0.min(other.0))
    }

    /// Saturating sum of many amounts.
    pub fn sum<I: IntoIterator<Item = Cents>>(items: I) -> Cents {
        items
            .into_iter()
            .fold(Cents::ZERO, |acc, c| acc.saturating_add(c))
    }
}

/// A rate in basis points, validated to lie in `0..=10_000` (0 % to 100 %).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bp(u32);

impl Bp {
    /// 0 %.
    pub const ZERO: Bp = Bp(0);
    /// 100 %.
    pub const FULL: Bp = Bp(BP_PER_WHOLE);

    /// A rate, or `None` if above 100 %.
    pub const fn new(bp: u32) -> Option<Bp> {
        if bp <= BP_PER_WHOLE {
            Some(Bp(bp))
        } else {
            None
        }
    }

    /// A rate from a possibly negative or too large number, or `None`.
    pub fn from_i64(bp: i64) -> Option<Bp> {
        u32::try_from(bp).ok().and_then(Bp::new)
    }

    /// A rate clamped into `0..=10_000`.
    pub fn clamped(bp: i64) -> Bp {
        Bp(u32::try_from(bp.clamp(0, i64::from(BP_PER_WHOLE))).unwrap_or(0))
    }

    /// The rate in basis points.
    pub const fn get(self) -> u32 {
        self.0
    }

    /// Sum of two rates, capped at 100 %.
    pub fn saturating_add(self, other: Bp) -> Bp {
        Bp(self.0.saturating_add(other.0).min(BP_PER_WHOLE))
    }

    /// `share` of this rate (e.g. half of the health add-on), rounded half up.
    pub fn share(self, share: Bp) -> Bp {
        let v = mul_div_round(
            i64::from(self.0),
            i64::from(share.0),
            i64::from(BP_PER_WHOLE),
        );
        Bp::clamped(v)
    }

    /// The midpoint of two rates, rounded half up.
    pub fn midpoint(a: Bp, b: Bp) -> Bp {
        Bp(((u64::from(a.0) + u64::from(b.0)).div_ceil(2)) as u32)
    }
}

impl TryFrom<u32> for Bp {
    type Error = &'static str;
    fn try_from(v: u32) -> Result<Self, Self::Error> {
        Bp::new(v).ok_or("rate above 100 %")
    }
}

impl From<Bp> for u32 {
    fn from(b: Bp) -> u32 {
        b.0
    }
}

/// A relative adjustment in basis points, validated to `-10_000..=10_000`
/// (−100 % to +100 %), used for region and company-size factors.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AdjustBp(i32);

impl AdjustBp {
    /// No adjustment.
    pub const NONE: AdjustBp = AdjustBp(0);

    /// An adjustment, or `None` outside ±100 %.
    pub fn new(bp: i64) -> Option<AdjustBp> {
        let limit = i64::from(BP_PER_WHOLE);
        if (-limit..=limit).contains(&bp) {
            i32::try_from(bp).ok().map(AdjustBp)
        } else {
            None
        }
    }

    /// The adjustment in basis points (may be negative).
    pub const fn get(self) -> i32 {
        self.0
    }
}

/// `v * num / den` rounded half away from zero, saturating to `i64`;
/// `den <= 0` yields 0 because no caller has a meaningful negative divisor.
pub fn mul_div_round(v: i64, num: i64, den: i64) -> i64 {
    if den <= 0 {
        return 0;
    }
    div_round(i128::from(v) * i128::from(num), i128::from(den))
}

/// `n / den` for `den > 0`, rounded half away from zero, saturating to `i64`.
fn div_round(n: i128, den: i128) -> i64 {
    if den <= 0 {
        return 0;
    }
    let half = den / 2;
    let q = if n >= 0 {
        n.saturating_add(half) / den
    } else {
        -(n.saturating_neg().saturating_add(half) / den)
    };
    i64::try_from(q).unwrap_or(if q > 0 { i64::MAX } else { i64::MIN })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_half_up() {
        // 8.75 % of 69,750 € = 6,103.125 € → 6,103.13 €
        assert_eq!(
            Cents::from_euros(69_750).percent(Bp(875)),
            Cents::new(610_313)
        );
        assert_eq!(Cents::new(150).euros_rounded(), 2);
        assert_eq!(Cents::new(149).euros_rounded(), 1);
        assert_eq!(Cents::new(-150).euros_rounded(), -2);
    }

    #[test]
    fn extremes_saturate() {
        assert_eq!(Cents::MAX.saturating_add(Cents::new(1)), Cents::MAX);
        assert_eq!(Cents::MAX.percent(Bp::FULL), Cents::MAX);
        assert_eq!(Cents::new(i64::MIN).percent(Bp::FULL).cents(), i64::MIN);
        assert_eq!(Cents::new(5).scale(1, 0), Cents::ZERO);
        assert_eq!(Bp::new(10_001), None);
        assert_eq!(Bp::from_i64(-1), None);
        assert_eq!(AdjustBp::new(-10_001), None);
        assert_eq!(Bp(290).share(Bp(5000)), Bp(145));
    }
}
