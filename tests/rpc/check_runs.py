#!/usr/bin/env python3
"""End-to-end checks of `pa730 rpc` and `pa730 tables` (README, "RPC
experiments and the paper tables"), one per mode:

  paths        the optimized and the general mach_msg path give the same
               results: for null, in:64, in:1024, out:1024 and inout:128
               (200 measured calls) both runs succeed (the client verifies
               its data and exits 0), the optimized path is counted with it
               on and never with it off (every trap "disabled"), both make
               the same number of traps, and the guest's reports agree
               except for its cycle counts;
  determinism  `pa730 tables --json` twice: the same JSON except
               host_seconds (the only host-dependent field), and the same
               tables on stdout;
  variants     markers compiled out change no instruction count: for null
               and inout:128, the per-call mean and minimum instructions
               (total and kernel mode) of --variant nomarkers equal those of
               --variant markers; the cycles of both and their difference
               are printed (the marker words move code, so I-cache
               behaviour may differ; cycles are not compared);
  cr16         the papers' own method agrees with the stage clock: in the
               build that stores CR16 at every stage boundary
               (--variant cr16), the client's per-stage means equal the
               stage clock's INKS stages of the same run (to the rounding
               of the guest's two decimals), for null and inout:128; and
               the stamps cost something (the stamped build is slower than
               the plain one), as the papers' instrumentation did.

check_runs.py PA730 WORKLOAD_DIR paths|determinism|variants|cr16
Exits 77 (CTest: skipped) when the guest RPC workloads are not built."""
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77
pa730, workloads, mode = sys.argv[1:4]
need = ["rpc_client", "rpc_server"]
if mode == "variants":
    need += ["rpc_client_nomarkers", "rpc_server_nomarkers"]
if mode == "cr16":
    need += ["rpc_client_cr16", "rpc_server_cr16"]
if not all(os.path.exists(os.path.join(workloads, w + ".elf")) for w in need):
    print("skipped: the guest RPC workloads (%s) are not built" % ", ".join(need))
    sys.exit(SKIP)

ITERATIONS = "200"
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(args, d, name):
    """pa730 ARGS --json F: (stdout, the JSON), or None after a failure."""
    out = os.path.join(d, name + ".json")
    cmd = [pa730] + args + ["--json", out]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=600)
    if r.returncode != 0:
        check(False, "%s exited with %d:\n%s" % (" ".join(cmd), r.returncode, r.stderr[-3000:]))
        return None, None
    return r.stdout, json.load(open(out))


def rpc(test, extra, d, name):
    _, j = run(["rpc", "--path", "message", "--test", test, "--iterations", ITERATIONS] + extra, d, name)
    if j is None:
        return None
    e = j["experiments"][0]
    check(e.get("ok") is True and e.get("guest_status") == 0, "%s: not ok: %s" % (name, e.get("failure")))
    check(e.get("measured_calls") == int(ITERATIONS), "%s: %s measured calls" % (name, e.get("measured_calls")))
    return e


CYCLE_KEYS = {"mean_cycles", "min_cycles", "max_cycles", "total_cycles"}


def paths(d):
    for test in ("null", "in:64", "in:1024", "out:1024", "inout:128"):
        on = rpc(test, [], d, test.replace(":", "_") + "_fast")
        off = rpc(test, ["--set", "kernel.ipc_fast_path=false"], d, test.replace(":", "_") + "_general")
        if on is None or off is None:
            continue
        pon, poff = on["paths"], off["paths"]
        traps_on = pon["fast"] + sum(pon["slow"].values())
        traps_off = poff["fast"] + sum(poff["slow"].values())
        check(pon["fast"] > 0, "%s: the optimized path was never taken with it on" % test)
        check(pon["slow"]["disabled"] == 0, "%s: slow reason 'disabled' with the optimized path on" % test)
        check(poff["fast"] == 0, "%s: %d optimized paths with it off" % (test, poff["fast"]))
        check(poff["slow"]["disabled"] == traps_off and traps_off > 0,
              "%s: with the optimized path off, not every trap says 'disabled': %s" % (test, poff["slow"]))
        check(traps_on == traps_off == 2 * int(ITERATIONS),
              "%s: mach_msg_trap calls in the measured region: %d (on), %d (off), expected %d" %
              (test, traps_on, traps_off, 2 * int(ITERATIONS)))
        gon = {k: v for k, v in on["guest"].items() if k not in CYCLE_KEYS}
        goff = {k: v for k, v in off["guest"].items() if k not in CYCLE_KEYS}
        check(gon == goff and gon.get("calls") == int(ITERATIONS) and gon.get("spec") == test,
              "%s: the guest reports differ: %s vs %s" % (test, gon, goff))
        print("%-10s optimized path on: fast %d, slow %d (%s), %.1f cycles/call | off: %.1f cycles/call" %
              (test, pon["fast"], traps_on - pon["fast"],
               ", ".join("%s %d" % kv for kv in pon["slow"].items() if kv[1]) or "-",
               on["per_call"]["total_cycles"], off["per_call"]["total_cycles"]))


def strip_host(x):
    if isinstance(x, dict):
        return {k: strip_host(v) for k, v in x.items() if k != "host_seconds"}
    if isinstance(x, list):
        return [strip_host(v) for v in x]
    return x


def first_difference(a, b, where=""):
    if type(a) is not type(b):
        return where or "/"
    if isinstance(a, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in a or k not in b:
                return "%s/%s" % (where, k)
            w = first_difference(a[k], b[k], "%s/%s" % (where, k))
            if w:
                return w
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return where + " (length)"
        for i, (p, q) in enumerate(zip(a, b)):
            w = first_difference(p, q, "%s[%d]" % (where, i))
            if w:
                return w
        return None
    return None if a == b else "%s: %r vs %r" % (where, a, b)


def determinism(d):
    out1, j1 = run(["tables"], d, "tables1")
    out2, j2 = run(["tables"], d, "tables2")
    if j1 is None or j2 is None:
        return
    for e in j1["experiments"] + j2["experiments"]:
        check(isinstance(e.get("host_seconds"), (int, float)), "experiment %s: host_seconds" % e.get("test"))
    diff = first_difference(strip_host(j1), strip_host(j2))
    check(diff is None, "tables --json differs between two runs at %s" % diff)
    check(out1 == out2, "the tables printed differ between two runs")
    print("tables --json: %d cells, %d experiments, identical twice but for host_seconds" %
          (len(j1["cells"]), len(j1["experiments"])))


def variants(d):
    for test in ("null", "inout:128"):
        m = rpc(test, ["--variant", "markers"], d, test.replace(":", "_") + "_markers")
        n = rpc(test, ["--variant", "nomarkers"], d, test.replace(":", "_") + "_nomarkers")
        if m is None or n is None:
            continue
        check(n.get("variant") == "nomarkers" and "stages" not in n and "paths" not in n,
              "%s: the nomarkers JSON has stage figures or path counts" % test)
        pm, pn = m["per_call"], n["per_call"]
        for k in ("total_insts", "kernel_insts", "min_total_insts", "min_kernel_insts"):
            check(pm[k] == pn[k], "%s: per-call %s: %s with markers, %s without" % (test, k, pm[k], pn[k]))
        print("%-10s insts/call mean %s (kernel %s), min %s (kernel %s) with markers; "
              "mean %s (kernel %s), min %s (kernel %s) without" %
              (test, pm["total_insts"], pm["kernel_insts"], pm["min_total_insts"], pm["min_kernel_insts"],
               pn["total_insts"], pn["kernel_insts"], pn["min_total_insts"], pn["min_kernel_insts"]))
        print("%-10s cycles/call mean %.2f with markers, %.2f without (difference %+.2f); "
              "min %d and %d (%+d); kernel mean %.2f and %.2f (%+.2f)" %
              (test, pm["total_cycles"], pn["total_cycles"], pn["total_cycles"] - pm["total_cycles"],
               pm["min_total_cycles"], pn["min_total_cycles"], pn["min_total_cycles"] - pm["min_total_cycles"],
               pm["kernel_cycles"], pn["kernel_cycles"], pn["kernel_cycles"] - pm["kernel_cycles"]))


def cr16(d):
    for test in ("null", "inout:128"):
        plain = rpc(test, [], d, test.replace(":", "_") + "_plain")
        stamped = rpc(test, ["--variant", "cr16"], d, test.replace(":", "_") + "_cr16")
        if plain is None or stamped is None:
            continue
        g, inks = stamped["guest"], stamped["stages"]["inks"]
        worst = 0.0
        for k in range(1, 22):
            key = "cr16_%02d" % k
            check(key in g, "%s: the client reported no %s" % (test, key))
            if key not in g:
                continue
            diff = abs(float(g[key]) - inks["%02d" % k]["cycles"])
            worst = max(worst, diff)
            check(diff <= 0.011, "%s: stage %02d: CR16 %s, stage clock %.3f" % (test, k, g[key], inks["%02d" % k]["cycles"]))
        cost = stamped["per_call"]["total_cycles"] - plain["per_call"]["total_cycles"]
        check(cost > 0, "%s: the stamped build is not slower than the plain one (%+.1f cycles)" % (test, cost))
        print("%-10s CR16 method = stage clock on every stage (largest difference %.3f cycles); "
              "stamps cost %+.1f cycles per call (%.1f%%)" %
              (test, worst, cost, 100.0 * cost / stamped["per_call"]["total_cycles"]))


with tempfile.TemporaryDirectory() as d:
    {"paths": paths, "determinism": determinism, "variants": variants, "cr16": cr16}[mode](d)
if failures:
    print("%d checks failed" % len(failures))
    sys.exit(1)
print("ok")
