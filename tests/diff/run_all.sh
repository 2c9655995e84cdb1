#!/usr/bin/env bash
# run_all.sh BUILD_DIR [PATTERN]
#
# Runs every differential-test ELF in BUILD_DIR/tests/diff through compare.sh
# (qemu-hppa vs BUILD_DIR/pa730) and prints a summary.  PATTERN is an optional
# shell glob matched against the ELF base name (e.g. 'fp_*' or '*.O2').
set -u

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 BUILD_DIR [PATTERN]" >&2
    exit 2
fi
BUILD=$1
PATTERN=${2:-*}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SIM=$BUILD/pa730
ELFDIR=$BUILD/tests/diff
QEMU=${QEMU_HPPA:-$(command -v qemu-hppa || true)}

if [ -z "$QEMU" ]; then
    echo "run_all.sh: qemu-hppa not found (set QEMU_HPPA)" >&2
    exit 2
fi
if [ ! -x "$SIM" ]; then
    echo "run_all.sh: simulator not found at $SIM (build it first)" >&2
    exit 2
fi
shopt -s nullglob
ELFS=("$ELFDIR"/*.elf)
if [ ${#ELFS[@]} -eq 0 ]; then
    echo "run_all.sh: no ELFs in $ELFDIR (build the diff_programs target)" >&2
    exit 2
fi

pass=0
fail=0
failed=()
LOG=$(mktemp "${TMPDIR:-/tmp}/pa730-runall.XXXXXX")
trap 'rm -f "$LOG"' EXIT
for elf in "${ELFS[@]}"; do
    name=$(basename "$elf" .elf)
    # shellcheck disable=SC2053
    [[ $name == $PATTERN ]] || continue
    if bash "$HERE/compare.sh" "$QEMU" "$SIM" "$elf" > "$LOG" 2>&1; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        failed+=("$name")
        cat "$LOG"
    fi
done

echo "$pass passed, $fail failed"
if [ $fail -gt 0 ]; then
    echo "failed: ${failed[*]}"
    exit 1
fi
exit 0
