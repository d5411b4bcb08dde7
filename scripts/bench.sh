#!/usr/bin/env bash
# The performance benchmark: release build, then bench/run.mjs (sizes,
# first-question time against a vanilla baseline, input-to-render, memory,
# Lighthouse). Writes bench/results.json and bench/results.md.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  (cd bench && npm ci --no-audit --no-fund)
fi
"$ROOT/scripts/dist.sh" >/dev/null
node bench/run.mjs
