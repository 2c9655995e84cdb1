#include "kern/clock.h"

#include "kern/machine.h"

namespace {
volatile uint32_t ticks;
uint32_t next_tick;
}  // namespace

void clock_start() {
  // As PA kernels do: read CR16, add the interval, write the sum back.
  next_tick = machine::read_interval_timer() + kCyclesPerTick;
  machine::arm_interval_timer(next_tick);
}

void clock_interrupt() {
  machine::clear_eirr(machine::kEirrTimer);
  ticks = ticks + 1;
  // Re-arm relative to the previous deadline, so ticks do not drift by the
  // interrupt latency.
  next_tick += kCyclesPerTick;
  machine::arm_interval_timer(next_tick);
}

uint32_t clock_ticks() { return ticks; }
