#!/usr/bin/env bash
# compare.sh QEMU_HPPA PA730 ELF
#
# Runs ELF under the reference emulator (qemu-hppa) and under the pa730
# simulator in syscall-emulation mode with identical arguments and stdin,
# and fails with a readable report if stdout or the exit status differ.
#
# A program whose source (programs/NAME.c, NAME being the ELF's name without
# .O0/.O2) starts with the line
#   /* pa730-se: OPTION... */
# is run by pa730 with those options (e.g. --set se.allow_writes=true for a
# program that writes files).  Such a program runs, under each emulator, in
# a fresh empty working directory, which must be empty again afterwards (it
# cleans up after itself); pa730 gets a private TMPDIR, which must be empty
# too (its sandbox directory is removed at exit).
#
# Environment:
#   DIFF_TIMEOUT  per-run timeout in seconds (default 60, times PA730_TIMEOUT_SCALE,
#                 which a sanitized build sets)
#   DIFF_KEEP     if set to a directory, copy the captured outputs there
set -u

if [ $# -ne 3 ]; then
    echo "usage: $0 QEMU_HPPA PA730 ELF" >&2
    exit 2
fi

QEMU=$1
SIM=$2
ELF=$3
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STDIN_FILE=$HERE/stdin.txt
TIMEOUT=${DIFF_TIMEOUT:-$((60 * ${PA730_TIMEOUT_SCALE:-1}))}
NAME=$(basename "$ELF" .elf)
ARGS=(alpha "beta gamma" 3)

for f in "$QEMU" "$SIM" "$ELF"; do
    if [ ! -x "$f" ]; then
        echo "compare.sh: not an executable file: $f" >&2
        exit 2
    fi
done
if [ ! -r "$STDIN_FILE" ]; then
    echo "compare.sh: missing stdin text: $STDIN_FILE" >&2
    exit 2
fi

SIM_OPTS=()
SRC=$HERE/programs/${NAME%.*}.c
if [ -r "$SRC" ] && [[ $(head -n 1 "$SRC") =~ ^/\*\ pa730-se:\ (.*)\ \*/$ ]]; then
    read -r -a SIM_OPTS <<< "${BASH_REMATCH[1]}"
fi

# qemu-user writes a core file for a default action that dumps core (SIGILL,
# SIGTRAP, ...) where the limit allows; none is wanted.
ulimit -c 0

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pa730-diff.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

REF_DIR=. SIM_DIR=. SIM_TMPDIR=${TMPDIR:-}
if [ ${#SIM_OPTS[@]} -gt 0 ]; then
    absolute() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
    ELF=$(absolute "$ELF") SIM=$(absolute "$SIM") QEMU=$(absolute "$QEMU")
    REF_DIR=$TMP/ref.cwd SIM_DIR=$TMP/sim.cwd SIM_TMPDIR=$TMP/sim.tmp
    mkdir "$REF_DIR" "$SIM_DIR" "$SIM_TMPDIR" || exit 2
fi

(cd "$REF_DIR" && timeout -k 5 "$TIMEOUT" "$QEMU" "$ELF" "${ARGS[@]}") \
    < "$STDIN_FILE" > "$TMP/ref.out" 2> "$TMP/ref.err"
REF_RC=$?
(cd "$SIM_DIR" && TMPDIR=$SIM_TMPDIR timeout -k 5 "$TIMEOUT" "$SIM" se "${SIM_OPTS[@]}" "$ELF" "${ARGS[@]}") \
    < "$STDIN_FILE" > "$TMP/sim.out" 2> "$TMP/sim.err"
SIM_RC=$?

LEFT=""
if [ ${#SIM_OPTS[@]} -gt 0 ]; then
    for d in "$REF_DIR" "$SIM_DIR" "$SIM_TMPDIR"; do
        [ -z "$(ls -A "$d")" ] || LEFT="$LEFT ${d#"$TMP"/}: $(ls -A "$d" | tr '\n' ' ')"
    done
fi

if [ -n "${DIFF_KEEP:-}" ]; then
    mkdir -p "$DIFF_KEEP" &&
        for k in ref.out ref.err sim.out sim.err; do cp "$TMP/$k" "$DIFF_KEEP/$NAME.$k"; done
fi

describe_rc() {
    case $1 in
        124) echo "$1 (timed out after ${TIMEOUT}s)" ;;
        137) echo "$1 (killed)" ;;
        129|1[3-9][0-9]) echo "$1 (signal $(($1 - 128))?)" ;;
        *) echo "$1" ;;
    esac
}

if [ "$REF_RC" -eq 124 ] || [ "$REF_RC" -eq 137 ]; then
    echo "FAIL $NAME: reference run under qemu-hppa timed out (harness problem)"
    exit 1
fi

if [ -n "$LEFT" ]; then
    echo "FAIL $NAME: files left behind (ref.cwd/sim.cwd: the working directories, sim.tmp: pa730's TMPDIR):$LEFT"
    exit 1
fi

if [ "$REF_RC" -eq "$SIM_RC" ] && cmp -s "$TMP/ref.out" "$TMP/sim.out"; then
    echo "PASS $NAME (exit $REF_RC, $(wc -l < "$TMP/ref.out") lines)"
    exit 0
fi

echo "FAIL $NAME"
echo "  exit status: qemu-hppa $(describe_rc "$REF_RC"), pa730 $(describe_rc "$SIM_RC")"
echo "  stdout: qemu-hppa $(wc -c < "$TMP/ref.out") bytes / $(wc -l < "$TMP/ref.out") lines," \
     "pa730 $(wc -c < "$TMP/sim.out") bytes / $(wc -l < "$TMP/sim.out") lines"
if ! cmp -s "$TMP/ref.out" "$TMP/sim.out"; then
    FIRST=$(cmp "$TMP/ref.out" "$TMP/sim.out" 2>/dev/null | head -1)
    [ -n "$FIRST" ] && echo "  first difference: ${FIRST#*: }"
    echo "  --- diff (qemu-hppa = expected, pa730 = actual), first 40 lines ---"
    diff -u --label qemu-hppa --label pa730 "$TMP/ref.out" "$TMP/sim.out" | head -40 | sed 's/^/  /'
fi
if [ -s "$TMP/sim.err" ]; then
    echo "  --- pa730 stderr (last 15 lines) ---"
    tail -15 "$TMP/sim.err" | sed 's/^/  /'
fi
exit 1
