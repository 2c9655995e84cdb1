/* A thread's machine state (Mach calls it the PCB), shared by C++ and the
   assembly that fills it.  CR30 holds the running thread's Pcb address.

   saved state  -- what an interruption of user context saves: every general
                   register, SAR, both entries of the interruption queues,
                   IPSW, IIR/ISR/IOR, the interruption number and the space
                   registers.  An interruption of kernel code pushes the same
                   layout on the kernel stack instead (locore.S).
   ksp          -- the top of this thread's kernel stack: where entries from
                   user context start their stack.
   recover      -- non-zero while copyin/copyout touch user memory: where a
                   fault there resumes (copy.S).
   kernel call  -- the few user registers the gateway entry saves (gateway.S):
                   rp, dp, sp, the return offset r31 and its space sr0.     */
#ifndef PA730_PCB_H
#define PA730_PCB_H

#define SS_GR(n) ((n) * 4)
#define SS_SAR 128
#define SS_IIASQ 132
#define SS_IIAOQ 140
#define SS_IPSW 148
#define SS_IIR 152
#define SS_ISR 156
#define SS_IOR 160
#define SS_CODE 164
#define SS_SR(n) (168 + (n) * 4)
#define SS_SIZE 200
/* Bytes a kernel-mode interruption takes on the kernel stack: the frame,
   rounded up to keep sp 64-byte aligned. */
#define SS_STACK_FRAME 256

#define PCB_KSP 200
#define PCB_RECOVER 204
#define PCB_KC_RP 208
#define PCB_KC_DP 212
#define PCB_KC_SP 216
#define PCB_KC_R31 220
#define PCB_KC_SR0 224
#define PCB_SIZE 228

/* SS_CODE flag: the frame came through a TLB-miss handler that had already
   used the shadowed registers (r1 r8 r9 r16 r17 r24 r25), so their saved
   values are stale; return with RFIR, which takes them from the shadow
   registers the interruption filled. */
#define SS_CODE_SHADOWED 0x100

/* PSW values (PA-RISC 1.1): C = code translation, Q = collect interruption
   state, P = protection-id checks, D = data translation, I = external
   interrupts. */
#define PSW_I 0x1
#define PSW_D 0x2
#define PSW_P 0x4
#define PSW_Q 0x8
#define PSW_C 0x40000
#define KERNEL_PSW (PSW_C | PSW_Q | PSW_D)
#define USER_PSW (PSW_C | PSW_Q | PSW_P | PSW_D | PSW_I)

#ifndef __ASSEMBLER__
#include <stddef.h>
#include <stdint.h>

struct SavedState {
  uint32_t gr[32];    // gr[0] unused
  uint32_t sar;
  uint32_t iiasq[2];  // interruption space queue, front and back
  uint32_t iiaoq[2];  // interruption offset queue, front and back
  uint32_t ipsw;
  uint32_t iir;
  uint32_t isr;
  uint32_t ior;
  uint32_t code;      // interruption number (IVT slot) | SS_CODE_SHADOWED
  uint32_t sr[8];
};

struct Pcb {
  SavedState ss;
  uint32_t ksp;
  uint32_t recover;
  uint32_t kc_rp, kc_dp, kc_sp, kc_r31, kc_sr0;
};

static_assert(offsetof(SavedState, sar) == SS_SAR && offsetof(SavedState, iiasq) == SS_IIASQ &&
              offsetof(SavedState, iiaoq) == SS_IIAOQ && offsetof(SavedState, ipsw) == SS_IPSW &&
              offsetof(SavedState, code) == SS_CODE && offsetof(SavedState, sr) == SS_SR(0) &&
              sizeof(SavedState) == SS_SIZE && SS_SIZE <= SS_STACK_FRAME);
static_assert(offsetof(Pcb, ksp) == PCB_KSP && offsetof(Pcb, recover) == PCB_RECOVER &&
              offsetof(Pcb, kc_rp) == PCB_KC_RP && offsetof(Pcb, kc_sr0) == PCB_KC_SR0 &&
              sizeof(Pcb) == PCB_SIZE);

inline uint32_t interruption_code(const SavedState& ss) { return ss.code & 0xffu; }
// Privilege level of the interrupted code (low bits of IIAOQ front).
inline unsigned interrupted_privilege(const SavedState& ss) { return ss.iiaoq[0] & 3u; }
// User context: user mode, or the kernel-call entry/exit sequences that run
// at privilege 0 on the user's stack.  The kernel keeps SR7 = 0; user
// context has the task's space there (as Linux on PA tells them apart).
inline bool from_user_context(const SavedState& ss) { return ss.sr[7] != 0; }
#endif

#endif
