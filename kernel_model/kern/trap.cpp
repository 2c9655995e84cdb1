// The C++ side of every interruption (arch/locore.S saved the state).
#include "arch/saved_state.h"
#include "kern/clock.h"
#include "kern/machine.h"
#include "kern/panic.h"
#include "kern/sched.h"

namespace {
constexpr uint32_t kExternal = 4;
}

extern "C" void trap(SavedState* ss) {
  if (ss->code == kExternal) {
    const uint32_t pending = machine::read_eirr();
    if (pending & ~machine::kEirrTimer) panic("unexpected external interrupt, EIRR %08x", pending);
    if (pending & machine::kEirrTimer) {
      clock_interrupt();
      sched_clock_tick();  // may switch threads: we return as whoever runs now
    }
    return;
  }
  // Nothing else is expected yet: user tasks arrive with the task/thread work.
  if (interrupted_privilege(*ss) == 0) panic_trap(*ss, "kernel fault");
  panic_trap(*ss, "unexpected user interruption");
}
