#!/usr/bin/env bash
# expect_console.sh STATUS REGEX... -- COMMAND...
# Runs COMMAND (a pa730 boot); passes if it exits with STATUS and every
# REGEX (extended) matches a line of the guest's console output (stdout).
# A REGEX starting with "seq:" is matched against the whole output with its
# lines joined by spaces (to check an order); one starting with "err:"
# against stderr (where --stats prints), and one starting with "not:" must
# match no console line.
set -uo pipefail
want=$1; shift
patterns=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do patterns+=("$1"); shift; done
shift
out=$(mktemp); err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
timeout $((60 * ${PA730_TIMEOUT_SCALE:-1})) "$@" >"$out" 2>"$err" </dev/null
got=$?
ok=1
[ "$got" -eq "$want" ] || { echo "exit status $got, expected $want"; ok=0; }
joined=$(tr '\n' ' ' < "$out")
for p in "${patterns[@]}"; do
  if [[ "$p" == seq:* ]]; then
    grep -Eq -- "${p#seq:}" <<<"$joined" || { echo "console output does not match /${p#seq:}/ (joined)"; ok=0; }
  elif [[ "$p" == err:* ]]; then
    grep -Eq -- "${p#err:}" "$err" || { echo "stderr does not match /${p#err:}/"; ok=0; }
  elif [[ "$p" == not:* ]]; then
    ! grep -Eq -- "${p#not:}" "$out" || { echo "console output matches /${p#not:}/, which it must not"; ok=0; }
  else
    grep -Eq -- "$p" "$out" || { echo "console output does not match /$p/"; ok=0; }
  fi
done
if [ $ok -eq 0 ]; then
  echo "--- command: $*"; echo "--- console:"; cat "$out"; echo "--- stderr:"; tail -20 "$err"
  exit 1
fi
