// Disassembler reproducing GNU objdump's text for PA-RISC words.
//
// objdump picks, for each word, the first matching row of its opcode table
// (PA-RISC 1.0, 1.1, 2.0 and 2.0-wide rows mixed, since a 64-bit-host build
// accepts them all) and prints that row's operand syntax.  This file
// reproduces the resulting text per major opcode.  Where our own decoder
// (pa::decode) classifies a word into a PA-RISC 1.1 operation whose encoding
// objdump shows in one fixed way, the operation picks the mnemonic family;
// the encodings our decoder rejects (PA-RISC 2.0 forms, undefined
// sub-opcodes that objdump still names) are recognised from the raw bits.
// Floating-point words are always printed from the raw bits.
//
// Quirks of objdump that are reproduced on purpose (they are what it
// prints, and the tests compare against it):
//  * a missing completer name prints as "(null)" (e.g. logical condition 4);
//  * "ftest" with a PA 2.0 condition prints a space before the comma;
//  * long-displacement "fstw,ma" prints two spaces before the register;
//  * "mixh,l"/"mixw,r" print no space before the first register.
#include "pa_risc/disasm.h"

#include <cstdio>

#include "pa_risc/bits.h"
#include "pa_risc/decoded_insn.h"

namespace pa {
namespace {

// ---- bit fields (PA numbering, bit 0 = MSB; both ends inclusive) ----------

constexpr uint32_t bf(uint32_t w, unsigned first, unsigned last) {
  return field(w, first, last - first + 1);
}
constexpr unsigned bt(uint32_t w, unsigned n) { return field(w, n, 1); }

// Condition index used by the arithmetic/logical formats: c (16..18) plus 8
// when the negate bit f (19) is set.
constexpr unsigned cond4(uint32_t w) { return bf(w, 16, 18) + (bt(w, 19) ? 8u : 0u); }

// 3-bit space register of BE/BLE/MTSP/MFSP and the instruction-side TLB and
// cache operations: bit 18 is the high bit.
constexpr unsigned space3(uint32_t w) { return (bt(w, 18) << 2) | bf(w, 16, 17); }

constexpr int32_t im5_at15(uint32_t w) { return low_sign_ext(bf(w, 11, 15), 5); }
constexpr int32_t im5_at31(uint32_t w) { return low_sign_ext(bf(w, 27, 31), 5); }
constexpr int32_t im11(uint32_t w) { return low_sign_ext(bf(w, 21, 31), 11); }

constexpr int32_t disp12(uint32_t w) { return assemble_12(bf(w, 19, 29), bt(w, 31)) * 4; }
constexpr int32_t disp17(uint32_t w) {
  return assemble_17(bf(w, 11, 15), bf(w, 19, 29), bt(w, 31)) * 4;
}
constexpr int32_t disp22(uint32_t w) {
  const uint32_t v = (bt(w, 31) << 21) | (bf(w, 6, 10) << 16) | (bf(w, 11, 15) << 11) |
                     (bt(w, 29) << 10) | bf(w, 19, 28);
  return sign_extend(v, 22) * 4;
}

// PA-RISC 2.0 wide-mode 16-bit displacement (bits 16, 17 and 31 combine into
// the top three bits).  objdump uses it for every 14-bit-displacement
// load/store, so PA-RISC 1.1 words with a non-zero space field show up with
// an unusual displacement instead of a space register.
constexpr int32_t disp16(uint32_t w) {
  const uint32_t s = bt(w, 31);
  const uint32_t v = ((w >> 1) & 0x1fffu) | (s << 15) | ((s ^ bt(w, 16)) << 14) |
                     ((s ^ bt(w, 17)) << 13);
  return sign_extend(v, 16);
}

// ---- names ------------------------------------------------------------------

constexpr const char* kGr[32] = {
    "r0",  "r1",  "rp",  "r3",  "r4",  "r5",  "r6",  "r7",  "r8",   "r9",   "r10",
    "r11", "r12", "r13", "r14", "r15", "r16", "r17", "r18", "r19",  "r20",  "r21",
    "r22", "r23", "r24", "r25", "r26", "dp",  "ret0", "ret1", "sp", "r31"};

constexpr const char* kCr[32] = {
    "rctr", "cr1",  "cr2",  "cr3",  "cr4",  "cr5", "cr6",  "cr7",  "pidr1", "pidr2", "ccr",
    "sar",  "pidr3", "pidr4", "iva", "eiem", "itmr", "pcsq", "pcoq", "iir",   "isr",   "ior",
    "ipsw", "eirr", "tr0",  "tr1",  "tr2",  "tr3", "tr4",  "tr5",  "tr6",   "tr7"};

// A completer objdump has no name for is printed from a null pointer.
constexpr const char* kNull = "(null)";

constexpr const char* kCmpCond[16] = {"",    ",=",  ",<",  ",<=",  ",<<", ",<<=", ",sv",  ",od",
                                      ",tr", ",<>", ",>=", ",>",   ",>>=", ",>>", ",nsv", ",ev"};
constexpr const char* kCmpCond64[16] = {",*",    ",*=",  ",*<",  ",*<=",  ",*<<",
                                        ",*<<=", ",*sv", ",*od", ",*tr",  ",*<>",
                                        ",*>=",  ",*>",  ",*>>=", ",*>>", ",*nsv", ",*ev"};
constexpr const char* kCmpibCond64[8] = {",*<<", ",*=", ",*<", ",*<=",
                                         ",*>>=", ",*<>", ",*>=", ",*>"};
constexpr const char* kAddCond[16] = {"",    ",=",  ",<",  ",<=", ",nuv", ",znv", ",sv",  ",od",
                                      ",tr", ",<>", ",>=", ",>",  ",uv",  ",vnz", ",nsv", ",ev"};
constexpr const char* kAddCond64[16] = {",*",   ",*=",  ",*<",  ",*<=", ",*nuv", ",*znv",
                                        ",*sv", ",*od", ",*tr", ",*<>", ",*>=",  ",*>",
                                        ",*uv", ",*vnz", ",*nsv", ",*ev"};
// ADDB/ADDIB as objdump's wide-mode rows show them.
constexpr const char* kWideAddCond[16] = {"",    ",=",  ",<",  ",<=", ",nuv", ",*=",  ",*<",  ",*<=",
                                          ",tr", ",<>", ",>=", ",>",  ",uv",  ",*<>", ",*>=", ",*>"};
constexpr const char* kLogCond[16] = {"",    ",=",  ",<",  ",<=", kNull, kNull, kNull, ",od",
                                      ",tr", ",<>", ",>=", ",>",  kNull, kNull, kNull, ",ev"};
constexpr const char* kLogCond64[16] = {",*",   ",*=",  ",*<",  ",*<=", kNull, kNull, kNull, ",*od",
                                        ",*tr", ",*<>", ",*>=", ",*>",  kNull, kNull, kNull, ",*ev"};
constexpr const char* kUnitCond[16] = {"",    ",swz", ",sbz", ",shz", ",sdc", ",swc", ",sbc", ",shc",
                                       ",tr", ",nwz", ",nbz", ",nhz", ",ndc", ",nwc", ",nbc", ",nhc"};
constexpr const char* kUnitCond64[16] = {",*",    ",*swz", ",*sbz", ",*shz", ",*sdc", ",*swc",
                                         ",*sbc", ",*shc", ",*tr",  ",*nwz", ",*nbz", ",*nhz",
                                         ",*ndc", ",*nwc", ",*nbc", ",*nhc"};
constexpr const char* kShiftCond[8] = {"", ",=", ",<", ",od", ",tr", ",<>", ",>=", ",ev"};
constexpr const char* kShiftCond64[8] = {",*", ",*=", ",*<", ",*od", ",*tr", ",*<>", ",*>=", ",*ev"};
constexpr const char* kBbCond64[2] = {",*<", ",*>="};

constexpr const char* kFloatFmt[4] = {",sgl", ",dbl", "", ",quad"};
constexpr const char* kFixedFmt[4] = {",w", ",dw", "", ",qw"};
constexpr const char* kUfixedFmt[4] = {",uw", ",udw", "", ",uqw"};
constexpr const char* kFcmpCond[32] = {
    ",false?", ",false", ",?",   ",!<=>", ",=",   ",=t",  ",?=",  ",!<>",
    ",!?>=",   ",<",     ",?<",  ",!>=",  ",!?>", ",<=",  ",?<=", ",!>",
    ",!?<=",   ",>",     ",?>",  ",!<=",  ",!?<", ",>=",  ",?>=", ",!<",
    ",!?=",    ",<>",    ",!=",  ",!=t",  ",!?",  ",<=>", ",true?", ",true"};

// Load/store completers, indexed by m (bit 26) + 2 * u/a (bit 18).
constexpr const char* kIndexCompl[4] = {"", ",m", ",s", ",sm"};
constexpr const char* kShortCompl[4] = {"", ",ma", "", ",mb"};
constexpr const char* kBytesCompl[4] = {"", ",b,m", ",e", ",e,m"};
// Add completer from bits 20..21 (ADD, ADD,L, ADD,TSV; 0 has no name).
constexpr const char* kAddCompl[4] = {kNull, "", ",l", ",tsv"};
constexpr const char* kSaturation[4] = {",us", ",ss", kNull, ""};

// ---- output -------------------------------------------------------------------

class Out {
 public:
  Out& operator<<(const char* s) {
    s_ += s;
    return *this;
  }
  Out& operator<<(char c) {
    s_ += c;
    return *this;
  }
  Out& dec(int v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d", v);
    s_ += buf;
    return *this;
  }
  Out& hex(uint32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%x", v);
    s_ += buf;
    return *this;
  }
  // Signed hexadecimal constant: "-" and the magnitude when negative.
  Out& sx(int32_t v) {
    uint32_t u = static_cast<uint32_t>(v);
    if (v < 0) {
      s_ += '-';
      u = 0u - u;
    }
    return hex(u);
  }
  Out& gr(unsigned r) { return *this << kGr[r & 31]; }
  Out& cr(unsigned r) { return *this << kCr[r & 31]; }
  // Floating-point register, whole (or left half).  0..3 are the status and
  // exception registers' names.
  Out& fr(unsigned r) {
    static constexpr const char* kLow[4] = {"fr0", "fpe2", "fpe4", "fpe6"};
    if (r < 4) return *this << kLow[r];
    return (*this << "fr").dec(static_cast<int>(r));
  }
  // Right half ("R" suffix); 0..3 name the odd exception registers.
  Out& frR(unsigned r) {
    if (r < 4) return (*this << "fpe").dec(static_cast<int>(2 * r + 1));
    return (*this << "fr").dec(static_cast<int>(r)) << 'R';
  }
  Out& frh(unsigned r, bool right) { return right ? frR(r) : fr(r); }
  // Branch target: the word's address + 8 + displacement, 32-bit wrap.
  Out& target(uint32_t address, int32_t disp) {
    return (*this << "0x").hex(address + 8u + static_cast<uint32_t>(disp));
  }
  // "(b)" or "(srN,b)" from the 2-bit space field (0 = implicit space).
  Out& mem2(uint32_t w) {
    *this << '(';
    if (const unsigned s = bf(w, 16, 17)) (*this << "sr").dec(static_cast<int>(s)) << ',';
    return gr(bf(w, 6, 10)) << ')';
  }
  // "(srN,b)" with the 3-bit space field.
  Out& mem3(uint32_t w) {
    (*this << "(sr").dec(static_cast<int>(space3(w))) << ',';
    return gr(bf(w, 6, 10)) << ')';
  }
  // ",n " / " " nullification of branches (bit 30).
  Out& nullify(uint32_t w) { return *this << (bt(w, 30) ? ",n " : " "); }

  std::string take() { return std::move(s_); }

 private:
  std::string s_;
};

std::string unknown(uint32_t w) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "#%8x", w);
  return buf;
}

// Cache-control hint of loads and stores (bits 20..21).
const char* cache_hint(uint32_t w) {
  switch (bf(w, 20, 21)) {
    case 1: return ",bc";
    case 2: return ",sl";
    default: return "";
  }
}
// LDCW/LDCD: only the coherent-operation hint has a name.
const char* cache_hint_ldc(uint32_t w) { return bf(w, 20, 21) == 1 ? ",co" : ""; }

unsigned m_a(uint32_t w) { return bt(w, 26) | (bt(w, 18) << 1); }

// ---- major 0x00: system control -------------------------------------------------

std::string system_ops(uint32_t w, Op op) {
  Out o;
  const unsigned x = bf(w, 11, 15), t = bf(w, 27, 31), b = bf(w, 6, 10);
  switch (op) {
    case Op::BREAK: (o << "break ").hex(bf(w, 27, 31)) << ','; o.hex(bf(w, 6, 18)); break;
    case Op::SYNC: o << "sync"; break;
    case Op::SYNCDMA: o << "syncdma"; break;
    case Op::RFI: o << "rfi"; break;
    case Op::RFIR: o << "rfi,r"; break;
    case Op::SSM: (o << "ssm ").hex(bf(w, 6, 15)) << ','; o.gr(t); break;
    case Op::RSM: (o << "rsm ").hex(bf(w, 6, 15)) << ','; o.gr(t); break;
    case Op::MTSM: (o << "mtsm ").gr(x); break;
    case Op::LDSID: (o << "ldsid ").mem2(w) << ','; o.gr(t); break;
    case Op::MTSP: (o << "mtsp ").gr(x) << ",sr"; o.dec(static_cast<int>(space3(w))); break;
    case Op::MTCTL:
      if (b == 11) {
        (o << "mtsar ").gr(x);
      } else {
        (o << "mtctl ").gr(x) << ',';
        o.cr(b);
      }
      break;
    case Op::MFSP: (o << "mfsp sr").dec(static_cast<int>(space3(w))) << ','; o.gr(t); break;
    case Op::MFCTL: (o << "mfctl ").cr(b) << ','; o.gr(t); break;
    default:
      // Encodings our decoder rejects but objdump names.
      if ((w & 0xffffff1f) == 0x00000c00) {
        o << "rfi" << (bf(w, 23, 26) == 5 ? ",r" : "");
      } else if ((w & 0xfc00ffe0) == 0x00000d60 || (w & 0xfc00ffe0) == 0x00000e60) {
        (o << ((w & 0xfc00ffe0) == 0x00000d60 ? "ssm " : "rsm ")).hex(bf(w, 6, 15)) << ',';
        o.gr(t);
      } else if ((w & 0xffe0ffff) == 0x016018c0) {
        (o << "mtsarcm ").gr(x);
      } else if ((w & 0xffffffe0) == 0x000014a0) {
        (o << "mfia ").gr(t);
      } else if ((w & 0xffffffe0) == 0x016048a0) {
        (o << "mfctl,w sar,").gr(t);
      } else {
        return unknown(w);
      }
  }
  return o.take();
}

// ---- major 0x01: memory management -----------------------------------------------

std::string mem_mgmt_ops(uint32_t w, Op op) {
  Out o;
  const unsigned x = bf(w, 11, 15), t = bf(w, 27, 31);
  const char* m = bt(w, 26) ? ",m " : " ";
  const char* rw = bt(w, 25) ? ",w " : ",r ";
  // "<name>[,m] x(space,b)": the cache and TLB purge forms.
  auto purge2 = [&](const char* name) { (o << name << m).gr(x).mem2(w); };
  auto purge3 = [&](const char* name) { (o << name << m).gr(x).mem3(w); };
  switch (op) {
    case Op::PROBER:
    case Op::PROBEW: (o << "probe" << rw).mem2(w) << ','; o.gr(x) << ','; o.gr(t); break;
    case Op::PROBERI:
    case Op::PROBEWI: (o << "probei" << rw).mem2(w) << ','; o.hex(x) << ','; o.gr(t); break;
    case Op::LPA: (o << "lpa" << m).gr(x).mem2(w) << ','; o.gr(t); break;
    case Op::LCI: (o << "lci ").gr(x).mem2(w) << ','; o.gr(t); break;
    case Op::PDTLB: purge2("pdtlb"); break;
    case Op::PITLB: purge3("pitlb"); break;
    case Op::PDTLBE: purge2("pdtlbe"); break;
    case Op::PITLBE: purge3("pitlbe"); break;
    case Op::IDTLBA: (o << "idtlba ").gr(x) << ','; o.mem2(w); break;
    case Op::IITLBA: (o << "iitlba ").gr(x) << ','; o.mem3(w); break;
    case Op::IDTLBP: (o << "idtlbp ").gr(x) << ','; o.mem2(w); break;
    case Op::IITLBP: (o << "iitlbp ").gr(x) << ','; o.mem3(w); break;
    case Op::PDC: purge2("pdc"); break;
    case Op::FDC: purge2("fdc"); break;
    case Op::FIC: purge3("fic"); break;
    case Op::FDCE: purge2("fdce"); break;
    case Op::FICE: purge3("fice"); break;
    default:
      if ((w & 0xfc003fdf) == 0x04001600) {
        purge2("pdtlb,l");
      } else if ((w & 0xfc001fdf) == 0x04000600) {
        purge3("pitlb,l");
      } else if ((w & 0xfc003fff) == 0x04003280) {
        (o << "fdc ").sx(im5_at15(w)).mem2(w);
      } else if ((w & 0xfc00dfdf) == 0x040013c0) {
        purge2("fic");
      } else if ((w & 0xfc00ffff) == 0x04001800 || (w & 0xfc00ffff) == 0x04000800) {
        (o << (bt(w, 19) ? "idtlbt " : "iitlbt ")).gr(x) << ',';
        o.gr(bf(w, 6, 10));
      } else if ((w & 0xfc003fdf) == 0x04001680) {
        purge2("gfw");
      } else if ((w & 0xfc003fdf) == 0x04001a80) {
        purge2("gfr");
      } else {
        return unknown(w);
      }
  }
  return o.take();
}

// ---- major 0x02: arithmetic and logical ---------------------------------------------

std::string arith_ops(uint32_t w, Op op) {
  Out o;
  const unsigned b = bf(w, 6, 10), x = bf(w, 11, 15), t = bf(w, 27, 31);
  const unsigned c = cond4(w);
  // "<name><cond> x,b,t"
  auto rrr = [&](const char* name, const char* cond) {
    (o << name << cond << ' ').gr(x) << ',';
    o.gr(b) << ',';
    o.gr(t);
  };
  auto shladd = [&](const char* cond) {
    (o << "shladd" << kAddCompl[bf(w, 20, 21)] << cond << ' ').gr(x) << ',';
    o.dec(static_cast<int>(bf(w, 24, 25))) << ',';
    o.gr(b) << ',';
    o.gr(t);
  };
  auto dcor = [&](const char* cond) {
    (o << "dcor" << (bt(w, 25) ? ",i" : "") << cond << ' ').gr(b) << ',';
    o.gr(t);
  };
  // ADD through objdump's looser rows: the completer comes from bits 20..21.
  auto add = [&](const char* cond) {
    o << "add" << kAddCompl[bf(w, 20, 21)];
    rrr("", cond);
  };
  // HSHLADD / HSHRADD: "name x,sa,b,t".
  auto shift_add = [&](const char* name) {
    (o << name).gr(x) << ',';
    o.dec(static_cast<int>(bf(w, 24, 25))) << ',';
    o.gr(b) << ',';
    o.gr(t);
  };
  // The SUB family through objdump's looser rows: ",tsv" from bit 20.
  auto sub = [&](const char* name, const char* const* conds) {
    o << name << (bt(w, 20) ? ",tsv" : "");
    rrr("", conds[c]);
  };
  switch (op) {
    case Op::OR:
      if (w == 0x08000240) return "nop";
      if ((w & 0xffe0ffe0) == 0x08000240) {
        (o << "copy ").gr(x) << ',';
        o.gr(t);
      } else {
        rrr("or", kLogCond[c]);
      }
      break;
    case Op::AND: rrr("and", kLogCond[c]); break;
    case Op::XOR: rrr("xor", kLogCond[c]); break;
    case Op::ANDCM: rrr("andcm", kLogCond[c]); break;
    case Op::UXOR: rrr("uxor", kUnitCond[c]); break;
    case Op::COMCLR: rrr("cmpclr", kCmpCond[c]); break;
    case Op::UADDCM: rrr("uaddcm", kUnitCond[c]); break;
    case Op::UADDCMT: rrr("uaddcm,tc", kUnitCond[c]); break;
    case Op::DCOR:
    case Op::IDCOR: dcor(kUnitCond[c]); break;
    case Op::ADD: rrr("add", kAddCond[c]); break;
    case Op::ADDL: rrr("add,l", kAddCond[c]); break;
    case Op::ADDO: rrr("add,tsv", kAddCond[c]); break;
    case Op::ADDC: rrr("add,c", kAddCond[c]); break;
    case Op::ADDCO: rrr("add,c,tsv", kAddCond[c]); break;
    case Op::SH1ADD:
    case Op::SH1ADDL:
    case Op::SH1ADDO:
    case Op::SH2ADD:
    case Op::SH2ADDL:
    case Op::SH2ADDO:
    case Op::SH3ADD:
    case Op::SH3ADDL:
    case Op::SH3ADDO: shladd(kAddCond[c]); break;
    case Op::SUB: rrr("sub", kCmpCond[c]); break;
    case Op::SUBO: rrr("sub,tsv", kCmpCond[c]); break;
    case Op::SUBB: rrr("sub,b", kCmpCond[c]); break;
    case Op::SUBBO: rrr("sub,b,tsv", kCmpCond[c]); break;
    case Op::SUBT: rrr("sub,tc", kCmpCond[c]); break;
    case Op::SUBTO: rrr("sub,tc,tsv", kCmpCond[c]); break;
    case Op::DS: rrr("ds", kCmpCond[c]); break;
    default: {
      // PA-RISC 2.0 forms (doubleword conditions, bit 26 set), the halfword
      // multimedia operations, and sub-opcodes objdump reads through looser
      // masks.  Checked in objdump's precedence order.
      const uint32_t e12 = w & 0xfc000fe0, e11 = w & 0xfc0007e0, e10 = w & 0xfc0003e0;
      const uint32_t half = w & 0xfc00ff20;
      const char* uaddcm = bt(w, 25) ? "uaddcm,tc" : "uaddcm";
      if (e12 == 0x080008a0) rrr("cmpclr", kCmpCond64[c]);
      else if (e12 == 0x08000260) rrr("or", kLogCond64[c]);
      else if (e12 == 0x080002a0) rrr("xor", kLogCond64[c]);
      else if (e12 == 0x08000220) rrr("and", kLogCond64[c]);
      else if (e12 == 0x08000020) rrr("andcm", kLogCond64[c]);
      else if (e12 == 0x080003a0) rrr("uxor", kUnitCond64[c]);
      else if ((w & 0xfc000fa0) == 0x080009a0) rrr(uaddcm, kUnitCond64[c]);
      else if ((w & 0xfc000fa0) == 0x08000980) rrr(uaddcm, kUnitCond[c]);
      else if ((w & 0xfc1f0fa0) == 0x08000ba0) dcor(kUnitCond64[c]);
      else if ((w & 0xfc1f0fa0) == 0x08000b80) dcor(kUnitCond[c]);
      else if (e11 == 0x08000720) rrr(bt(w, 20) ? "add,dc,tsv" : "add,dc", kAddCond64[c]);
      else if (e11 == 0x08000700) rrr(bt(w, 20) ? "add,c,tsv" : "add,c", kAddCond[c]);
      else if (e10 == 0x08000220) add(kAddCond64[c]);
      else if (e10 == 0x08000200) add(kAddCond[c]);
      else if (e11 == 0x080004e0) sub("sub,tc", kCmpCond64);
      else if (e11 == 0x080004c0) sub("sub,tc", kCmpCond);
      else if (e11 == 0x08000520) sub("sub,db", kCmpCond64);
      else if (e11 == 0x08000500) sub("sub,b", kCmpCond);
      else if (e11 == 0x08000420) sub("sub", kCmpCond64);
      else if (e11 == 0x08000400) sub("sub", kCmpCond);
      else if (e12 == 0x08000440) rrr("ds", kCmpCond[c]);
      else if ((w & 0xfc000320) == 0x08000220) shladd(kAddCond64[c]);
      else if ((w & 0xfc000320) == 0x08000200) shladd(kAddCond[c]);
      else if (half == 0x08000300) rrr("hadd", kSaturation[bf(w, 24, 25)]);
      else if (half == 0x08000700) shift_add("hshladd ");
      else if (half == 0x08000500) shift_add("hshradd ");
      else if (half == 0x08000100) rrr("hsub", kSaturation[bf(w, 24, 25)]);
      else return unknown(w);
    }
  }
  return o.take();
}

// ---- major 0x03: indexed and short-displacement loads and stores ----------------

std::string index_short_mem(uint32_t w) {
  Out o;
  const unsigned ext = bf(w, 22, 25), x = bf(w, 11, 15), t = bf(w, 27, 31);
  const unsigned s = bf(w, 16, 17);
  const bool m = bt(w, 26), a = bt(w, 18);
  static constexpr const char* kLoad[8] = {"ldb", "ldh", "ldw", "ldd", "ldda", "ldcd", "ldwa", "ldcw"};
  static constexpr const char* kStore[8] = {"stb", "sth", "stw", "std", "stby", "stdby", "stwa", "stda"};
  if (!bt(w, 19)) {  // indexed: loads only
    if (ext >= 8) return unknown(w);
    if ((ext == 4 || ext == 6) && s != 0) return unknown(w);  // absolute: no space register
    const char* hint = (ext == 5 || ext == 7) ? cache_hint_ldc(w) : cache_hint(w);
    (o << kLoad[ext] << kIndexCompl[m_a(w)] << hint << ' ').gr(x).mem2(w) << ',';
    o.gr(t);
    return o.take();
  }
  if (ext < 8) {  // short-displacement loads
    if ((ext == 4 || ext == 6) && s != 0) return unknown(w);
    const bool ordered = x == 0 && !a && m && ext != 5 && ext != 7;
    const char* hint = (ext == 5 || ext == 7) ? cache_hint_ldc(w) : cache_hint(w);
    if (ordered)
      (o << kLoad[ext] << ",o" << hint << " 0").mem2(w) << ',';
    else
      (o << kLoad[ext] << kShortCompl[m_a(w)] << hint << ' ').sx(im5_at15(w)).mem2(w) << ',';
    o.gr(t);
    return o.take();
  }
  // short-displacement stores
  const unsigned se = ext - 8;
  if (se >= 6 && s != 0) return unknown(w);  // stwa/stda: absolute
  const bool zero = bf(w, 27, 31) == 0;
  const char* name = kStore[se];
  if (se == 4 || se == 5) {  // store bytes
    (o << name << kBytesCompl[m_a(w)] << cache_hint(w) << ' ').gr(x) << ',';
    o.sx(im5_at31(w)).mem2(w);
    return o.take();
  }
  // The ordered (",o") form: modify-after by 0.  STWA ignores the a bit there.
  if (zero && m && (!a || se == 6)) {
    (o << name << ",o" << cache_hint(w) << ' ').gr(x) << ",0";
    o.mem2(w);
  } else {
    (o << name << kShortCompl[m_a(w)] << cache_hint(w) << ' ').gr(x) << ',';
    o.sx(im5_at31(w)).mem2(w);
  }
  return o.take();
}

// ---- major 0x04: special function unit ------------------------------------------

std::string spop(uint32_t w) {
  Out o;
  const int unit = static_cast<int>(bf(w, 23, 25));
  const bool n = bt(w, 26);
  switch (bf(w, 21, 22)) {
    case 0:
      (o << "spop0,").dec(unit) << ',';
      o.hex((bf(w, 6, 20) << 5) | bf(w, 27, 31)) << (n ? ",n" : "");
      break;
    case 1:
      (o << "spop1,").dec(unit) << ',';
      o.hex(bf(w, 6, 20)) << (n ? ",n " : " ");
      o.gr(bf(w, 27, 31));
      break;
    case 2:
      (o << "spop2,").dec(unit) << ',';
      o.hex((bf(w, 11, 20) << 5) | bf(w, 27, 31)) << (n ? ",n " : " ");
      o.gr(bf(w, 6, 10));
      break;
    default:
      (o << "spop3,").dec(unit) << ',';
      o.hex((bf(w, 16, 20) << 5) | bf(w, 27, 31)) << (n ? ",n " : " ");
      o.gr(bf(w, 11, 15)) << ',';
      o.gr(bf(w, 6, 10));
      break;
  }
  return o.take();
}

// ---- FP coprocessor loads and stores (majors 0x09, 0x0B, 0x0F) ------------------

// Word (0x09, "w") or doubleword (0x0B, "d") FP load/store, or the generic
// coprocessor load/store objdump falls back to for other unit ids.
std::string fp_mem(uint32_t w, bool dbl) {
  Out o;
  const unsigned x = bf(w, 11, 15), t = bf(w, 27, 31);
  const bool shrt = bt(w, 19), store = bt(w, 22), m = bt(w, 26), a = bt(w, 18);
  const unsigned uid = dbl ? bf(w, 23, 25) : bf(w, 23, 24);
  const char* hint = cache_hint(w);
  if (uid != 0) {  // coprocessor load/store: unit in bits 23..25
    const int unit = static_cast<int>(bf(w, 23, 25));
    (o << (store ? (dbl ? "cstd," : "cstw,") : (dbl ? "cldd," : "cldw,"))).dec(unit);
    if (!shrt) {
      o << kIndexCompl[m_a(w)] << hint << ' ';
      if (store) {
        o.gr(t) << ',';
        o.gr(x).mem2(w);
      } else {
        o.gr(x).mem2(w) << ',';
        o.gr(t);
      }
    } else if (store) {
      (o << ",o" << hint << ' ').gr(t) << ",0";
      o.mem2(w);
    } else {
      (o << ",o" << hint << " 0").mem2(w) << ',';
      o.gr(t);
    }
    return o.take();
  }
  auto reg = [&] {
    if (dbl)
      o.fr(t);
    else
      o.frh(t, bt(w, 25));
  };
  const char* name = store ? (dbl ? "fstd" : "fstw") : (dbl ? "fldd" : "fldw");
  if (!shrt) {
    o << name << kIndexCompl[m_a(w)] << hint << ' ';
    if (store) {
      reg();
      (o << ',').gr(x).mem2(w);
    } else {
      o.gr(x).mem2(w) << ',';
      reg();
    }
    return o.take();
  }
  if (x == 0 && !a && m) {  // ordered: modify-after by 0
    o << name << ",o" << hint << ' ';
    if (store) {
      reg();
      (o << ",0").mem2(w);
    } else {
      (o << '0').mem2(w) << ',';
      reg();
    }
    return o.take();
  }
  // FSTW with a cache hint is only matched by objdump's "fstws" row.
  if (store && !dbl && bf(w, 20, 21) != 0) name = "fstws";
  o << name << kShortCompl[m_a(w)] << hint << ' ';
  if (store) {
    reg();
    (o << ',').sx(im5_at15(w)).mem2(w);
  } else {
    o.sx(im5_at15(w)).mem2(w) << ',';
    reg();
  }
  return o.take();
}

std::string fp_quad_store(uint32_t w) {
  Out o;
  if ((w & 0xfc001fc0) == 0x3c000200) {
    (o << "fstqx" << kIndexCompl[m_a(w)] << ' ').fr(bf(w, 27, 31)) << ',';
    o.gr(bf(w, 11, 15)).mem2(w);
  } else if ((w & 0xfc001fc0) == 0x3c001200) {
    (o << "fstqs" << kShortCompl[m_a(w)] << ' ').fr(bf(w, 27, 31)) << ',';
    o.sx(im5_at15(w)).mem2(w);
  } else {
    return unknown(w);
  }
  return o.take();
}

// ---- FP operations, major 0x0C ----------------------------------------------------

std::string fp_0c(uint32_t w) {
  Out o;
  const unsigned r1 = bf(w, 6, 10), r2 = bf(w, 11, 15), t = bf(w, 27, 31);
  const bool half = bt(w, 25);  // this format's operands all follow bit 25
  const char* fmt = kFloatFmt[bf(w, 19, 20)];
  auto two = [&](const char* name) {  // name,fmt r1,t
    (o << name << fmt << ' ').frh(r1, half) << ',';
    o.frh(t, half);
  };
  auto three = [&](const char* name) {  // name,fmt r1,r2,t
    (o << name << fmt << ' ').frh(r1, half) << ',';
    o.frh(r2, half) << ',';
    o.frh(t, half);
  };
  auto conv = [&](const char* name) {  // name,src,dst r1,t
    (o << name << fmt << kFloatFmt[bf(w, 17, 18)] << ' ').frh(r1, half) << ',';
    o.frh(t, half);
  };
  const uint32_t k3 = w & 0xfc00e7e0, k2 = w & 0xfc1fe7e0, kc = w & 0xfc1f87e0;
  if (k3 == 0x30000600) three("fadd");
  else if (k3 == 0x30002600) three("fsub");
  else if (k3 == 0x30004600) three("fmpy");
  else if (k3 == 0x30006600) three("fdiv");
  else if (k2 == 0x30008000) two("fsqrt");
  else if (k2 == 0x30006000) two("fabs");
  else if (k3 == 0x30008600) three("frem");
  else if (k2 == 0x3000a000) two("frnd");
  else if (k2 == 0x30004000) two("fcpy");
  else if (kc == 0x30000200) conv("fcnvff");
  else if (kc == 0x30008200) conv("fcnvxf");
  else if (kc == 0x30010200) conv("fcnvfx");
  else if (kc == 0x30018200) conv("fcnvfxt");
  else if (k2 == 0x3000c000) two("fneg");
  else if (k2 == 0x3000e000) two("fnegabs");
  else if ((w & 0xfc1c0720) == 0x30000200) {
    // PA-RISC 2.0 FCNV: sub-op 14..16 selects the fixed/unsigned variants.
    const unsigned sub = bf(w, 14, 16), sf = bf(w, 19, 20), df = bf(w, 17, 18);
    o << "fcnv";
    if (sub == 4) {
      o << ",UND ";
    } else {
      const char* const* src = kFloatFmt;
      const char* const* dst = kFloatFmt;
      if ((sub & 3) == 1) src = (sub & 4) ? kUfixedFmt : kFixedFmt;
      if (sub & 2) dst = (sub & 4) ? kUfixedFmt : kFixedFmt;
      o << ((sub & 3) == 3 ? ",t" : "") << src[sf] << dst[df] << ' ';
    }
    o.frh(r1, half) << ',';
    o.frh(t, half);
  } else if ((w & 0xfc0007e0) == 0x30000400) {
    (o << "fcmp" << fmt << kFcmpCond[t] << ' ').frh(r1, half) << ',';
    o.frh(r2, half);
    if (const unsigned cbit = bf(w, 16, 18)) (o << ",,").dec(static_cast<int>(cbit) - 1);
  } else if (w == 0x30002420) {
    o << "ftest";
  } else if ((w & 0xffffffe0) == 0x30002420) {
    o << "ftest ,";
    switch (t) {
      case 1: o << "acc "; break;
      case 2: o << "rej "; break;
      case 5: o << "acc8 "; break;
      case 6: o << "rej8 "; break;
      case 9: o << "acc6 "; break;
      case 13: o << "acc4 "; break;
      case 17: o << "acc2 "; break;
      default: break;
    }
  } else if ((w & 0xffff1fff) == 0x30000420) {
    o << "ftest ";
    const int y = static_cast<int>(bf(w, 16, 18));
    if (y != 1) o.sx((y ^ 1) - 1);
  } else if (w == 0x30000000) {
    o << "fid";
  } else if ((w & 0xffffffdf) == 0x30000280) {
    o << "pmdis" << (bt(w, 26) ? ",n" : "");
  } else if (w == 0x30000680) {
    o << "pmenb";
  } else {
    (o << "copr,").dec(static_cast<int>(bf(w, 23, 25))) << ',';
    o.hex((bf(w, 6, 22) << 5) | bf(w, 27, 31)) << (bt(w, 26) ? ",n" : "");
  }
  return o.take();
}

// ---- FP operations, major 0x0E (single-precision halves selectable) -------------

std::string fp_0e(uint32_t w) {
  Out o;
  const unsigned r1 = bf(w, 6, 10), r2 = bf(w, 11, 15), t = bf(w, 27, 31);
  const bool h1 = bt(w, 24), h2 = bt(w, 19), ht = bt(w, 25);
  const char* fmt1 = kFloatFmt[bt(w, 20)];      // one-bit format (sgl/dbl)
  const char* fmt2 = kFloatFmt[bf(w, 19, 20)];  // objdump's two-bit reading
  auto two = [&](const char* name, const char* fmt) {
    (o << name << fmt << ' ').frh(r1, h1) << ',';
    o.frh(t, ht);
  };
  auto three = [&](const char* name, const char* fmt) {
    (o << name << fmt << ' ').frh(r1, h1) << ',';
    o.frh(r2, h2) << ',';
    o.frh(t, ht);
  };
  auto conv = [&](const char* name) {
    (o << name << fmt2 << kFloatFmt[bf(w, 17, 18)] << ' ').frh(r1, h1) << ',';
    o.frh(t, ht);
  };
  const uint32_t k3 = w & 0xfc00e720, k2 = w & 0xfc1fe720, kc = w & 0xfc1f8720;
  if (k3 == 0x38000600) three("fadd", fmt1);
  else if (k3 == 0x38002600) three("fsub", fmt1);
  else if (k3 == 0x38004600) three("fmpy", fmt1);
  else if (k3 == 0x38006600) three("fdiv", fmt1);
  else if (k2 == 0x38008000) two("fsqrt", fmt2);
  else if (k2 == 0x38006000) two("fabs", fmt2);
  else if (k3 == 0x38008600) three("frem", fmt2);
  else if (k2 == 0x3800a000) two("frnd", fmt2);
  else if (k2 == 0x38004000) two("fcpy", fmt2);
  else if (kc == 0x38000200) conv("fcnvff");
  else if (kc == 0x38008200) conv("fcnvxf");
  else if (kc == 0x38010200) conv("fcnvfx");
  else if (kc == 0x38018200) conv("fcnvfxt");
  else if (k2 == 0x3800c000) two("fneg", fmt1);
  else if (k2 == 0x3800e000) two("fnegabs", fmt1);
  else if ((w & 0xfc1c0720) == 0x38000200) conv("fcnv");
  else if ((w & 0xfc000720) == 0x38000400) {
    (o << "fcmp" << fmt1 << kFcmpCond[t] << ' ').frh(r1, h1) << ',';
    o.frh(r2, h2);
    if (const unsigned cbit = bf(w, 16, 18)) (o << ",,").dec(static_cast<int>(cbit) - 1);
  } else if (k3 == 0x38004700) {
    three("xmpyu", "");
  } else {
    return unknown(w);
  }
  return o.take();
}

// FMPYADD / FMPYSUB (majors 0x06 / 0x26): five 5-bit register fields; in
// single precision (bit 26) objdump adds 16 to each register number.
std::string fp_multi_op(uint32_t w, const char* name) {
  Out o;
  const unsigned hi = bt(w, 26) << 4;
  o << name << (bt(w, 26) ? ",sgl " : ",dbl ");
  o.fr(bf(w, 6, 10) | hi) << ',';
  o.fr(bf(w, 11, 15) | hi) << ',';
  o.fr(bf(w, 27, 31) | hi) << ',';
  o.fr(bf(w, 21, 25) | hi) << ',';
  o.fr(bf(w, 16, 20) | hi);
  return o.take();
}

// PA-RISC 2.0 FMPYFADD / FMPYNFADD (major 0x2E).
std::string fp_fused(uint32_t w) {
  Out o;
  o << (bt(w, 26) ? "fmpynfadd" : "fmpyfadd") << kFloatFmt[bt(w, 20)] << ' ';
  o.frh(bf(w, 6, 10), bt(w, 24)) << ',';
  o.frh(bf(w, 11, 15), bt(w, 19)) << ',';
  o.frh(bf(w, 21, 22) | (bf(w, 16, 18) << 2), bt(w, 23)) << ',';
  o.frh(bf(w, 27, 31), bt(w, 25));
  return o.take();
}

// ---- 14-bit displacement memory and long immediates --------------------------------

std::string long_disp_mem(uint32_t w, unsigned major) {
  Out o;
  const unsigned b = bf(w, 6, 10), r = bf(w, 11, 15);
  const int32_t d = disp16(w);
  auto base = [&] { (o << '(').gr(b) << ')'; };
  // ",ma"/",mb" for the PA-RISC 2.0 long forms, from the m (28) and a (29) bits.
  auto ma_mb = [&] {
    if (bt(w, 28)) return bt(w, 29) ? ",mb " : ",ma ";
    return " ";
  };
  switch (major) {
    case 0x0d:
      if (b == 0) {
        (o << "ldi ").sx(d) << ',';
      } else {
        (o << "ldo ").sx(d);
        base();
        o << ',';
      }
      o.gr(r);
      break;
    case 0x10:
    case 0x11:
    case 0x12:
      (o << (major == 0x10 ? "ldb " : major == 0x11 ? "ldh " : "ldw ")).sx(d);
      base();
      (o << ',').gr(r);
      break;
    case 0x13:  // LDWM: pre-modify when the displacement's top bit is set
      (o << "ldw" << (bt(w, 18) ? ",mb " : ",ma ")).sx(d);
      base();
      (o << ',').gr(r);
      break;
    case 0x18:
    case 0x19:
    case 0x1a:
      (o << (major == 0x18 ? "stb " : major == 0x19 ? "sth " : "stw ")).gr(r) << ',';
      o.sx(d);
      base();
      break;
    case 0x1b:
      (o << "stw" << (bt(w, 18) ? ",mb " : ",ma ")).gr(r) << ',';
      o.sx(d);
      base();
      break;
    case 0x14:  // LDD / FLDD (PA-RISC 2.0)
      (o << (bt(w, 30) ? "fldd" : "ldd") << ma_mb()).sx(d & ~7);
      base();
      o << ',';
      if (bt(w, 30))
        o.fr(r);
      else
        o.gr(r);
      break;
    case 0x1c:  // STD / FSTD
      o << (bt(w, 30) ? "fstd" : "std") << ma_mb();
      if (bt(w, 30))
        o.fr(r);
      else
        o.gr(r);
      (o << ',').sx(d & ~7);
      base();
      break;
    case 0x16:  // FLDW with modification
      (o << "fldw" << (bt(w, 29) ? ",mb " : ",ma ")).sx(d & ~3);
      base();
      (o << ',').frh(r, bt(w, 30));
      break;
    case 0x1e:  // FSTW with modification (objdump prints two spaces)
      (o << "fstw" << (bt(w, 29) ? ",mb " : ",ma ") << ' ').frh(r, bt(w, 30)) << ',';
      o.sx(d & ~3);
      base();
      break;
    case 0x17:
      if ((w & 6) == 4) {
        (o << "ldw" << (bt(w, 31) ? ",ma " : ",mb ")).sx(d & ~3);
        base();
        (o << ',').gr(r);
      } else if ((w & 4) == 0) {
        (o << "fldw ").sx(d & ~3);
        base();
        (o << ',').frh(r, bt(w, 30));
      } else {
        return unknown(w);
      }
      break;
    case 0x1f:
      if ((w & 6) == 4) {
        (o << "stw" << (bt(w, 31) ? ",ma " : ",mb ")).gr(r) << ',';
        o.sx(d & ~3);
        base();
      } else if ((w & 4) == 0) {
        (o << "fstw ").frh(r, bt(w, 30)) << ',';
        o.sx(d & ~3);
        base();
      } else {
        return unknown(w);
      }
      break;
    default: return unknown(w);
  }
  return o.take();
}

// ---- conditional branches and immediate arithmetic -------------------------------

std::string compare_branch(uint32_t w, uint32_t address, unsigned major) {
  Out o;
  const unsigned c = bf(w, 16, 18), x = bf(w, 11, 15), b = bf(w, 6, 10);
  const bool imm = major == 0x21 || major == 0x23 || major == 0x29 || major == 0x2b ||
                   major == 0x33 || major == 0x3b;
  const char* name;
  const char* cond;
  switch (major) {
    case 0x20: case 0x22: name = "cmpb"; cond = kCmpCond[c + bt(w, 4) * 8]; break;
    case 0x21: case 0x23: name = "cmpib"; cond = kCmpCond[c + bt(w, 4) * 8]; break;
    case 0x27: case 0x2f: name = "cmpb"; cond = kCmpCond64[c + bt(w, 2) * 8]; break;
    case 0x3b: name = "cmpib"; cond = kCmpibCond64[c]; break;
    case 0x28: case 0x2a: name = "addb"; cond = kWideAddCond[c + bt(w, 4) * 8]; break;
    case 0x29: case 0x2b: name = "addib"; cond = kWideAddCond[c + bt(w, 4) * 8]; break;
    case 0x32: name = "movb"; cond = kShiftCond[c]; break;
    default: name = "movib"; cond = kShiftCond[c]; break;
  }
  (o << name << cond).nullify(w);
  if (imm)
    o.sx(im5_at15(w));
  else
    o.gr(x);
  (o << ',').gr(b) << ',';
  o.target(address, disp12(w));
  return o.take();
}

std::string branch_on_bit(uint32_t w, uint32_t address, bool variable) {
  if (!bt(w, 17) || (variable && bf(w, 6, 10) != 0)) return unknown(w);
  Out o;
  o << "bb" << (bt(w, 18) ? kBbCond64[bt(w, 16)] : kShiftCond[bf(w, 16, 18)]);
  o.nullify(w).gr(bf(w, 11, 15)) << ',';
  if (variable)
    o << "sar";
  else
    o.hex(bf(w, 6, 10));
  o << ',';
  o.target(address, disp12(w));
  return o.take();
}

std::string arith_imm(uint32_t w, unsigned major) {
  Out o;
  const unsigned c = cond4(w);
  const char* tsv = bt(w, 20) ? ",tsv" : "";
  switch (major) {
    case 0x24: o << "cmpiclr" << (bt(w, 20) ? kCmpCond64[c] : kCmpCond[c]); break;
    case 0x25: o << "subi" << tsv << kCmpCond[c]; break;
    case 0x2c: o << "addi,tc" << tsv << kAddCond[c]; break;
    default: o << "addi" << tsv << kAddCond[c]; break;
  }
  (o << ' ').sx(im11(w)) << ',';
  o.gr(bf(w, 6, 10)) << ',';
  o.gr(bf(w, 11, 15));
  return o.take();
}

// ---- shift, extract, deposit (majors 0x34, 0x35, 0x36, 0x3C, 0x3D) -----------------

std::string shift_extract(uint32_t w, Op op) {
  Out o;
  const unsigned b = bf(w, 6, 10), x = bf(w, 11, 15), t = bf(w, 27, 31), c = bf(w, 16, 18);
  const int len = 32 - static_cast<int>(bf(w, 27, 31));
  const char* su = bt(w, 21) ? ",s" : ",u";
  auto shrp = [&](const char* name, const char* cond) {
    (o << name << cond << ' ').gr(x) << ',';
    o.gr(b) << ',';
  };
  switch (op) {
    case Op::VSHD: shrp("shrpw", kShiftCond[c]); (o << "sar,").gr(t); break;
    case Op::SHD:
      shrp("shrpw", kShiftCond[c]);
      o.dec(31 - static_cast<int>(bf(w, 22, 26))) << ',';
      o.gr(t);
      break;
    case Op::VEXTRU:
    case Op::VEXTRS:
      (o << "extrw" << su << kShiftCond[c] << ' ').gr(b) << ",sar,";
      o.dec(len) << ',';
      o.gr(x);
      break;
    case Op::EXTRU:
    case Op::EXTRS:
      (o << "extrw" << su << kShiftCond[c] << ' ').gr(b) << ',';
      o.dec(static_cast<int>(bf(w, 22, 26))) << ',';
      o.dec(len) << ',';
      o.gr(x);
      break;
    default:
      if ((w & 0xfc001fe0) == 0xd0000200) {
        shrp("shrpd", kShiftCond64[c]);
        (o << "sar,").gr(t);
      } else if ((w & 0xfc001400) == 0xd0000400) {
        shrp("shrpd", kShiftCond64[c]);
        o.dec(63 - static_cast<int>((bt(w, 20) << 5) | bf(w, 22, 26))) << ',';
        o.gr(t);
      } else if ((w & 0xfc001ae0) == 0xd0001200) {
        (o << "extrd" << su << kShiftCond64[c] << ' ').gr(b) << ",sar,";
        o.dec(static_cast<int>((bt(w, 23) + 1) * 32 - bf(w, 27, 31))) << ',';
        o.gr(x);
      } else {
        return unknown(w);
      }
  }
  return o.take();
}

std::string deposit(uint32_t w, Op op) {
  Out o;
  const unsigned t = bf(w, 6, 10), c = bf(w, 16, 18);
  const int len = 32 - static_cast<int>(bf(w, 27, 31));
  const char* z = bt(w, 21) ? "" : ",z";
  auto source = [&](bool imm) {
    if (imm)
      o.sx(im5_at15(w));
    else
      o.gr(bf(w, 11, 15));
    o << ',';
  };
  auto fixed_pos = [&] { o.dec(31 - static_cast<int>(bf(w, 22, 26))) << ','; };
  switch (op) {
    case Op::ZVDEP:
    case Op::VDEP:
    case Op::ZVDEPI:
    case Op::VDEPI: {
      const bool imm = op == Op::ZVDEPI || op == Op::VDEPI;
      o << (imm ? "depwi" : "depw") << z << kShiftCond[c] << ' ';
      source(imm);
      (o << "sar,").dec(len) << ',';
      o.gr(t);
      break;
    }
    case Op::ZDEP:
    case Op::DEP:
    case Op::ZDEPI:
    case Op::DEPI: {
      const bool imm = op == Op::ZDEPI || op == Op::DEPI;
      o << (imm ? "depwi" : "depw") << z << kShiftCond[c] << ' ';
      source(imm);
      fixed_pos();
      o.dec(len) << ',';
      o.gr(t);
      break;
    }
    default:
      if ((w & 0xfc001ae0) == 0xd4000200 || (w & 0xfc001ae0) == 0xd4001200) {
        const bool imm = bt(w, 19);
        o << (imm ? "depdi" : "depd") << z << kShiftCond64[c] << ' ';
        source(imm);
        (o << "sar,").dec(static_cast<int>((bt(w, 23) + 1) * 32 - bf(w, 27, 31))) << ',';
        o.gr(t);
      } else {
        return unknown(w);
      }
  }
  return o.take();
}

// PA-RISC 2.0 EXTRD / DEPD / DEPDI with fixed position (majors 0x36, 0x3C, 0x3D).
std::string doubleword_field(uint32_t w, unsigned major) {
  Out o;
  const unsigned c = bf(w, 16, 18);
  const int pos = static_cast<int>((bt(w, 20) << 5) | bf(w, 22, 26));
  const int len = static_cast<int>((bt(w, 19) + 1) * 32 - bf(w, 27, 31));
  if (major == 0x36) {
    (o << "extrd" << (bt(w, 21) ? ",s" : ",u") << kShiftCond64[c] << ' ').gr(bf(w, 6, 10)) << ',';
    o.dec(pos) << ',';
    o.dec(len) << ',';
    o.gr(bf(w, 11, 15));
  } else {
    o << (major == 0x3d ? "depdi" : "depd") << (bt(w, 21) ? "" : ",z") << kShiftCond64[c] << ' ';
    if (major == 0x3d)
      o.sx(im5_at15(w));
    else
      o.gr(bf(w, 11, 15));
    (o << ',').dec(63 - pos) << ',';
    o.dec(len) << ',';
    o.gr(bf(w, 6, 10));
  }
  return o.take();
}

// ---- unconditional branches (majors 0x38, 0x39, 0x3A) --------------------------------

std::string external_branch(uint32_t w, bool link) {
  Out o;
  (o << (link ? "be,l" : "be")).nullify(w).sx(disp17(w)).mem3(w);
  if (link) o << ",sr0,r31";
  return o.take();
}

std::string branch_3a(uint32_t w, uint32_t address, Op op) {
  Out o;
  const unsigned b = bf(w, 6, 10), x = bf(w, 11, 15);
  auto reg_base = [&] { (o << '(').gr(b) << ')'; };
  switch (op) {
    case Op::BL: (o << "b,l").nullify(w).target(address, disp17(w)) << ','; o.gr(b); break;
    case Op::GATE: (o << "b,gate").nullify(w).target(address, disp17(w)) << ','; o.gr(b); break;
    case Op::BLR: (o << "blr").nullify(w).gr(x) << ','; o.gr(b); break;
    case Op::BV: (o << "bv").nullify(w).gr(x); reg_base(); break;
    default: {
      const uint32_t k = w & 0xfc1ffffd;
      if ((w & 0xfc00e000) == 0xe8008000) {
        (o << "b,l,push").nullify(w).target(address, disp22(w)) << ",rp";
      } else if ((w & 0xfc00e000) == 0xe800a000) {
        (o << "b,l").nullify(w).target(address, disp22(w)) << ",rp";
      } else if (k == 0xe800f001) {
        (o << "bve,l,push").nullify(w);
        reg_base();
        o << ",rp";
      } else if (k == 0xe800f000) {
        (o << "bve,l").nullify(w);
        reg_base();
        o << ",rp";
      } else if (k == 0xe800d001) {
        (o << "bve,pop").nullify(w);
        reg_base();
      } else if (k == 0xe800d000) {
        (o << "bve").nullify(w);
        reg_base();
      } else if (w == 0xe8004005) {
        o << "clrbts";
      } else if ((w & 0xfffff007) == 0xe8004005) {
        (o << "popbts ").hex(bf(w, 20, 28));
      } else if (w == 0xe8004001) {
        o << "pushnom";
      } else if ((w & 0xffe0ffff) == 0xe8004001) {
        (o << "pushbts ").gr(x);
      } else {
        return unknown(w);
      }
    }
  }
  return o.take();
}

// ---- PA-RISC 2.0 multimedia (major 0x3E) ---------------------------------------------

std::string multimedia(uint32_t w) {
  Out o;
  const unsigned b = bf(w, 6, 10), x = bf(w, 11, 15), t = bf(w, 27, 31);
  const int sa = static_cast<int>(bf(w, 22, 25));
  if ((w & 0xffe0fc20) == 0xf8008800) {
    (o << "hshl ").gr(x) << ',';
    o.dec(sa) << ',';
    o.gr(t);
  } else if ((w & 0xfc1ff820) == 0xf800c800) {
    (o << "hshr" << (bt(w, 21) ? ",s " : ",u ")).gr(b) << ',';
    o.dec(sa) << ',';
    o.gr(t);
  } else if ((w & 0xfc009fe0) == 0xf8008400 || (w & 0xfc009fe0) == 0xf8008000) {
    // objdump prints no space between the half completer and the operands.
    (o << (bt(w, 21) ? "mixh" : "mixw") << (bt(w, 17) ? ",r" : ",l")).gr(x) << ',';
    o.gr(b) << ',';
    o.gr(t);
  } else if ((w & 0xfc009020) == 0xf8000000) {
    (o << "permh,").dec(static_cast<int>(bf(w, 17, 18)));
    o.dec(static_cast<int>(bf(w, 20, 21)));
    o.dec(static_cast<int>(bf(w, 22, 23)));
    o.dec(static_cast<int>(bf(w, 24, 25))) << ' ';
    o.gr(b) << ',';
    o.gr(t);
  } else {
    return unknown(w);
  }
  return o.take();
}

}  // namespace

std::string disassemble(uint32_t w, uint32_t address) {
  const unsigned major = w >> 26;
  switch (major) {
    case 0x00: return system_ops(w, decode(w).op);
    case 0x01: return mem_mgmt_ops(w, decode(w).op);
    case 0x02: return arith_ops(w, decode(w).op);
    case 0x03: return index_short_mem(w);
    case 0x04: return spop(w);
    case 0x05: {
      Out o;
      (o << "diag ").hex(bf(w, 6, 31));
      return o.take();
    }
    case 0x06: return fp_multi_op(w, "fmpyadd");
    case 0x08:
    case 0x0a: {
      Out o;
      (o << (major == 0x08 ? "ldil L%" : "addil L%")).sx(static_cast<int32_t>(assemble_21(bf(w, 11, 31))))
          << ',';
      o.gr(bf(w, 6, 10));
      if (major == 0x0a) o << ",r1";
      return o.take();
    }
    case 0x09: return fp_mem(w, false);
    case 0x0b: return fp_mem(w, true);
    case 0x0c: return fp_0c(w);
    case 0x0e: return fp_0e(w);
    case 0x0f: return fp_quad_store(w);
    case 0x0d:
    case 0x10:
    case 0x11:
    case 0x12:
    case 0x13:
    case 0x14:
    case 0x16:
    case 0x17:
    case 0x18:
    case 0x19:
    case 0x1a:
    case 0x1b:
    case 0x1c:
    case 0x1e:
    case 0x1f: return long_disp_mem(w, major);
    case 0x20:
    case 0x21:
    case 0x22:
    case 0x23:
    case 0x27:
    case 0x28:
    case 0x29:
    case 0x2a:
    case 0x2b:
    case 0x2f:
    case 0x32:
    case 0x33:
    case 0x3b: return compare_branch(w, address, major);
    case 0x24:
    case 0x25:
    case 0x2c:
    case 0x2d: return arith_imm(w, major);
    case 0x26: return fp_multi_op(w, "fmpysub");
    case 0x2e: return fp_fused(w);
    case 0x30: return branch_on_bit(w, address, true);
    case 0x31: return branch_on_bit(w, address, false);
    case 0x34: return shift_extract(w, decode(w).op);
    case 0x35: return deposit(w, decode(w).op);
    case 0x36:
    case 0x3c:
    case 0x3d: return doubleword_field(w, major);
    case 0x38: return external_branch(w, false);
    case 0x39: return external_branch(w, true);
    case 0x3a: return branch_3a(w, address, decode(w).op);
    case 0x3e: return multimedia(w);
    default: return unknown(w);
  }
}

}  // namespace pa
