// The PA-RISC 1.1 instruction-set core: fetch, predecode, execute.
//
// The core knows nothing of SystemC.  It runs a bounded number of
// instructions and returns; the platform (sim/cpu_module) decides what a
// trap means (deliver it to a guest kernel, or serve it in syscall emulation)
// and how simulated time advances.
#pragma once
#include <cstdint>

#include "pa_risc/cpu_state.h"
#include "pa_risc/guest_memory.h"
#include "pa_risc/interruptions.h"

namespace pa {

enum class StopReason : uint8_t { BudgetExhausted, Trap };

struct RunResult {
  StopReason reason = StopReason::BudgetExhausted;
  GuestTrap trap{};       // valid when reason == Trap
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
};

class Core {
 public:
  explicit Core(GuestMemory& mem) : mem_(mem) {}

  CpuState& state() { return st_; }
  const CpuState& state() const { return st_; }
  GuestMemory& memory() { return mem_; }
  const CoreCounters& counters() const { return counters_; }

  // Run at most `max_insns` instructions.  On a trap the state is that of the
  // instruction boundary before the trapping instruction.
  RunResult run(uint64_t max_insns);
  void set_observer(InsnObserver* o) { observer_ = o; }

 private:
  template <bool kObserved>
  RunResult run_loop(uint64_t max_insns);

  GuestMemory& mem_;
  CpuState st_;
  CoreCounters counters_;
  InsnObserver* observer_ = nullptr;
};

}  // namespace pa
