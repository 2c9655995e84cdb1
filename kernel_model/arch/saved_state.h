// The interrupted state, as locore.S saves it on every interruption (Mach
// calls this the thread's "saved state"; here one frame serves the boot
// thread until threads have their own PCBs).  Offsets are used by locore.S.
#pragma once
#include <stdint.h>

struct SavedState {
  uint32_t gr[32];    //   0: general registers (gr[0] unused)
  uint32_t sar;       // 128
  uint32_t iiasq[2];  // 132: interruption space queue, front and back
  uint32_t iiaoq[2];  // 140: interruption offset queue, front and back
  uint32_t ipsw;      // 148
  uint32_t iir;       // 152
  uint32_t isr;       // 156
  uint32_t ior;       // 160
  uint32_t code;      // 164: interruption number (IVT slot)
};

static_assert(sizeof(SavedState) == 168, "locore.S knows these offsets");

// Privilege level of the interrupted code (low bits of IIAOQ front).
inline unsigned interrupted_privilege(const SavedState& ss) { return ss.iiaoq[0] & 3u; }
