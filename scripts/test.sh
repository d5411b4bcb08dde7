#!/usr/bin/env bash
# Sets up the toolchain, then runs every gate and test tier. Exits non-zero
# on the first failure.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/bootstrap.sh"
cd "$ROOT"

tier() { printf '\n==== %s\n' "$*"; }

tier "format"
cargo fmt --all --check

tier "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings

tier "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

tier "clippy (wasm32, each tool's module as the release build ships it)"
for tool in employer candidate calculator; do
  cargo clippy --locked --lib --bins --target wasm32-unknown-unknown --no-default-features --features "$tool" -- -D warnings
done

tier "docs (rustdoc, warnings are errors: broken links, stray HTML)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked --target wasm32-unknown-unknown

tier "tier 1: native tests"
cargo test --locked

tier "tier 1: parsers fuzzed, 100,000 generated inputs each (release build)"
cargo test --locked --release --test fuzz

tier "tier 2: browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

tier "release build"
"$ROOT/scripts/dist.sh"

tier "tier 3: end-to-end tests on dist/ (Playwright + Chromium)"
node --test --test-concurrency=1 tests/e2e/

tier "all tiers passed"
