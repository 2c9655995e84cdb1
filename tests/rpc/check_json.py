#!/usr/bin/env python3
"""Schema of `pa730 tables --json` and `pa730 rpc --json` (README, "RPC
experiments and the paper tables").

check_json.py PA730 WORKLOAD_DIR PAPER_TABLES_JSON tables|rpc
Exits 77 (CTest: skipped) when the guest RPC workloads are not built."""
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77
pa730, workloads, paper_file, what = sys.argv[1:5]
if not all(os.path.exists(os.path.join(workloads, w + ".elf")) for w in ("rpc_client", "rpc_server")):
    print("skipped: the guest RPC workloads (rpc_client, rpc_server) are not built")
    sys.exit(SKIP)

STALLS = {"load_use", "store_rule", "fp_result", "fp_unit_busy", "icache_miss", "dcache_miss", "tlb_miss",
          "mtsp", "mtctl", "rfi", "interruption_entry"}
MT_KEYS = ["outside", "user", "kernel_entry_exit_client_side", "kernel_entry_exit_server_side",
           "port_translation", "thread_activation_switch", "message_copy"]
INKS_KEYS = ["%02d" % n for n in range(22)]
SLOW = ["option", "size", "header_bits", "request_names", "reply_names", "no_receiver", "receiver", "copy",
        "disabled"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_experiment(e):
    where = "experiment %s" % e.get("test")
    for k in ("path", "test", "iterations", "buffer_offset", "variant", "per_call", "paths", "stages", "guest"):
        check(k in e, "%s: no %s" % (where, k))
    check(e.get("ok") is True, "%s: failed: %s" % (where, e.get("failure")))
    check(e.get("variant") in ("markers", "cr16"), "%s: variant %s" % (where, e.get("variant")))
    pc = e.get("per_call", {})
    for k in ("kernel_cycles", "kernel_insts", "total_cycles", "total_insts", "min_total_cycles",
              "min_kernel_cycles", "min_total_insts", "min_kernel_insts"):
        check(is_num(pc.get(k)), "%s: per_call.%s" % (where, k))
    check(pc.get("kernel_cycles", 0) <= pc.get("total_cycles", 0), "%s: kernel cycles above total" % where)
    check(0 < pc.get("min_total_cycles", 0) <= pc.get("total_cycles", 0) + 1e-9, "%s: min_total_cycles" % where)
    paths = e.get("paths", {})
    check(is_num(paths.get("fast")), "%s: paths.fast" % where)
    check(sorted(paths.get("slow", {})) == sorted(SLOW), "%s: paths.slow keys" % where)
    stages = e.get("stages", {})
    for scheme, keys in (("mt", MT_KEYS), ("inks", INKS_KEYS)):
        got = stages.get(scheme, {})
        check(list(got) == keys, "%s: stages.%s keys %s" % (where, scheme, list(got)))
        total = 0.0
        for key, s in got.items():
            for f in ("insts", "loads", "stores", "branches", "other", "nullified", "cycles", "icache_misses",
                      "dcache_misses", "itlb_misses", "dtlb_misses"):
                check(isinstance(s.get(f), float) or is_num(s.get(f)), "%s: %s.%s.%s" % (where, scheme, key, f))
            check(set(s.get("stalls", {})) == STALLS, "%s: %s.%s.stalls" % (where, scheme, key))
            parts = s["loads"] + s["stores"] + s["branches"] + s["other"] + s["nullified"]
            check(abs(parts - s["insts"]) < 1e-6 * max(1, s["insts"]), "%s: %s.%s classes do not sum" % (where, scheme, key))
            total += s["cycles"]
        sums.setdefault((e["test"], e.get("variant", "markers")), []).append(total)
    check(isinstance(e.get("guest"), dict), "%s: guest" % where)


sums = {}
with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "out.json")
    cmd = [pa730, "tables", "--json", out] if what == "tables" else \
          [pa730, "rpc", "--path", "message", "--test", "inout:128", "--iterations", "50", "--json", out]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        print("%s exited with %d\n%s" % (" ".join(cmd), r.returncode, r.stderr))
        sys.exit(1)
    j = json.load(open(out))

check(isinstance(j.get("config"), dict) and j["config"].get("timing.enabled") is True, "config")
check("kernel.ipc_fast_path" in j.get("config", {}), "config: kernel.ipc_fast_path")
for e in j.get("experiments", []):
    check_experiment(e)
for test, (mt, inks) in sums.items():  # both schemes charge the same cycles
    check(abs(mt - inks) < 1e-6 * max(1, mt), "experiment %s: MT and INKS stage cycles differ" % (test,))

if what == "tables":
    papers = json.load(open(paper_file))
    want = []
    for paper, table in (("migrating_threads", "table1_null_rpc_breakdown"),
                         ("migrating_threads", "table2_null_rpc_instruction_mix"),
                         ("migrating_threads", "table3_rpc_cycles"), ("inks", "table1_message_rpc_breakdown"),
                         ("inks", "table3_rpc_cycles")):
        t = papers[paper][table]
        rows = t["rows"]
        keys = list(rows) if isinstance(rows, dict) else [r[0][:2] for r in rows] + ["total"]
        for row in keys:
            for col in t["columns"]:
                want.append((paper, table, row, col))
    cells = j.get("cells", [])
    got = [(c.get("paper"), c.get("table"), c.get("row"), c.get("column")) for c in cells]
    check(got == want, "cells: %d present, %d expected, first difference %s" %
          (len(got), len(want), next((w for w, g in zip(want, got) if w != g), None)))
    measured = {("migrating_threads", "table1_null_rpc_breakdown", "switch_instr"),
                ("migrating_threads", "table2_null_rpc_instruction_mix", "switch_all"),
                ("migrating_threads", "table2_null_rpc_instruction_mix", "switch_loads_stores"),
                ("migrating_threads", "table2_null_rpc_instruction_mix", "switch_branches"),
                ("migrating_threads", "table3_rpc_cycles", "kernel_switching"),
                ("migrating_threads", "table3_rpc_cycles", "total_switching"),
                ("inks", "table1_message_rpc_breakdown", "out_of_kernel_server"),
                ("inks", "table3_rpc_cycles", "unoptimized_message")}
    for c in cells:
        for k in ("paper", "table", "row", "column", "published", "measured", "diff_pct"):
            check(k in c, "cell %s: no %s" % (c, k))
        filled = (c["paper"], c["table"], c["column"]) in measured
        check(is_num(c["measured"]) if filled else c["measured"] is None,
              "cell %s/%s/%s/%s: measured %r" % (c["paper"], c["table"], c["row"], c["column"], c["measured"]))
        if is_num(c["measured"]) and is_num(c["published"]) and c["published"]:
            want_diff = round((c["measured"] - c["published"]) / c["published"] * 100, 1)
            check(abs(c["diff_pct"] - want_diff) < 0.051, "cell %s/%s: diff_pct" % (c["table"], c["row"]))
    tests = sorted((e["test"], e.get("variant")) for e in j.get("experiments", []))
    want_tests = [(t, "markers") for t in ("null", "in:32", "in:1024", "in:32768", "inout:128", "in:64", "out:1024")]
    check(tests == sorted(want_tests + [("inout:128", "cr16")]), "experiments: %s" % tests)
    # INKS Table 1 by the papers' CR16 method too, and the stamps' cost.
    for c in cells:
        if c["table"] == "table1_message_rpc_breakdown" and c["column"] == "out_of_kernel_server":
            check(is_num(c.get("measured_cr16")), "cell %s/%s: measured_cr16" % (c["table"], c["row"]))
    ins = j.get("instrumentation", {})
    check(ins.get("published_cycles") == [93, 95] and ins.get("published_percent") == 2.6 and
          is_num(ins.get("measured_cycles")) and is_num(ins.get("measured_percent")), "instrumentation: %s" % ins)

if failures:
    print("\n".join(failures[:40]))
    sys.exit(1)
print("ok: %s JSON schema" % what)
