#include "kern/sched.h"

#include "kern/machine.h"
#include "kern/panic.h"

void set_running_thread(Thread* t);

namespace {

// Mach's run queue: one FIFO per priority, a count, and `low`, a hint
// (never above) the highest-priority non-empty queue.
struct RunQueue {
  Thread* head[kPriorities];
  Thread* tail[kPriorities];
  unsigned count;
  unsigned low;
} runq{{}, {}, 0, kPriorities};

Thread* choose_thread() {
  for (unsigned p = runq.low; p < kPriorities; ++p) {
    Thread* t = runq.head[p];
    if (!t) continue;
    runq.head[p] = t->next;
    if (!t->next) runq.tail[p] = nullptr;
    t->next = nullptr;
    --runq.count;
    runq.low = p;
    return t;
  }
  runq.low = kPriorities;
  return nullptr;
}

void switch_to(Thread* next) {
  Thread* prev = current_thread();
  next->state = ThreadState::Running;
  next->quantum = kQuantumTicks;
  if (next == prev) return;
  set_running_thread(next);
  switch_context(&prev->context, &next->context);
}

// Where threads wait: a short list is enough for now.
constexpr unsigned kMaxWaiters = 16;
Thread* waiters[kMaxWaiters];

}  // namespace

unsigned runq_count() { return runq.count; }

void thread_setrun(Thread* t) {
  t->state = ThreadState::Runnable;
  t->next = nullptr;
  const unsigned p = t->priority;
  if (runq.tail[p]) runq.tail[p]->next = t;
  else runq.head[p] = t;
  runq.tail[p] = t;
  ++runq.count;
  if (p < runq.low) runq.low = p;
}

void assert_wait(void* event) {
  Thread* t = current_thread();
  t->wait_event = event;
  for (auto& w : waiters)
    if (!w) {
      w = t;
      t->state = ThreadState::Waiting;
      return;
    }
  panic("too many waiting threads");
}

void thread_wakeup(void* event) {
  for (auto& w : waiters)
    if (w && w->wait_event == event) {
      w->wait_event = nullptr;
      thread_setrun(w);
      w = nullptr;
    }
}

void thread_block() {
  const bool was_enabled = machine::interrupts_enabled();
  machine::disable_interrupts();
  Thread* self = current_thread();
  if (self->state == ThreadState::Running) thread_setrun(self);  // a yield
  Thread* next = choose_thread();
  while (!next) {
    // Idle: nothing can run until an interrupt makes something runnable.
    machine::enable_interrupts();
    while (runq_count() == 0) {
    }
    machine::disable_interrupts();
    next = choose_thread();
  }
  switch_to(next);
  if (was_enabled) machine::enable_interrupts();
}

void thread_handoff(Thread* to) {
  const bool was_enabled = machine::interrupts_enabled();
  machine::disable_interrupts();
  // The named thread runs now; the current one stays wherever assert_wait
  // or its caller put it (no run-queue traffic on this path).
  Thread* self = current_thread();
  if (self->state == ThreadState::Running) thread_setrun(self);
  switch_to(to);
  if (was_enabled) machine::enable_interrupts();
}

void sched_clock_tick() {
  // Called in the clock interrupt: round-robin preemption when the quantum
  // runs out and someone of at least equal priority is waiting to run.
  Thread* self = current_thread();
  if (self->quantum > 0) --self->quantum;
  if (self->quantum > 0 || runq.count == 0 || runq.low > self->priority) return;
  thread_setrun(self);
  switch_to(choose_thread());
}
