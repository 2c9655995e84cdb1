#!/usr/bin/env bash
# fuzz.sh [SECONDS]: build the libFuzzer targets of fuzz/ with clang (the
# whole simulator under -fsanitize=fuzzer-no-link,address,undefined) into
# build-fuzz/, then run each for SECONDS (default 20) from its seed corpus
# in fuzz/corpus/TARGET.  Fails on any crash, hang (over 10 s for one
# input), leak or sanitizer report; the input that caused it is kept in
# build-fuzz/fuzz/artifacts/ and should become a regression seed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${PA730_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
SECONDS_EACH=${1:-20}
JOBS=${JOBS:-$(nproc)}
CLANGXX=${CLANGXX:-$(command -v clang++ || command -v clang++-14 || true)}
if [ -z "$CLANGXX" ]; then
  echo "fuzz.sh: clang++ not found (Debian package clang)" >&2
  exit 77
fi
# -O1 with line tables: clang compiles the core's dispatch function under
# full coverage instrumentation at -O2 only after tens of minutes.
FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1 -gline-tables-only"
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_CXX_COMPILER="$CLANGXX" -DCMAKE_BUILD_TYPE=None \
  -DPA730_FUZZ=ON -DCMAKE_CXX_FLAGS="$FLAGS" >/dev/null
cmake --build "$BUILD" -j "$JOBS" --target fuzz_targets
mkdir -p "$BUILD/fuzz/artifacts"
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
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
