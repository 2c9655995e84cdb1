"""NAMEUser.c: the client stubs.

Each stub fills its Request from static descriptors, sets the header
(COPY_SEND to the request port, MAKE_SEND_ONCE for the reply port from
mig_get_reply_port()), calls mach_msg(SEND|RCV) once, and checks the reply
(id, size, descriptors, RetCode) before unpacking the out arguments.
Stage markers (pa730/stages.h): INKS 2 at entry, 3 before mach_msg, 20
after it, 21 before every return."""
from . import common as c
from .layout import REPLY_HEADER_BYTES

MARK_ENTRY = "\tUSER_MARK(STAGE_INKS(2));\n"
MARK_CALL = "\tUSER_MARK(STAGE_INKS(3));\n"
MARK_BACK = "\tUSER_MARK(STAGE_INKS(20));\n"


def ret(value, indent='\t'):
    return f"{indent}USER_MARK(STAGE_INKS(21));\n{indent}return {value};\n"


def pack_request(rl):
    req = rl.request
    out = []
    for item in req.items:
        a, t = item.arg, item.type
        out.append(f"\tInP->{item.descriptor.name} = {a.name}Type;\n")
        if t.variable:
            cnt = c.count_name(a) if a.direction == 'in' else f"*{c.count_name(a)}"
            out.append(f"\tif ({cnt} > {t.number}) {{\n{ret('MIG_ARRAY_TOO_LARGE', chr(9) * 2)}\t}}\n")
            out.append(f"\tmemcpy(InP->{a.name}, {a.name}, {c.elem_bytes_expr(t, cnt)});\n")
            out.append(f"\tInP->{item.descriptor.name}.{c.number_field(t)} = {cnt};\n")
            out.append(f"\tmsgh_size_delta = ({c.elem_bytes_expr(t, cnt)} + 3) & ~3u;\n")
            out.append("\tmsgh_size += msgh_size_delta;\n")
            if req.items_after(item):
                out.append('\t' + c.rebase('InP', 'Request', item))
        elif t.is_array:
            out.append(f"\tmemcpy(InP->{a.name}, {a.name}, {t.data_bytes});\n")
        elif a.direction == 'inout':
            out.append(f"\tInP->{a.name} = *{a.name};\n")
        else:
            out.append(f"\tInP->{a.name} = {a.name};\n")
    return ''.join(out)


def header_bits(rl):
    r = rl.routine
    remote = r.request_port.type.in_name
    if r.simple:
        local = r.reply_port.type.in_name if r.reply_port else '0'
    else:
        local = 'MACH_MSG_TYPE_MAKE_SEND_ONCE'
    bits = f"MACH_MSGH_BITS({remote}, {local})"
    return f"MACH_MSGH_BITS_COMPLEX | {bits}" if rl.request.complex else bits


def fill_header(rl):
    r = rl.routine
    if r.simple:
        local = r.reply_port.name if r.reply_port else 'MACH_PORT_NULL'
    else:
        local = 'reply_port'
    size = 'msgh_size' if rl.request.variable else str(rl.request.size_max)
    return (f"\tInP->Head.msgh_bits = {header_bits(rl)};\n"
            f"\tInP->Head.msgh_size = {size};\n"
            f"\tInP->Head.msgh_remote_port = {r.request_port.name};\n"
            f"\tInP->Head.msgh_local_port = {local};\n"
            "\tInP->Head.msgh_seqno = 0;\n"
            f"\tInP->Head.msgh_id = {r.number};\n")


def check_reply_size(rep):
    """MIG_TYPE_ERROR unless the reply is complete, or a bare error reply."""
    if not rep.items:
        return ("\tif ((OutP->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX) ||\n"
                f"\t    OutP->Head.msgh_size != {REPLY_HEADER_BYTES}) {{\n{ret('MIG_TYPE_ERROR', chr(9) * 2)}\t}}\n")
    size_ok = f"msgh_size >= {rep.size_min}" if rep.variable else f"msgh_size == {rep.size_max}"
    complex_ok = "!msgh_simple" if rep.complex else "msgh_simple"
    return ("\tmsgh_size = OutP->Head.msgh_size;\n"
            "\tmsgh_simple = !(OutP->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX);\n"
            f"\tif (!(({size_ok}) && {complex_ok}) &&\n"
            f"\t    !(msgh_size == {REPLY_HEADER_BYTES} && msgh_simple && OutP->RetCode != KERN_SUCCESS)) {{\n"
            f"{ret('MIG_TYPE_ERROR', chr(9) * 2)}\t}}\n")


def unpack_reply(rl):
    rep = rl.reply
    out = []
    for item in rep.items:
        a, t = item.arg, item.type
        out.append(f"\tif ({c.type_bad('OutP', item, a.name + 'Check')}) {{\n{ret('MIG_TYPE_ERROR', chr(9) * 2)}\t}}\n")
        if t.variable:
            number = f"OutP->{item.descriptor.name}.{c.number_field(t)}"
            cnt = c.count_name(a)
            out.append(f"\tmsgh_size_delta = {c.var_delta('OutP', item)};\n")
            if item.last_variable:
                out.append(f"\tif ({number} > {t.number} || msgh_size != {rep.size_min} + msgh_size_delta) {{\n"
                           f"{ret('MIG_TYPE_ERROR', chr(9) * 2)}\t}}\n")
            else:
                out.append(f"\tif ({number} > {t.number} || msgh_size < {rep.size_min} + msgh_size_delta) {{\n"
                           f"{ret('MIG_TYPE_ERROR', chr(9) * 2)}\t}}\n\tmsgh_size -= msgh_size_delta;\n")
            out.append(f"\tif ({number} > *{cnt}) {{\n"
                       f"\t\tmemcpy({a.name}, OutP->{a.name}, {c.elem_bytes_expr(t, '*' + cnt)});\n"
                       f"\t\t*{cnt} = {number};\n{ret('MIG_ARRAY_TOO_LARGE', chr(9) * 2)}\t}}\n"
                       f"\tmemcpy({a.name}, OutP->{a.name}, {c.elem_bytes_expr(t, number)});\n"
                       f"\t*{cnt} = {number};\n")
            if rep.items_after(item):
                out.append('\t' + c.rebase('OutP', 'Reply', item))
        elif t.is_array:
            out.append(f"\tmemcpy({a.name}, OutP->{a.name}, {t.data_bytes});\n")
        else:
            out.append(f"\t*{a.name} = OutP->{a.name};\n")
    return ''.join(out)


def write_routine(sub, rl):
    r, req, rep = rl.routine, rl.request, rl.reply
    kind = 'SimpleRoutine' if r.simple else 'Routine'
    out = [f"/* {kind} {r.name}: request {r.number}"
           + ("" if r.simple else f", reply {r.number + 100}") + " */\n",
           f"kern_return_t {c.user_name(sub, r)}({c.params(r, 'user')})\n{{\n"]
    out.append(c.struct_typedef(req))
    if rep:
        out.append(c.struct_typedef(rep))
        out.append("\tunion {\n\t\tRequest In;\n\t\tReply Out;\n\t} Mess;\n")
        out.append("\tRequest *InP = &Mess.In;\n\tReply *OutP = &Mess.Out;\n")
        out.append("\tmach_port_t reply_port;\n")
    else:
        out.append("\tunion {\n\t\tRequest In;\n\t} Mess;\n\tRequest *InP = &Mess.In;\n")
    out.append("\tmach_msg_return_t msg_result;\n")
    needs_size = req.variable or (rep and rep.items)
    if needs_size:
        out.append(f"\tunsigned int msgh_size = {req.size_min};\n")
    if req.variable or (rep and rep.variable):
        out.append("\tunsigned int msgh_size_delta;\n")
    if rep and rep.items:
        out.append("\tboolean_t msgh_simple;\n")
    for item in req.items:
        out.append(c.descriptor_const(f"{item.name}Type", item.type, item.type.in_name))
    if rep:
        out.append(f"\tconst mach_msg_type_t RetCodeCheck = {c.RETCODE_DESCRIPTOR};\n")
        for item in rep.items:
            if not item.type.variable and not item.type.long_form:  # the others are checked field by field
                out.append(c.descriptor_const(f"{item.name}Check", item.type, item.type.out_name))
    out.append("\n" + MARK_ENTRY)
    out.append(pack_request(rl))
    if rep:
        out.append("\tInP = &Mess.In;\n\treply_port = mig_get_reply_port();\n")
    elif req.variable:
        out.append("\tInP = &Mess.In;\n")
    out.append(fill_header(rl))
    size = 'msgh_size' if req.variable else str(req.size_max)
    out.append(MARK_CALL)
    if r.simple:
        out.append(f"\tmsg_result = mach_msg(&InP->Head, MACH_SEND_MSG, {size}, 0, MACH_PORT_NULL,\n"
                   "\t\t\t      MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);\n")
        out.append(MARK_BACK)
        out.append(ret('msg_result'))
        out.append("}\n\n")
        return ''.join(out)
    out.append(f"\tmsg_result = mach_msg(&InP->Head, MACH_SEND_MSG | MACH_RCV_MSG, {size}, sizeof(Reply), reply_port,\n"
               "\t\t\t      MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);\n")
    out.append(MARK_BACK)
    out.append("\tif (msg_result != MACH_MSG_SUCCESS) {\n\t\tmig_dealloc_reply_port(reply_port);\n"
               f"{ret('msg_result', chr(9) * 2)}\t}}\n")
    out.append("\tmig_put_reply_port(reply_port);\n")
    out.append(f"\tif (OutP->Head.msgh_id != {r.number + 100}) {{\n"
               f"\t\tif (OutP->Head.msgh_id == MACH_NOTIFY_SEND_ONCE) {{\n{ret('MIG_SERVER_DIED', chr(9) * 3)}\t\t}}\n"
               f"\t\tmig_dealloc_reply_port(reply_port);\n{ret('MIG_REPLY_MISMATCH', chr(9) * 2)}\t}}\n")
    out.append(check_reply_size(rep))
    out.append(f"\tif (__mig_type_differs(&OutP->RetCodeType, &RetCodeCheck)) {{\n{ret('MIG_TYPE_ERROR', chr(9) * 2)}\t}}\n")
    if not rep.items:
        out.append(ret('OutP->RetCode'))
    else:
        out.append(f"\tif (OutP->RetCode != KERN_SUCCESS) {{\n{ret('OutP->RetCode', chr(9) * 2)}\t}}\n")
        out.append(unpack_reply(rl))
        out.append(ret('KERN_SUCCESS'))
    out.append("}\n\n")
    return ''.join(out)


def write(sub, layouts, defs_name, header_name):
    out = [c.preamble(f"Client stubs of subsystem {sub.name}", defs_name)]
    out.append(f"#include \"{header_name}\"\n")
    out.append("#include <mach/boolean.h>\n#include <mach/kern_return.h>\n#include <mach/message.h>\n"
               "#include <mach/notify.h>\n#include <mach/mig_errors.h>\n#include <mach/mig_support.h>\n"
               "#include <pa730/stages.h>\n\n")
    out.append(c.header_size_asserts())
    out.append(c.size_asserts(layouts))
    out.append("\n")
    for rl in layouts:
        out.append(write_routine(sub, rl))
    return ''.join(out)
