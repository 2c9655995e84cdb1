#!/usr/bin/env bash
# Build the simulator and its tests with AddressSanitizer and
# UndefinedBehaviorSanitizer into a second build directory (default
# build-sanitize/, env PA730_SAN_BUILD_DIR) and run the unit, cli, baremetal
# (boot/*), kernel, gdb and diff tests there.  Any sanitizer report fails the
# test that triggered it.  The guest programs are cross-compiled as usual,
# without sanitizers.  docs/tests.md, "Sanitized build".
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${PA730_SAN_BUILD_DIR:-$ROOT/build-sanitize}
JOBS=${JOBS:-$(nproc)}
SANITIZE=${PA730_SANITIZE:-address,undefined}
LABELS='^(unit|cli|baremetal|kernel|gdb|diff)$'

start=$(date +%s)
# No -Werror here: GCC warns falsely more often under -fsanitize (its manual
# says so); scripts/build.sh's -Werror build checks the warnings.
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      "-DPA730_SANITIZE=$SANITIZE" >/dev/null
cmake --build "$BUILD" -j "$JOBS"
built=$(date +%s)

# halt_on_error: the first report ends the process with a failure status.
# LeakSanitizer stays on; tests/support/lsan.supp names the leaks that are
# SystemC's own (libsystemc only), nothing of pa730.
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}
export LSAN_OPTIONS=suppressions=$ROOT/tests/support/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}
cd "$BUILD"
status=0
ctest --output-on-failure -j "$JOBS" -L "$LABELS" || status=$?
end=$(date +%s)
echo "test_sanitized.sh: configure+build $((built - start)) s, ctest $((end - built)) s (${SANITIZE})"
exit $status
