// A predecoded instruction: the operation plus its fields, extracted once,
// and the operand facts the PA7000 timing model needs (operand_use.cpp).
//
// Field meanings depend on the instruction format (see formats.h, which is
// the single place that says which bits go where).  Kept at 32 bytes so a
// 4 KB page of code predecodes into 32 KB.
#pragma once
#include <cstdint>

#include "pa_risc/opcodes.h"

namespace pa {

struct DecodedInsn {
  Op op = Op::Undecoded;
  uint8_t a = 0;      // first source register (or 5-bit immediate, two's complement)
  uint8_t b = 0;      // base / second source register
  uint8_t t = 0;      // target register (data register for stores)
  uint8_t cond = 0;   // condition: c in bits 0..2, f (negate) in bit 3
  uint8_t sub = 0;    // space selector, shift amount, position, sub-operation
  uint8_t flags = 0;  // nullify, modify/scale, length: per format (see formats.h)
  int32_t imm = 0;    // displacement or immediate (branch displacements in bytes)
  uint32_t word = 0;  // the raw instruction word (IIR, tracing)
  // --- timing facts (operand_use.cpp) ---
  uint32_t gr_reads = 0;        // general registers read (bit r)
  uint32_t fr_reads = 0;        // FP registers read (bit r; halves count as the register)
  uint8_t gr_load_target = 0;   // GR written by a load (0: none)
  uint8_t fr_target = 0xff;     // FP register written (0xff: none)
  uint8_t fr_target2 = 0xff;    // second FP register written (FMPYADD/FMPYSUB)
  uint8_t timing = 0;           // TimingClass (timing.h)
  // The word as memory holds it (big-endian bytes, read as a host word):
  // what the fetch compares with memory to know this slot still holds.
  uint32_t stored_word = 0;
};
static_assert(sizeof(DecodedInsn) == 32, "keep predecoded instructions compact");

// flags bits shared by several formats
namespace insn_flag {
constexpr uint8_t kNullify = 0x01;       // ",n" on branches
constexpr uint8_t kModify = 0x02;        // base register modification
constexpr uint8_t kModifyBefore = 0x04;  // pre-modify (",mb"); with kModify
constexpr uint8_t kScale = 0x08;         // indexed: index shifted by access size (",s")
constexpr uint8_t kRightHalf = 0x10;     // FP single: right half of a double register
}  // namespace insn_flag

DecodedInsn decode(uint32_t word);

}  // namespace pa
