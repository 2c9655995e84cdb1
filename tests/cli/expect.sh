#!/usr/bin/env bash
# expect.sh STATUS REGEX -- COMMAND...
# Runs COMMAND; passes if it exits with STATUS and its stderr matches REGEX
# (extended regex) in a single line; REGEX "-" means stderr must be empty.
# With EXPECT_ONE_LINE=1, stderr must also be exactly one line; with
# EXPECT_MATCHES=N, exactly N lines of stderr must match REGEX.
set -uo pipefail
want=$1; pattern=$2; shift 2
[ "$1" = "--" ] && shift
err=$(mktemp); out=$(mktemp)
trap 'rm -f "$err" "$out"' EXIT
"$@" >"$out" 2>"$err" </dev/null
got=$?
ok=1
[ "$got" -eq "$want" ] || { echo "exit status $got, expected $want"; ok=0; }
if [ "$pattern" = "-" ]; then
  [ ! -s "$err" ] || { echo "stderr is not empty"; ok=0; }
else
  grep -Eq -- "$pattern" "$err" || { echo "stderr does not match /$pattern/"; ok=0; }
fi
if [ "${EXPECT_ONE_LINE:-0}" = 1 ] && [ "$(wc -l <"$err")" -ne 1 ]; then
  echo "stderr is not exactly one line"; ok=0
fi
if [ -n "${EXPECT_MATCHES:-}" ] && [ "$(grep -Ec -- "$pattern" "$err")" -ne "$EXPECT_MATCHES" ]; then
  echo "stderr does not have exactly $EXPECT_MATCHES lines matching /$pattern/"; ok=0
fi
if [ $ok -eq 0 ]; then
  echo "--- command: $*"; echo "--- stderr:"; cat "$err"; echo "--- stdout (head):"; head -5 "$out"
  exit 1
fi
