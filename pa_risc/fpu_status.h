// The floating-point status register (FPSR, the left half of fr0) and the
// DecodedInsn field conventions of the FP operation formats.
//
// FPSR bit positions are given as 32-bit masks (bit 0 = least significant;
// the manual's PA bit n is mask bit 31-n).  The layout is the one QEMU's
// hppa target and glibc's <fenv.h> for hppa use:
//
//   31..27  flags    V Z O U I   (sticky)
//   26      C        compare result of the last FCMP
//   21..11  CQ       compare queue (PA 2.0; QEMU keeps it on 1.1 too)
//   10..9   RM       rounding mode: 0 nearest, 1 toward zero, 2 toward +inf, 3 toward -inf
//   6       T        delayed-trap bit
//   5       D        denormalized operands/results flushed to zero
//   4..0    enables  V Z O U I
#pragma once
#include <cstdint>

#include "pa_risc/decoded_insn.h"

namespace pa {

namespace fpsr {
// IEEE exceptions, in enable-bit positions; the flag of exception e is e << kFlagShift.
constexpr uint32_t kExcI = 0x01, kExcU = 0x02, kExcO = 0x04, kExcZ = 0x08, kExcV = 0x10;
constexpr uint32_t kExcAll = 0x1f;
constexpr unsigned kFlagShift = 27;
constexpr uint32_t kEnableMask = kExcAll;
constexpr uint32_t kFlagMask = kExcAll << kFlagShift;
constexpr uint32_t kC = 1u << 26;
constexpr unsigned kCqShift = 11;  // CQ0 is bit 21, CQ10 bit 11
constexpr uint32_t kCq0 = 1u << 21;
constexpr uint32_t kCqMask = 0x7ffu << kCqShift;
constexpr unsigned kRmShift = 9;
constexpr uint32_t kRmMask = 3u << kRmShift;
constexpr uint32_t kT = 1u << 6;
constexpr uint32_t kD = 1u << 5;
enum RoundingMode : uint32_t { kNearest = 0, kTowardZero = 1, kUpward = 2, kDownward = 3 };

constexpr uint32_t flags_of(uint32_t status) { return (status >> kFlagShift) & kExcAll; }
constexpr uint32_t rounding_of(uint32_t status) { return (status >> kRmShift) & 3u; }
}  // namespace fpsr

// Field conventions of Format::Fp (filled by fp_extract, see fp_decode.cpp).
namespace fpf {
// DecodedInsn::flags
constexpr uint8_t kR1Right = 0x01;   // single operand a is the right half of fr[a]
constexpr uint8_t kR2Right = 0x02;   // single operand b is the right half of fr[b]
constexpr uint8_t kTRight = 0x04;    // single target t is the right half of fr[t]
constexpr uint8_t kSrcDbl = 0x08;    // source format double (class 1: 64-bit integer / double)
constexpr uint8_t kDstDbl = 0x20;    // target format double (class 1 only; else equals kSrcDbl)
constexpr uint8_t kUnsigned = 0x40;  // class 1: unsigned integer operand (PA 2.0 forms)

// Class 0 sub-operations (DecodedInsn::sub of FCPY / FABS).
constexpr uint8_t kSubCopy = 2, kSubAbs = 3, kSubNeg = 6, kSubNegAbs = 7;

// FMPYADD / FMPYSUB: a = rm1, b = rm2, t = tm (with kR1Right / kR2Right /
// kTRight for single precision) and imm packs the add operands:
//   imm bits 0..4 ta register, bit 5 ta right half, bits 8..12 ra register, bit 13 ra right half.
constexpr unsigned mpyadd_ta(const DecodedInsn& d) { return static_cast<unsigned>(d.imm_) & 31u; }
constexpr bool mpyadd_ta_right(const DecodedInsn& d) { return (d.imm_ >> 5) & 1; }
constexpr unsigned mpyadd_ra(const DecodedInsn& d) { return (static_cast<unsigned>(d.imm_) >> 8) & 31u; }
constexpr bool mpyadd_ra_right(const DecodedInsn& d) { return (d.imm_ >> 13) & 1; }
}  // namespace fpf

}  // namespace pa
