//! The built-in data file `data/de-2026.json` as Rust code, for the release
//! modules that do not read JSON (cargo feature `json-data` off).
//!
//! Generated: `KN_BLESS=1 cargo test --test builtin` writes it from the data
//! file through the validating loader, and `tests/builtin.rs` fails when the
//! two differ. Do not edit by hand.

use super::candidate::CandPoint;
use super::data::*;
use super::employer::RuleId;
use super::money::{AdjustBp, Bp, Cents};
use super::salary::IndustryGroup;
use super::source::{Date, Label, SourceTag, Sourced};

/// A rate the loader accepted, so never out of range (the default only
/// keeps this free of panics).
fn bp(v: u32) -> Bp {
    Bp::new(v).unwrap_or_default()
}

/// An adjustment the loader accepted (as [`bp`]).
fn adjust(v: i64) -> AdjustBp {
    AdjustBp::new(v).unwrap_or_default()
}

/// The built-in config, equal to `Config::builtin()` (`tests/builtin.rs`).
#[rustfmt::skip]
pub fn config() -> Config {
Config {
dataset : String::from("de-2026") ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } ,
industries : vec![ Industry {
group : IndustryGroup::Technology ,
label : Label {
de : String::from("Technologie, Software, GreenTech und Cleantech") ,
en : String::from("Technology, software, GreenTech and cleantech") } } ,
Industry {
group : IndustryGroup::General ,
label : Label {
de : String::from("Branchenübergreifend (allgemein)") ,
en : String::from("Across industries (general)") } } ,
Industry {
group : IndustryGroup::Traditional ,
label : Label {
de : String::from("Traditionelle Branchen") ,
en : String::from("Traditional industries") } } ] ,
salary : SalaryData {
families : FamilyBands {
am : IndustryBands {
technology : Band {
min : Sourced {
value : Cents::new ( 5000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 6000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 7000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
general : Band {
min : Sourced {
value : Cents::new ( 4000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 5000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 6000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
traditional : Band {
min : Sourced {
value : Cents::new ( 4000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 4500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 5000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } ,
kam : IndustryBands {
technology : Band {
min : Sourced {
value : Cents::new ( 10000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 12500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 15000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
general : Band {
min : Sourced {
value : Cents::new ( 7000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 9500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 12000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
traditional : Band {
min : Sourced {
value : Cents::new ( 7000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 8250000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 9500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } } ,
roles : RoleBands {
junior_am : IndustryBands {
technology : Band {
min : Sourced {
value : Cents::new ( 4500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 4850000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 5200000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
general : Band {
min : Sourced {
value : Cents::new ( 4000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 4250000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 4500000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
traditional : Band {
min : Sourced {
value : Cents::new ( 4000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 4125000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 4250000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } ,
am : IndustryBands {
technology : Band {
min : Sourced {
value : Cents::new ( 5000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 6000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 7000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
general : Band {
min : Sourced {
value : Cents::new ( 4000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 5000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 6000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
traditional : Band {
min : Sourced {
value : Cents::new ( 4000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 4500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 5000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } ,
senior_am : IndustryBands {
technology : Band {
min : Sourced {
value : Cents::new ( 6500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 7000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 7500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
general : Band {
min : Sourced {
value : Cents::new ( 5500000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 6000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 6500000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
traditional : Band {
min : Sourced {
value : Cents::new ( 5500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 5750000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 6000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } ,
kam_new : IndustryBands {
technology : Band {
min : Sourced {
value : Cents::new ( 10000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 10750000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 11500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
general : Band {
min : Sourced {
value : Cents::new ( 7000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 7000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 8500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
traditional : Band {
min : Sourced {
value : Cents::new ( 7000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 7000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 7750000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } ,
kam_experienced : IndustryBands {
technology : Band {
min : Sourced {
value : Cents::new ( 13000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 14000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 15000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
general : Band {
min : Sourced {
value : Cents::new ( 12000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 13000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 14000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
traditional : Band {
min : Sourced {
value : Cents::new ( 12000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
typical : Sourced {
value : Cents::new ( 12500000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : Cents::new ( 13000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } } ,
traditional_rule : Sourced {
value : TraditionalRule::LowerHalfOfGeneral ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
variable_am : RateRange {
min : Sourced {
value : bp ( 1000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : bp ( 2000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
variable_kam : RateRange {
min : Sourced {
value : bp ( 3000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : bp ( 5000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
regions : vec![ Adjustment {
id : String::from("national") ,
label : Label {
de : String::from("Bundesdurchschnitt") ,
en : String::from("National average") } ,
adjust : Sourced {
value : adjust ( 0 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
Adjustment {
id : String::from("munich") ,
label : Label {
de : String::from("München") ,
en : String::from("Munich") } ,
adjust : Sourced {
value : adjust ( 2000 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
Adjustment {
id : String::from("frankfurt") ,
label : Label {
de : String::from("Frankfurt am Main") ,
en : String::from("Frankfurt") } ,
adjust : Sourced {
value : adjust ( 1900 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
Adjustment {
id : String::from("stuttgart") ,
label : Label {
de : String::from("Stuttgart") ,
en : String::from("Stuttgart") } ,
adjust : Sourced {
value : adjust ( 1800 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
Adjustment {
id : String::from("hamburg") ,
label : Label {
de : String::from("Hamburg") ,
en : String::from("Hamburg") } ,
adjust : Sourced {
value : adjust ( 1100 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
Adjustment {
id : String::from("west") ,
label : Label {
de : String::from("Westdeutschland") ,
en : String::from("West Germany") } ,
adjust : Sourced {
value : adjust ( 400 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
Adjustment {
id : String::from("east") ,
label : Label {
de : String::from("Ostdeutschland (ohne Berlin)") ,
en : String::from("East Germany (not Berlin)") } ,
adjust : Sourced {
value : adjust ( -1000 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ] ,
company_sizes : vec![ SizeClass {
id : String::from("small") ,
label : Label {
de : String::from("Bis 50 Beschäftigte") ,
en : String::from("Up to 50 staff") } ,
max_staff : Some ( Sourced {
value : 50 ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
adjust : Sourced {
value : adjust ( -950 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
SizeClass {
id : String::from("medium") ,
label : Label {
de : String::from("51 bis 5.000 Beschäftigte") ,
en : String::from("51 to 5,000 staff") } ,
max_staff : Some ( Sourced {
value : 5000 ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
adjust : Sourced {
value : adjust ( 0 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
SizeClass {
id : String::from("large") ,
label : Label {
de : String::from("Über 5.000 Beschäftigte") ,
en : String::from("More than 5,000 staff") } ,
max_staff : None ,
adjust : Sourced {
value : adjust ( 1700 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ] ,
portal_median_kam : Sourced {
value : Cents::new ( 6120000 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
portal_median_am : Sourced {
value : Cents::new ( 4984000 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
social : SocialSecurity {
contributions : vec![ Contribution {
branch : Branch::Pension ,
rate : Sourced {
value : bp ( 930 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
saxony_rate : None ,
ceiling : Sourced {
value : Some ( Cents::new ( 10140000 ) ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max_staff : None } ,
Contribution {
branch : Branch::Unemployment ,
rate : Sourced {
value : bp ( 130 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
saxony_rate : None ,
ceiling : Sourced {
value : Some ( Cents::new ( 10140000 ) ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max_staff : None } ,
Contribution {
branch : Branch::Health ,
rate : Sourced {
value : bp ( 730 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
saxony_rate : None ,
ceiling : Sourced {
value : Some ( Cents::new ( 6975000 ) ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max_staff : None } ,
Contribution {
branch : Branch::Care ,
rate : Sourced {
value : bp ( 180 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
saxony_rate : Some ( Sourced {
value : bp ( 130 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
ceiling : Sourced {
value : Some ( Cents::new ( 6975000 ) ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max_staff : None } ,
Contribution {
branch : Branch::InsolvencyU3 ,
rate : Sourced {
value : bp ( 15 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
saxony_rate : None ,
ceiling : Sourced {
value : Some ( Cents::new ( 10140000 ) ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max_staff : None } ,
Contribution {
branch : Branch::MaternityU2 ,
rate : Sourced {
value : bp ( 40 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
saxony_rate : None ,
ceiling : Sourced {
value : Some ( Cents::new ( 10140000 ) ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max_staff : None } ,
Contribution {
branch : Branch::SickPayU1 ,
rate : Sourced {
value : bp ( 210 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
saxony_rate : None ,
ceiling : Sourced {
value : Some ( Cents::new ( 10140000 ) ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max_staff : Some ( Sourced {
value : 30 ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Contribution {
branch : Branch::Accident ,
rate : Sourced {
value : bp ( 80 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
saxony_rate : None ,
ceiling : Sourced {
value : None ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max_staff : None } ] ,
health_addon_average : Sourced {
value : bp ( 290 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
health_addon_employer_share : Sourced {
value : bp ( 5000 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
previous_year : PreviousYear {
valid_from : Date {
year : 2025 ,
month : 1 ,
day : 1 } ,
pension_unemployment_ceiling : Sourced {
value : Cents::new ( 9660000 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2025 ,
month : 1 ,
day : 1 } } ,
health_care_ceiling : Sourced {
value : Cents::new ( 6615000 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2025 ,
month : 1 ,
day : 1 } } ,
health_addon_average : Sourced {
value : bp ( 250 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2025 ,
month : 1 ,
day : 1 } } } } ,
cars : CarData {
benefit_rate_per_month : Sourced {
value : bp ( 100 ) ,
source : SourceTag::Statutory ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
default_am : Sourced {
value : String::from("mid") ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
default_kam : Sourced {
value : String::from("upper") ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
classes : vec![ CarClass {
id : String::from("none") ,
label : Label {
de : String::from("Kein Dienstwagen") ,
en : String::from("No company car") } ,
list_price : Sourced {
value : Cents::new ( 0 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
monthly_cost : Sourced {
value : Cents::new ( 0 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
CarClass {
id : String::from("mid") ,
label : Label {
de : String::from("Mittelklasse") ,
en : String::from("Mid-size car") } ,
list_price : Sourced {
value : Cents::new ( 4000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
monthly_cost : Sourced {
value : Cents::new ( 60000 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
CarClass {
id : String::from("upper") ,
label : Label {
de : String::from("Obere Mittelklasse") ,
en : String::from("Upper mid-size car") } ,
list_price : Sourced {
value : Cents::new ( 6000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
monthly_cost : Sourced {
value : Cents::new ( 95000 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ] } ,
hiring : HiringData {
recruiting_fee_default : Sourced {
value : bp ( 2500 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
fee_market : FeeMarket {
retained : RateRange {
min : Sourced {
value : bp ( 2500 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : bp ( 3300 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
contingency : RateRange {
min : Sourced {
value : bp ( 2000 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : bp ( 3000 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
average : Sourced {
value : bp ( 2700 ) ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
vacancy_days : CountRange {
min : Sourced {
value : 138 ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 180 ,
source : SourceTag::Market ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
ramp_up_am : CountRange {
min : Sourced {
value : 3 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 6 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
ramp_up_kam : CountRange {
min : Sourced {
value : 12 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 12 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
ramp_up_default_am : Sourced {
value : 5 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
ramp_up_default_kam : Sourced {
value : 12 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
productivity_gap_default : Sourced {
value : bp ( 5000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
team : TeamData {
kam_capacity : CountRange {
min : Sourced {
value : 5 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 15 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
am_capacity : CountRange {
min : Sourced {
value : 20 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 50 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
default_by_level : [ LevelTeam {
kam : CountRange {
min : Sourced {
value : 0 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 0 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
am : CountRange {
min : Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 2 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } ,
LevelTeam {
kam : CountRange {
min : Sourced {
value : 0 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
am : CountRange {
min : Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 3 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } ,
LevelTeam {
kam : CountRange {
min : Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
am : CountRange {
min : Sourced {
value : 2 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 3 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } ,
LevelTeam {
kam : CountRange {
min : Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 2 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
am : CountRange {
min : Sourced {
value : 2 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 3 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } ] } ,
employer : EmployerData {
plan_kam_min_score : Sourced {
value : 10 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
kam_recommended_min_score : Sourced {
value : 30 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
kam_urgent_min_score : Sourced {
value : 60 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
revenue_bands : RevenueBands {
small_max : Sourced {
value : Cents::new ( 1000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
standard_max : Sourced {
value : Cents::new ( 10000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
key_min : Sourced {
value : Cents::new ( 50000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
rules : vec![ RuleData {
rule : RuleId::LargestCustomerShare ,
weight : Sourced {
value : 30 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : Some ( Sourced {
value : bp ( 1000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
threshold_eur : None } ,
RuleData {
rule : RuleId::TopCustomersShare ,
weight : Sourced {
value : 30 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : Some ( Sourced {
value : bp ( 4000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
threshold_eur : None } ,
RuleData {
rule : RuleId::LosingToCompetitors ,
weight : Sourced {
value : 40 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::RevenueWithCriticalCustomers ,
weight : Sourced {
value : 30 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : Some ( Sourced {
value : Cents::new ( 500000000 ) ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
RuleData {
rule : RuleId::ComplexRequirements ,
weight : Sourced {
value : 10 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::LongSalesCycles ,
weight : Sourced {
value : 10 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::StrategicPartnershipGoal ,
weight : Sourced {
value : 10 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::FewLargeCustomers ,
weight : Sourced {
value : 10 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::KeyCustomerRevenue ,
weight : Sourced {
value : 10 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::SixFigureProjects ,
weight : Sourced {
value : 10 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::LargeCompanyCustomers ,
weight : Sourced {
value : 10 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::MultiLevelNegotiation ,
weight : Sourced {
value : 10 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::ManagementInOperations ,
weight : Sourced {
value : 10 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::MassMarket ,
weight : Sourced {
value : 15 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::SmallCustomers ,
weight : Sourced {
value : 15 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : None } ,
RuleData {
rule : RuleId::RevenueWellBelow ,
weight : Sourced {
value : 15 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
threshold_bp : None ,
threshold_eur : Some ( Sourced {
value : Cents::new ( 250000000 ) ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ] } ,
candidate : CandidateData {
am_min_years : Sourced {
value : 3 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
senior_min_years : Sourced {
value : 5 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
kam_min_years : Sourced {
value : 5 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
kam_ready_min_points : Sourced {
value : 8 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
points : vec![ ( CandPoint::CLevelNegotiation ,
Sourced {
value : 2 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
( CandPoint::AccountPlans ,
Sourced {
value : 2 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
( CandPoint::FrameworkContracts ,
Sourced {
value : 2 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
( CandPoint::CrossDepartmentProjects ,
Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
( CandPoint::IndustryNetwork ,
Sourced {
value : 2 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
( CandPoint::TechnicalSolid ,
Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
( CandPoint::TechnicalDeep ,
Sourced {
value : 2 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
( CandPoint::Accounts100k500k ,
Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
( CandPoint::Accounts500kPlus ,
Sourced {
value : 2 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
( CandPoint::EducationMaster ,
Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ,
( CandPoint::PreferenceDepth ,
Sourced {
value : 1 ,
source : SourceTag::Assumption ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) ] } ,
career : CareerPath {
am_stage_years : CountRange {
min : Sourced {
value : 2 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 3 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
senior_stage_years : CountRange {
min : Sourced {
value : 2 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 3 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } ,
total_years : CountRange {
min : Sourced {
value : 3 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Sourced {
value : 7 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } } } ,
facts : vec![ Fact {
id : String::from("am_portfolio_customers") ,
unit : FactUnit::Count ,
min : Sourced {
value : 20 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Some ( Sourced {
value : 50 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Fact {
id : String::from("kam_portfolio_customers") ,
unit : FactUnit::Count ,
min : Sourced {
value : 5 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Some ( Sourced {
value : 15 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Fact {
id : String::from("greentech_kam_industrial_customers") ,
unit : FactUnit::Count ,
min : Sourced {
value : 3 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Some ( Sourced {
value : 5 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Fact {
id : String::from("am_customer_revenue") ,
unit : FactUnit::Eur ,
min : Sourced {
value : 10000 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Some ( Sourced {
value : 100000 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Fact {
id : String::from("kam_customer_revenue_min") ,
unit : FactUnit::Eur ,
min : Sourced {
value : 500000 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : None } ,
Fact {
id : String::from("key_account_vs_standard_accounts") ,
unit : FactUnit::Count ,
min : Sourced {
value : 20 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : None } ,
Fact {
id : String::from("key_customers_revenue_share") ,
unit : FactUnit::Bp ,
min : Sourced {
value : 2000 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Some ( Sourced {
value : 4000 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Fact {
id : String::from("kam_plan_horizon") ,
unit : FactUnit::Years ,
min : Sourced {
value : 3 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Some ( Sourced {
value : 5 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Fact {
id : String::from("am_time_to_productivity") ,
unit : FactUnit::Months ,
min : Sourced {
value : 3 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Some ( Sourced {
value : 6 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Fact {
id : String::from("kam_time_to_productivity") ,
unit : FactUnit::Months ,
min : Sourced {
value : 12 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Some ( Sourced {
value : 12 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Fact {
id : String::from("am_experience") ,
unit : FactUnit::Years ,
min : Sourced {
value : 1 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Some ( Sourced {
value : 3 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Fact {
id : String::from("kam_experience") ,
unit : FactUnit::Years ,
min : Sourced {
value : 5 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : Some ( Sourced {
value : 10 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ) } ,
Fact {
id : String::from("example_am_order_sensors") ,
unit : FactUnit::Count ,
min : Sourced {
value : 50 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : None } ,
Fact {
id : String::from("example_kam_framework_sensors") ,
unit : FactUnit::Count ,
min : Sourced {
value : 5000 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : None } ,
Fact {
id : String::from("example_kam_partnership_years") ,
unit : FactUnit::Years ,
min : Sourced {
value : 3 ,
source : SourceTag::Article ,
valid_from : Date {
year : 2026 ,
month : 1 ,
day : 1 } } ,
max : None } ] } }
