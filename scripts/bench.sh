#!/usr/bin/env bash
# scripts/bench.sh [BUILD_DIR]
#
# Speed benchmark: builds workloads/bench/bench.c with the hppa cross compiler
# (into BUILD_DIR/bench/bench.elf, only if missing or out of date), runs it
# under qemu-hppa and under the pa730 simulator, checks that both produce the
# same checksum, and prints guest instructions, host wall time, simulated MIPS
# and the pa730/qemu wall-time ratio.
#
# BUILD_DIR defaults to <repo>/build.  Environment overrides:
#   HPPA_CC      cross compiler         (default hppa-linux-gnu-gcc-12)
#   QEMU_HPPA    reference emulator     (default qemu-hppa)
#   BENCH_SCALE  work scale passed to bench.elf (default: the program's own, 16)
set -euo pipefail

die() { echo "bench.sh: error: $*" >&2; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-$ROOT/build}
[ $# -le 1 ] || die "usage: $0 [BUILD_DIR]"
[ -d "$BUILD" ] || die "build directory '$BUILD' does not exist (configure and build pa730 first)"
BUILD=$(cd "$BUILD" && pwd)

CC=${HPPA_CC:-hppa-linux-gnu-gcc-12}
QEMU=${QEMU_HPPA:-qemu-hppa}
SIM=$BUILD/pa730
SRC=$ROOT/workloads/bench/bench.c
OUT=$BUILD/bench
ELF=$OUT/bench.elf
STATS=$OUT/stats.json
ARGS=()
[ -n "${BENCH_SCALE:-}" ] && ARGS=("$BENCH_SCALE")

command -v "$CC" > /dev/null || die "cross compiler '$CC' not found (set HPPA_CC)"
command -v "$QEMU" > /dev/null || die "'$QEMU' not found (set QEMU_HPPA)"
command -v python3 > /dev/null || die "python3 not found"
[ -x "$SIM" ] || die "simulator not found or not executable: $SIM"
[ -r "$SRC" ] || die "benchmark source missing: $SRC"

mkdir -p "$OUT"
if [ ! -f "$ELF" ] || [ "$SRC" -nt "$ELF" ]; then
    echo "building $ELF"
    "$CC" -static -O2 -Wall -o "$ELF.tmp" "$SRC" || die "cross compilation failed"
    mv "$ELF.tmp" "$ELF"
fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

# --- reference run -----------------------------------------------------------
echo "running under $QEMU ..."
t0=$(now)
set +e
"$QEMU" "$ELF" "${ARGS[@]}" > "$OUT/qemu.out" 2> "$OUT/qemu.err"
qrc=$?
set -e
t1=$(now)
[ $qrc -eq 0 ] || { cat "$OUT/qemu.err" >&2; die "bench.elf failed under qemu-hppa (exit $qrc)"; }
QEMU_SEC=$(elapsed "$t0" "$t1")

# --- simulator runs: functional core, then full PA7000 timing --------------
stat() {  # stat FILE KEY -> value or n/a
    python3 - "$1" "$2" <<'PY'
import json, sys
try:
    with open(sys.argv[1]) as f:
        v = json.load(f).get(sys.argv[2])
    print(int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else "n/a")
except Exception:
    print("n/a")
PY
}

run_sim() {  # run_sim LABEL [pa730 options...] -> sets SEC_<LABEL>, INSTS_<LABEL>, CYCLES_<LABEL>
    local label=$1; shift
    echo "running under pa730 ($label) ..."
    rm -f "$STATS"
    local t0 t1 rc
    t0=$(now)
    set +e
    "$SIM" se "$@" --stats "$STATS" "$ELF" "${ARGS[@]}" > "$OUT/pa730.$label.out" 2> "$OUT/pa730.$label.err"
    rc=$?
    set -e
    t1=$(now)
    if [ $rc -ne 0 ]; then
        echo "--- pa730 stderr (last 20 lines) ---" >&2
        tail -20 "$OUT/pa730.$label.err" >&2
        die "bench.elf failed under pa730 $label (exit $rc)"
    fi
    local sum
    sum=$(sed -n 's/.*checksum \([0-9a-f]*\).*/\1/p' "$OUT/pa730.$label.out" | tail -1)
    if [ "$sum" != "$QSUM" ]; then
        die "checksum mismatch ($label): qemu-hppa '$QSUM' vs pa730 '${sum:-<none>}'"
    fi
    printf -v "SEC_$label" '%s' "$(elapsed "$t0" "$t1")"
    printf -v "INSTS_$label" '%s' "$(stat "$STATS" sim_insts)"
    printf -v "CYCLES_$label" '%s' "$(stat "$STATS" sim_cycles)"
}

QSUM=$(sed -n 's/.*checksum \([0-9a-f]*\).*/\1/p' "$OUT/qemu.out" | tail -1)
[ -n "$QSUM" ] || die "no checksum in qemu-hppa output ($OUT/qemu.out)"
run_sim functional --set timing.enabled=false
run_sim timed

rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (n != "n/a" && s > 0) printf "%.1f", n / s / 1e6; else print "n/a" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }

echo
echo "benchmark: workloads/bench/bench.c (-O2 -static${BENCH_SCALE:+, scale $BENCH_SCALE}), checksum $QSUM (all match)"
printf '  %-34s %14s %14s\n' "" "functional" "PA7000 timing"
printf '  %-34s %14s %14s\n' "guest instructions" "$INSTS_functional" "$INSTS_timed"
printf '  %-34s %14s %14s\n' "simulated cycles" "$CYCLES_functional" "$CYCLES_timed"
printf '  %-34s %14s %14s\n' "pa730 host seconds" "$SEC_functional" "$SEC_timed"
printf '  %-34s %14s %14s\n' "simulated MIPS" "$(rate "$INSTS_functional" "$SEC_functional")" "$(rate "$INSTS_timed" "$SEC_timed")"
printf '  %-34s %14s %14s\n' "simulated Mcycles per host second" "$(rate "$CYCLES_functional" "$SEC_functional")" "$(rate "$CYCLES_timed" "$SEC_timed")"
printf '  %-34s %14s %14s\n' "ratio pa730/qemu-hppa (wall)" "$(ratio "$SEC_functional" "$QEMU_SEC")" "$(ratio "$SEC_timed" "$QEMU_SEC")"
printf '  %-34s %14s\n' "qemu-hppa host seconds" "$QEMU_SEC"

# --- full system: the guest kernel with user tasks --------------------------
# No qemu counterpart here (qemu-hppa cannot boot our kernel): the figures
# are pa730's own, from --stats (host seconds of the simulation loop, boot
# included).  nullcall is kernel-call bound (a privilege change every ~50
# instructions), tlbstress TLB-refill and page-fault bound, threads is user
# code under preemption; the RPC boot below is task-switch bound.
fstat() {  # fstat FILE KEY -> the value as printed (floats too)
    python3 - "$1" "$2" <<'PY'
import json, sys
try:
    with open(sys.argv[1]) as f:
        v = json.load(f).get(sys.argv[2])
    print(f"{v:.3f}" if isinstance(v, float) else v)
except Exception:
    print("n/a")
PY
}
echo
echo "full system (pa730 boot, PA7000 timing):"
printf '  %-24s %14s %14s %12s %10s\n' "workloads" "instructions" "cycles" "host s" "MIPS"
for w in nullcall tlbstress "threads --workload threads"; do
    rm -f "$STATS"
    # shellcheck disable=SC2086
    "$SIM" boot --workload $w --stats "$STATS" > "$OUT/boot.out" 2> "$OUT/boot.err" || die "pa730 boot --workload $w failed"
    printf '  %-24s %14s %14s %12s %10s\n' "${w// --workload /+}" "$(stat "$STATS" sim_insts)" "$(stat "$STATS" sim_cycles)" \
        "$(fstat "$STATS" host_seconds)" "$(fstat "$STATS" host_inst_rate_mips)"
    if [ "$w" = nullcall ]; then
        NULL_INSTS=$(stat "$STATS" sim_insts)
        NULL_SEC=$(fstat "$STATS" host_seconds)
        NULL_MIPS=$(fstat "$STATS" host_inst_rate_mips)
    fi
done

# --- RPC-bound boot: 10^5 null RPCs through the message path ---------------
# The RPC benchmark's client and server booted as two tasks, without the
# stage clock (pa730 rpc adds it): two address-space switches and four
# kernel entries and exits per call.  Its speed should be at least
# nullcall's.  The per-call cycles are the client's own measure (CR16
# around each call, the "@rpc" line it prints).
RPC_CALLS=100000
rm -f "$STATS"
"$SIM" boot --workload rpc_server --workload "rpc_client null $RPC_CALLS 0" --stats "$STATS" \
    > "$OUT/boot.rpc.out" 2> "$OUT/boot.rpc.err" || die "pa730 boot --workload rpc_server --workload 'rpc_client null $RPC_CALLS 0' failed"
rpcfield() { sed -n "s/^@rpc .*\b$1=\([0-9.]*\).*/\1/p" "$OUT/boot.rpc.out" | tail -1; }
RPC_MEAN=$(rpcfield mean_cycles)
RPC_MIN=$(rpcfield min_cycles)
[ -n "$RPC_MEAN" ] || die "rpc_client printed no @rpc line ($OUT/boot.rpc.out)"
echo
echo "RPC-bound boot (rpc_server + rpc_client null $RPC_CALLS 0) beside nullcall (10^5 kernel calls):"
printf '  %-24s %14s %12s %10s\n' "workloads" "instructions" "host s" "MIPS"
printf '  %-24s %14s %12s %10s\n' "nullcall" "$NULL_INSTS" "$NULL_SEC" "$NULL_MIPS"
printf '  %-24s %14s %12s %10s\n' "rpc_server+rpc_client" "$(stat "$STATS" sim_insts)" \
    "$(fstat "$STATS" host_seconds)" "$(fstat "$STATS" host_inst_rate_mips)"
printf '  %-24s %14s (minimum %s)\n' "cycles per null RPC" "$RPC_MEAN" "$RPC_MIN"
