// Field extraction for the floating-point operation formats.
//
// Bit positions below use the manual's numbering (bit 0 = MSB).  Encodings
// are facts of the PA-RISC 1.1 manual (chapter 6 and appendix C), checked
// against the binutils opcode table and QEMU's hppa decoder.
//
// Majors 0x0C and 0x0E (class = bits 21..22):
//   a    = r1, bits 6..10          b = r2, bits 11..15      t = bits 27..31
//   sub  = class 0 and 3: sub-op, bits 16..18
//          class 1: sub-op, bits 14..16 (0 FF, 1 XF, 2 FX, 3 FXT, 5..7 unsigned XF/FX/FXT)
//          class 2: y (compare-bit selector, PA 2.0; 0 on 1.1), bits 16..18
//   cond = class 2: c, bits 27..31 (FCMP condition / FTEST test)
//   flags (fpf:: in fpu_status.h):
//     kSrcDbl: 0x0C: fmt bits 19..20 == 1 (dbl); 0x0E: bit 20
//     kDstDbl: class 1: 0x0C bits 17..18 == 1; 0x0E bit 18.  Others: = kSrcDbl
//     kR1Right/kR2Right/kTRight: 0x0E only: bits 24 / 19 / 25 (halves of single operands);
//       0x0C singles are always left halves.  XMPYU's target is a double register.
//     kUnsigned: class 1 sub-op 5..7
//   Quad (fmt 3) and fmt 2 are never decoded (the table rejects them).
// Majors 0x06 (FMPYADD) and 0x26 (FMPYSUB):
//   rm1 bits 6..10, rm2 11..15, ta 16..20, ra 21..25, f bit 26 (1 = single, 0 = double), tm 27..31
//   a = rm1, b = rm2, t = tm, imm = ta | ra << 8 (see fpf::mpyadd_* for the exact packing).
//   Single precision: each 5-bit field names register 16 + (field & 15), right half if field & 16.
#include "pa_risc/fp_decode.h"

#include "pa_risc/bits.h"
#include "pa_risc/fpu_status.h"

namespace pa {

namespace {

struct SingleReg {
  uint8_t reg;
  bool right;
};

// The FMPYADD/FMPYSUB single-precision register encoding: fr16..fr31, left or right.
constexpr SingleReg mpyadd_single(uint32_t field5) {
  return {static_cast<uint8_t>(16 + (field5 & 15u)), (field5 & 16u) != 0};
}

void extract_mpyadd(uint32_t w, DecodedInsn& d) {
  const bool single = field(w, 26, 1);
  const uint32_t rm1 = field(w, 6, 5), rm2 = field(w, 11, 5), ta = field(w, 16, 5),
                 ra = field(w, 21, 5), tm = field(w, 27, 5);
  if (!single) {
    d.a_ = static_cast<uint8_t>(rm1);
    d.b_ = static_cast<uint8_t>(rm2);
    d.t_ = static_cast<uint8_t>(tm);
    d.imm_ = static_cast<int32_t>(ta | (ra << 8));
    d.flags_ = fpf::kSrcDbl | fpf::kDstDbl;
    return;
  }
  const SingleReg m1 = mpyadd_single(rm1), m2 = mpyadd_single(rm2), tms = mpyadd_single(tm),
                  tas = mpyadd_single(ta), ras = mpyadd_single(ra);
  d.a_ = m1.reg;
  d.b_ = m2.reg;
  d.t_ = tms.reg;
  d.flags_ = static_cast<uint8_t>((m1.right ? fpf::kR1Right : 0) | (m2.right ? fpf::kR2Right : 0) |
                                 (tms.right ? fpf::kTRight : 0));
  d.imm_ = static_cast<int32_t>(tas.reg | (tas.right ? 1u << 5 : 0u) | (static_cast<uint32_t>(ras.reg) << 8) |
                               (ras.right ? 1u << 13 : 0u));
}

}  // namespace

void fp_extract(uint32_t w, DecodedInsn& d) {
  d.word = w;
  const uint32_t major = w >> 26;
  if (major == 0x06 || major == 0x26) {
    extract_mpyadd(w, d);
    return;
  }
  d.a_ = static_cast<uint8_t>(field(w, 6, 5));
  d.b_ = static_cast<uint8_t>(field(w, 11, 5));
  d.t_ = static_cast<uint8_t>(field(w, 27, 5));
  const uint32_t cls = field(w, 21, 2);
  const bool e_form = major == 0x0E;
  uint8_t flags = 0;
  // 0x0C: fmt is bits 19..20 and the table only accepts 0 or 1, so bit 20
  // decides; 0x0E: fmt is bit 20 alone.
  const bool src_dbl = field(w, 20, 1);
  bool dst_dbl = src_dbl;
  switch (cls) {
    case 0:
    case 3:
      d.sub_ = static_cast<uint8_t>(field(w, 16, 3));
      break;
    case 1:
      d.sub_ = static_cast<uint8_t>(field(w, 14, 3));
      dst_dbl = field(w, 18, 1);
      if (d.sub_ >= 5) flags |= fpf::kUnsigned;
      break;
    case 2:
      d.sub_ = static_cast<uint8_t>(field(w, 16, 3));
      d.cond_ = static_cast<uint8_t>(field(w, 27, 5));
      break;
  }
  if (src_dbl) flags |= fpf::kSrcDbl;
  if (dst_dbl) flags |= fpf::kDstDbl;
  if (e_form) {
    if (field(w, 24, 1)) flags |= fpf::kR1Right;
    if (field(w, 19, 1)) flags |= fpf::kR2Right;
    if (field(w, 25, 1)) flags |= fpf::kTRight;
  }
  d.flags_ = flags;
}

}  // namespace pa
