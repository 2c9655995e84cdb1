#!/usr/bin/env python3
"""Compare pa730's MIG with GNU MIG (x86_64-gnu-mig) on one .defs file.

Both generators' stubs are compiled into the same harness program: GNU's
with the host compiler against GNU Mach's headers (32-byte header), ours
with hppa-linux-gnu-gcc-12 against pa730's headers (24-byte header), run
under qemu-hppa.  The harness prints

  * every Request/Reply field's offset and the struct sizes, from the
    structs both the User and the Server file declare (offsets after the
    header are printed relative to the header's end, so GNU's are its own
    minus 8 as they must be);
  * a loopback RPC per routine: the client stub's request, caught by a
    fake mach_msg, is turned into what the receiver would get (ports
    swapped, dispositions as received), handed to the demux, and its reply
    back to the client stub; header fields, every type descriptor on the
    wire, the sizes, RetCodes, the client's return and its out data;
  * the checks: the same loopback with each request (and reply) mutated --
    size +/-4, COMPLEX bit flipped, each descriptor field changed, reply id
    wrong, send-once notification, a bare error reply -- and the resulting
    server RetCode and client return.

The two outputs must be identical.  Exit status 77 (SKIPPED) when GNU MIG,
the cross compiler or qemu-hppa is missing.

usage: compare.py DEFS TYPES_DIR OUR_MIG OUR_INCLUDE... [--keep DIR]"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
GNU_INCLUDE = '/usr/include/x86_64-linux-gnu'


def tool(name):
    return shutil.which(name)


def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        sys.exit(f"compare: command failed ({r.returncode}): {' '.join(cmd)}\n{r.stdout}")
    return r.stdout


# ---- struct extraction from generated C --------------------------------------
STRUCT = re.compile(r'typedef\s+struct\s*\{(.*?)\}\s*(Request|Reply)\s*;', re.S)
ROUTINE = re.compile(r'(?:Simple)?[Rr]outine\s+(\w+)')


def extract_structs(text):
    """[(routine, kind, body)] in file order."""
    found, pos = [], 0
    for m in STRUCT.finditer(text):
        names = ROUTINE.findall(text[pos:m.start()])
        if names:
            current = names[-1]
        pos = m.start()
        found.append((current, m.group(2), m.group(1)))
    return found


def field_names(body):
    names, in_union, first = [], False, False
    for line in body.split('\n'):
        line = re.sub(r'/\*.*?\*/', '', line).strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('union'):
            in_union, first = True, True
            continue
        if line.startswith('}'):
            in_union = False
            continue
        m = re.search(r'(\w+)\s*(\[[^\]]*\])?\s*;$', line)
        if not m:
            continue
        if in_union and not first:
            continue
        first = False
        names.append(m.group(1))
    return names


def layout_code(files):
    """C that prints every field offset of every Request/Reply in files."""
    decls, prints = [], []
    for tag, path in files:
        for i, (routine, kind, body) in enumerate(extract_structs(open(path).read())):
            sname = f"L_{tag}_{routine}_{kind}"
            decls.append(f"#pragma pack(push, 4)\ntypedef struct {{{body}}} {sname};\n#pragma pack(pop)\n")
            for f in field_names(body):
                rel = '' if f == 'Head' else ' - (long)sizeof(mach_msg_header_t)'
                prints.append(f'\tprintf("layout {tag} {routine} {kind} {f} %ld\\n", '
                              f'(long)offsetof({sname}, {f}){rel});\n')
            prints.append(f'\tprintf("layout {tag} {routine} {kind} sizeof %ld\\n", '
                          f'(long)sizeof({sname}) - (long)sizeof(mach_msg_header_t));\n')
    return ''.join(decls), ''.join(prints)


# ---- the loopback harness ------------------------------------------------------
HARNESS_TOP = r'''
#include <stdio.h>
#include <string.h>
#include <stddef.h>
#include <stdint.h>

/* The demux of the subsystem under test. */
extern boolean_t SUBSYS_server(mach_msg_header_t *InHeadP, mach_msg_header_t *OutHeadP);

static union { mach_msg_header_t h; unsigned char b[300000]; } reqbuf, repbuf;
static int req_mutation = -1, rep_mutation = -1;  /* which change to make */
static int verbose;
static int descriptors_seen;

mach_port_t mig_get_reply_port(void) { return 0x777; }
void mig_put_reply_port(mach_port_t p) { (void)p; }
void mig_dealloc_reply_port(mach_port_t p) { if (verbose) printf("  dealloc_reply_port %x\n", p); }

static unsigned received_name(unsigned n) {
  switch (n) {
    case MACH_MSG_TYPE_COPY_SEND: case MACH_MSG_TYPE_MAKE_SEND: case MACH_MSG_TYPE_MOVE_SEND: return 17;
    case MACH_MSG_TYPE_MAKE_SEND_ONCE: case MACH_MSG_TYPE_MOVE_SEND_ONCE: return 18;
    case MACH_MSG_TYPE_MOVE_RECEIVE: return 16;
    default: return n;
  }
}

/* Walk the typed data: print (and convert, as the kernel would, port
   dispositions into received names) every descriptor; count them. */
static int walk(unsigned char *msg, unsigned size, const char *what, int convert) {
  unsigned off = sizeof(mach_msg_header_t);
  int n = 0;
  while (off + sizeof(mach_msg_type_t) <= size) {
    mach_msg_type_t *t = (mach_msg_type_t *)(msg + off);
    unsigned name = t->msgt_name, bits = t->msgt_size, number = t->msgt_number, dlen = sizeof(mach_msg_type_t);
    if (t->msgt_longform) {
      mach_msg_type_long_t *l = (mach_msg_type_long_t *)t;
      name = l->msgtl_name; bits = l->msgtl_size; number = l->msgtl_number; dlen = sizeof(mach_msg_type_long_t);
      if (convert) l->msgtl_name = received_name(name);
    } else if (convert) {
      t->msgt_name = received_name(name);
    }
    if (verbose)
      printf("  %s desc %d at %u: name %u size %u number %u inline %u longform %u dealloc %u unused %u\n", what, n,
             off - (unsigned)sizeof(mach_msg_header_t), name, bits, number, t->msgt_inline, t->msgt_longform,
             t->msgt_deallocate, t->msgt_unused);
    off += dlen + (((number * bits + 7) / 8 + 3) & ~3u);
    n++;
  }
  return n;
}

/* Mutation k of a message with nd descriptors: 0 size+4, 1 size-4,
   2 COMPLEX flipped, then 7 per descriptor. */
static int mutations(int nd) { return 3 + 7 * nd; }

static void mutate(unsigned char *msg, int k) {
  mach_msg_header_t *h = (mach_msg_header_t *)msg;
  if (k == 0) { h->msgh_size += 4; return; }
  if (k == 1) { h->msgh_size -= 4; return; }
  if (k == 2) { h->msgh_bits ^= MACH_MSGH_BITS_COMPLEX; return; }
  k -= 3;
  unsigned off = sizeof(mach_msg_header_t);
  for (int d = 0;; d++) {
    mach_msg_type_t *t = (mach_msg_type_t *)(msg + off);
    unsigned bits = t->msgt_size, number = t->msgt_number, dlen = sizeof(mach_msg_type_t);
    if (t->msgt_longform) {
      mach_msg_type_long_t *l = (mach_msg_type_long_t *)t;
      bits = l->msgtl_size; number = l->msgtl_number; dlen = sizeof(mach_msg_type_long_t);
    }
    if (d == k / 7) {
      int longform = t->msgt_longform;
      mach_msg_type_long_t *l = (mach_msg_type_long_t *)t;
      switch (k % 7) {
        case 0: if (longform) l->msgtl_name++; else t->msgt_name++; break;
        case 1: if (longform) l->msgtl_size++; else t->msgt_size++; break;
        case 2: if (longform) l->msgtl_number++; else t->msgt_number++; break;
        case 3: t->msgt_inline ^= 1; break;
        case 4: t->msgt_longform ^= 1; break;
        case 5: t->msgt_deallocate ^= 1; break;
        case 6: t->msgt_unused ^= 1; break;
      }
      return;
    }
    off += dlen + (((number * bits + 7) / 8 + 3) & ~3u);
  }
}

static int special_reply = 0;  /* 1 wrong id, 2 send-once notification, 3 bare error reply */

mach_msg_return_t mach_msg(mach_msg_header_t *msg, mach_msg_option_t option, mach_msg_size_t send_size,
                           mach_msg_size_t rcv_size, mach_port_t rcv_name, mach_msg_timeout_t timeout,
                           mach_port_t notify) {
  (void)timeout; (void)notify;
  const long hdr = (long)sizeof(mach_msg_header_t);
  memset(&reqbuf, 0xee, sizeof reqbuf);
  memset(&repbuf, 0xdd, sizeof repbuf);
  memcpy(reqbuf.b, msg, send_size);
  mach_msg_header_t *rq = &reqbuf.h;
  if (verbose)
    printf("  request option %d send_size %ld rcv_size %ld rcv_name %x bits %x/%x/%x size %ld remote %x local %x id %d\n",
           (int)option, (long)send_size - hdr, option & MACH_RCV_MSG ? (long)rcv_size - hdr : 0L, rcv_name,
           MACH_MSGH_BITS_REMOTE(rq->msgh_bits), MACH_MSGH_BITS_LOCAL(rq->msgh_bits),
           (rq->msgh_bits & MACH_MSGH_BITS_COMPLEX) ? 1 : 0, (long)rq->msgh_size - hdr, rq->msgh_remote_port,
           rq->msgh_local_port, rq->msgh_id);
  descriptors_seen = walk(reqbuf.b, send_size, "request", 1);
  /* What the receiver gets: the reply right as remote, the destination as local. */
  {
    unsigned remote = MACH_MSGH_BITS_REMOTE(rq->msgh_bits), local = MACH_MSGH_BITS_LOCAL(rq->msgh_bits);
    mach_port_t dest = rq->msgh_remote_port;
    rq->msgh_bits = (rq->msgh_bits & MACH_MSGH_BITS_COMPLEX) |
                    MACH_MSGH_BITS(local ? received_name(local) : 0, received_name(remote));
    rq->msgh_remote_port = rq->msgh_local_port;
    rq->msgh_local_port = dest;
    rq->msgh_seqno = 42;
  }
  if (req_mutation >= 0) mutate(reqbuf.b, req_mutation);
  boolean_t handled = SUBSYS_server(&reqbuf.h, &repbuf.h);
  mig_reply_header_t *rp = (mig_reply_header_t *)&repbuf.h;
  printf("  server handled %d retcode %d reply bits %x/%x/%x size %ld remote %x local %x id %d\n", (int)handled,
         rp->RetCode, MACH_MSGH_BITS_REMOTE(rp->Head.msgh_bits), MACH_MSGH_BITS_LOCAL(rp->Head.msgh_bits),
         (rp->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX) ? 1 : 0, (long)rp->Head.msgh_size - hdr,
         rp->Head.msgh_remote_port, rp->Head.msgh_local_port, rp->Head.msgh_id);
  if (!(option & MACH_RCV_MSG)) return MACH_MSG_SUCCESS;
  unsigned rsize = rp->Head.msgh_size;
  walk(repbuf.b, rsize, "reply", 1);
  rp->Head.msgh_bits = (rp->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX) |
                       MACH_MSGH_BITS(0, received_name(MACH_MSGH_BITS_REMOTE(rp->Head.msgh_bits)));
  rp->Head.msgh_local_port = rp->Head.msgh_remote_port;
  rp->Head.msgh_remote_port = 0;
  if (rep_mutation >= 0) mutate(repbuf.b, rep_mutation);
  if (special_reply == 1) rp->Head.msgh_id += 1;
  if (special_reply == 2) { rp->Head.msgh_id = MACH_NOTIFY_SEND_ONCE; rp->Head.msgh_size = hdr; }
  if (special_reply == 3) {
    rp->Head.msgh_bits &= ~MACH_MSGH_BITS_COMPLEX;
    rp->Head.msgh_size = sizeof(mig_reply_header_t);
    rp->RetCode = KERN_FAILURE;
  }
  memcpy(msg, repbuf.b, rp->Head.msgh_size < rcv_size ? rp->Head.msgh_size : rcv_size);
  return MACH_MSG_SUCCESS;
}

static unsigned sum(const void *p, unsigned n) {
  const unsigned char *b = p;
  unsigned s = 0;
  for (unsigned i = 0; i < n; i++) s = s * 31 + b[i];
  return s;
}
'''


def c_decl_param(a, t):
    return t.ctype


def harness_routine(sub, r, out_routine_names):
    """The C of one routine's work function and client call."""
    from pamig import common as c
    srv = f"srv_{c.server_name(sub, r)}"
    usr = c.user_name(sub, r)
    # work function
    params = c.params(r, 'server')
    body = [f'kern_return_t {srv}({params}) {{\n', f'  printf("  work {r.name} called\\n");\n']
    for a in r.args:
        t = a.type
        if a.direction in ('requestport', 'replyport'):
            body.append(f'  printf("  work arg {a.name} %x\\n", (unsigned){a.name});\n')
            continue
        if a.direction == 'in':
            if t.variable:
                body.append(f'  printf("  work arg {a.name} cnt %u sum %x\\n", (unsigned){a.name}Cnt, '
                            f'sum({a.name}, {t.elem_bytes} * {a.name}Cnt));\n')
            elif t.is_array:
                body.append(f'  printf("  work arg {a.name} sum %x\\n", sum({a.name}, {t.data_bytes}));\n')
            else:
                body.append(f'  printf("  work arg {a.name} sum %x\\n", sum(&{a.name}, {t.data_bytes}));\n')
        else:
            ptr = a.name if t.is_array else f"(void *){a.name}"
            if t.variable:
                if a.direction == 'inout':
                    body.append(f'  printf("  work arg {a.name} cnt %u sum %x\\n", (unsigned)*{a.name}Cnt, '
                                f'sum({a.name}, {t.elem_bytes} * *{a.name}Cnt));\n')
                    body.append(f'  if (*{a.name}Cnt > 1) *{a.name}Cnt -= 1;\n')
                else:
                    body.append(f'  *{a.name}Cnt = {min(5, t.number)};\n')
                body.append(f'  memset({ptr}, 0x3c, {t.elem_bytes} * *{a.name}Cnt);\n')
            else:
                if a.direction == 'inout':
                    body.append(f'  printf("  work arg {a.name} sum %x\\n", sum({ptr}, {t.data_bytes}));\n')
                body.append(f'  memset({ptr}, 0x4b, {t.data_bytes});\n')
    body.append('  return KERN_SUCCESS;\n}\n\n')
    # client call
    call = [f'static kern_return_t call_{r.name}(void) {{\n']
    args = []
    for k, a in enumerate(r.args):
        t = a.type
        v = f"v_{a.name}"
        if a.direction in ('requestport', 'replyport'):
            call.append(f'  mach_port_t {v} = {0x1000 + k};\n')
            args.append(v)
            continue
        if t.variable:
            call.append(f'  static {t.elem_ctype} {v}[{t.number}];\n')
            call.append(f'  memset({v}, {0x21 + k}, sizeof {v});\n')
            cnt = min(8, t.number)  # no slack in the padding: the harness cannot set it
            call.append(f'  mach_msg_type_number_t {v}Cnt = {cnt if a.direction != "out" else t.number};\n')
            args.append(v)
            args.append(f"{v}Cnt" if a.direction == 'in' else f"&{v}Cnt")
        else:
            call.append(f'  static {t.ctype} {v};\n')
            call.append(f'  memset(&{v}, {0x21 + k}, sizeof {v});\n')
            if a.direction == 'in':
                args.append(v)
            else:
                args.append(v if t.is_array else f"&{v}")
    call.append(f'  kern_return_t kr = {usr}({", ".join(args)});\n')
    call.append('  printf("  client kr %d", kr);\n')
    for a in r.args:
        t = a.type
        if a.in_reply:
            v = f"v_{a.name}"
            if t.variable:
                call.append(f'  printf(" {a.name} cnt %u sum %x", (unsigned){v}Cnt, '
                            f'sum({v}, {t.elem_bytes} * ({v}Cnt < {t.number} ? {v}Cnt : {t.number})));\n')
            else:
                call.append(f'  printf(" {a.name} sum %x", sum(&{v}, sizeof {v}));\n')
    call.append('  printf("\\n");\n  return kr;\n}\n\n')
    return ''.join(body), ''.join(call)


def harness(sub, layout_decls, layout_prints):
    from pamig import common as c  # noqa: F401
    works, calls, drive = [], [], []
    for r in sub.routines:
        if r is None:
            continue
        w, cl = harness_routine(sub, r, None)
        works.append(w)
        calls.append(cl)
        drive.append(f'''
  printf("routine {r.name}\\n");
  verbose = 1; req_mutation = rep_mutation = -1; special_reply = 0;
  call_{r.name}();
  verbose = 0;
  {{
    int nreq = mutations(descriptors_seen);
    for (int k = 0; k < nreq; k++) {{ printf(" request mutation %d\\n", k); req_mutation = k; call_{r.name}(); }}
    req_mutation = -1;
''')
        if not r.simple:
            drive.append(f'''
    verbose = 1; call_{r.name}(); verbose = 0;
    /* the reply's descriptors: count them from the demux's output */
    int nrep = 0;
    {{
      unsigned off = sizeof(mach_msg_header_t), size = repbuf.h.msgh_size;
      while (off + 4 <= size) {{
        mach_msg_type_t *t = (mach_msg_type_t *)(repbuf.b + off);
        unsigned bits = t->msgt_size, number = t->msgt_number, dlen = 4;
        if (t->msgt_longform) {{ mach_msg_type_long_t *l = (mach_msg_type_long_t *)t; bits = l->msgtl_size;
          number = l->msgtl_number; dlen = 12; }}
        off += dlen + (((number * bits + 7) / 8 + 3) & ~3u);
        nrep++;
      }}
    }}
    for (int k = 0; k < mutations(nrep); k++) {{ printf(" reply mutation %d\\n", k); rep_mutation = k; call_{r.name}(); }}
    rep_mutation = -1;
    for (int s = 1; s <= 3; s++) {{ printf(" special reply %d\\n", s); special_reply = s; call_{r.name}(); }}
    special_reply = 0;
''')
        drive.append('  }\n')
    return (layout_decls + HARNESS_TOP.replace('SUBSYS', sub.name) + ''.join(works) + ''.join(calls)
            + 'int main(void) {\n' + layout_prints + ''.join(drive)
            + '  /* an unknown id */\n  {\n    mach_msg_header_t h = {0};\n    h.msgh_id = 99999; h.msgh_size = sizeof h;\n'
            + f'    int handled = (int){sub.name}_server(&h, &repbuf.h);\n'
            + '    printf("bad id handled %d retcode %d\\n", handled, ((mig_reply_header_t *)&repbuf.h)->RetCode);\n'
            + '  }\n  return 0;\n}\n')


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    keep = None
    if '--keep' in argv:
        i = argv.index('--keep')
        keep = argv[i + 1]
        del argv[i:i + 2]
    defs, types_dir, our_mig = (os.path.abspath(x) for x in argv[:3])
    our_includes = [os.path.abspath(x) for x in argv[3:]]
    gnu_mig, host_cc = tool('x86_64-gnu-mig'), tool('cc') or tool('gcc')
    hppa_cc, qemu = tool('hppa-linux-gnu-gcc-12'), tool('qemu-hppa')
    missing = [n for n, p in (('x86_64-gnu-mig', gnu_mig), ('host cc', host_cc), ('hppa-linux-gnu-gcc-12', hppa_cc),
                              ('qemu-hppa', qemu)) if not p]
    if not os.path.isdir(os.path.join(GNU_INCLUDE, 'mach')):
        missing.append(f'GNU Mach headers ({GNU_INCLUDE}/mach, package gnumach-dev)')
    if missing:
        print(f"SKIPPED: not installed: {', '.join(missing)}")
        return SKIP

    sys.path.insert(0, os.path.dirname(our_mig))
    from pamig.parser import parse

    if keep:
        shutil.rmtree(keep, ignore_errors=True)
    work = keep or tempfile.mkdtemp(prefix='migcmp.')
    os.makedirs(work, exist_ok=True)
    try:
        gdir, odir = os.path.join(work, 'gnu'), os.path.join(work, 'ours')
        os.makedirs(gdir, exist_ok=True)
        os.makedirs(odir, exist_ok=True)
        run([gnu_mig, f'-I{GNU_INCLUDE}', f'-I{types_dir}', defs], cwd=gdir)
        run([sys.executable, our_mig] + [f'-I{d}' for d in our_includes] + [f'-I{types_dir}', defs], cwd=odir)
        pre = run(['cpp', '-x', 'c', '-undef', '-nostdinc'] + [f'-I{d}' for d in our_includes] + [defs])
        sub = parse(pre, defs)
        name = sub.name
        renames = [f"-D{sub.server_prefix}{r.name}=srv_{sub.server_prefix}{r.name}" for r in sub.routines if r]
        outputs = {}
        for tag, d, cc, incs in (('gnu', gdir, host_cc, [GNU_INCLUDE]), ('ours', odir, hppa_cc, our_includes)):
            decls, prints = layout_code([('user', os.path.join(d, f'{name}User.c')),
                                         ('server', os.path.join(d, f'{name}Server.c'))])
            src = (f'#include <mach/message.h>\n#include <mach/mig_errors.h>\n#include <mach/notify.h>\n'
                   f'#include <mach/std_types.h>\n#include "{name}.h"\n' + harness(sub, decls, prints))
            hpath = os.path.join(d, 'harness.c')
            with open(hpath, 'w') as f:
                f.write(src)
            if tag == 'gnu':
                # GNU MIG's stubs include glibc-hurd's mig_support.h: declare what they use.
                os.makedirs(os.path.join(d, 'stub', 'mach'), exist_ok=True)
                with open(os.path.join(d, 'stub', 'mach', 'mig_support.h'), 'w') as f:
                    f.write('#include <mach/port.h>\n#include <string.h>\n'
                            'mach_port_t mig_get_reply_port(void);\nvoid mig_put_reply_port(mach_port_t);\n'
                            'void mig_dealloc_reply_port(mach_port_t);\n')
                incs = [os.path.join(d, 'stub')] + incs
            flags = ['-O1', '-w', f'-I{d}', f'-I{types_dir}'] + [f'-I{i}' for i in incs]
            exe = os.path.join(d, 'harness')
            extra = ['-static'] if tag == 'ours' else []
            objs = []
            for src_file, defines in ((hpath, []), (os.path.join(d, f'{name}User.c'), []),
                                      (os.path.join(d, f'{name}Server.c'), renames)):
                obj = src_file[:-2] + '.o'
                run([cc] + flags + defines + ['-c', '-o', obj, src_file])
                objs.append(obj)
            run([cc] + extra + ['-o', exe] + objs)
            outputs[tag] = run(([qemu] if tag == 'ours' else []) + [exe])
            with open(os.path.join(work, f'{tag}.out'), 'w') as f:
                f.write(outputs[tag])
        return report(outputs, name)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def report(outputs, name):
    g, o = outputs['gnu'].splitlines(), outputs['ours'].splitlines()
    layout_lines = sum(1 for line in g if line.startswith('layout '))
    descs = sum(1 for line in g if ' desc ' in line)
    muts = sum(1 for line in g if 'mutation' in line or 'special reply' in line)
    if g == o:
        print(f"{name}: identical: {layout_lines} layout lines (field offsets and sizes), {descs} descriptors on "
              f"the wire, {muts} mutated messages checked the same way")
        return 0
    import difflib
    print(f"{name}: pa730 mig differs from GNU MIG (--- GNU, +++ ours):")
    for line in list(difflib.unified_diff(g, o, 'gnu', 'ours', lineterm='', n=2))[:200]:
        print(line)
    return 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
