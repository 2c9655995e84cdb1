// The core's outer control: running a budget of cycles around the
// instruction loop, the interval timer, the debug/recovery traps that need
// instruction-by-instruction stepping, and delivering interruptions the way
// the PA-RISC 1.1 hardware does.
#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

#include <fmt/format.h>

#include "pa_risc/core.h"
#include "pa_risc/fpu.h"

namespace pa {

RunResult Core::run(uint64_t max_cycles) {
  // The guest's FP environment (rounding mode, flags) is installed on the
  // host only while guest code runs, whatever way the loop is left.
  struct GuestFpBracket {
    CpuState& s;
    explicit GuestFpBracket(CpuState& st) : s(st) { fp_enter_guest(s); }
    ~GuestFpBracket() { fp_leave_guest(s); }
  } bracket(st_);
  CpuState& s = st_;
  // The budget covers interruption entry too: a guest that does nothing but
  // take interruptions still runs out of it.
  const uint64_t end = s.cycles + max_cycles;
  // The mode follows the privilege we were started at (syscall emulation
  // starts at 3, a reset at 0) unless a refill handler is running.
  if (modes_.mode() != ExecMode::TlbRefill && modes_.mode() != exec_mode_of_privilege(s.iaoq_front & 3u))
    modes_.switch_to(exec_mode_of_privilege(s.iaoq_front & 3u), counters_.instructions, s.cycles, s.iasq_front);
  for (;;) {
    if (deliver_interruptions_ && external_interrupt_pending()) deliver(Interruption::External, {}, 0);
    uint64_t chunk = end > s.cycles ? end - s.cycles : 0;
    // Stop exactly at the cycle the interval timer matches.
    if (s.timer_armed) chunk = std::min<uint64_t>(chunk, s.timer_target > s.cycles ? s.timer_target - s.cycles : 0);
    // PSW[R]: the recovery counter (CR0) counts instructions down, one at a
    // time, and traps once its leftmost bit is set (debuggers' single step).
    const bool counting = s.psw & psw::R;
    // PSW[T]: a taken branch traps (25) once it completes, with the queue
    // holding its delay slot and target.  Both modes step one instruction.
    const bool tracing = (s.psw & psw::T) && deliver_interruptions_;
    // PSW[H]/[L]: a branch that raises/lowers the privilege traps (23/24)
    // before the first instruction at the new level.
    const bool watch_privilege = (s.psw & (psw::H | psw::L)) && deliver_interruptions_;
    if (counting || tracing || watch_privilege) chunk = std::min<uint64_t>(chunk, 1);
    const uint32_t back_before = s.iaoq_back;
    const uint32_t priv_before = s.iaoq_front & 3u;
    const uint32_t pc_before = s.iaoq_front & ~3u;
    const bool slot_nullified = s.nullify_next;
    const uint64_t i0 = counters_.instructions;
    RunResult r = dispatch_loop(chunk);
    if (watch_privilege && counters_.instructions != i0 && r.reason == StopReason::BudgetExhausted &&
        (s.iaoq_front & 3u) != priv_before) {
      const uint32_t word = mem_.host_load<uint32_t>(s.iasq_front, pc_before);
      const Op op = decode(word).op;
      if (op != Op::RFI && op != Op::RFIR) {  // returning from an interruption is not a transfer
        const bool raised = (s.iaoq_front & 3u) < priv_before;
        if (raised && (s.psw & psw::H)) { deliver(Interruption::HigherPrivilegeTransfer, {}, word); continue; }
        if (!raised && (s.psw & psw::L)) { deliver(Interruption::LowerPrivilegeTransfer, {}, word); continue; }
      }
    }
    if (tracing && counters_.instructions != i0 && !slot_nullified && r.reason == StopReason::BudgetExhausted &&
        s.iaoq_back != back_before + 4) {
      deliver(Interruption::TakenBranch, {}, mem_.host_load<uint32_t>(s.iasq_front, (s.iaoq_front & ~3u) - 4));
      continue;
    }
    if (counting && counters_.instructions != i0 && r.reason == StopReason::BudgetExhausted) {
      s.cr[cr::RecoveryCounter] -= 1;
      if ((s.cr[cr::RecoveryCounter] >> 31) && deliver_interruptions_) deliver(Interruption::RecoveryCounter, {}, 0);
    }
    if (s.timer_armed && s.cycles >= s.timer_target) {
      s.cr[cr::Eirr] |= kEirrIntervalTimer;
      s.timer_armed = false;
    }
    if (r.reason == StopReason::Halt) return r;
    if (r.reason == StopReason::Trap) {
      if (!deliver_interruptions_) return r;
      uint32_t word = 0;
      try {
        word = mem_.host_load<uint32_t>(s.iasq_front, s.iaoq_front & ~3u);
      } catch (const GuestTrap&) {
      }
      deliver(r.trap.code, r.trap, word);
    }
    if (s.cycles >= end) return RunResult{};
  }
}

namespace {
// The operations of each counted class, as indices into by_op, fixed at
// compile time: a marker's sample is a few dozen additions at constant
// offsets, unrolled, instead of every operation's counter.
constexpr InsnClass kOpClasses[] = {
#define PA_X(name, cls) InsnClass::cls,
    PA_OPCODES(PA_X)
#undef PA_X
};
static_assert(std::size(kOpClasses) == static_cast<size_t>(Op::Count));
constexpr unsigned ops_in(InsnClass c) {
  unsigned n = 0;
  for (InsnClass k : kOpClasses) n += k == c;
  return n;
}
template <InsnClass kClass>
constexpr std::array<uint16_t, ops_in(kClass)> ops_of() {
  std::array<uint16_t, ops_in(kClass)> ops{};
  unsigned n = 0;
  for (unsigned op = 0; op < std::size(kOpClasses); ++op)
    if (kOpClasses[op] == kClass) ops[n++] = static_cast<uint16_t>(op);
  return ops;
}
constexpr auto kLoadOps = ops_of<InsnClass::Load>();
constexpr auto kStoreOps = ops_of<InsnClass::Store>();
constexpr auto kBranchOps = ops_of<InsnClass::Branch>();
template <size_t N>
[[gnu::always_inline]] inline uint64_t sum_of(const uint64_t* by_op, const std::array<uint16_t, N>& ops) {
  uint64_t n = 0;
#pragma GCC unroll 64
  for (uint16_t op : ops) n += by_op[op];
  return n;
}
}  // namespace

void Core::sample(uint64_t instructions, uint64_t cycles, CounterSample& out) const {
  const CoreCounters& c = counters_;
  out.insts = instructions;
  out.cycles = cycles;
  out.loads = sum_of(c.by_op, kLoadOps);
  out.stores = sum_of(c.by_op, kStoreOps);
  out.branches = sum_of(c.by_op, kBranchOps);
  out.nullified = c.nullified;
  for (unsigned i = 0; i < static_cast<unsigned>(StallCause::Count); ++i) out.stalls[i] = stalls_[i];
  out.icache_misses = icache_ ? icache_->misses() : 0;
  out.dcache_misses = dcache_ ? dcache_->misses() : 0;
  const auto n = [&c](Interruption i) { return c.interruptions[static_cast<unsigned>(i)]; };
  out.itlb_misses = n(Interruption::InstructionTlbMiss) + n(Interruption::NonAccessInstructionTlbMiss);
  out.dtlb_misses = n(Interruption::DataTlbMiss) + n(Interruption::NonAccessDataTlbMiss);
  out.kernel_insts = modes_.instructions(ExecMode::Kernel, instructions) + modes_.instructions(ExecMode::TlbRefill, instructions);
  out.kernel_cycles = modes_.cycles(ExecMode::Kernel, cycles) + modes_.cycles(ExecMode::TlbRefill, cycles);
}

RunResult Core::dispatch_loop(uint64_t cycles) {
  const bool tagged = mem_.space_checks();
  if (observer_) {
    if (timing_.enabled) return tagged ? run_loop<true, true, true>(cycles) : run_loop<true, true, false>(cycles);
    return tagged ? run_loop<true, false, true>(cycles) : run_loop<true, false, false>(cycles);
  }
  if (timing_.enabled) return tagged ? run_loop<false, true, true>(cycles) : run_loop<false, true, false>(cycles);
  return tagged ? run_loop<false, false, true>(cycles) : run_loop<false, false, false>(cycles);
}

void Core::deliver(Interruption code, const GuestTrap& info, uint32_t insn_word) {
  CpuState& s = st_;
  // The PA7000 (PA-RISC 1.1a) has no vectors 26..28: access-rights,
  // protection-id and unaligned-reference traps all take vector 18 (the
  // TLB model already reports 18 for the first two).
  if (code == Interruption::UnalignedDataReference) code = Interruption::DataMemoryProtection;
  const uint32_t old_psw = s.full_psw();
  const bool refill = code == Interruption::InstructionTlbMiss || code == Interruption::DataTlbMiss ||
                      code == Interruption::NonAccessInstructionTlbMiss ||
                      code == Interruption::NonAccessDataTlbMiss || code == Interruption::TlbDirtyBit;
  if (counters_.instructions == instructions_at_last_delivery_) {
    if (++interruptions_in_a_row_ >= kInterruptionLoopLimit)
      throw GuestHang{fmt::format(
          "guest stuck in an interruption loop: {} interruptions in a row with no instruction completing "
          "in between; the last was {} ({}) at {:04x}.{:08x}, IVA 0x{:08x}",
          interruptions_in_a_row_, static_cast<unsigned>(code), interruption_name(code), s.iasq_front,
          s.iaoq_front & ~3u, s.cr[cr::Iva])};
  } else {
    interruptions_in_a_row_ = 1;
    instructions_at_last_delivery_ = counters_.instructions;
  }
  modes_.switch_to(refill ? ExecMode::TlbRefill : ExecMode::Kernel, counters_.instructions, s.cycles);
  if (old_psw & psw::Q) {
    s.iiasq[0] = s.iasq_front;
    s.iiasq[1] = s.iasq_back;
    s.iiaoq[0] = s.iaoq_front;
    s.iiaoq[1] = s.iaoq_back;
    s.cr[cr::Iiasq] = s.iiasq[0];
    s.cr[cr::Iiaoq] = s.iiaoq[0];
    const bool fetch_fault = code == Interruption::InstructionTlbMiss ||
                             code == Interruption::NonAccessInstructionTlbMiss ||
                             code == Interruption::InstructionMemoryProtection;
    // IIR: the interrupted instruction, for every interruption raised by an
    // instruction that was fetched.
    if (code != Interruption::External && !fetch_fault) s.cr[cr::Iir] = insn_word;
    // ISR/IOR: the faulting data address, or the instruction's for fetch faults.
    s.cr[cr::Isr] = fetch_fault ? s.iasq_front : info.space;
    s.cr[cr::Ior] = fetch_fault ? (s.iaoq_front & ~3u) : info.offset;
    for (unsigned i = 0; i < 7; ++i) s.shadow[i] = s.gr[kShadowedGr[i]];
  }
  s.cr[cr::Ipsw] = old_psw;
  s.psw = (code == Interruption::HighPriorityMachineCheck) ? psw::M : 0;
  s.carry_vector = 0;
  s.nullify_next = false;
  s.iasq_front = s.iasq_back = 0;
  s.iaoq_front = s.cr[cr::Iva] + 32u * static_cast<uint32_t>(code);  // privilege 0
  s.iaoq_back = s.iaoq_front + 4;
  ++counters_.interruptions[static_cast<unsigned>(code)];
  context_changed();
  if (timing_.enabled) {
    s.cycles += timing_.interruption_cycles;
    stalls_[static_cast<unsigned>(StallCause::InterruptionEntry)] += timing_.interruption_cycles;
  }
}

}  // namespace pa
