#include "pa_risc/operand_use.h"

#include "pa_risc/bits.h"
#include "pa_risc/fpu_status.h"
#include "pa_risc/timing.h"

namespace pa {

namespace {
constexpr uint32_t bit(unsigned r) { return r ? (1u << r) : 0u; }  // r0 never stalls
constexpr uint32_t fbit(unsigned r) { return 1u << (r & 31u); }

void set(DecodedInsn& d, TimingClass c) { d.timing = static_cast<uint8_t>(c); }
// FP loads/stores: bit 19 selects the short-displacement form; else indexed.
bool field_is_indexed(const DecodedInsn& d) { return !field(d.word, 19, 1); }
}  // namespace

void annotate_operands(DecodedInsn& d) {
  using enum Op;
  d.gr_reads = 0;
  d.fr_reads = 0;
  d.gr_load_target = 0;
  d.fr_target = d.fr_target2 = 0xff;
  set(d, TimingClass::Plain);
  switch (d.op) {
    // three-register arithmetic: r1 = a, r2 = b
    case ANDCM: case AND: case OR: case XOR: case UXOR: case COMCLR: case UADDCM: case UADDCMT:
    case ADD: case ADDL: case ADDO: case ADDC: case ADDCO: case SH1ADD: case SH1ADDL: case SH1ADDO:
    case SH2ADD: case SH2ADDL: case SH2ADDO: case SH3ADD: case SH3ADDL: case SH3ADDO:
    case SUB: case SUBO: case SUBB: case SUBBO: case SUBT: case SUBTO: case DS:
      d.gr_reads = bit(d.a_) | bit(d.b_);
      break;
    case DCOR: case IDCOR:
      d.gr_reads = bit(d.r());
      break;
    case ADDI: case ADDIO: case ADDIT: case ADDITO: case SUBI: case SUBIO: case COMICLR: case ADDIL:
      d.gr_reads = bit(d.r());
      break;
    case LDO:
      d.gr_reads = bit(d.b());
      break;
    case LDB: case LDH: case LDW: case LDWM:
      d.gr_reads = bit(d.b_);
      d.gr_load_target = d.t_;
      set(d, TimingClass::Load);
      break;
    case STB: case STH: case STW: case STWM:
      d.gr_reads = bit(d.b_) | bit(d.t_);
      set(d, TimingClass::Store);
      break;
    case LDBX: case LDHX: case LDWX: case LDWAX:
      d.gr_reads = bit(d.b_) | bit(d.a_);
      d.gr_load_target = d.t_;
      set(d, TimingClass::Load);
      break;
    case LDCWX:
      d.gr_reads = bit(d.b_) | bit(d.a_);
      d.gr_load_target = d.t_;
      set(d, TimingClass::LoadStore);
      break;
    case LDBS: case LDHS: case LDWS: case LDWAS:
      d.gr_reads = bit(d.b_);
      d.gr_load_target = d.t_;
      set(d, TimingClass::Load);
      break;
    case LDCWS:
      d.gr_reads = bit(d.b_);
      d.gr_load_target = d.t_;
      set(d, TimingClass::LoadStore);
      break;
    case STBS: case STHS: case STWS: case STBYS: case STWAS:
      d.gr_reads = bit(d.b_) | bit(d.t_);
      set(d, TimingClass::Store);
      break;
    case BLR: case BV: case BE: case BLE:
      d.gr_reads = bit(d.a_) | bit(d.b_);
      if (d.op == BE || d.op == BLE) d.gr_reads = bit(d.b_);
      if (d.op == BLR) d.gr_reads = bit(d.a_);
      break;
    case COMBT: case COMBF: case ADDBT: case ADDBF:
      d.gr_reads = bit(d.a_) | bit(d.b_);
      break;
    case COMIBT: case COMIBF: case ADDIBT: case ADDIBF:
      d.gr_reads = bit(d.b_);
      break;
    case MOVB: case BB:
      d.gr_reads = bit(d.a_);
      break;
    case BVB:
      d.gr_reads = bit(d.a_);
      break;
    case SHD: case VSHD:
      d.gr_reads = bit(d.a_) | bit(d.b_);
      break;
    case EXTRU: case EXTRS: case VEXTRU: case VEXTRS:
      d.gr_reads = bit(d.r());
      break;
    case DEP: case VDEP:
      d.gr_reads = bit(d.a_) | bit(d.t_);
      break;
    case ZDEP: case ZVDEP:
      d.gr_reads = bit(d.a_);
      break;
    case DEPI: case VDEPI:
      d.gr_reads = bit(d.t_);
      break;
    case MTSP:
      d.gr_reads = bit(d.a_);
      set(d, TimingClass::MoveToSpace);
      break;
    case MTCTL:
      d.gr_reads = bit(d.a_);
      // MTSAR writes an ordinary register; only system registers cost extra.
      set(d, d.cr() == 11 ? TimingClass::Plain : TimingClass::MoveToControl);
      break;
    case MTSM:
      d.gr_reads = bit(d.a_);
      break;
    case LDSID:
      d.gr_reads = bit(d.b_);
      break;
    case RFI: case RFIR:
      set(d, TimingClass::Rfi);
      break;
    case IITLBA: case IITLBP: case IDTLBA: case IDTLBP: case PITLB: case PDTLB: case PITLBE:
    case PDTLBE: case FIC: case FICE: case FDC: case FDCE: case PDC: case PROBER: case PROBEW:
    case PROBERI: case PROBEWI: case LPA: case LCI:
      d.gr_reads = bit(d.a_) | bit(d.b_);
      set(d, TimingClass::SystemMem);
      break;
    case FLDW: case FLDD:
      d.gr_reads = bit(d.b_) | (field_is_indexed(d) ? bit(d.a_) : 0);
      d.fr_target = d.t_;
      set(d, TimingClass::FpLoad);
      break;
    case FSTW: case FSTD:
      d.gr_reads = bit(d.b_) | (field_is_indexed(d) ? bit(d.a_) : 0);
      d.fr_reads = fbit(d.t_);
      set(d, TimingClass::FpStore);
      break;
    case FCPY: case FABS: case FRND: case FCNVFF: case FCNVXF: case FCNVFX: case FCNVFXT:
      d.fr_reads = fbit(d.a_);
      d.fr_target = d.t_;
      set(d, TimingClass::FpAlu);
      break;
    case FSQRT:
      d.fr_reads = fbit(d.a_);
      d.fr_target = d.t_;
      set(d, (d.flags_ & fpf::kSrcDbl) ? TimingClass::FpSqrtDbl : TimingClass::FpSqrtSgl);
      break;
    case FADD: case FSUB: case FREM:
      d.fr_reads = fbit(d.a_) | fbit(d.b_);
      d.fr_target = d.t_;
      set(d, TimingClass::FpAlu);
      break;
    case FCMP:
      d.fr_reads = fbit(d.a_) | fbit(d.b_);
      set(d, TimingClass::FpAlu);
      break;
    case FTEST:
      set(d, TimingClass::FpTest);
      break;
    case FMPY: case XMPYU:
      d.fr_reads = fbit(d.a_) | fbit(d.b_);
      d.fr_target = d.t_;
      set(d, TimingClass::FpMul);
      break;
    case FDIV:
      d.fr_reads = fbit(d.a_) | fbit(d.b_);
      d.fr_target = d.t_;
      set(d, (d.flags_ & fpf::kSrcDbl) ? TimingClass::FpDivDbl : TimingClass::FpDivSgl);
      break;
    case FMPYADD: case FMPYSUB:
      d.fr_reads = fbit(d.a_) | fbit(d.b_) | fbit(fpf::mpyadd_ta(d)) | fbit(fpf::mpyadd_ra(d));
      d.fr_target = d.t_;
      d.fr_target2 = static_cast<uint8_t>(fpf::mpyadd_ta(d));
      set(d, TimingClass::FpMulAdd);
      break;
    default:
      break;
  }
}

}  // namespace pa
