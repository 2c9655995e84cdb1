# shellcheck shell=bash
# Sourced by scripts/test_sanitized.sh and scripts/fuzz.sh: the one sanitized
# build both use (docs/tests.md, "Sanitized build").  With clang it is a
# single build directory for both: the whole project under
# -fsanitize=address,undefined (PA730_SANITIZE) plus fuzzer-no-link coverage,
# -O1 -gline-tables-only, and the libFuzzer targets (PA730_FUZZ=ON).  The
# ordinary executables (pa730, unit_tests, ...) link without libFuzzer: the
# ASan runtime carries weak no-op definitions of the coverage callbacks.
# Without clang, GCC builds the same sanitizers at -O1 and no fuzz targets.
#
# Defines, for the sourcing script:
#   SAN_BUILD      the build directory (env PA730_SAN_BUILD_DIR, default build-sanitize/)
#   SAN_SANITIZE   the sanitizers (env PA730_SANITIZE, default address,undefined)
#   SAN_CXX        the compiler; SAN_KIND  clang | gcc
#   san_configure  configure SAN_BUILD (quiet)
#   san_build [TARGET...]  build it (all targets when none given)
#   san_env        export ASAN/LSAN/UBSAN_OPTIONS: the first report fails the process
: "${ROOT:?sanitized_build.sh: set ROOT before sourcing}"
SAN_BUILD=${PA730_SAN_BUILD_DIR:-$ROOT/build-sanitize}
SAN_SANITIZE=${PA730_SANITIZE:-address,undefined}
SAN_JOBS=${JOBS:-$(nproc)}
SAN_CXX=${CLANGXX:-$(command -v clang++ || command -v clang++-14 || true)}
if [ -n "$SAN_CXX" ]; then
  SAN_KIND=clang
else
  SAN_KIND=gcc
  SAN_CXX=$(command -v g++)
fi

san_configure() {
  local flags fuzz
  if [ "$SAN_KIND" = clang ]; then
    # -O1 with line tables: clang compiles the core's dispatch function
    # (pa_risc/core.cpp) under ASan and full coverage instrumentation in
    # minutes at -O1, in tens of minutes at -O2.
    flags="-fsanitize=fuzzer-no-link -O1 -gline-tables-only"
    fuzz=ON
  else
    # GCC -O2 with ASan needs ~19 min for pa_risc/core.cpp alone; -O1 is the
    # affordable level.  No fuzz targets: libFuzzer is clang's.
    flags="-O1 -g1"
    fuzz=OFF
  fi
  # A build directory configured with the other compiler is started afresh
  # (CMake cannot switch a cache's compiler).
  if [ -f "$SAN_BUILD/CMakeCache.txt" ] &&
     ! grep -qx "CMAKE_CXX_COMPILER:[A-Z]*=$SAN_CXX" "$SAN_BUILD/CMakeCache.txt"; then
    echo "sanitized build: $SAN_BUILD was configured with another compiler; reconfiguring from scratch"
    rm -rf "$SAN_BUILD/CMakeCache.txt" "$SAN_BUILD/CMakeFiles"
  fi
  # No -Werror here: compilers warn falsely more often under -fsanitize (GCC's
  # manual says so); scripts/build.sh's -Werror build checks the warnings.
  # CMAKE_BUILD_TYPE=None: the flags above are all the optimisation there is.
  cmake -S "$ROOT" -B "$SAN_BUILD" -DCMAKE_CXX_COMPILER="$SAN_CXX" -DCMAKE_BUILD_TYPE=None \
        "-DPA730_SANITIZE=$SAN_SANITIZE" -DPA730_FUZZ=$fuzz "-DCMAKE_CXX_FLAGS=$flags" >/dev/null
}

san_build() {
  local targets=()
  local t
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$SAN_BUILD" -j "$SAN_JOBS" "${targets[@]}"
}

san_env() {
  # halt_on_error: the first report ends the process with a failure status.
  # LeakSanitizer stays on; tests/support/lsan.supp names the leaks that are
  # SystemC's own (libsystemc only), nothing of pa730.  Options already in
  # the environment come last and win (test_sanitized.sh adds use_stacks=0).
  export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}
  export LSAN_OPTIONS=suppressions=$ROOT/tests/support/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}
}
