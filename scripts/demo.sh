#!/usr/bin/env bash
# Install what is missing, build, and run the main job.
#
# The main job: the paper tables.  `pa730 tables` boots the guest kernel once
# per RPC experiment (null, in:32 ... inout:128, message path), charges every
# instruction and cycle to the RPC stages the guest marks, and prints each
# published table beside the measured figures (JSON in build/demo/tables.json).
# Before it, a gcc-compiled C program runs in syscall emulation and the
# kernel boots three user tasks, with their statistics.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${PA730_BUILD_DIR:-$ROOT/build}
bash "$ROOT/scripts/install-deps.sh"
bash "$ROOT/scripts/build.sh"
mkdir -p "$BUILD/demo"
hppa-linux-gnu-gcc-12 -static -O2 -o "$BUILD/demo/demo.elf" "$ROOT/workloads/se/demo.c" -lm
"$BUILD/pa730" se --stats "$BUILD/demo/stats.json" "$BUILD/demo/demo.elf"
echo
echo "== booting the guest kernel (full system) with three tasks =="
"$BUILD/pa730" boot --workload threads --workload threads --workload fault --stats "$BUILD/demo/boot.json" 2>&1 |
  grep -Ev '^(cpu\.stalls|icache|dcache|itlb|dtlb)'
echo
echo "== one RPC experiment: the null RPC, stage by stage =="
"$BUILD/pa730" rpc --path message --test null --iterations 1000
echo
echo "== the paper tables: published | measured | difference =="
"$BUILD/pa730" tables --json "$BUILD/demo/tables.json"
