# Sourced by the other scripts: where the project's tools live.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
# cargo-installed tools (trunk, wasm-bindgen) and npm-installed ones (wasm-opt).
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
# Browser tests: wasm-bindgen-test-runner drives Chromium through ChromeDriver.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
# Pinned tool versions. wasm-bindgen's comes from Cargo.lock.
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
export TRUNK_VERSION WASM_BINDGEN_VERSION
