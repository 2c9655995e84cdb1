#!/usr/bin/env bash
# input_threads.sh PA730 GUESTDIR: standard input fed late by a pipeline
# (the outside world): the reading thread waits while the other thread runs,
# and the input arrives as under Linux.  Then the same with input already
# there (a file): the other thread never had to run for it.
set -u
PA730=$1 G=$2
out=$( (sleep 0.5; printf 'late') | timeout $((30 * ${PA730_TIMEOUT_SCALE:-1})) "$PA730" se "$G/slow_input.elf")
echo "$out"
[ "$out" = "read 4 bytes 'late', the other thread ran: 1" ] || { echo "FAIL: late input"; exit 1; }
tmp=$(mktemp) && printf 'early' > "$tmp"
out=$(timeout $((30 * ${PA730_TIMEOUT_SCALE:-1})) "$PA730" se "$G/slow_input.elf" < "$tmp")
rm -f "$tmp"
echo "$out"
[[ "$out" == "read 5 bytes 'early', the other thread ran: "[01] ]] || { echo "FAIL: input from a file"; exit 1; }
echo PASS
