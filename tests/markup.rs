//! The views set no computed class names. Yew's `html!` sends a `class`
//! value that is not a string literal through `Classes` (an index set),
//! whose code costs the shipped widget 3.8 KB gzip; `clippy.toml` refuses
//! the `classes!` macro, and this test catches `class={...}` with any
//! expression. A state shown by style is an ARIA or `data-` attribute that
//! the style sheet reads (see `tests/e2e/styles.test.mjs`).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// reason: tests fail loudly on purpose.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The lines of `source` that set a class from an expression, as
/// `file:line: text`; comment lines are skipped.
fn computed_classes(name: &str, source: &str) -> Vec<String> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .filter(|(_, line)| line.contains("class={") || line.contains("classes!"))
        .map(|(i, line)| format!("{name}:{}: {}", i + 1, line.trim()))
        .collect()
}

#[test]
fn views_set_no_computed_class_names() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "found only {files:?}");
    let found: Vec<String> = files
        .iter()
        .flat_map(|f| computed_classes(&f.display().to_string(), &fs::read_to_string(f).unwrap()))
        .collect();
    assert!(
        found.is_empty(),
        "computed class names:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_computed_classes_and_skips_comments() {
    let source = "html! {\n    <li class={kind}>\n    // class={..} in a comment\n    <p class=\"kn-x\" />\n    <b class={classes!(\"a\")} />\n}";
    assert_eq!(
        computed_classes("x.rs", source),
        vec![
            "x.rs:2: <li class={kind}>".to_string(),
            "x.rs:5: <b class={classes!(\"a\")} />".to_string()
        ]
    );
}
