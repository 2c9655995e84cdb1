#!/usr/bin/env python3
"""The optimized RPC path changes the IPL four times per null RPC, as the
migrating-threads paper counts for Mach's switching path: the client raises
it before its switch to the server, the server lowers it after, and the same
on the way back.  Counted from `pa730 boot --trace insn` over one measured
call (MARK_CALL_BEGIN .. MARK_CALL_END, which the trace shows as the user
marker words `ldi 82,r0` / `ldi 83,r0`): the writes of EIEM (CR15), the
IPL on PA.

check_ipl.py PA730 WORKLOAD_DIR
Exits 77 (CTest: skipped) when the guest RPC workloads are not built."""
import os
import subprocess
import sys
import tempfile

pa730, workloads = sys.argv[1:3]
if not all(os.path.exists(os.path.join(workloads, w + ".elf")) for w in ("rpc_client", "rpc_server")):
    print("skipped: the guest RPC workloads are not built")
    sys.exit(77)
with tempfile.TemporaryDirectory() as d:
    trace = os.path.join(d, "trace.txt")
    r = subprocess.run([pa730, "boot", "--trace", "insn", "--trace-file", trace, "--workload", "rpc_server",
                        "--workload", "rpc_client null 20 0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, timeout=300)
    if r.returncode != 0:
        print("pa730 boot exited with %d\n%s" % (r.returncode, r.stderr[-2000:]))
        sys.exit(1)
    lines = open(trace).read().splitlines()
begins = [i for i, l in enumerate(lines) if l.rstrip().endswith("ldi 82,r0")]
ends = [i for i, l in enumerate(lines) if l.rstrip().endswith("ldi 83,r0")]
if len(begins) < 2:
    print("FAIL: no measured calls in the trace")
    sys.exit(1)
a = begins[-2]
b = min(e for e in ends if e > a)
writes = [l for l in lines[a:b] if "mtctl" in l and "eiem" in l]
print("one null RPC: %d instructions, %d EIEM writes" % (b - a, len(writes)))
for l in writes:
    print("  " + l.strip()[:100])
if len(writes) != 4:
    print("FAIL: %d IPL changes on the optimized path, expected 4" % len(writes))
    sys.exit(1)
print("ok")
