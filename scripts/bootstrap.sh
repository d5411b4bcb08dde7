#!/usr/bin/env bash
# Installs everything the project needs, from the package registries only
# (crates.io, npm, Debian). Idempotent: each step checks first, so a second
# run takes seconds. Nothing is downloaded from anywhere else; Trunk runs
# offline and finds these tools on PATH.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

step() { printf '\n== bootstrap: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_ready=0
apt_install() {
  if [ "$apt_ready" = 0 ]; then as_root apt-get update -qq; apt_ready=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

step "Debian packages (Chromium, ChromeDriver, Node.js)"
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
command -v gzip >/dev/null || need+=(gzip)
if [ ${#need[@]} -gt 0 ]; then apt_install "${need[@]}"; fi
chromium --version

step "Rust target and components"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

step "trunk $TRUNK_VERSION"
if ! trunk --version 2>/dev/null | grep -qF "trunk $TRUNK_VERSION"; then
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
trunk --version

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (must match Cargo.lock and Trunk.toml)"
if ! grep -qF "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen differs from Cargo.lock's wasm-bindgen $WASM_BINDGEN_VERSION" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qF " $WASM_BINDGEN_VERSION"; then
  # --locked first; its lock file names a webpki-roots release the registry
  # no longer serves, so fall back to fresh resolution of the same version.
  cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" ||
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
wasm-bindgen --version

step "npm tools (binaryen wasm-opt, playwright-core)"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
wasm-opt --version
echo "bootstrap: done"
