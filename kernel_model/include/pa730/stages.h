/* The one table of RPC stages and stage markers, included by the guest
   (kernel C++, kernel assembly, user C) and by the simulator's stage
   accounting (sim/stages/).  Nothing else may define a stage id.

   A marker is an instruction the simulator recognises and does not count
   (no instruction, no cycle): in the kernel `diag ID` (privileged), in
   user code `ldo ID(%r0),%r0` (a write to r0 that no compiler emits).
   A marker's id says which scheme it belongs to and the stage that starts
   there; each scheme has exactly one current stage at every instant, so
   every instruction and cycle of a run is charged to exactly one stage of
   each scheme.  Stage 0 of a scheme is "outside": code that is not on the
   path the scheme describes.

   Schemes:
     MT    the kernel null-RPC path of the migrating-threads paper
           (Ford & Lepreau 1994, Tables 1 and 2): five kernel categories,
           plus user code (MIG stubs, the client loop, the server loop).
     INKS  the 21 stages of a message RPC of the in-kernel-servers paper
           (Lepreau et al. 1993, Table 1).

   Control markers do not change any stage: they bracket the measured
   calls and record which path mach_msg_trap took. */
#ifndef PA730_STAGES_H
#define PA730_STAGES_H

/* ---- scheme MT: marker 0x10 + stage ---------------------------------- */
#define STAGE_MT_BASE 0x10
#define STAGE_MT_COUNT 7
#define STAGE_MT_OUTSIDE 0x10          /* not on the RPC path */
#define STAGE_MT_USER 0x11             /* user code of the RPC: stubs, loops */
#define STAGE_MT_CLIENT_ENTRY_EXIT 0x12
#define STAGE_MT_SERVER_ENTRY_EXIT 0x13
#define STAGE_MT_PORT_TRANSLATION 0x14
#define STAGE_MT_THREAD_SWITCH 0x15
#define STAGE_MT_MESSAGE_COPY 0x16

/* ---- scheme INKS: marker 0x20 + stage number of the paper's Table 1 --- */
#define STAGE_INKS_BASE 0x20
#define STAGE_INKS_COUNT 22
#define STAGE_INKS_OUTSIDE 0x20
#define STAGE_INKS(n) (0x20 + (n)) /* n = 1..21 */

/* ---- direction-relative kernel markers --------------------------------
   The kernel's mach_msg path is one body of code for requests and replies
   (as Mach's is), so its markers name a step, and the simulator maps the
   step to the paper's stage by the direction of the RPC in progress: a
   user marker STAGE_INKS(3) (the client stub calling mach_msg_trap) makes
   the direction "request", STAGE_INKS(13) (the server loop sending the
   reply) makes it "reply".  The direction holds across the thread switch,
   so the receiver's half of the path (red tape, copyout, trap return) maps
   to 08/09 after a request and 18/19 after a reply. */
#define KSTEP_BEFORE_COPYIN 0x40   /* INKS 04 | 14 */
#define KSTEP_COPYIN 0x41          /* INKS 05 | 15 */
#define KSTEP_RED_TAPE_SEND 0x42   /* INKS 06 | 16 */
#define KSTEP_SWITCH 0x43          /* INKS 07 | 17 */
#define KSTEP_RED_TAPE_RECEIVE 0x44 /* INKS 08 | 18 */
#define KSTEP_COPYOUT 0x45         /* INKS 09 | 19 */
/* MT entry/exit by side: the sender of the message in progress is the
   client for a request and the server for a reply. */
#define MT_ENTRY_EXIT_SENDER 0x48   /* MT client side | server side */
#define MT_ENTRY_EXIT_RECEIVER 0x49 /* MT server side | client side */
#define MARK_IS_RELATIVE(id) ((id) >= 0x40 && (id) <= 0x49)

/* ---- control markers --------------------------------------------------- */
#define MARK_MEASURE_BEGIN 0x80  /* the measured calls start (after warm-up) */
#define MARK_MEASURE_END 0x81    /* ... and end */
#define MARK_CALL_BEGIN 0x82     /* one measured call starts (client, before the stub call) */
#define MARK_CALL_END 0x83       /* ... and ends (client, after the stub returns) */
#define MARK_FAST_PATH 0x84      /* mach_msg_trap took the optimized RPC path */
/* mach_msg_trap left (or never took) the optimized path; 0x90 + reason. */
#define MARK_SLOW_BASE 0x90
#define SLOW_OPTION 0x90         /* option word not exactly SEND|RCV */
#define SLOW_SIZE 0x91           /* send size over the cached kmsg, or malformed */
#define SLOW_HEADER_BITS 0x92    /* not a simple request or reply */
#define SLOW_REQUEST_NAMES 0x93  /* destination or reply name not usable inline */
#define SLOW_REPLY_NAMES 0x94    /* reply destination or receive name not usable inline */
#define SLOW_NO_RECEIVER 0x95    /* no thread waiting to receive, or a message queued */
#define SLOW_RECEIVER 0x96       /* the receiver cannot take it inline (options, buffer) */
#define SLOW_COPY 0x97           /* copyin/copyout fault or copyout name allocation */
#define SLOW_DISABLED 0x98       /* kernel.ipc_fast_path=false */
#define SLOW_REASON_COUNT 9

#define MARK_IS_STAGE(id) \
  (((id) >= STAGE_MT_BASE && (id) < STAGE_MT_BASE + STAGE_MT_COUNT) || \
   ((id) >= STAGE_INKS_BASE && (id) < STAGE_INKS_BASE + STAGE_INKS_COUNT))

/* The user-mode marker word: ldo ID(%r0),%r0 (major 0x0d, b = t = 0,
   14-bit displacement in low-sign form: ID << 1 for the small positive
   ids above). */
#define USER_MARKER_WORD(id) (0x34000000u | ((unsigned)(id) << 1))

#if !defined(__ASSEMBLER__)
/* Marker statements for guest C and C++.

   PA730_NO_MARKERS compiles every marker instruction out, for the test
   that totals do not change with or without them.  What stays is an
   assembler comment naming the id: a marker is also a point the compiler
   may not schedule across, and two markers with different ids keep two
   otherwise identical blocks apart (gcc would merge them), and both must
   be the same in both builds, or gcc's code -- not the marker -- would
   make the difference.  PA730_NO_MARKER_BARRIERS removes the comments
   too, to measure what the barriers themselves cost (README). */
#define PA730_STR2(x) #x
#define PA730_STR(x) PA730_STR2(x)
#if defined(PA730_NO_MARKER_BARRIERS)
#define PA730_MARKER_INSN(insn, id) ((void)0)
#elif defined(PA730_NO_MARKERS)
#define PA730_MARKER_INSN(insn, id) __asm__ volatile("; marker " PA730_STR(id)::)
#else
#define PA730_MARKER_INSN(insn, id) __asm__ volatile(insn ::)
#endif
/* Extended asm (the empty operand list), so that %% reaches the assembler
   as one %. */
#define PA730_KERNEL_MARKER(id) PA730_MARKER_INSN("diag " PA730_STR(id), id)
#define PA730_USER_MARKER(id) PA730_MARKER_INSN("ldo " PA730_STR(id) "(%%r0),%%r0", id)

/* The papers' own method, in builds with PA730_CR16_STAMPS (kernel_cr16,
   rpc_*_cr16): at every INKS stage boundary the code that reaches it
   stores CR16 into slot n of the stamp page -- one page the kernel maps at
   PA730_STAMP_PAGE in every task and reaches itself at its physical
   address -- user code at its user markers, the kernel at its KSTEP
   markers.  (Utah stored into the InOut argument's words; one store per
   boundary either way.)  After each call the client has all the call's
   stamps, and stage n took stamp[n+1] - stamp[n] cycles.  The markers stay,
   so the simulator measures the stamped build too: the difference of its
   per-call totals from the plain build's is the stamps' own cost (the
   papers: 93-95 cycles).  Slots 1..21: the start of INKS stage n; 22: the
   end of the call (the client's STAGE_INKS_OUTSIDE after the stub). */
#define PA730_STAMP_SLOTS 23
#define PA730_STAMP_PAGE 0x3ffff000u  /* user virtual address, below the stack */
#define PA730_KSTEPS 6                /* KSTEP_BEFORE_COPYIN .. KSTEP_COPYOUT */
#if defined(PA730_CR16_STAMPS)
static inline unsigned pa730_read_cr16(void) {
  unsigned v;
  __asm__ volatile("mfctl %%cr16,%0" : "=r"(v));
  return v;
}
/* The slot of a user marker (constant-folded: ids are constants). */
#define PA730_USER_STAMP_SLOT(id)                                                                     \
  ((id) > STAGE_INKS_BASE && (id) < STAGE_INKS_BASE + STAGE_INKS_COUNT ? (id) - STAGE_INKS_BASE       \
   : (id) == STAGE_INKS_OUTSIDE                                          ? 22                          \
                                                                         : -1)
#define USER_MARK(id)                                                                                 \
  do {                                                                                                \
    PA730_USER_MARKER(id);                                                                            \
    if (PA730_USER_STAMP_SLOT(id) >= 0)                                                               \
      ((volatile unsigned*)PA730_STAMP_PAGE)[PA730_USER_STAMP_SLOT(id)] = pa730_read_cr16();          \
  } while (0)
/* The kernel does not know a step's direction before it has the message:
   it keeps the stamps of the direction in progress and moves them to slots
   4..9 or 14..19 once the receiver has its message (KERNEL_STAMP_COMMIT). */
#ifdef __cplusplus
extern "C" unsigned pa730_kstamp_pending[PA730_KSTEPS];
void pa730_kstamp_commit(bool request);
#define KERNEL_STAMP_COMMIT(request) pa730_kstamp_commit(request)
#define KERNEL_MARK(id)                                                                               \
  do {                                                                                                \
    PA730_KERNEL_MARKER(id);                                                                          \
    if ((id) >= KSTEP_BEFORE_COPYIN && (id) <= KSTEP_COPYOUT)                                         \
      pa730_kstamp_pending[(id) - KSTEP_BEFORE_COPYIN] = pa730_read_cr16();                           \
  } while (0)
#endif
#else
#define KERNEL_MARK(id) PA730_KERNEL_MARKER(id)
#define USER_MARK(id) PA730_USER_MARKER(id)
#define KERNEL_STAMP_COMMIT(request) ((void)0)
#endif

/* Control markers (MARK_MEASURE_*, MARK_CALL_*) bracket the measured calls
   in the client's loop, outside the path being measured; they stay in
   every build, so that a build without stage markers still reports its
   per-call totals for the comparison. */
#define USER_CONTROL_MARK(id) __asm__ volatile("ldo " PA730_STR(id) "(%%r0),%%r0" ::)


/* The table the simulator prints and the JSON keys: marker id, scheme,
   key, label.  Keys of INKS stages are the paper's row numbers; keys of MT
   stages are the row keys of paper_tables.json. */
#define PA730_STAGE_TABLE(X)                                                           \
  X(0x10, mt, outside, "outside the RPC path")                                         \
  X(0x11, mt, user, "user code (stubs, client and server loops)")                      \
  X(0x12, mt, kernel_entry_exit_client_side, "kernel entry/exit, client side")         \
  X(0x13, mt, kernel_entry_exit_server_side, "kernel entry/exit, server side")         \
  X(0x14, mt, port_translation, "port translation")                                    \
  X(0x15, mt, thread_activation_switch, "thread switch")                               \
  X(0x16, mt, message_copy, "message copy")                                            \
  X(0x20, inks, 00, "outside the RPC path")                                            \
  X(0x21, inks, 01, "procedure call to MIG stub")                                      \
  X(0x22, inks, 02, "stub operations before mach_msg_trap call")                       \
  X(0x23, inks, 03, "call to mach_msg_trap, trap into kernel")                         \
  X(0x24, inks, 04, "mach_msg_trap operations before message copyin")                  \
  X(0x25, inks, 05, "copyin message to kernel address space")                          \
  X(0x26, inks, 06, "red tape")                                                        \
  X(0x27, inks, 07, "context switch from client task to server task")                  \
  X(0x28, inks, 08, "red tape")                                                        \
  X(0x29, inks, 09, "copyout message to server, trap return, MIG demux")               \
  X(0x2a, inks, 10, "server MIG stub processing before work function")                 \
  X(0x2b, inks, 11, "null work function (just returns)")                               \
  X(0x2c, inks, 12, "server MIG stub processing after work function")                  \
  X(0x2d, inks, 13, "server call to mach_msg_trap, trap into kernel")                  \
  X(0x2e, inks, 14, "mach_msg_trap operations before message copyin")                  \
  X(0x2f, inks, 15, "copyin reply message to kernel address space")                    \
  X(0x30, inks, 16, "red tape")                                                        \
  X(0x31, inks, 17, "context switch from server task to client task")                  \
  X(0x32, inks, 18, "red tape")                                                        \
  X(0x33, inks, 19, "copyout reply message to client, trap return")                    \
  X(0x34, inks, 20, "client stub operations after mach_msg_trap call")                 \
  X(0x35, inks, 21, "procedure return from MIG stub to client")

#define PA730_SLOW_REASON_TABLE(X)                                   \
  X(0x90, option, "option word not exactly SEND|RCV")                \
  X(0x91, size, "send size over the cached kmsg, or malformed")      \
  X(0x92, header_bits, "not a simple request or reply")              \
  X(0x93, request_names, "request names not translatable inline")   \
  X(0x94, reply_names, "reply names not translatable inline")       \
  X(0x95, no_receiver, "no receiver waiting, or a message queued")   \
  X(0x96, receiver, "receiver cannot take the message inline")      \
  X(0x97, copy, "copy fault or name allocation failure")             \
  X(0x98, disabled, "fast path disabled (kernel.ipc_fast_path)")
#endif

#endif
