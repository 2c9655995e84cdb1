"""NAME.h (the client stubs' prototypes) and NAMEServer.h (the work
functions' prototypes and the demux)."""
from . import common as c


def _guard(name):
    return ''.join(ch if ch.isalnum() else '_' for ch in name)


def write_user(sub, layouts, defs_name, file_name):
    g = f"_{_guard(sub.name)}_user_"
    out = [c.preamble(f"Client interface of subsystem {sub.name}", defs_name),
           f"#ifndef {g}\n#define {g}\n\n",
           "#include <mach/kern_return.h>\n#include <mach/port.h>\n#include <mach/message.h>\n",
           c.include_lines(sub.imports + sub.uimports), "\n"]
    for rl in layouts:
        r = rl.routine
        out.append(f"/* {'SimpleRoutine' if r.simple else 'Routine'} {r.name} ({r.number}) */\n")
        out.append(f"extern kern_return_t {c.user_name(sub, r)}({c.params(r, 'user')});\n")
    out.append(f"\n#endif /* {g} */\n")
    return ''.join(out)


def write_server(sub, layouts, defs_name, file_name):
    g = f"_{_guard(sub.name)}_server_"
    out = [c.preamble(f"Server interface of subsystem {sub.name}", defs_name),
           f"#ifndef {g}\n#define {g}\n\n",
           "#include <mach/boolean.h>\n#include <mach/kern_return.h>\n#include <mach/port.h>\n"
           "#include <mach/message.h>\n#include <mach/mig_support.h>\n",
           c.include_lines(sub.imports + sub.simports), "\n",
           f"/* The demux: serves a request of this subsystem (ids {sub.base}..{sub.base + len(sub.routines) - 1})\n"
           "   into OutHeadP; FALSE if the id is not one of them (RetCode MIG_BAD_ID). */\n",
           f"extern boolean_t {sub.name}_server(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP);\n",
           f"extern mig_routine_t {sub.name}_server_routines[];\n\n",
           "/* Work functions: the server program defines these. */\n"]
    for rl in layouts:
        r = rl.routine
        out.append(f"extern kern_return_t {c.server_name(sub, r)}({c.params(r, 'server')});\n")
    out.append(f"\n#endif /* {g} */\n")
    return ''.join(out)
