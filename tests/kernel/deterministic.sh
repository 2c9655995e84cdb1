#!/usr/bin/env bash
# deterministic.sh [--second "OPTIONS"] COMMAND...
# Runs COMMAND (a pa730 boot) twice with --stats; passes if the console
# output, the exit status and every simulated count (instructions, cycles,
# interruptions, stalls, caches, TLBs -- everything but host timings) are
# identical.  With --second, the second run gets OPTIONS appended: for
# settings that must change speed only, never results.
set -uo pipefail
second=()
if [ "${1:-}" = "--second" ]; then
  read -r -a second <<<"$2"
  shift 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in 1 2; do
  extra=()
  [ $run -eq 2 ] && extra=("${second[@]}")
  timeout $((60 * ${PA730_TIMEOUT_SCALE:-1})) "$@" "${extra[@]}" --stats "$work/stats$run.json" >"$work/out$run" 2>"$work/err$run" </dev/null
  echo $? >"$work/status$run"
  grep -Ev '^(host_|sim_seconds)' "$work/err$run" | grep -E '^[a-z_.0-9]+ +[0-9]' >"$work/counts$run"
done
ok=1
cmp -s "$work/out1" "$work/out2" || { echo "console output differs between runs"; diff "$work/out1" "$work/out2" | head; ok=0; }
cmp -s "$work/status1" "$work/status2" || { echo "exit status differs"; ok=0; }
cmp -s "$work/counts1" "$work/counts2" || { echo "statistics differ"; diff "$work/counts1" "$work/counts2" | head; ok=0; }
[ -s "$work/counts1" ] || { echo "no statistics printed"; ok=0; }
[ $ok -eq 1 ] && echo "identical: $(wc -l <"$work/out1") console lines, $(wc -l <"$work/counts1") counts"
[ $ok -eq 1 ]
