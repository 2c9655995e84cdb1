#!/usr/bin/env bash
# Build the simulator and its tests with AddressSanitizer and
# UndefinedBehaviorSanitizer into a second build directory (default
# build-sanitize/, env PA730_SAN_BUILD_DIR) and run the unit, cli, baremetal
# (boot/*), kernel, gdb and diff tests there.  Any sanitizer report fails the
# test that triggered it.  The build is the one scripts/fuzz.sh fuzzes in
# (scripts/lib/sanitized_build.sh: clang -O1 with fuzzer coverage, or GCC -O1
# without clang).  The guest programs are cross-compiled as usual, without
# sanitizers.  docs/tests.md, "Sanitized build".
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/sanitized_build.sh
source "$ROOT/scripts/lib/sanitized_build.sh"
LABELS='^(unit|cli|baremetal|kernel|gdb|diff)$'

start=$(date +%s)
san_configure
# shellcheck disable=SC2119  # no arguments: every target
san_build
built=$(date +%s)

san_env
cd "$SAN_BUILD"
status=0
ctest --output-on-failure -j "$SAN_JOBS" -L "$LABELS" || status=$?
end=$(date +%s)
echo "test_sanitized.sh: configure+build $((built - start)) s, ctest $((end - built)) s ($SAN_KIND, -fsanitize=$SAN_SANITIZE)"
exit $status
