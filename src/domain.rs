//! The pure domain: rules, money, data, URL state. Imports no browser crate.
//!
//! **Architecture invariant:** nothing under `domain` knows about the browser.
//! It uses only `std`, compiles for native and
//! `wasm32-unknown-unknown`, and cannot panic: every input (quiz answers,
//! calculator inputs, override documents, URL strings) is either accepted or
//! turned into a typed error. Every figure comes from `data/de-2026.json`
//! with its source tag; the Rust code holds the *rules* (which point to the
//! section of the domain guide (`shared/guide/domain.md`, "§N") they implement), never the numbers.

pub mod builtin;
pub mod candidate;
pub mod codec;
pub mod cost;
pub mod data;
pub mod employer;
pub mod flow;
pub mod json;
pub mod money;
pub mod parse;
pub mod question;
pub mod salary;
pub mod source;
pub mod team;
pub mod text_keys;
