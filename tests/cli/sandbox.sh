#!/usr/bin/env bash
# sandbox.sh PA730 GUEST_DIR CASE
# The se.allow_writes sandbox seen from the host (guests/sandbox_writes.c,
# guests/unlink_host.c).  Every case runs in a fresh directory T with pa730's
# TMPDIR set to T/tmp, so what the run leaves behind can be listed:
#   temporary  files the guest writes to /tmp and to its cwd appear in neither
#              (host /tmp, host cwd), and the temporary sandbox is removed
#   explicit   with se.root=DIR they are in DIR/tmp/... and DIR/<cwd>/...
#   keep       se.keep_root=true names the kept sandbox, which holds them
#   unlink     a guest's unlink of a host file hides it from the guest only
set -uo pipefail
PA730=$1 G=$2 CASE=$3
T=$(mktemp -d "${TMPDIR:-/tmp}/pa730-sandbox-test.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
mkdir "$T/cwd" "$T/tmp" "$T/root"
ABS=/tmp/pa730-sandbox-test-$$-$RANDOM  # in the host's real /tmp: it must not appear there
fail() { echo "FAIL $CASE: $*"; [ -s "$T/err" ] && { echo "--- pa730 stderr:"; cat "$T/err"; }; exit 1; }
run() { (cd "$T/cwd" && TMPDIR=$T/tmp timeout $((60 * ${PA730_TIMEOUT_SCALE:-1})) "$PA730" se --set se.allow_writes=true "$@") >"$T/out" 2>"$T/err"; }
nothing_left() {
  [ ! -e "$ABS" ] || { rm -f "$ABS"; fail "$ABS was written on the host"; }
  [ -z "$(ls -A "$T/cwd")" ] || fail "the host cwd holds: $(ls -A "$T/cwd")"
}
holds() { [ "$(cat "$1" 2>/dev/null)" = "written by the guest" ] || fail "$1 does not hold the guest's line"; }

case $CASE in
  temporary)
    run "$G/sandbox_writes.elf" "$ABS" rel.txt || fail "guest status $?"
    nothing_left
    [ -z "$(ls -A "$T/tmp")" ] || fail "the temporary sandbox was not removed: $(ls -A "$T/tmp")"
    [ ! -s "$T/err" ] || fail "stderr is not empty"
    ;;
  explicit)
    run --set se.root="$T/root" "$G/sandbox_writes.elf" "$ABS" rel.txt || fail "guest status $?"
    nothing_left
    holds "$T/root$ABS"
    holds "$T/root$(cd "$T/cwd" && pwd -P)/rel.txt"
    [ -z "$(ls -A "$T/tmp")" ] || fail "a temporary sandbox was made besides se.root"
    ;;
  keep)
    run --set se.keep_root=true "$G/sandbox_writes.elf" "$ABS" rel.txt || fail "guest status $?"
    nothing_left
    [ "$(wc -l <"$T/err")" -eq 1 ] || fail "stderr is not one line"
    dir=$(sed -n 's/^pa730: se: guest files kept in \(.*\)$/\1/p' "$T/err")
    [ -n "$dir" ] || fail "no 'guest files kept in DIR' line"
    case $dir in "$T"/tmp/pa730-se-root.??????) ;; *) fail "kept $dir, not a pa730-se-root.XXXXXX in TMPDIR" ;; esac
    [ -d "$dir" ] || fail "$dir does not exist"
    holds "$dir$ABS"
    ;;
  unlink)
    printf 'host file\n' >"$T/host.txt"
    run "$G/unlink_host.elf" "$T/host.txt" || fail "guest status $? ($(cat "$T/out"))"
    [ "$(cat "$T/host.txt" 2>/dev/null)" = "host file" ] || fail "the host file was changed or removed"
    ;;
  *) echo "sandbox.sh: unknown case $CASE" >&2; exit 2 ;;
esac
echo "PASS $CASE"
