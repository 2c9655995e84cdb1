// A predecoded instruction: the operation plus its fields, extracted once,
// and the operand facts the PA7000 timing model needs (operand_use.cpp).
//
// The fields are stored in a few generic bytes, filled per format by
// formats.cpp (the single place that says which bits go where) and
// fp_decode.cpp.  The semantics read them through the accessors below,
// named as the PA-RISC 1.1 manual names the fields of each format
// (appendix C); an accessor is the stored byte itself, so naming costs
// nothing.  Kept at 32 bytes so a 4 KB page of code predecodes into 32 KB.
#pragma once
#include <cstdint>

#include "pa_risc/bits.h"
#include "pa_risc/opcodes.h"

namespace pa {

// flags_ bits shared by several formats
namespace insn_flag {
constexpr uint8_t kNullify = 0x01;       // ",n" on branches
constexpr uint8_t kModify = 0x02;        // base register modification
constexpr uint8_t kModifyBefore = 0x04;  // pre-modify (",mb"); with kModify
constexpr uint8_t kScale = 0x08;         // indexed: index shifted by access size (",s")
constexpr uint8_t kRightHalf = 0x10;     // FP single: right half of a double register
constexpr uint8_t kEnd = 0x20;           // STBYS ",e": the bytes before the address
}  // namespace insn_flag

struct DecodedInsn {
  Op op = Op::Undecoded;
  // --- storage of the fields (formats.h says which bits land where) ---
  uint8_t a_ = 0;      // a source at bits 11..15 (register or 5-bit immediate); some 6..10 sources
  uint8_t b_ = 0;      // bits 6..10: base, second source, control register
  uint8_t t_ = 0;      // target register (data register for stores)
  uint8_t cond_ = 0;   // condition: c in bits 0..2, f (negate) in bit 3
  uint8_t sub_ = 0;    // space register, position, shift amount; FP sub-operation
  uint8_t flags_ = 0;  // insn_flag bits, or a field length (EXTR/DEP), or FP flags (fpu_status.h)
  int32_t imm_ = 0;    // displacement or immediate (branch displacements in bytes)
  uint32_t word = 0;   // the raw instruction word (IIR, tracing)
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

  // --- registers ---
  // r1, r2: three-register computation, COMB/ADDB (r1 may be im5: COMIB/
  // ADDIB), MOVB (GR[r2] <- GR[r1]), SHD; FP operations (r1 is also the
  // single source r of FCPY, FCNV...).
  uint8_t r1() const { return a_; }
  uint8_t r2() const { return b_; }
  // r: a single source called r -- ADDI/SUBI/COMICLR, ADDIL, EXTR (bits
  // 6..10); DEP, BB/BVB, stores (the data register), MTSP, MTCTL, MTSM,
  // PROBE, IxTLBx (bits 11..15).
  uint8_t r() const { return a_; }
  uint8_t b() const { return b_; }  // base register
  // x: index register of indexed loads and stores, BLR/BV, the cache and
  // TLB operations, LPA, LCI.
  uint8_t x() const { return a_; }
  // t: target register -- GR or FR (FP loads; for FP stores, the register
  // stored); BL/GATE/BLR's link register.
  uint8_t t() const { return t_; }
  uint8_t cr() const { return b_; }  // MTCTL/MFCTL: control register number (bits 6..10)
  // s: space register -- 2 bits for loads, stores and data-side system
  // operations (0: SR4..SR7 by the base's top bits), 3 bits for BE/BLE,
  // MTSP/MFSP and the instruction-side TLB and cache operations.
  uint8_t s() const { return sub_; }

  // --- condition, positions, lengths ---
  uint8_t cond() const { return cond_; }  // c, with f (negate) in bit 3 where the format has one
  uint8_t p() const { return sub_; }      // EXTR, BB: bit position (0 = MSB)
  uint8_t cp() const { return sub_; }     // SHD, DEP: 31 - position
  uint8_t len() const { return flags_; }  // EXTR, DEP: field length (the manual's 32 - clen)

  // --- immediates ---
  // im5 of COMIB, ADDIB, MOVIB, DEPI (bits 11..15), sign-extended.
  int32_t im5() const { return low_sign_ext(a_, 5); }
  // i (bits 11..15): SSM/RSM's system mask, PROBERI/PROBEWI's privilege level.
  uint8_t i() const { return a_; }
  // Immediate operand: im11 (ADDI, SUBI, COMICLR), im21 assembled (LDIL,
  // ADDIL: already shifted to the left part), the code of DIAG and BREAK.
  int32_t im() const { return imm_; }
  // Displacement, sign-extended: im14 or im5 of loads and stores; of
  // branches, the assembled w in bytes.
  int32_t disp() const { return imm_; }

  // --- completers ---
  bool nullify() const { return flags_ & insn_flag::kNullify; }             // ,n
  bool modify() const { return flags_ & insn_flag::kModify; }               // ,m ,ma ,mb
  bool modify_before() const { return flags_ & insn_flag::kModifyBefore; }  // ,mb
  bool scale() const { return flags_ & insn_flag::kScale; }                 // ,s (the u bit)
  bool right_half() const { return flags_ & insn_flag::kRightHalf; }        // FLDW/FSTW of a right half
  bool end() const { return flags_ & insn_flag::kEnd; }                     // STBYS ,e
};
static_assert(sizeof(DecodedInsn) == 32, "keep predecoded instructions compact");

DecodedInsn decode(uint32_t word);

}  // namespace pa
