//! The pure domain: rules, money, data, URL state. Imports no browser crate.
