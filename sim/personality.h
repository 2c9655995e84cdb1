// What runs on the CPU decides what a trap means: the syscall-emulation
// layer (se) or the guest kernel's own vectors (boot).
#pragma once
#include <cstdint>

#include "pa_risc/core.h"

namespace sim {

class Personality {
 public:
  virtual ~Personality() = default;
  // Called once at the start of simulation with direct access to RAM.
  virtual void boot(pa::Core& core, uint8_t* ram, uint64_t ram_bytes) = 0;
  // Serve a trap; return false when the guest has finished.
  virtual bool on_trap(pa::Core& core, const pa::RunResult& r) = 0;
  // Called when a quantum ends without a trap (timers); false ends the run.
  virtual bool on_quantum(pa::Core&) { return true; }
  // Cycles until the next event the personality times itself (a thread's
  // time slice ending, a timer): no run of the core goes past it, so the
  // event falls on the same instruction however the run is cut into
  // quanta (a debugger single-stepping included).
  virtual uint64_t cycles_until_event(const pa::Core&) const { return ~uint64_t{0}; }
};

}  // namespace sim
