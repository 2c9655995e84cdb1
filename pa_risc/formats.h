// Instruction formats: which bits of the word land in which DecodedInsn field
// (the storage a_ b_ t_ cond_ sub_ flags_ imm_, written a b t cond sub flags
// imm below; the semantics read them through DecodedInsn's accessors).
//
// Names follow the format groups of the PA-RISC 1.1 manual (appendix C).
// Each decode-table entry names one format; extract() is the only code that
// knows bit positions.
#pragma once
#include <cstdint>

#include "pa_risc/decoded_insn.h"

namespace pa {

enum class Format : uint8_t {
  None,          // no fields (SYNC, RFI, ...)
  Arith3R,       // r2=b(6..10) r1=a(11..15) c,f(16..19) t(27..31)
  Dcor,          // DCOR/IDCOR: a=r(6..10) c,f(16..19) t(27..31)
  ArithImm11,    // r=a(6..10) t(11..15) c,f(16..19) imm=lse(im11 21..31)
  LongImm21,     // t=a(6..10: LDIL's t, ADDIL's r) imm=assemble_21
  Ldo,           // b(6..10) t(11..15) imm=lse(im14)
  Disp14,        // b(6..10) t=a(11..15: a load's t, a store's r) sub=s(16..17) imm=lse(im14)
  Indexed,       // b(6..10) a=x(11..15) sub=s flags: scale(u bit 18), modify(m bit 26) t(27..31)
  ShortLoad,     // b(6..10) imm=lse(im5 11..15) sub=s flags: a/m modify t(27..31)
  ShortStore,    // b(6..10) t=a=r(11..15) imm=lse(im5 27..31) sub=s flags: a/m modify, end (STBYS ,e: a)
  BranchExt,     // BL/GATE: t=link(6..10) imm=assemble_17*4 flags: n
  BranchReg,     // BLR/BV: b=t(6..10) a=x(11..15) flags: n
  BranchExternal,// BE/BLE: b(6..10) sub=assemble_3(16..18) imm=assemble_17*4 flags: n
  CompareBranch, // b=r2(6..10) a=r1 or im5(11..15) cond=c(16..18) imm=assemble_12*4 flags: n
  BranchOnBit,   // BB/BVB: sub=p(6..10) a=r(11..15) cond=c(16) imm=assemble_12*4 flags: n
  Shd,           // b=r2(6..10) a=r1(11..15) cond=c sub=cp(22..26) t(27..31)
  Extract,       // a=r(6..10) t(11..15) cond=c sub=p(22..26) flags=len
  Deposit,       // t(6..10) a=r or im5(11..15) cond=c sub=cp(22..26) flags=len
  Break,         // imm = im13(6..18) << 5 | im5(27..31)
  SysMask,       // a=i (SSM/RSM: the mask; also in imm) or r (MTSM) (11..15) t(27..31)
  SpaceReg,      // MTSP/MFSP: a=r(11..15) sub=assemble_3(16..18) t(27..31)
  ControlReg,    // MTCTL/MFCTL: b=cr(6..10) a=r(11..15) t(27..31)
  Ldsid,         // b(6..10) sub=s(16..17) t(27..31)
  MemMgmt,       // b(6..10) a=x/r/im(11..15) sub=s(16..17) or sr(16..18) flags: modify t(27..31)
  Diag,          // imm = bits 6..31
  FpLoadStore,   // b(6..10) a=x/im5 sub=s flags: scale/modify/right-half t(27..31) imm=lse(im5)
  Fp,            // floating-point operations: fields filled by fp_extract()
};

void extract(Format f, uint32_t w, DecodedInsn& d);

}  // namespace pa
