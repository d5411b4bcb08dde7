#!/usr/bin/env bash
# Sets up the toolchain, then builds and serves the app with live reload at
# http://127.0.0.1:8080 (address and port in Trunk.toml).
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
exec trunk serve "$@"
