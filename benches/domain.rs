//! Domain benchmark (placeholder, replaced by the domain work).
fn main() {}
