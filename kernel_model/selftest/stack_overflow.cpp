// A kernel thread that overruns its 8 KB stack: the next context switch
// finds the canary gone and panics (status 3) instead of running on with a
// neighbour's stack trampled.
#include "kern/console.h"
#include "kern/sched.h"
#include "kern/thread.h"

namespace {
void overrun(void*) {
  volatile uint8_t big[kKernelStackBytes + 512];
  for (unsigned i = 0; i < sizeof big; ++i) big[i] = static_cast<uint8_t>(i);
  thread_block();  // a yield: the switch checks the canary
}
}  // namespace

void selftest() {
  kprintf("selftest: a kernel thread overruns its stack\n");
  kernel_thread_create("overrun", current_thread()->priority, overrun, nullptr);
  thread_block();
}
