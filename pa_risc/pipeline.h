// PA7000 pipeline interlocks, applied per instruction in timed runs.
//
// The rules (sources in configs/hp730.cfg):
//  * one instruction issues per cycle;
//  * a load's result reaches an instruction issued load_latency cycles later
//    (so the very next instruction waits one cycle) — load-use interlock;
//  * a store holds the memory port for store_busy cycles: no load or store
//    issues in the cycles after it — the store rule;
//  * FP results arrive after the unit's latency, and a unit accepts a new
//    operation only after its repeat interval (divide and square root are
//    not pipelined); an FP store of a freshly computed value gets it one
//    cycle early (bypass), of a freshly loaded value one cycle late;
//  * FTEST waits for the compare bit of the last FCMP;
//  * MTSP, MTCTL and RFI take extra cycles.
#pragma once
#include <cstdint>

#include "pa_risc/decoded_insn.h"
#include "pa_risc/timing.h"

namespace pa {

class Pipeline {
 public:
  using Stalls = uint64_t[static_cast<unsigned>(StallCause::Count)];
  // The interlocks that hold an instruction before it issues: the first
  // causes of StallCause.  They are staged per instruction and committed
  // only if it completes (a trapping instruction did not wait).
  static constexpr unsigned kIssueCauses = 4;
  static_assert(static_cast<unsigned>(StallCause::LoadUse) < kIssueCauses &&
                static_cast<unsigned>(StallCause::StoreRule) < kIssueCauses &&
                static_cast<unsigned>(StallCause::FpResult) < kIssueCauses &&
                static_cast<unsigned>(StallCause::FpUnitBusy) < kIssueCauses);
  using IssueStalls = uint64_t[kIssueCauses];

  // The cycle `d` can issue in, when the previous instruction finished at `cycle`.
  [[gnu::always_inline]] uint64_t issue_cycle(const DecodedInsn& d, uint64_t cycle, IssueStalls& stalls) {
    uint64_t issue = cycle;
    if ((d.gr_reads & load_mask_) && load_ready_ > issue) {
      stalls[idx(StallCause::LoadUse)] += load_ready_ - issue;
      issue = load_ready_;
    }
    const auto tc = static_cast<TimingClass>(d.timing);
    if (tc == TimingClass::Plain) return issue;
    if (tc == TimingClass::Load || tc == TimingClass::Store) {
      if (port_free_ > issue) {
        stalls[idx(StallCause::StoreRule)] += port_free_ - issue;
        issue = port_free_;
      }
      return issue;
    }
    return issue_slow(d, issue, stalls);
  }

  // Record what `d`, issued at `issue`, leaves behind; returns the extra
  // cycles it occupies beyond its issue cycle.
  [[gnu::always_inline]] uint32_t retire(const DecodedInsn& d, uint64_t issue, const TimingParams& tp, Stalls& stalls) {
    load_mask_ = d.gr_load_target ? (1u << d.gr_load_target) : 0u;
    load_ready_ = issue + tp.load_latency;
    const auto tc = static_cast<TimingClass>(d.timing);
    if (tc == TimingClass::Plain || tc == TimingClass::Load) return 0;
    if (tc == TimingClass::Store) {
      port_free_ = issue + tp.store_busy;
      return 0;
    }
    return retire_slow(d, issue, tp, stalls);
  }

  void reset() { *this = Pipeline{}; }

 private:
  [[gnu::noinline]] uint64_t issue_slow(const DecodedInsn& d, uint64_t issue, IssueStalls& stalls) {
    const auto tc = static_cast<TimingClass>(d.timing);
    if (is_memory(tc) && port_free_ > issue) {
      stalls[idx(StallCause::StoreRule)] += port_free_ - issue;
      issue = port_free_;
    }
    if (d.fr_reads) issue = wait_fp_operands(d, tc, issue, stalls);
    uint64_t unit_free = 0;
    switch (tc) {
      case TimingClass::FpAlu: unit_free = alu_free_; break;
      case TimingClass::FpMul: case TimingClass::FpDivSgl: case TimingClass::FpDivDbl:
      case TimingClass::FpSqrtSgl: case TimingClass::FpSqrtDbl: unit_free = mul_free_; break;
      case TimingClass::FpMulAdd: unit_free = alu_free_ > mul_free_ ? alu_free_ : mul_free_; break;
      case TimingClass::FpTest:
        if (fcmp_ready_ > issue) {
          stalls[idx(StallCause::FpResult)] += fcmp_ready_ - issue;
          issue = fcmp_ready_;
        }
        break;
      default: break;
    }
    if (unit_free > issue) {
      stalls[idx(StallCause::FpUnitBusy)] += unit_free - issue;
      issue = unit_free;
    }
    return issue;
  }

  [[gnu::noinline]] uint32_t retire_slow(const DecodedInsn& d, uint64_t issue, const TimingParams& tp, Stalls& stalls) {
    const auto tc = static_cast<TimingClass>(d.timing);
    if (tc == TimingClass::Store || tc == TimingClass::LoadStore || tc == TimingClass::FpStore)
      port_free_ = issue + tp.store_busy;
    switch (tc) {
      case TimingClass::FpLoad: set_fp(d.fr_target, issue + tp.fp_load_latency, true); return 0;
      case TimingClass::FpAlu:
        if (d.op == Op::FCMP) fcmp_ready_ = issue + tp.fcmp_to_ftest;
        else set_fp(d.fr_target, issue + tp.fp_alu_latency, false);
        alu_free_ = issue + tp.fp_alu_repeat;
        return 0;
      case TimingClass::FpMul:
        set_fp(d.fr_target, issue + tp.fp_mul_latency, false);
        mul_free_ = issue + tp.fp_mul_repeat;
        return 0;
      case TimingClass::FpMulAdd:
        set_fp(d.fr_target, issue + tp.fp_mul_latency, false);
        set_fp(d.fr_target2, issue + tp.fp_alu_latency, false);
        alu_free_ = issue + tp.fp_alu_repeat;
        mul_free_ = issue + tp.fp_mul_repeat;
        return 0;
      case TimingClass::FpDivSgl: return long_op(d, issue, tp.fp_div_sgl);
      case TimingClass::FpDivDbl: return long_op(d, issue, tp.fp_div_dbl);
      case TimingClass::FpSqrtSgl: return long_op(d, issue, tp.fp_sqrt_sgl);
      case TimingClass::FpSqrtDbl: return long_op(d, issue, tp.fp_sqrt_dbl);
      case TimingClass::MoveToSpace:
        stalls[idx(StallCause::SpaceRegister)] += tp.mtsp_cycles;
        return tp.mtsp_cycles;
      case TimingClass::MoveToControl:
        stalls[idx(StallCause::ControlRegister)] += tp.mtctl_cycles;
        return tp.mtctl_cycles;
      case TimingClass::Rfi:
        stalls[idx(StallCause::Rfi)] += tp.rfi_cycles;
        return tp.rfi_cycles;
      default: return 0;
    }
  }

  static constexpr unsigned idx(StallCause c) { return static_cast<unsigned>(c); }
  static constexpr bool is_memory(TimingClass tc) {
    return tc == TimingClass::Load || tc == TimingClass::Store || tc == TimingClass::LoadStore ||
           tc == TimingClass::FpLoad || tc == TimingClass::FpStore;
  }
  uint64_t wait_fp_operands(const DecodedInsn& d, TimingClass tc, uint64_t issue, IssueStalls& stalls) {
    uint64_t ready = 0;
    for (uint32_t m = d.fr_reads; m; m &= m - 1) {
      const unsigned r = static_cast<unsigned>(__builtin_ctz(m));
      uint64_t t = fr_ready_[r];
      if (tc == TimingClass::FpStore && t) t = (fr_from_load_ & (1u << r)) ? t + 1 : t - 1;
      if (t > ready) ready = t;
    }
    if (ready > issue) {
      stalls[idx(StallCause::FpResult)] += ready - issue;
      issue = ready;
    }
    return issue;
  }
  void set_fp(uint8_t reg, uint64_t ready, bool from_load) {
    if (reg == 0xff) return;
    fr_ready_[reg & 31u] = ready;
    if (from_load) fr_from_load_ |= 1u << (reg & 31u);
    else fr_from_load_ &= ~(1u << (reg & 31u));
  }
  uint32_t long_op(const DecodedInsn& d, uint64_t issue, uint32_t latency) {
    set_fp(d.fr_target, issue + latency, false);
    mul_free_ = issue + latency;  // divide and square root are not pipelined
    return 0;
  }

  uint32_t load_mask_ = 0;
  uint64_t load_ready_ = 0;
  uint64_t port_free_ = 0;
  uint64_t fr_ready_[32] = {};
  uint32_t fr_from_load_ = 0;
  uint64_t alu_free_ = 0, mul_free_ = 0, fcmp_ready_ = 0;
};

}  // namespace pa
