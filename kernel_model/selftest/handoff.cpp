// thread_handoff switches to the named thread at once, ahead of threads
// queued before it; the thread that handed off goes to the back of its
// run queue.
#include "kern/console.h"
#include "kern/sched.h"
#include "kern/thread.h"

namespace {
void say(void* arg) { kprintf("%s ran\n", static_cast<const char*>(arg)); }
}  // namespace

void selftest() {
  const unsigned prio = current_thread()->priority;
  kernel_thread_create("B", prio, say, const_cast<char*>("B"));
  Thread* c = kernel_thread_create("C", prio, say, const_cast<char*>("C"));
  kprintf("queued: B then C; handing off to C\n");
  thread_handoff(c);
  kprintf("back in bootstrap\n");
}
