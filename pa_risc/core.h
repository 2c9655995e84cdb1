// The PA-RISC 1.1 instruction-set core: fetch, predecode, execute.
//
// The core knows nothing of SystemC.  It runs a bounded number of
// instructions and returns; the platform (sim/cpu_module) decides what a
// trap means (deliver it to a guest kernel, or serve it in syscall emulation)
// and how simulated time advances.
#pragma once
#include <cstdint>

#include "pa_risc/cpu_state.h"
#include "pa_risc/exec_mode.h"
#include "pa_risc/guest_memory.h"
#include "pa_risc/interruptions.h"
#include "pa_risc/pipeline.h"
#include "pa_risc/timing.h"

namespace pa {

// DIAG immediates: 0x0000..0x00ff are stage markers; this one calls the
// simulated firmware (PDC) with its arguments in the general registers.
constexpr uint32_t kFirmwareCall = 0x100;

enum class StopReason : uint8_t { BudgetExhausted, Trap, Halt };

struct RunResult {
  StopReason reason = StopReason::BudgetExhausted;
  GuestTrap trap{};       // valid when reason == Trap
  uint32_t halt_status = 0;  // valid when reason == Halt
};

// Observer for --trace: sees each instruction before and after it executes.
class InsnObserver {
 public:
  virtual ~InsnObserver() = default;
  virtual void before(const CpuState& s) = 0;
  virtual void after(const CpuState& s, uint32_t space, uint32_t offset, uint32_t word,
                     bool nullified) = 0;
};

struct CoreCounters {
  uint64_t instructions = 0;  // issued, including nullified ones
  uint64_t nullified = 0;
  uint64_t interruptions[32] = {};  // delivered to the guest, by number
  uint64_t stage_markers = 0;       // stage markers recognised (they are not instructions)
  // Issued instructions by operation (timed runs only; nullified ones are
  // counted in `nullified`, not here; markers never).
  uint64_t by_op[static_cast<unsigned>(Op::Count) + 1] = {};
};

class Core;

// Every counter a stage clock charges to stages, as of one instant: what
// Core::sample() reads at a marker.  All fields are uint64_t, so a sample is
// also an array (kFields) that deltas are taken over in one loop.
struct CounterSample {
  uint64_t insts;     // issued, nullified included
  uint64_t cycles;
  uint64_t loads, stores, branches;  // by class (timed runs; FP loads/stores included)
  uint64_t nullified;
  uint64_t stalls[static_cast<unsigned>(StallCause::Count)];
  uint64_t icache_misses, dcache_misses;
  uint64_t itlb_misses, dtlb_misses;  // TLB-miss interruptions delivered (6, 16 / 15, 17)
  uint64_t kernel_insts, kernel_cycles;  // privilege 0, TLB-refill handlers included
  static constexpr unsigned kFields = 6 + static_cast<unsigned>(StallCause::Count) + 6;
  uint64_t* begin() { return &insts; }
  const uint64_t* begin() const { return &insts; }
};
static_assert(sizeof(CounterSample) == CounterSample::kFields * sizeof(uint64_t));

// Receives the stage markers (stages.h) the guest executes: `diag ID`
// (ID < 0x100) at privilege 0 and `ldo ID(%r0),%r0` at any privilege.  A
// marker is not an instruction: it takes no cycle, is not counted anywhere
// (instructions, by_op, stalls), and leaves the pipeline as it was, so a
// run with markers has the totals of the same code without them.  Its only
// effect is its fetch: the I-cache line it sits in is looked up like any
// other (and a miss there is charged, to the stage in progress).  A marker
// in a nullified slot is a nullified instruction (it takes its slot) and
// reaches no listener.  `core.sample(...)` inside on_marker() gives the
// exact counters at the marker.
class StageListener {
 public:
  virtual ~StageListener() = default;
  // `instructions` and `cycles` are the totals at the marker (the cycle it
  // would issue in); `privilege` the level it ran at.
  virtual void on_marker(uint32_t id, const Core& core, uint64_t instructions, uint64_t cycles,
                         unsigned privilege) = 0;
};

class Core {
 public:
  explicit Core(GuestMemory& mem) : mem_(mem) {}

  CpuState& state() { return st_; }
  const CpuState& state() const { return st_; }
  GuestMemory& memory() { return mem_; }
  const CoreCounters& counters() const { return counters_; }
  // Instructions and cycles by execution mode (user, kernel, TLB refill).
  uint64_t mode_instructions(ExecMode m) const { return modes_.instructions(m, counters_.instructions); }
  uint64_t mode_cycles(ExecMode m) const { return modes_.cycles(m, st_.cycles); }
  std::vector<ExecModeClock::SpaceTotals> user_spaces() const {
    return modes_.user_spaces(counters_.instructions, st_.cycles);
  }

  // Run for at most `max_cycles` cycles (one per instruction when timing is off).  When interruptions are not
  // delivered to the guest (syscall emulation), a trap ends the run with the
  // state of the boundary before the trapping instruction.  When they are
  // (full system), the core vectors through IVA as the hardware does and
  // only a halt request or the budget ends the run.
  RunResult run(uint64_t max_cycles);
  void set_observer(InsnObserver* o) { observer_ = o; }
  void set_deliver_interruptions(bool on) { deliver_interruptions_ = on; }
  void set_stage_listener(StageListener* l) { stage_listener_ = l; }
  void set_timing(const TimingParams& t) { timing_ = t; }
  // Caches are consulted in timed runs only; null means "not modelled".
  void set_caches(cache::Cache* icache, cache::Cache* dcache, const uint8_t* ram_base) {
    icache_ = timing_.enabled ? icache : nullptr;
    dcache_ = timing_.enabled ? dcache : nullptr;
    mem_.attach_dcache(dcache_, ram_base);
  }
  const TimingParams& timing() const { return timing_; }
  uint64_t stall_cycles(StallCause c) const { return stalls_[static_cast<unsigned>(c)]; }
  // The core's statistics as add(name, value, description), in a fixed
  // order; names are unprefixed, the run adds "cpu.".  Defined in
  // pa_risc/core_stats.h.
  template <class F>
  void for_each_stat(F&& add) const;
  // The counters as of (instructions, cycles) -- the figures a listener is
  // given at a marker.  Loads, stores and branches are summed from by_op
  // (a few dozen operations), so nothing is counted per instruction for
  // them.
  void sample(uint64_t instructions, uint64_t cycles, CounterSample& out) const;

  // Take an interruption now, as the hardware does (PA-RISC 1.1 ch. 5):
  // save the queues, IIR/ISR/IOR and the shadow registers (when PSW[Q]),
  // IPSW <- PSW, PSW <- 0, continue at IVA + 32 * number.
  void deliver(Interruption code, const GuestTrap& info, uint32_t insn_word);
  // An external interrupt is pending and enabled.
  bool external_interrupt_pending() const {
    return (st_.psw & psw::I) && (st_.cr[cr::Eirr] & st_.cr[cr::Eiem]);
  }

 private:
  template <bool kObserved, bool kTimed, bool kTagged>
  RunResult run_loop(uint64_t cycle_budget);
  RunResult dispatch_loop(uint64_t cycles);

  GuestMemory& mem_;
  CpuState st_;
  CoreCounters counters_;
  ExecModeClock modes_;
  InsnObserver* observer_ = nullptr;
  StageListener* stage_listener_ = nullptr;
  bool deliver_interruptions_ = false;
  TimingParams timing_;
  Pipeline pipeline_;
  cache::Cache* icache_ = nullptr;
  cache::Cache* dcache_ = nullptr;
  uint32_t last_fetch_line_ = ~0u;
  // Interruptions delivered in a row with no instruction completing between
  // them: a handler whose first instruction traps again.  The hardware
  // would spin there forever (in functional runs without simulated time
  // passing), so past kInterruptionLoopLimit the run ends with a report.
  static constexpr unsigned kInterruptionLoopLimit = 64;
  unsigned interruptions_in_a_row_ = 0;
  uint64_t instructions_at_last_delivery_ = ~uint64_t{0};
  Pipeline::Stalls stalls_ = {};
  Pipeline::IssueStalls issue_stalls_ = {};  // the current instruction's interlock stalls
  void commit_issue_stalls() {
    for (unsigned i = 0; i < Pipeline::kIssueCauses; ++i) {
      stalls_[i] += issue_stalls_[i];
      issue_stalls_[i] = 0;
    }
  }
  void context_changed() {
    if (MemoryBackend* b = mem_.backend()) b->on_context_change(st_);
  }
  void discard_issue_stalls() {
    for (auto& v : issue_stalls_) v = 0;
  }
};

}  // namespace pa
