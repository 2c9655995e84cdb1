"""NAMEServer.c: the server stubs _Xroutine and the demux NAME_server.

A stub checks the request's size and descriptors (MIG_BAD_ARGUMENTS),
calls the work function, and builds the reply after the header the demux
has filled (remote = the request's reply port, MOVE_SEND_ONCE, id + 100).
Stage markers (pa730/stages.h): INKS 10 at entry, 11 before the work
function, 12 after it."""
from . import common as c
from .layout import build_message

BAD = "{ OutP->RetCode = MIG_BAD_ARGUMENTS; return; }"


def in_ptr(item):
    return f"In{item.var_index}P"


def check_request(rl):
    req = rl.request
    out = []
    size_bad = (f"msgh_size < {req.size_min}" if req.variable else f"msgh_size != {req.size_max}")
    complex_bad = ("!(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)" if req.complex
                   else "(In0P->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)")
    out.append("\tmsgh_size = In0P->Head.msgh_size;\n")
    out.append(f"\tif (({size_bad}) || {complex_bad})\n\t\t{BAD}\n")
    for item in req.items:
        p = in_ptr(item)
        out.append(f"\tif ({c.type_bad(p, item, item.name + 'Check')})\n\t\t{BAD}\n")
        if item.type.variable:
            t = item.type
            number = f"{p}->{item.descriptor.name}.{c.number_field(t)}"
            out.append(f"\tmsgh_size_delta = {c.var_delta(p, item)};\n")
            if item.last_variable:
                out.append(f"\tif ({number} > {t.number} || msgh_size != {req.size_min} + msgh_size_delta)\n\t\t{BAD}\n")
            else:
                out.append(f"\tif ({number} > {t.number} || msgh_size < {req.size_min} + msgh_size_delta)\n\t\t{BAD}\n"
                           "\tmsgh_size -= msgh_size_delta;\n")
            if req.items_after(item):
                out.append(f"\tIn{item.var_index + 1}P = (Request *)((char *){p} + msgh_size_delta - {t.padded_bytes});\n")
    return ''.join(out)


def reply_item_direct(rl, item):
    """An out argument the work function can write in place: nothing
    variable comes before it in the reply."""
    return item.var_index == 0


def call_args(rl):
    """The work function's arguments, and the locals it writes through."""
    req_items = {i.name: i for i in rl.request.items}
    rep_items = {i.name: i for i in rl.reply.items} if rl.reply else {}
    args, locals_ = [], []
    for a in rl.routine.args:
        t = a.type
        if a.direction == 'requestport':
            args.append("In0P->Head.msgh_local_port")
        elif a.direction == 'replyport':
            args.append("In0P->Head.msgh_remote_port")
        elif a.direction == 'in':
            item = req_items[a.name]
            args.append(f"{in_ptr(item)}->{a.name}")
            if t.variable:
                args.append(f"{in_ptr(item)}->{item.descriptor.name}.{c.number_field(t)}")
        elif a.direction == 'inout':
            item = req_items[a.name]
            ref = f"{in_ptr(item)}->{a.name}"
            args.append(ref if t.is_array else f"&{ref}")
            if t.variable:
                locals_.append(f"\tmach_msg_type_number_t {c.count_name(a)};\n")
                args.append(f"&{c.count_name(a)}")
        else:  # out
            item = rep_items[a.name]
            if reply_item_direct(rl, item):
                ref = f"OutP->{a.name}"
            else:
                locals_.append(f"\t{c.layout_decl_local(a)};\n")
                ref = a.name
            args.append(ref if t.is_array else f"&{ref}")
            if t.variable:
                locals_.append(f"\tmach_msg_type_number_t {c.count_name(a)};\n")
                args.append(f"&{c.count_name(a)}")
    return args, locals_


def pack_reply(rl):
    rep = rl.reply
    req_items = {i.name: i for i in rl.request.items}
    out = []
    if rep.variable:
        out.append(f"\tmsgh_size = {rep.size_min};\n")
    for item in rep.items:
        a, t = item.arg, item.type
        out.append(f"\tOutP->{item.descriptor.name} = {a.name}Type;\n")
        if a.direction == 'inout':
            src = f"{in_ptr(req_items[a.name])}->{a.name}"
        elif reply_item_direct(rl, item):
            src = None  # written in place by the work function
        else:
            src = a.name
        if t.variable:
            cnt = c.count_name(a)
            out.append(f"\tif ({cnt} > {t.number})\n\t\t{{ OutP->RetCode = MIG_ARRAY_TOO_LARGE; return; }}\n")
            if src is not None:
                out.append(f"\tmemcpy(OutP->{a.name}, {src}, {c.elem_bytes_expr(t, cnt)});\n")
            out.append(f"\tOutP->{item.descriptor.name}.{c.number_field(t)} = {cnt};\n")
            out.append(f"\tmsgh_size_delta = ({c.elem_bytes_expr(t, cnt)} + 3) & ~3u;\n")
            out.append("\tmsgh_size += msgh_size_delta;\n")
            if rep.items_after(item):
                out.append('\t' + c.rebase('OutP', 'Reply', item))
        elif src is not None:
            if t.is_array:
                out.append(f"\tmemcpy(OutP->{a.name}, {src}, {t.data_bytes});\n")
            else:
                out.append(f"\tOutP->{a.name} = {src};\n")
    if rep.variable:
        out.append("\tOutHeadP->msgh_size = msgh_size;\n")
    else:
        out.append(f"\tOutHeadP->msgh_size = {rep.size_max};\n")
    if rep.complex:
        out.append("\tOutHeadP->msgh_bits |= MACH_MSGH_BITS_COMPLEX;\n")
    return ''.join(out)


def write_routine(sub, rl):
    r, req, rep = rl.routine, rl.request, rl.reply
    kind = 'SimpleRoutine' if r.simple else 'Routine'
    out = [f"/* {kind} {r.name}: request {r.number} */\n",
           f"static void _X{r.name}(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)\n{{\n"]
    out.append(c.struct_typedef(req))
    out.append(c.struct_typedef(rep or build_message('Reply', [])))
    out.append("\tRequest *In0P = (Request *)InHeadP;\n")
    for k in range(1, 1 + sum(i.type.variable for i in req.items)):
        if any(i.var_index == k for i in req.items):
            out.append(f"\tRequest *In{k}P;\n")
    out.append("\tReply *OutP = (Reply *)OutHeadP;\n")
    out.append("\tunsigned int msgh_size;\n")
    if req.variable or (rep and rep.variable):
        out.append("\tunsigned int msgh_size_delta;\n")
    for item in req.items:
        if not item.type.variable and not item.type.long_form:  # the others are checked field by field
            out.append(c.descriptor_const(f"{item.name}Check", item.type, item.type.out_name))
    if rep:
        for item in rep.items:
            out.append(c.descriptor_const(f"{item.name}Type", item.type, item.type.in_name))
    args, locals_ = call_args(rl)
    out.extend(locals_)
    out.append("\n\tUSER_MARK(STAGE_INKS(10));\n")
    out.append(check_request(rl))
    # Counts the work function may change: in/out capacity, as in MIG.
    for a in r.args:
        if a.type.variable and a.direction == 'out':
            out.append(f"\t{c.count_name(a)} = {a.type.number};\n")
        elif a.type.variable and a.direction == 'inout':
            item = next(i for i in req.items if i.name == a.name)
            out.append(f"\t{c.count_name(a)} = {in_ptr(item)}->{item.descriptor.name}.{c.number_field(a.type)};\n")
    out.append("\tUSER_MARK(STAGE_INKS(11));\n")
    out.append(f"\tOutP->RetCode = {c.server_name(sub, r)}({', '.join(args)});\n")
    out.append("\tUSER_MARK(STAGE_INKS(12));\n")
    if rep and rep.items:
        out.append("\tif (OutP->RetCode != KERN_SUCCESS)\n\t\treturn;\n")
        out.append(pack_reply(rl))
    out.append("}\n\n")
    return ''.join(out)


def write_demux(sub, routines):
    n = len(routines)
    table = ''.join(f"\t_X{r.name},\n" if r else "\t0,\n" for r in routines)
    return (f"mig_routine_t {sub.name}_server_routines[{max(n, 1)}] = {{\n{table or chr(9) + '0,' + chr(10)}}};\n\n"
            f"boolean_t {sub.name}_server(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP)\n{{\n"
            "\tmig_reply_header_t *OutP = (mig_reply_header_t *)OutHeadP;\n"
            f"\tconst mach_msg_type_t RetCodeType = {c.RETCODE_DESCRIPTOR};\n"
            f"\tconst unsigned int index = (unsigned int)(InHeadP->msgh_id - {sub.base});\n\n"
            "\tOutP->Head.msgh_bits = MACH_MSGH_BITS(MACH_MSGH_BITS_REMOTE(InHeadP->msgh_bits), 0);\n"
            "\tOutP->Head.msgh_size = sizeof(mig_reply_header_t);\n"
            "\tOutP->Head.msgh_remote_port = InHeadP->msgh_remote_port;\n"
            "\tOutP->Head.msgh_local_port = MACH_PORT_NULL;\n"
            "\tOutP->Head.msgh_seqno = 0;\n"
            "\tOutP->Head.msgh_id = InHeadP->msgh_id + 100;\n"
            "\tOutP->RetCodeType = RetCodeType;\n"
            f"\tif (index >= {n} || {sub.name}_server_routines[index] == 0) {{\n"
            "\t\tOutP->RetCode = MIG_BAD_ID;\n\t\treturn FALSE;\n\t}\n"
            f"\t{sub.name}_server_routines[index](InHeadP, OutHeadP);\n"
            "\treturn TRUE;\n}\n")


def write(sub, layouts, defs_name, sheader_name):
    out = [c.preamble(f"Server stubs of subsystem {sub.name}", defs_name)]
    out.append(f"#include \"{sheader_name}\"\n")
    out.append("#include <mach/boolean.h>\n#include <mach/kern_return.h>\n#include <mach/message.h>\n"
               "#include <mach/mig_errors.h>\n#include <mach/mig_support.h>\n#include <pa730/stages.h>\n\n")
    out.append(c.header_size_asserts())
    out.append(c.size_asserts(layouts))
    out.append("\n")
    for rl in layouts:
        out.append(write_routine(sub, rl))
    by_index = []
    it = iter(layouts)
    for r in sub.routines:
        by_index.append(next(it).routine if r else None)
    out.append(write_demux(sub, by_index))
    return ''.join(out)
