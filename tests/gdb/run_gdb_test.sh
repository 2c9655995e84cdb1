#!/usr/bin/env bash
# One gdb session against pa730's stub.
#
# usage: run_gdb_test.sh STATUS SCRIPT.gdb EXPECT_FILE GDB_ELF -- PA730 ARGS... --gdb 0 ...
#
# Starts pa730 (whose arguments must include "--gdb 0": the kernel picks a
# free port, pa730 announces it on stderr, so no port can be taken by
# someone else in between), runs `gdb-multiarch --batch` on GDB_ELF ("-" for
# none) with `target remote` to that port and then SCRIPT.gdb, and checks:
#   * every line of EXPECT_FILE (an extended regex; blank lines and #-comments
#     skipped) matches gdb's output, in order;
#   * pa730 exits by itself with STATUS.
# In SCRIPT.gdb, @name@ is replaced by the address of symbol `name` in
# $KERNEL_FOR_NM (read with ${NM:-hppa-linux-gnu-nm}: for sessions without
# symbols), and a line "@connect@" by the `target remote` command (which
# otherwise comes before the script, so settings can precede it).  Skipped (exit 77) when
# gdb-multiarch is not installed.  Every wait is bounded.
set -u
if ! command -v gdb-multiarch >/dev/null 2>&1; then
  echo "SKIP: gdb-multiarch not found (Debian package gdb-multiarch; scripts/install-deps.sh installs it)"
  exit 77
fi
[ $# -ge 6 ] && [ "$5" = "--" ] || { echo "usage: $0 STATUS SCRIPT EXPECT GDB_ELF -- PA730 ARGS..."; exit 2; }
want_status=$1 script=$2 expect=$3 gdb_elf=$4
shift 5

work=$(mktemp -d)
pa_pid=""
cleanup() {
  [ -n "$pa_pid" ] && kill "$pa_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

show() {
  echo "---- gdb output"; cat "$work/gdb.out" 2>/dev/null
  echo "---- pa730 stderr"; cat "$work/pa730.err" 2>/dev/null
  echo "---- pa730 stdout"; cat "$work/pa730.out" 2>/dev/null
}

timeout $((60 * ${PA730_TIMEOUT_SCALE:-1})) "$@" >"$work/pa730.out" 2>"$work/pa730.err" &
pa_pid=$!

port=""
for _ in $(seq 100); do
  port=$(sed -n 's/.*waiting for gdb on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$work/pa730.err")
  [ -n "$port" ] && break
  kill -0 "$pa_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "FAIL: pa730 did not announce its gdb port"
  show
  exit 1
fi

# Symbol placeholders for sessions without an ELF.
sed_args=(-e "s/^@connect@\$/target remote 127.0.0.1:$port/")
for sym in $(grep -v '^@connect@$' "$script" | grep -o '@[A-Za-z_][A-Za-z0-9_]*@' | sort -u | tr -d @); do
  addr=$("${NM:-hppa-linux-gnu-nm}" "$KERNEL_FOR_NM" | awk -v s="$sym" '$3 == s { print $1 }')
  [ -n "$addr" ] || { echo "FAIL: symbol $sym not found"; exit 1; }
  sed_args+=(-e "s/@$sym@/0x$addr/g")
done
sed "${sed_args[@]}" "$script" >"$work/script.gdb"

gdb_cmd=(gdb-multiarch --batch -nx)
[ "$gdb_elf" != "-" ] && gdb_cmd+=("$gdb_elf")
gdb_cmd+=(-ex "set pagination off" -ex "set confirm off")
grep -q '^@connect@$' "$script" || gdb_cmd+=(-ex "target remote 127.0.0.1:$port")
timeout $((60 * ${PA730_TIMEOUT_SCALE:-1})) "${gdb_cmd[@]}" -x "$work/script.gdb" >"$work/gdb.out" 2>&1 </dev/null
gdb_status=$?

# pa730 ends by itself once the guest has finished (or gdb has gone).
status=""
for _ in $(seq 100); do
  if ! kill -0 "$pa_pid" 2>/dev/null; then wait "$pa_pid"; status=$?; break; fi
  sleep 0.1
done
if [ -z "$status" ]; then
  echo "FAIL: pa730 still running 10 s after gdb ended (gdb status $gdb_status)"
  show
  exit 1
fi
pa_pid=""

fail=0
line=0
while IFS= read -r pattern || [ -n "$pattern" ]; do
  case "$pattern" in ''|'#'*) continue ;; esac
  hit=$(tail -n +$((line + 1)) "$work/gdb.out" | grep -n -E -m1 -e "$pattern" | cut -d: -f1)
  if [ -z "$hit" ]; then
    echo "FAIL: no line matching /$pattern/ after line $line of gdb's output"
    fail=1
    break
  fi
  line=$((line + hit))
  echo "ok   /$pattern/ (line $line)"
done <"$expect"
if [ "$status" != "$want_status" ]; then
  echo "FAIL: pa730 exited with status $status, expected $want_status"
  fail=1
fi
if [ $fail -ne 0 ]; then show; exit 1; fi
echo "PASS (pa730 status $status)"
