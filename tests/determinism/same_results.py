#!/usr/bin/env python3
"""same_results.py [--across OPTIONS] [--only KEYS] -- COMMAND...

Runs COMMAND (a pa730 run) twice, each with --stats FILE, and compares what
the two runs produced: stdout, the exit status and the statistics JSON, key
by key and bit for bit (floats compared as written).  Host timings
(host_*) are the only fields left out: they measure the host, not the guest.

--across OPTIONS  the second run gets OPTIONS (split on spaces) as well:
                  for a setting that must not change some results.
--only KEYS       compare only these comma-separated statistics (with
                  --across timing.enabled, say, cycles legitimately change
                  but sim_insts must not).
"""
import json
import subprocess
import sys
import tempfile


def run(cmd, options, stats):
    # Options go right after the mode (pa730 se|boot ...): in SE mode what
    # follows the program is the guest's argv.
    full = cmd[:2] + options + ["--stats", stats] + cmd[2:]
    p = subprocess.run(full, stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=300)
    with open(stats) as f:
        data = json.load(f)
    return p.stdout, p.returncode, data


def main(argv):
    across, only = [], None
    while argv and argv[0] != "--":
        opt = argv.pop(0)
        if opt == "--across":
            across = argv.pop(0).split()
        elif opt == "--only":
            only = argv.pop(0).split(",")
        else:
            sys.exit(f"same_results.py: unknown option {opt}")
    if not argv or argv[0] != "--" or len(argv) < 2:
        sys.exit(__doc__)
    cmd = argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        out1, rc1, st1 = run(cmd, [], f"{tmp}/1.json")
        out2, rc2, st2 = run(cmd, across, f"{tmp}/2.json")

    def kept(stats):
        # A statistic is {"value": ..., "description": ...} or a bare value.
        flat = {k: (v.get("value") if isinstance(v, dict) else v) for k, v in stats.items()}
        return {k: v for k, v in flat.items()
                if not k.startswith("host_") and (only is None or k in only)}

    errors = []
    if out1 != out2:
        errors.append(f"stdout differs ({len(out1)} vs {len(out2)} bytes)")
    if rc1 != rc2:
        errors.append(f"exit status differs: {rc1} vs {rc2}")
    k1, k2 = kept(st1), kept(st2)
    if only is not None:
        missing = [k for k in only if k not in k1 or k not in k2]
        if missing:
            errors.append(f"statistics missing: {', '.join(missing)}")
    if not k1:
        errors.append("no statistics written")
    for key in sorted(set(k1) | set(k2)):
        if json.dumps(k1.get(key)) != json.dumps(k2.get(key)):
            errors.append(f"{key}: {k1.get(key)!r} vs {k2.get(key)!r}")
    if errors:
        print("runs differ:\n  " + "\n  ".join(errors[:40]))
        return 1
    print(f"identical: exit {rc1}, {len(out1)} bytes of stdout, {len(k1)} statistics")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
