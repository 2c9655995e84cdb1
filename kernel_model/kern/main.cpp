// Boot: the kernel's first C++ code.
#include "kern/clock.h"
#include "kern/console.h"
#include "kern/machine.h"
#include "kern/thread.h"

void selftest();  // selftest/*.cpp: what this kernel image checks at boot

extern "C" [[noreturn]] void kernel_main() {
  kprintf("pa730 Mach-like kernel: booting on a simulated HP 9000/730\n");
  thread_bootstrap();
  clock_start();
  machine::enable_interrupts();
  selftest();
  // Idle until the clock has ticked a few times: interruptions work.
  while (clock_ticks() < 3) {
  }
  machine::disable_interrupts();
  kprintf("clock: %u ticks of %u cycles\n", clock_ticks(), kCyclesPerTick);
  kprintf("halting\n");
  machine::halt(0);
}
