#!/usr/bin/env bash
# fuzz.sh [SECONDS]: build the libFuzzer targets of fuzz/ in the sanitized
# build (scripts/lib/sanitized_build.sh: clang, the whole simulator under
# -fsanitize=fuzzer-no-link,address,undefined, in build-sanitize/, shared
# with scripts/test_sanitized.sh), then run each for SECONDS (default 20)
# from its seed corpus in fuzz/corpus/TARGET.  Fails on any crash, hang
# (over 10 s for one input), leak or sanitizer report; the input that caused
# it is kept in build-sanitize/fuzz/artifacts/ and should become a
# regression seed.  Without clang it exits 77 (skipped), or fails under
# CI=true, where everything must run.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SECONDS_EACH=${1:-20}
# shellcheck source=scripts/lib/sanitized_build.sh
source "$ROOT/scripts/lib/sanitized_build.sh"
if [ "$SAN_KIND" != clang ]; then
  if [ "${CI:-}" = true ]; then
    echo "fuzz.sh: clang++ not found (Debian packages clang, libclang-rt-14-dev); under CI=true that is a failure" >&2
    exit 1
  fi
  echo "fuzz.sh: clang++ not found (Debian packages clang, libclang-rt-14-dev): fuzzing skipped" >&2
  exit 77
fi
BUILD=$SAN_BUILD
san_configure
san_build fuzz_targets
mkdir -p "$BUILD/fuzz/artifacts"
san_env
status=0
for target in fuzz_decode fuzz_elf fuzz_config fuzz_gdb_packet fuzz_se_syscalls fuzz_boot_modules; do
  seeds=$ROOT/fuzz/corpus/$target
  work=$BUILD/fuzz/corpus/$target   # grows as the fuzzer finds coverage; seeds stay as committed
  mkdir -p "$work"
  log=$BUILD/fuzz/$target.log
  if "$BUILD/fuzz/$target" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 \
       -artifact_prefix="$BUILD/fuzz/artifacts/$target-" -print_final_stats=1 \
       "$work" "$seeds" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 || true)
    echo "fuzz: $target ok: $runs runs in ${SECONDS_EACH}s, ${cov:-cov: ?} edges"
  else
    echo "fuzz: $target FAILED (log: $log)"
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -10 | sed 's/^/  /'
    status=1
  fi
done
exit $status
