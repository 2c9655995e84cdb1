#!/usr/bin/env bash
# Install what is missing, build, and run the main job.
#
# Today the main job runs a gcc-compiled C program on the simulated PA-RISC
# core in syscall-emulation mode and prints its statistics, then boots the
# guest kernel with three user tasks and prints where the cycles went.
# (The paper tables arrive with the guest kernel's RPC paths: `pa730 tables`.)
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
