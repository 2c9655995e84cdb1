// Architectural state of a PA-RISC 1.1 processor.
#pragma once
#include <cstdint>

#include "pa_risc/fpu_state.h"

namespace pa {

// PSW bits (PA numbering: bit 0 is the MSB), as 32-bit masks.
namespace psw {
constexpr uint32_t Y = 0x80000000, Z = 0x40000000, E = 0x04000000, S = 0x02000000,
                   T = 0x01000000, H = 0x00800000, L = 0x00400000, N = 0x00200000,
                   X = 0x00100000, B = 0x00080000, C = 0x00040000, V = 0x00020000,
                   M = 0x00010000, CB = 0x0000ff00, G = 0x00000040, F = 0x00000020,
                   R = 0x00000010, Q = 0x00000008, P = 0x00000004, D = 0x00000002,
                   I = 0x00000001;
}

// Control register numbers.
namespace cr {
constexpr unsigned RecoveryCounter = 0, Tr2 = 26, Tr3 = 27, Pid1 = 8, Pid2 = 9, Ccr = 10, Sar = 11, Pid3 = 12,
                   Pid4 = 13, Iva = 14, Eiem = 15, IntervalTimer = 16, Iiasq = 17, Iiaoq = 18,
                   Iir = 19, Isr = 20, Ior = 21, Ipsw = 22, Eirr = 23, Tr0 = 24;
}

struct CpuState {
  uint32_t gr[32] = {};
  uint32_t sr[8] = {};
  uint32_t cr[32] = {};
  // Instruction address queues.  The low two bits of an offset are the
  // privilege level, as in the hardware.
  uint32_t iaoq_front = 0, iaoq_back = 4;
  uint32_t iasq_front = 0, iasq_back = 0;
  // PSW without the carry/borrow and nullify bits, which the hot path keeps
  // apart: carry_vector holds the carry out of every bit of the last
  // carry-setting operation (the PSW C/B bits are its nibble carries).
  uint32_t psw = 0;
  uint32_t carry_vector = 0;
  bool nullify_next = false;
  FpuState fp;
  uint64_t cycles = 0;  // CR16 reads the low 32 bits
  // The two-deep interruption instruction address queues behind CR17/CR18.
  uint32_t iiasq[2] = {}, iiaoq[2] = {};
  // Shadow copies of r1, r8, r9, r16, r17, r24, r25 taken at interruption (RFIR restores).
  uint32_t shadow[7] = {};
  // Writing CR16 arms the interval timer: EIRR bit 0 is set when the low 32
  // bits of the cycle counter equal this value.
  uint32_t timer_compare = 0;
  uint64_t timer_target = 0;  // the absolute cycle of the match
  bool timer_armed = false;

  unsigned privilege() const { return iaoq_front & 3u; }
  uint32_t sar() const { return cr[cr::Sar] & 31u; }

  // The eight PSW C/B bits: carry out of bits 3, 7, ..., 31 (PSW bit 24 = leftmost nibble).
  uint32_t psw_cb_bits() const {
    uint32_t bits = 0;
    for (unsigned nib = 0; nib < 8; ++nib)
      if (carry_vector & (1u << (nib * 4 + 3))) bits |= 1u << nib;
    return bits;
  }
  void set_psw_cb_bits(uint32_t bits) {
    carry_vector = 0;
    for (unsigned nib = 0; nib < 8; ++nib)
      if (bits & (1u << nib)) carry_vector |= 1u << (nib * 4 + 3);
  }
  uint32_t full_psw() const {
    return (psw & ~(psw::CB | psw::N)) | (psw_cb_bits() << 8) | (nullify_next ? psw::N : 0);
  }
};

// The general registers copied to the shadow registers on interruption.
constexpr unsigned kShadowedGr[7] = {1, 8, 9, 16, 17, 24, 25};
constexpr uint32_t kEirrIntervalTimer = 0x80000000u;  // EIRR bit 0

}  // namespace pa
