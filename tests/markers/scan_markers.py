#!/usr/bin/env python3
"""Scan every built guest ELF for stage-marker encodings (pa730/stages.h):
`diag N` with N < 0x100 (kernel) and `ldo N(%r0),%r0` (user).

  * an image named *_nomarkers.elf must contain none but the user control
    markers that stay in every build (MARK_MEASURE_*, MARK_CALL_*: ldo
    0x80..0x83, USER_CONTROL_MARK);
  * in every other image, each marker must be an id stages.h defines;
  * the images listed with --expect must contain at least one marker.

usage: scan_markers.py STAGES_H GUEST_DIR [--expect NAME.elf]..."""
import os
import re
import subprocess
import sys


def defined_ids(stages_h):
    text = open(stages_h).read()
    ids = {int(m, 16) for m in re.findall(r'^\s*X\((0x[0-9a-fA-F]+),', text, re.M)}
    for name, value in re.findall(r'^#define\s+(\w+)\s+(0x[0-9a-fA-F]+)\b', text, re.M):
        if not name.endswith('_COUNT') and int(value, 16) < 0x100:
            ids.add(int(value, 16))
    return ids


# Control markers kept without PA730_NO_MARKERS' stage markers: the measured
# region and the call brackets (user code only).
KEPT_CONTROL = {0x80, 0x81, 0x82, 0x83}

INSN = re.compile(r'^\s*([0-9a-f]+):\s+([0-9a-f]{2}) ([0-9a-f]{2}) ([0-9a-f]{2}) ([0-9a-f]{2})\s')


def markers(elf, objdump):
    out = subprocess.run([objdump, '-d', elf], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if out.returncode != 0:
        sys.exit(f"scan_markers: {objdump} -d {elf} failed: {out.stderr}")
    found = []
    for line in out.stdout.splitlines():
        m = INSN.match(line)
        if not m:
            continue
        w = int(''.join(m.group(2, 3, 4, 5)), 16)
        major = w >> 26
        if major == 0x0d and (w >> 21) & 31 == 0 and (w >> 16) & 31 == 0:  # ldo i(r0),r0
            im14 = w & 0x3fff
            value = (im14 >> 1) - (0x2000 if im14 & 1 else 0)
            found.append((int(m.group(1), 16), 'ldo', value))
        elif major == 0x05 and (w & 0x3ffffff) < 0x100:  # diag N
            found.append((int(m.group(1), 16), 'diag', w & 0x3ffffff))
    return found


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    stages_h, guest_dir = argv[0], argv[1]
    expect = [argv[i + 1] for i, a in enumerate(argv) if a == '--expect']
    objdump = 'hppa-linux-gnu-objdump'
    ids = defined_ids(stages_h)
    elfs = sorted(os.path.join(d, f) for d, _, files in os.walk(guest_dir) for f in files if f.endswith('.elf'))
    if not elfs:
        print(f"scan_markers: no guest ELF under {guest_dir}")
        return 1
    failures = 0
    for elf in elfs:
        name = os.path.basename(elf)
        found = markers(elf, objdump)
        if name.endswith('_nomarkers.elf'):
            for addr, kind, value in found:
                if kind == 'ldo' and value in KEPT_CONTROL:
                    continue
                print(f"FAIL {name}: marker {kind} {value:#x} at {addr:#x} in an image built without markers")
                failures += 1
        else:
            for addr, kind, value in found:
                if value not in ids:
                    print(f"FAIL {name}: {kind} {value:#x} at {addr:#x} is not a marker id of stages.h")
                    failures += 1
        if name in expect and not found:
            print(f"FAIL {name}: no marker at all (expected stage markers)")
            failures += 1
        print(f"{name}: {len(found)} markers")
    expected_missing = [e for e in expect if e not in {os.path.basename(x) for x in elfs}]
    for e in expected_missing:
        print(f"FAIL {e}: not built")
        failures += 1
    print(f"scan_markers: {len(elfs)} images, {failures} problems")
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
