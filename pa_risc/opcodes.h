// Every operation the decoder can produce, with its statistics class.
//
// One X-macro list keeps the enum, the printable name and the class in a
// single place; the decode tables (insn_table.cpp, insn_table_fp.cpp) map
// instruction words to these operations and the core's run loop (core.cpp)
// implements them.
#pragma once
#include <cstdint>

namespace pa {

enum class InsnClass : uint8_t { Load, Store, Branch, Fp, System, Other };

// X(enum name, class)
#define PA_OPCODES(X)                                                             \
  X(Undecoded, Other) /* a DecodedInsn not filled by decode() */                  \
  X(Illegal, Other)                                                               \
  /* major 0x02: arithmetic and logical, three registers */                       \
  X(ANDCM, Other) X(AND, Other) X(OR, Other) X(XOR, Other) X(UXOR, Other)         \
  X(COMCLR, Other) X(UADDCM, Other) X(UADDCMT, Other) X(DCOR, Other)              \
  X(IDCOR, Other) X(ADD, Other) X(ADDL, Other) X(ADDO, Other) X(ADDC, Other)      \
  X(ADDCO, Other) X(SH1ADD, Other) X(SH1ADDL, Other) X(SH1ADDO, Other)            \
  X(SH2ADD, Other) X(SH2ADDL, Other) X(SH2ADDO, Other) X(SH3ADD, Other)           \
  X(SH3ADDL, Other) X(SH3ADDO, Other) X(SUB, Other) X(SUBO, Other)                \
  X(SUBB, Other) X(SUBBO, Other) X(SUBT, Other) X(SUBTO, Other) X(DS, Other)      \
  /* arithmetic with 11-bit immediate */                                          \
  X(ADDI, Other) X(ADDIO, Other) X(ADDIT, Other) X(ADDITO, Other)                 \
  X(SUBI, Other) X(SUBIO, Other) X(COMICLR, Other)                                \
  /* long immediates */                                                           \
  X(LDIL, Other) X(ADDIL, Other) X(LDO, Other)                                    \
  /* loads and stores, 14-bit displacement */                                     \
  X(LDB, Load) X(LDH, Load) X(LDW, Load) X(LDWM, Load)                            \
  X(STB, Store) X(STH, Store) X(STW, Store) X(STWM, Store)                        \
  /* major 0x03: indexed and short-displacement */                                \
  X(LDBX, Load) X(LDHX, Load) X(LDWX, Load) X(LDWAX, Load) X(LDCWX, Load)         \
  X(LDBS, Load) X(LDHS, Load) X(LDWS, Load) X(LDWAS, Load) X(LDCWS, Load)         \
  X(STBS, Store) X(STHS, Store) X(STWS, Store) X(STBYS, Store) X(STWAS, Store)    \
  /* branches */                                                                  \
  X(BL, Branch) X(GATE, Branch) X(BLR, Branch) X(BV, Branch)                      \
  X(BE, Branch) X(BLE, Branch)                                                    \
  X(COMBT, Branch) X(COMBF, Branch) X(COMIBT, Branch) X(COMIBF, Branch)           \
  X(ADDBT, Branch) X(ADDBF, Branch) X(ADDIBT, Branch) X(ADDIBF, Branch)           \
  X(MOVB, Branch) X(MOVIB, Branch) X(BVB, Branch) X(BB, Branch)                   \
  /* shift, extract, deposit */                                                   \
  X(VSHD, Other) X(SHD, Other) X(VEXTRU, Other) X(VEXTRS, Other)                  \
  X(EXTRU, Other) X(EXTRS, Other) X(ZVDEP, Other) X(VDEP, Other) X(ZDEP, Other)   \
  X(DEP, Other) X(ZVDEPI, Other) X(VDEPI, Other) X(ZDEPI, Other) X(DEPI, Other)   \
  /* system control (major 0x00) */                                               \
  X(BREAK, System) X(SYNC, System) X(SYNCDMA, System) X(RFI, System)              \
  X(RFIR, System) X(SSM, System) X(RSM, System) X(MTSM, System)                  \
  X(LDSID, System) X(MTSP, System) X(MFSP, System) X(MTCTL, System)              \
  X(MFCTL, System) X(DIAG, System)                                                \
  /* stage markers (kernel_model/include/pa730/stages.h): recognised at      \
     predecode, executed at no cost -- no instruction, no cycle */             \
  X(MARKER_DIAG, System) /* diag ID, ID < 0x100: privileged */                  \
  X(MARKER_LDO, System)  /* ldo ID(%r0),%r0: any privilege */                  \
  /* memory management (major 0x01) */                                            \
  X(IITLBA, System) X(IITLBP, System) X(PITLB, System) X(PITLBE, System)          \
  X(IDTLBA, System) X(IDTLBP, System) X(PDTLB, System) X(PDTLBE, System)          \
  X(FIC, System) X(FICE, System) X(FDC, System) X(FDCE, System) X(PDC, System)    \
  X(PROBER, System) X(PROBEW, System) X(PROBERI, System) X(PROBEWI, System)       \
  X(LPA, System) X(LCI, System)                                                   \
  /* special function unit / coprocessor ops with no unit present */              \
  X(SPOP, System) X(COPR, System)                                                 \
  /* floating-point coprocessor (fpu.h; loads and stores in the core) */         \
  X(FLDW, Load) X(FLDD, Load) X(FSTW, Store) X(FSTD, Store)                       \
  X(FCPY, Fp) X(FABS, Fp) X(FSQRT, Fp) X(FRND, Fp)                                \
  X(FCNVFF, Fp) X(FCNVXF, Fp) X(FCNVFX, Fp) X(FCNVFXT, Fp)                        \
  X(FADD, Fp) X(FSUB, Fp) X(FMPY, Fp) X(FDIV, Fp) X(FREM, Fp)                     \
  X(FCMP, Fp) X(FTEST, Fp) X(XMPYU, Fp) X(FMPYADD, Fp) X(FMPYSUB, Fp) X(FID, Fp)

enum class Op : uint16_t {
#define PA_X(name, cls) name,
  PA_OPCODES(PA_X)
#undef PA_X
      Count
};

const char* op_name(Op op);
InsnClass op_class(Op op);

}  // namespace pa
