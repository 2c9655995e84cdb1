#include "pa_risc/formats.h"

#include "pa_risc/bits.h"

namespace pa {

namespace {
uint8_t nullify_flag(uint32_t w) { return field(w, 30, 1) ? insn_flag::kNullify : 0; }

// Short-displacement modification, from the a bit (18) and m bit (26):
// m=0 none, m=1 a=0 modify after, m=1 a=1 modify before.
uint8_t short_modify(uint32_t w) {
  if (!field(w, 26, 1)) return 0;
  return field(w, 18, 1) ? (insn_flag::kModify | insn_flag::kModifyBefore) : insn_flag::kModify;
}
}  // namespace

void extract(Format f, uint32_t w, DecodedInsn& d) {
  d.word = w;
  switch (f) {
    case Format::None:
    case Format::Fp:  // filled by the FP table's own extractor
      break;
    case Format::Arith3R:
      d.b_ = field(w, 6, 5);
      d.a_ = field(w, 11, 5);
      d.cond_ = static_cast<uint8_t>(field(w, 16, 3) | (field(w, 19, 1) << 3));
      d.t_ = field(w, 27, 5);
      break;
    case Format::Dcor:
      d.a_ = field(w, 6, 5);  // r
      d.cond_ = static_cast<uint8_t>(field(w, 16, 3) | (field(w, 19, 1) << 3));
      d.t_ = field(w, 27, 5);
      break;
    case Format::ArithImm11:
      d.a_ = field(w, 6, 5);  // r
      d.t_ = field(w, 11, 5);
      d.cond_ = static_cast<uint8_t>(field(w, 16, 3) | (field(w, 19, 1) << 3));
      d.imm_ = low_sign_ext(field(w, 21, 11), 11);
      break;
    case Format::LongImm21:
      d.t_ = d.a_ = field(w, 6, 5);  // LDIL's t, ADDIL's r
      d.imm_ = static_cast<int32_t>(assemble_21(field(w, 11, 21)));
      break;
    case Format::Ldo:
      d.b_ = field(w, 6, 5);
      d.t_ = field(w, 11, 5);
      d.imm_ = low_sign_ext(field(w, 18, 14), 14);
      break;
    case Format::Disp14:
      d.b_ = field(w, 6, 5);
      d.t_ = d.a_ = field(w, 11, 5);  // a load's t, a store's r
      d.sub_ = field(w, 16, 2);
      d.imm_ = low_sign_ext(field(w, 18, 14), 14);
      break;
    case Format::Indexed:
      d.b_ = field(w, 6, 5);
      d.a_ = field(w, 11, 5);
      d.sub_ = field(w, 16, 2);
      d.flags_ = static_cast<uint8_t>((field(w, 18, 1) ? insn_flag::kScale : 0) |
                                     (field(w, 26, 1) ? insn_flag::kModify : 0));
      d.t_ = field(w, 27, 5);
      break;
    case Format::ShortLoad:
      d.b_ = field(w, 6, 5);
      d.imm_ = low_sign_ext(field(w, 11, 5), 5);
      d.sub_ = field(w, 16, 2);
      d.flags_ = short_modify(w);
      d.t_ = field(w, 27, 5);
      break;
    case Format::ShortStore:
      d.b_ = field(w, 6, 5);
      d.t_ = d.a_ = field(w, 11, 5);  // r
      d.sub_ = field(w, 16, 2);
      d.flags_ = static_cast<uint8_t>(short_modify(w) | (field(w, 18, 1) ? insn_flag::kEnd : 0));  // STBYS ",e"
      d.imm_ = low_sign_ext(field(w, 27, 5), 5);
      break;
    case Format::BranchExt:
      d.t_ = field(w, 6, 5);
      d.imm_ = assemble_17(field(w, 11, 5), field(w, 19, 11), field(w, 31, 1)) * 4;
      d.flags_ = nullify_flag(w);
      break;
    case Format::BranchReg:
      d.b_ = d.t_ = field(w, 6, 5);  // BV's b, BLR's t
      d.a_ = field(w, 11, 5);
      d.flags_ = nullify_flag(w);
      break;
    case Format::BranchExternal:
      d.b_ = field(w, 6, 5);
      d.sub_ = static_cast<uint8_t>(assemble_3(field(w, 16, 3)));
      d.imm_ = assemble_17(field(w, 11, 5), field(w, 19, 11), field(w, 31, 1)) * 4;
      d.flags_ = nullify_flag(w);
      break;
    case Format::CompareBranch:
      d.b_ = field(w, 6, 5);
      d.a_ = field(w, 11, 5);
      d.cond_ = field(w, 16, 3);
      d.imm_ = assemble_12(field(w, 19, 11), field(w, 31, 1)) * 4;
      d.flags_ = nullify_flag(w);
      break;
    case Format::BranchOnBit:
      d.sub_ = field(w, 6, 5);  // p
      d.a_ = field(w, 11, 5);
      d.cond_ = field(w, 16, 1);
      d.imm_ = assemble_12(field(w, 19, 11), field(w, 31, 1)) * 4;
      d.flags_ = nullify_flag(w);
      break;
    case Format::Shd:
      d.b_ = field(w, 6, 5);
      d.a_ = field(w, 11, 5);
      d.cond_ = field(w, 16, 3);
      d.sub_ = field(w, 22, 5);
      d.t_ = field(w, 27, 5);
      break;
    case Format::Extract:
      d.a_ = field(w, 6, 5);  // r
      d.t_ = field(w, 11, 5);
      d.cond_ = field(w, 16, 3);
      d.sub_ = field(w, 22, 5);
      d.flags_ = static_cast<uint8_t>(32 - field(w, 27, 5));
      break;
    case Format::Deposit:
      d.t_ = field(w, 6, 5);
      d.a_ = field(w, 11, 5);
      d.cond_ = field(w, 16, 3);
      d.sub_ = field(w, 22, 5);
      d.flags_ = static_cast<uint8_t>(32 - field(w, 27, 5));
      break;
    case Format::Break:
      d.imm_ = static_cast<int32_t>((field(w, 6, 13) << 5) | field(w, 27, 5));
      break;
    case Format::SysMask:
      d.a_ = field(w, 11, 5);
      d.imm_ = static_cast<int32_t>(field(w, 11, 5));
      d.t_ = field(w, 27, 5);
      break;
    case Format::SpaceReg:
      d.a_ = field(w, 11, 5);
      d.sub_ = static_cast<uint8_t>(assemble_3(field(w, 16, 3)));
      d.t_ = field(w, 27, 5);
      break;
    case Format::ControlReg:
      d.b_ = field(w, 6, 5);
      d.a_ = field(w, 11, 5);
      d.t_ = field(w, 27, 5);
      break;
    case Format::Ldsid:
      d.b_ = field(w, 6, 5);
      d.sub_ = field(w, 16, 2);
      d.t_ = field(w, 27, 5);
      break;
    case Format::MemMgmt:
      d.b_ = field(w, 6, 5);
      d.a_ = field(w, 11, 5);
      // Instruction-side operations name a full 3-bit space register.
      d.sub_ = field(w, 19, 1) ? static_cast<uint8_t>(field(w, 16, 2))
                              : static_cast<uint8_t>(assemble_3(field(w, 16, 3)));
      d.flags_ = field(w, 26, 1) ? insn_flag::kModify : 0;
      d.t_ = field(w, 27, 5);
      break;
    case Format::Diag:
      d.imm_ = static_cast<int32_t>(field(w, 6, 26));
      break;
    case Format::FpLoadStore:
      d.b_ = field(w, 6, 5);
      d.a_ = field(w, 11, 5);
      d.sub_ = field(w, 16, 2);
      d.imm_ = low_sign_ext(field(w, 11, 5), 5);
      if (field(w, 19, 1)) {
        d.flags_ = short_modify(w);
      } else {
        d.flags_ = static_cast<uint8_t>((field(w, 18, 1) ? insn_flag::kScale : 0) |
                                       (field(w, 26, 1) ? insn_flag::kModify : 0));
      }
      if (field(w, 25, 1) && field(w, 0, 6) == 0x09) d.flags_ |= insn_flag::kRightHalf;
      d.t_ = field(w, 27, 5);
      break;
  }
}

}  // namespace pa
