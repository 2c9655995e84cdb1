#include "kern/clock.h"

#include "kern/machine.h"

namespace {
volatile uint32_t ticks;
uint32_t next_tick;
uint32_t period = kDefaultCyclesPerTick;
}  // namespace

void clock_start(uint32_t cycles_per_tick) {
  // Shorter periods than this could not keep ahead of the handler above.
  if (cycles_per_tick) period = cycles_per_tick < kMinimumPeriod ? kMinimumPeriod : cycles_per_tick;
  // As PA kernels do: read CR16, add the interval, write the sum back.
  next_tick = machine::read_interval_timer() + period;
  machine::arm_interval_timer(next_tick);
}

// The compare fires when CR16 passes the armed value; one armed in the past
// fires only after CR16 wraps (2^32 cycles, a minute at 67 MHz).  So a tick
// taken late -- interrupts masked, or a period shorter than the handler --
// counts the deadlines it missed and arms the next one still ahead.  (A
// loop, not a division: libgcc's division takes longer than a short period.)
constexpr uint32_t kMinimumLead = 64;  // cycles from arming to the deadline

void clock_interrupt() {
  machine::clear_eirr(machine::kEirrTimer);
  uint32_t elapsed = 1;
  // Re-arm relative to the previous deadline, so ticks do not drift by the
  // interrupt latency.
  next_tick += period;
  while (static_cast<int32_t>(next_tick - machine::read_interval_timer()) < static_cast<int32_t>(kMinimumLead)) {
    next_tick += period;
    ++elapsed;
  }
  ticks = ticks + elapsed;
  (void)clock_cycles();  // keep the 64-bit count across CR16 wraps
  machine::arm_interval_timer(next_tick);
}

uint32_t clock_ticks() { return ticks; }

namespace {
uint32_t cycles_high, cycles_last;
}

uint64_t clock_cycles() {
  const uint32_t now = machine::read_interval_timer();
  if (now < cycles_last) ++cycles_high;
  cycles_last = now;
  return (static_cast<uint64_t>(cycles_high) << 32) | now;
}

uint32_t clock_period() { return period; }
