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

# use_stacks=0: SystemC switches its threads' stacks (QuickThreads
# coroutines) without telling the sanitizer, so at exit LeakSanitizer holds a
# coroutine's stack as the main thread's; on newer host kernels (seen on
# 6.18) its scan of it faults in LeakSanitizer's tracer ("Tracer caught
# signal 11") and every pa730 run fails.  The heap, globals, TLS and
# registers are still roots.  (The fuzz targets run no SystemC thread and
# keep the stacks: libFuzzer's own buffers live only there.)
export LSAN_OPTIONS=use_stacks=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}
san_env
cd "$SAN_BUILD"
status=0
ctest --output-on-failure -j "$SAN_JOBS" -L "$LABELS" || status=$?
end=$(date +%s)
echo "test_sanitized.sh: configure+build $((built - start)) s, ctest $((end - built)) s ($SAN_KIND, -fsanitize=$SAN_SANITIZE)"
exit $status
