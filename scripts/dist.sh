#!/usr/bin/env bash
# Builds the release dist/ (size-tuned profile, wasm-opt -Oz, minified).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
trunk build --release
ls -l dist
