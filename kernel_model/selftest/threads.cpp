// Three kernel threads of equal priority print in turn: each runs until its
// quantum (one clock tick) is spent and it reaches a preemption point
// (ast_check: kernel code is not preempted anywhere else), so the
// interleaving shows round-robin scheduling driven by the interval timer --
// the same order on every run.
#include "kern/console.h"
#include "kern/sched.h"
#include "kern/thread.h"

namespace {

volatile unsigned finished;
int done_event;

void spin(unsigned n) {
  for (unsigned i = 0; i < n; ++i) {
    asm volatile("" ::: "memory");  // not optimised away
    if ((i & 1023) == 0) ast_check();
  }
}

void worker(void* arg) {
  const char* name = static_cast<const char*>(arg);
  for (unsigned i = 1; i <= 3; ++i) {
    kprintf("%s%u\n", name, i);
    spin(134000);  // about a tick (5 cycles an iteration): the clock preempts us
  }
  finished = finished + 1;
  thread_wakeup(&done_event);
}

}  // namespace

void selftest() {
  const unsigned prio = current_thread()->priority;
  kernel_thread_create("A", prio, worker, const_cast<char*>("A"));
  kernel_thread_create("B", prio, worker, const_cast<char*>("B"));
  kernel_thread_create("C", prio, worker, const_cast<char*>("C"));
  while (finished < 3) {
    assert_wait(&done_event);
    thread_block();
  }
  kprintf("threads: all done\n");
}
