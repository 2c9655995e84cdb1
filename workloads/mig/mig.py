#!/usr/bin/env python3
"""pa730 mig: generate Mach 3.0 MIG stubs for pa730's 24-byte-header ABI.

usage: mig.py [-I DIR]... [-D NAME[=V]]... [-cpp CPP] [-header F] [-user F]
              [-server F] [-sheader F] [-layout] file.defs

Runs the C preprocessor over file.defs, parses the statements (see
pamig/parser.py), computes every message layout (pamig/layout.py) and
writes NAME.h, NAMEUser.c, NAMEServer.c and NAMEServer.h (in the current
directory unless told otherwise).  -layout prints the layout model
instead (one line per field: routine message field offset size)."""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pamig import header, layout, server, user  # noqa: E402
from pamig.lexer import DefsError  # noqa: E402
from pamig.parser import parse  # noqa: E402


def find_cpp():
    for name in ('hppa-linux-gnu-cpp-12', 'hppa-linux-gnu-cpp', 'cpp'):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("mig: no C preprocessor found (hppa-linux-gnu-cpp-12 or cpp)")


def main(argv):
    includes, defines, outputs = [], [], {}
    cpp, show_layout, defs = None, False, None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a.startswith('-I') and len(a) > 2:
            includes.append(a[2:])
        elif a.startswith('-D') and len(a) > 2:
            defines.append(a[2:])
        elif a in ('-I', '-D', '-cpp', '-header', '-user', '-server', '-sheader'):
            if i + 1 >= len(argv):
                sys.exit(f"mig: {a} needs an argument")
            value = argv[i + 1]
            i += 1
            if a == '-I':
                includes.append(value)
            elif a == '-D':
                defines.append(value)
            elif a == '-cpp':
                cpp = value
            else:
                outputs[a[1:]] = value
        elif a == '-layout':
            show_layout = True
        elif a.startswith('-'):
            sys.exit(f"mig: unknown option {a}\n{__doc__}")
        elif defs is None:
            defs = a
        else:
            sys.exit("mig: one .defs file at a time")
        i += 1
    if defs is None:
        sys.exit(__doc__)

    cmd = [cpp or find_cpp(), '-x', 'c', '-undef', '-nostdinc', '-D__MIG__', '-DTypeCheck=1']
    cmd += [f"-I{d}" for d in includes] + [f"-D{d}" for d in defines] + [defs]
    pre = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if pre.returncode != 0:
        sys.stderr.write(pre.stderr)
        sys.exit(f"mig: the preprocessor failed on {defs}")
    try:
        sub = parse(pre.stdout, defs)
        layouts = [layout.layout(r) for r in sub.routines if r is not None]
    except DefsError as e:
        sys.exit(f"mig: {e}")

    if show_layout:
        for rl in layouts:
            for msg in (rl.request, rl.reply):
                if msg is None:
                    continue
                for f in msg.fields:
                    print(f"{rl.routine.name} {msg.kind} {f.name} {f.offset} {f.size}")
                print(f"{rl.routine.name} {msg.kind} sizeof {msg.size_max} {msg.size_min}")
        return 0

    name = sub.name
    files = {
        'header': outputs.get('header', f"{name}.h"),
        'user': outputs.get('user', f"{name}User.c"),
        'server': outputs.get('server', f"{name}Server.c"),
        'sheader': outputs.get('sheader', f"{name}Server.h"),
    }
    base = os.path.basename(defs)
    texts = {
        'header': header.write_user(sub, layouts, base, files['header']),
        'sheader': header.write_server(sub, layouts, base, files['sheader']),
        'user': user.write(sub, layouts, base, os.path.basename(files['header'])),
        'server': server.write(sub, layouts, base, os.path.basename(files['sheader'])),
    }
    for key, path in files.items():
        tmp = path + '.tmp'
        with open(tmp, 'w') as f:
            f.write(texts[key])
        os.replace(tmp, path)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
