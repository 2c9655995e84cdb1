// Decode table for the integer, branch and system instructions of PA-RISC 1.1.
//
// Masks and match values are facts of the encoding (PA-RISC 1.1 manual,
// appendix C; cross-checked against the opcode tables of GNU binutils).
// Rows are tried in order within a major opcode, so a more specific row
// must come before a more general one.
#include "pa_risc/insn_table.h"

namespace pa {
namespace {

using F = Format;

constexpr InsnPattern kIntegerPatterns[] = {
    // ---- major 0x00: system control -------------------------------------
    {0xfc001fe0, 0x00000000, Op::BREAK, F::Break},
    {0xffffffff, 0x00000400, Op::SYNC, F::None},
    {0xffffffff, 0x00100400, Op::SYNCDMA, F::None},
    {0xffffffff, 0x00000c00, Op::RFI, F::None},
    {0xffffffff, 0x00000ca0, Op::RFIR, F::None},
    {0xffe0ffe0, 0x00000d60, Op::SSM, F::SysMask},
    {0xffe0ffe0, 0x00000e60, Op::RSM, F::SysMask},
    {0xffe0ffff, 0x00001860, Op::MTSM, F::SysMask},
    {0xfc1f3fe0, 0x000010a0, Op::LDSID, F::Ldsid},
    {0xffe01fff, 0x00001820, Op::MTSP, F::SpaceReg},
    {0xfc00ffff, 0x00001840, Op::MTCTL, F::ControlReg},
    {0xffff1fe0, 0x000004a0, Op::MFSP, F::SpaceReg},
    {0xfc1fffe0, 0x000008a0, Op::MFCTL, F::ControlReg},

    // ---- major 0x01: memory management ------------------------------------
    {0xfc003fe0, 0x04001180, Op::PROBER, F::MemMgmt},
    {0xfc003fe0, 0x04003180, Op::PROBERI, F::MemMgmt},
    {0xfc003fe0, 0x040011c0, Op::PROBEW, F::MemMgmt},
    {0xfc003fe0, 0x040031c0, Op::PROBEWI, F::MemMgmt},
    {0xfc003fc0, 0x04001340, Op::LPA, F::MemMgmt},
    {0xfc003fe0, 0x04001300, Op::LCI, F::MemMgmt},
    {0xfc003fdf, 0x04001200, Op::PDTLB, F::MemMgmt},
    {0xfc001fdf, 0x04000200, Op::PITLB, F::MemMgmt},
    {0xfc003fdf, 0x04001240, Op::PDTLBE, F::MemMgmt},
    {0xfc001fdf, 0x04000240, Op::PITLBE, F::MemMgmt},
    {0xfc003fff, 0x04001040, Op::IDTLBA, F::MemMgmt},
    {0xfc001fff, 0x04000040, Op::IITLBA, F::MemMgmt},
    {0xfc003fff, 0x04001000, Op::IDTLBP, F::MemMgmt},
    {0xfc001fff, 0x04000000, Op::IITLBP, F::MemMgmt},
    {0xfc003fdf, 0x04001380, Op::PDC, F::MemMgmt},
    {0xfc003fdf, 0x04001280, Op::FDC, F::MemMgmt},
    {0xfc001fdf, 0x04000280, Op::FIC, F::MemMgmt},
    {0xfc003fdf, 0x040012c0, Op::FDCE, F::MemMgmt},
    {0xfc001fdf, 0x040002c0, Op::FICE, F::MemMgmt},

    // ---- major 0x02: arithmetic / logical ---------------------------------
    {0xfc000fe0, 0x08000000, Op::ANDCM, F::Arith3R},
    {0xfc000fe0, 0x08000200, Op::AND, F::Arith3R},
    {0xfc000fe0, 0x08000240, Op::OR, F::Arith3R},
    {0xfc000fe0, 0x08000280, Op::XOR, F::Arith3R},
    {0xfc000fe0, 0x08000380, Op::UXOR, F::Arith3R},
    {0xfc000fe0, 0x08000880, Op::COMCLR, F::Arith3R},
    {0xfc000fe0, 0x08000980, Op::UADDCM, F::Arith3R},
    {0xfc000fe0, 0x080009c0, Op::UADDCMT, F::Arith3R},
    {0xfc1f0fe0, 0x08000b80, Op::DCOR, F::Dcor},
    {0xfc1f0fe0, 0x08000bc0, Op::IDCOR, F::Dcor},
    {0xfc000fe0, 0x08000600, Op::ADD, F::Arith3R},
    {0xfc000fe0, 0x08000a00, Op::ADDL, F::Arith3R},
    {0xfc000fe0, 0x08000e00, Op::ADDO, F::Arith3R},
    {0xfc000fe0, 0x08000700, Op::ADDC, F::Arith3R},
    {0xfc000fe0, 0x08000f00, Op::ADDCO, F::Arith3R},
    {0xfc000fe0, 0x08000640, Op::SH1ADD, F::Arith3R},
    {0xfc000fe0, 0x08000a40, Op::SH1ADDL, F::Arith3R},
    {0xfc000fe0, 0x08000e40, Op::SH1ADDO, F::Arith3R},
    {0xfc000fe0, 0x08000680, Op::SH2ADD, F::Arith3R},
    {0xfc000fe0, 0x08000a80, Op::SH2ADDL, F::Arith3R},
    {0xfc000fe0, 0x08000e80, Op::SH2ADDO, F::Arith3R},
    {0xfc000fe0, 0x080006c0, Op::SH3ADD, F::Arith3R},
    {0xfc000fe0, 0x08000ac0, Op::SH3ADDL, F::Arith3R},
    {0xfc000fe0, 0x08000ec0, Op::SH3ADDO, F::Arith3R},
    {0xfc000fe0, 0x08000400, Op::SUB, F::Arith3R},
    {0xfc000fe0, 0x08000c00, Op::SUBO, F::Arith3R},
    {0xfc000fe0, 0x08000500, Op::SUBB, F::Arith3R},
    {0xfc000fe0, 0x08000d00, Op::SUBBO, F::Arith3R},
    {0xfc000fe0, 0x080004c0, Op::SUBT, F::Arith3R},
    {0xfc000fe0, 0x08000cc0, Op::SUBTO, F::Arith3R},
    {0xfc000fe0, 0x08000440, Op::DS, F::Arith3R},

    // ---- major 0x03: indexed and short-displacement loads/stores ----------
    // Bits 20..21 are the cache-control hint (ignored by the 730's memory system).
    {0xfc0013c0, 0x0c000000, Op::LDBX, F::Indexed},
    {0xfc0013c0, 0x0c000040, Op::LDHX, F::Indexed},
    {0xfc0013c0, 0x0c000080, Op::LDWX, F::Indexed},
    {0xfc0013c0, 0x0c000180, Op::LDWAX, F::Indexed},
    {0xfc0013c0, 0x0c0001c0, Op::LDCWX, F::Indexed},
    {0xfc0013c0, 0x0c001000, Op::LDBS, F::ShortLoad},
    {0xfc0013c0, 0x0c001040, Op::LDHS, F::ShortLoad},
    {0xfc0013c0, 0x0c001080, Op::LDWS, F::ShortLoad},
    {0xfc0013c0, 0x0c001180, Op::LDWAS, F::ShortLoad},
    {0xfc0013c0, 0x0c0011c0, Op::LDCWS, F::ShortLoad},
    {0xfc0013c0, 0x0c001200, Op::STBS, F::ShortStore},
    {0xfc0013c0, 0x0c001240, Op::STHS, F::ShortStore},
    {0xfc0013c0, 0x0c001280, Op::STWS, F::ShortStore},
    {0xfc0013c0, 0x0c001300, Op::STBYS, F::ShortStore},
    {0xfc0013c0, 0x0c001380, Op::STWAS, F::ShortStore},

    // ---- major 0x04: special function unit (none on the 730) --------------
    {0xfc000000, 0x10000000, Op::SPOP, F::None},
    // ---- major 0x05: DIAG (implementation dependent) ----------------------
    // Immediates below 0x100 are stage markers (stages.h).
    {0xffffff00, 0x14000000, Op::MARKER_DIAG, F::Diag},
    {0xfc000000, 0x14000000, Op::DIAG, F::Diag},

    // ---- majors 0x09/0x0B: FP coprocessor loads and stores (word, doubleword)
    {0xfc000380, 0x24000000, Op::FLDW, F::FpLoadStore},
    {0xfc000380, 0x24000200, Op::FSTW, F::FpLoadStore},
    {0xfc0003c0, 0x2c000000, Op::FLDD, F::FpLoadStore},
    {0xfc0003c0, 0x2c000200, Op::FSTD, F::FpLoadStore},

    // ---- long immediates and 14-bit displacement memory ------------------
    {0xfc000000, 0x20000000, Op::LDIL, F::LongImm21},
    {0xfc000000, 0x28000000, Op::ADDIL, F::LongImm21},
    // ldo ID(%r0),%r0 (b = t = 0, s = 0, 0 <= ID < 0x100): the user-mode
    // stage marker (USER_MARKER_WORD in stages.h), a no-op no compiler emits.
    {0xfffffe01, 0x34000000, Op::MARKER_LDO, F::Ldo},
    {0xfc000000, 0x34000000, Op::LDO, F::Ldo},
    {0xfc000000, 0x40000000, Op::LDB, F::Disp14},
    {0xfc000000, 0x44000000, Op::LDH, F::Disp14},
    {0xfc000000, 0x48000000, Op::LDW, F::Disp14},
    {0xfc000000, 0x4c000000, Op::LDWM, F::Disp14},
    {0xfc000000, 0x60000000, Op::STB, F::Disp14},
    {0xfc000000, 0x64000000, Op::STH, F::Disp14},
    {0xfc000000, 0x68000000, Op::STW, F::Disp14},
    {0xfc000000, 0x6c000000, Op::STWM, F::Disp14},

    // ---- compare/add and branch, compare and clear, immediates -----------
    {0xfc000000, 0x80000000, Op::COMBT, F::CompareBranch},
    {0xfc000000, 0x84000000, Op::COMIBT, F::CompareBranch},
    {0xfc000000, 0x88000000, Op::COMBF, F::CompareBranch},
    {0xfc000000, 0x8c000000, Op::COMIBF, F::CompareBranch},
    {0xfc000800, 0x90000000, Op::COMICLR, F::ArithImm11},
    {0xfc000800, 0x94000000, Op::SUBI, F::ArithImm11},
    {0xfc000800, 0x94000800, Op::SUBIO, F::ArithImm11},
    {0xfc000000, 0xa0000000, Op::ADDBT, F::CompareBranch},
    {0xfc000000, 0xa4000000, Op::ADDIBT, F::CompareBranch},
    {0xfc000000, 0xa8000000, Op::ADDBF, F::CompareBranch},
    {0xfc000000, 0xac000000, Op::ADDIBF, F::CompareBranch},
    {0xfc000800, 0xb0000000, Op::ADDIT, F::ArithImm11},
    {0xfc000800, 0xb0000800, Op::ADDITO, F::ArithImm11},
    {0xfc000800, 0xb4000000, Op::ADDI, F::ArithImm11},
    {0xfc000800, 0xb4000800, Op::ADDIO, F::ArithImm11},

    // ---- branch on bit, move and branch -----------------------------------
    {0xffe06000, 0xc0004000, Op::BVB, F::BranchOnBit},
    {0xfc006000, 0xc4004000, Op::BB, F::BranchOnBit},
    {0xfc000000, 0xc8000000, Op::MOVB, F::CompareBranch},
    {0xfc000000, 0xcc000000, Op::MOVIB, F::CompareBranch},

    // ---- major 0x34: shift double and extract -----------------------------
    {0xfc001fe0, 0xd0000000, Op::VSHD, F::Shd},
    {0xfc001c00, 0xd0000800, Op::SHD, F::Shd},
    {0xfc001fe0, 0xd0001000, Op::VEXTRU, F::Extract},
    {0xfc001fe0, 0xd0001400, Op::VEXTRS, F::Extract},
    {0xfc001c00, 0xd0001800, Op::EXTRU, F::Extract},
    {0xfc001c00, 0xd0001c00, Op::EXTRS, F::Extract},
    // ---- major 0x35: deposit ----------------------------------------------
    {0xfc001fe0, 0xd4000000, Op::ZVDEP, F::Deposit},
    {0xfc001fe0, 0xd4000400, Op::VDEP, F::Deposit},
    {0xfc001c00, 0xd4000800, Op::ZDEP, F::Deposit},
    {0xfc001c00, 0xd4000c00, Op::DEP, F::Deposit},
    {0xfc001fe0, 0xd4001000, Op::ZVDEPI, F::Deposit},
    {0xfc001fe0, 0xd4001400, Op::VDEPI, F::Deposit},
    {0xfc001c00, 0xd4001800, Op::ZDEPI, F::Deposit},
    {0xfc001c00, 0xd4001c00, Op::DEPI, F::Deposit},

    // ---- branches ----------------------------------------------------------
    {0xfc000000, 0xe0000000, Op::BE, F::BranchExternal},
    {0xfc000000, 0xe4000000, Op::BLE, F::BranchExternal},
    {0xfc00e000, 0xe8000000, Op::BL, F::BranchExt},
    {0xfc00e000, 0xe8002000, Op::GATE, F::BranchExt},
    {0xfc00e001, 0xe8004000, Op::BLR, F::BranchReg},
    {0xfc00fffd, 0xe800c000, Op::BV, F::BranchReg},
};

}  // namespace

std::span<const InsnPattern> integer_patterns() { return kIntegerPatterns; }

}  // namespace pa
