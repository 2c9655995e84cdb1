#!/usr/bin/env bash
# Install what is missing, build everything, run every test.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${PA730_BUILD_DIR:-$ROOT/build}
bash "$ROOT/scripts/install-deps.sh"
bash "$ROOT/scripts/build.sh"
cd "$BUILD"
ctest --output-on-failure -j "${JOBS:-$(nproc)}"
