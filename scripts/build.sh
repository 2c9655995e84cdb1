#!/usr/bin/env bash
# Configure and build pa730 (simulator, tests, guest programs) into build/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${PA730_BUILD_DIR:-$ROOT/build}
JOBS=${JOBS:-$(nproc)}
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DPA730_WERROR=ON >/dev/null
cmake --build "$BUILD" -j "$JOBS"
