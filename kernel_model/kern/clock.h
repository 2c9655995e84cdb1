// The system clock: the interval timer (CR16) interrupts every tick.
#pragma once
#include <stdint.h>

// 10 ms at 67 MHz (Mach's hz = 100), unless the boot information asks for
// another period; the scheduler quantum is a multiple of it.
constexpr uint32_t kDefaultCyclesPerTick = 670000;
constexpr uint32_t kMinimumPeriod = 256;

void clock_start(uint32_t cycles_per_tick);
uint32_t clock_period();
void clock_interrupt();  // from trap(): EIRR bit 0 was set
uint32_t clock_ticks();
// Cycles since boot, 64 bits (CR16 extended across its wraps; read at
// least once per wrap -- every tick does).
uint64_t clock_cycles();
