// The guest's threads as the debugger sees them: syscall emulation's POSIX
// threads, each a register context on the one CPU.  Without a provider the
// stub shows one thread (id 1), the CPU itself.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "pa_risc/cpu_state.h"

namespace sim::gdb {

class GuestThreads {
 public:
  virtual ~GuestThreads() = default;
  virtual std::vector<uint32_t> thread_ids() const = 0;  // creation order
  virtual uint32_t running_thread() const = 0;           // the one whose registers are in the core
  // The saved registers of a thread that is not running; nullptr for the
  // running one or an id that is not (or no longer) a thread.
  virtual pa::CpuState* saved_registers(uint32_t id) = 0;
  // Is it waiting (in a futex, a sleep, for a signal)?  A single step of a
  // waiting thread is done only when its system call returns.
  virtual bool waiting(uint32_t id) const = 0;
  // What `info threads` shows beside the id: "running", "futex wait on 0x...".
  virtual std::string describe(uint32_t id) const = 0;
};

}  // namespace sim::gdb
