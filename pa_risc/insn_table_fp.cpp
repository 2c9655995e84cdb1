// Decode table for the floating-point coprocessor operations (majors 0x0C,
// 0x0E, 0x06 FMPYADD, 0x26 FMPYSUB).  Loads and stores are in insn_table.cpp.
//
// Encodings: PA-RISC 1.1 manual chapter 6 (FP instruction formats) and
// appendix C, checked against the binutils opcode table.  The set of
// accepted forms follows the reference emulator (QEMU 7.2 hppa): reserved
// bits must be zero, the quad and reserved formats (fmt 2, 3) are not
// decoded (IllegalInstruction), and the PA 2.0 additions that QEMU accepts
// (FNEG, FNEGABS, unsigned conversions, FCMP/FTEST compare-queue forms) are
// decoded too.  FREM is decoded (QEMU does not implement it).
//
// Masks are 32-bit; the manual's bit n is mask bit 31-n.  Useful pieces:
//   bits 11..15 0x001f0000   bits 14..16 0x00038000   bits 16..18 0x0000e000
//   bit 17 0x4000  bit 18 0x2000  bit 19 0x1000  bit 20 0x0800
//   bits 21..22 0x0600 (class)  bit 23 0x0100  bit 24 0x0080  bit 25 0x0040  bit 26 0x0020
#include <array>

#include "pa_risc/insn_table.h"

namespace pa {
namespace {

using F = Format;

constexpr uint32_t kMajor = 0xfc000000u;
constexpr uint32_t k0C = 0x30000000u, k0E = 0x38000000u;
constexpr uint32_t kBits11to15 = 0x001f0000u, kBits11to13 = 0x001c0000u;
constexpr uint32_t kSub14 = 0x00038000u, kSub16 = 0x0000e000u;
constexpr uint32_t kBit17 = 0x4000u, kBit18 = 0x2000u, kBit19 = 0x1000u, kBit20 = 0x0800u;
constexpr uint32_t kBits21to26 = 0x07e0u, kBits21to23 = 0x0700u, kBit23 = 0x0100u,
                   kBit24 = 0x0080u, kBit25 = 0x0040u, kBit26 = 0x0020u;
constexpr uint32_t kClass1 = 0x0200u, kClass2 = 0x0400u, kClass3 = 0x0600u;

constexpr Op class0_op(unsigned sub) {
  switch (sub) {
    case 2: case 6: return Op::FCPY;   // 6: FNEG (PA 2.0)
    case 3: case 7: return Op::FABS;   // 7: FNEGABS (PA 2.0)
    case 4: return Op::FSQRT;
    default: return Op::FRND;          // 5
  }
}

constexpr Op class1_op(unsigned sub) {
  switch (sub & 3u) {
    case 1: return Op::FCNVXF;
    case 2: return Op::FCNVFX;
    default: return Op::FCNVFXT;       // 3
  }
}

constexpr Op class3_op(unsigned sub) {
  switch (sub) {
    case 0: return Op::FADD;
    case 1: return Op::FSUB;
    case 2: return Op::FMPY;
    case 3: return Op::FDIV;
    default: return Op::FREM;          // 4
  }
}

constexpr std::size_t kRowCount = 1 /*FID*/ + 6 /*0C c0*/ + 2 /*0C ff*/ + 6 /*0C c1*/ + 2 /*0C c2*/ +
                                  5 /*0C c3*/ + 12 /*0E c0*/ + 2 /*0E ff*/ + 24 /*0E c1*/ +
                                  2 /*0E c2*/ + 1 /*XMPYU*/ + 10 /*0E c3*/ + 2 /*mpyadd*/;

constexpr std::array<InsnPattern, kRowCount> build_table() {
  std::array<InsnPattern, kRowCount> t{};
  std::size_t n = 0;
  auto add = [&](uint32_t mask, uint32_t match, Op op) { t[n++] = {mask, match, op, F::Fp}; };

  // ---- major 0x0C: single operands are left halves, fmt in bits 19..20 ----
  // FID (fcpy,sgl fr0,fr0 with sub-op 0)
  add(0xffffffffu, k0C, Op::FID);
  // class 0: r, 0, sub, fmt (0/1), 00, 0000, t
  for (unsigned sub = 2; sub <= 7; ++sub)
    add(kMajor | kBits11to15 | kSub16 | kBit19 | kBits21to26, k0C | (sub << 13), class0_op(sub));
  // class 1: r, 000, sub, df, sf, 01, 0000, t (formats 0/1 only)
  const uint32_t c1_mask = kMajor | kBits11to13 | kSub14 | kBit17 | kBit18 | kBit19 | kBit20 |
                           kBits21to26;
  add(c1_mask, k0C | kClass1 | kBit20, Op::FCNVFF);  // dbl -> sgl
  add(c1_mask, k0C | kClass1 | kBit18, Op::FCNVFF);  // sgl -> dbl
  for (unsigned sub : {1u, 2u, 3u, 5u, 6u, 7u})
    add(kMajor | kBits11to13 | kSub14 | kBit17 | kBit19 | kBits21to26, k0C | kClass1 | (sub << 15),
        class1_op(sub));
  // class 2: FTEST (r1 = r2 = 0, fmt 0, bit 26 set; y and c free), FCMP (bit 26 clear)
  add(kMajor | 0x03ff0000u | kBit19 | kBit20 | kBits21to26, k0C | kClass2 | kBit26, Op::FTEST);
  add(kMajor | kBit19 | kBits21to26, k0C | kClass2, Op::FCMP);
  // class 3: r1, r2, sub, fmt, 11, 0000, t
  for (unsigned sub = 0; sub <= 4; ++sub)
    add(kMajor | kSub16 | kBit19 | kBits21to26, k0C | kClass3 | (sub << 13), class3_op(sub));

  // ---- major 0x0E: single operands name halves (bits 24 r1, 19 r2, 25 t), fmt in bit 20 ----
  // class 0: single (halves free) and double (halves zero); bit 19 zero
  for (unsigned sub = 2; sub <= 7; ++sub) {
    add(kMajor | kBits11to15 | kSub16 | kBit19 | kBit20 | kBits21to23 | kBit26, k0E | (sub << 13),
        class0_op(sub));
    add(kMajor | kBits11to15 | kSub16 | kBit19 | kBit20 | kBits21to26, k0E | kBit20 | (sub << 13),
        class0_op(sub));
  }
  // class 1: r, 000, sub, 0 df 0 sf, 010, r-half, t-half, 0, t.  A double operand's half bit is zero.
  const uint32_t e1 = kMajor | kBits11to13 | kSub14 | kBit17 | kBit18 | kBit19 | kBit20 |
                      kBits21to23 | kBit26;
  auto add_e1 = [&](uint32_t sub_bits, Op op, bool sgl_sgl, bool sgl_dbl, bool dbl_sgl, bool dbl_dbl) {
    if (sgl_sgl) add(e1, k0E | kClass1 | sub_bits, op);
    if (sgl_dbl) add(e1 | kBit25, k0E | kClass1 | kBit18 | sub_bits, op);
    if (dbl_sgl) add(e1 | kBit24, k0E | kClass1 | kBit20 | sub_bits, op);
    if (dbl_dbl) add(e1 | kBit24 | kBit25, k0E | kClass1 | kBit18 | kBit20 | sub_bits, op);
  };
  add_e1(0, Op::FCNVFF, false, true, true, false);
  for (unsigned sub : {1u, 2u, 3u, 5u, 6u, 7u}) add_e1(sub << 15, class1_op(sub), true, true, true, true);
  // class 2: FCMP single (halves r1 bit 24, r2 bit 19; bits 25..26 zero) and double
  add(kMajor | kBit20 | kBits21to23 | kBit25 | kBit26, k0E | kClass2, Op::FCMP);
  add(kMajor | kBit19 | kBit20 | kBits21to26, k0E | kClass2 | kBit20, Op::FCMP);
  // class 3: XMPYU (sub 2, bit 23 set: 32x32 -> 64 unsigned; t is a double register)
  add(kMajor | kSub16 | kBit20 | kBits21to23 | kBit25 | kBit26, k0E | kClass3 | kBit23 | (2u << 13),
      Op::XMPYU);
  for (unsigned sub = 0; sub <= 4; ++sub) {
    add(kMajor | kSub16 | kBit20 | kBits21to23 | kBit26, k0E | kClass3 | (sub << 13), class3_op(sub));
    add(kMajor | kSub16 | kBit19 | kBit20 | kBits21to26, k0E | kClass3 | kBit20 | (sub << 13),
        class3_op(sub));
  }

  // ---- majors 0x06 / 0x26: FMPYADD / FMPYSUB (every bit is a field) ----
  add(kMajor, 0x18000000u, Op::FMPYADD);
  add(kMajor, 0x98000000u, Op::FMPYSUB);

  if (n != kRowCount) throw "fp decode table: row count mismatch";  // compile-time check
  return t;
}

constexpr auto kFpPatterns = build_table();

}  // namespace

std::span<const InsnPattern> fp_patterns() { return kFpPatterns; }

}  // namespace pa
