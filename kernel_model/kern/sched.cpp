#include "kern/sched.h"

#include "kern/machine.h"
#include "kern/panic.h"

namespace {

// Mach's run queue: one FIFO per priority, a count, and `low`, a hint
// (never above) the highest-priority non-empty queue.
struct RunQueue {
  Thread* head[kPriorities];
  Thread* tail[kPriorities];
  unsigned count;
  unsigned low;
} runq{{}, {}, 0, kPriorities};

// Threads waiting for an event (Mach hashes them by event; one list will
// do for a few dozen threads).
Thread* wait_list;

bool ast_pending;

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
  ast_pending = false;
  if (next == prev) return;
  if (!stack_intact(prev)) panic("kernel stack overflow in thread %s (id %x)", prev->name, prev->id);
  set_running_thread(next);
  switch_context(&prev->context, &next->context);
}

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

void runq_remove(Thread* t) {
  const unsigned p = t->priority;
  Thread* prev = nullptr;
  for (Thread* q = runq.head[p]; q; prev = q, q = q->next) {
    if (q != t) continue;
    if (prev) prev->next = q->next;
    else runq.head[p] = q->next;
    if (runq.tail[p] == q) runq.tail[p] = prev;
    q->next = nullptr;
    --runq.count;
    return;
  }
}

void wait_remove(Thread* t) {
  for (Thread** link = &wait_list; *link; link = &(*link)->next)
    if (*link == t) {
      *link = t->next;
      t->next = nullptr;
      t->wait_event = nullptr;
      return;
    }
}

void assert_wait(void* event) {
  const machine::Spl s = machine::splhigh();
  Thread* t = current_thread();
  t->wait_event = event;
  t->state = ThreadState::Waiting;
  t->next = wait_list;
  wait_list = t;
  machine::splx(s);
}

void thread_wakeup(void* event) {
  const machine::Spl s = machine::splhigh();
  Thread** link = &wait_list;
  while (Thread* t = *link) {
    if (t->wait_event != event) {
      link = &t->next;
      continue;
    }
    *link = t->next;
    t->wait_event = nullptr;
    if (t->suspend_count > 0) t->state = ThreadState::Suspended;
    else thread_setrun(t);
  }
  machine::splx(s);
}

void thread_block() {
  const machine::Spl s = machine::splhigh();
  Thread* self = current_thread();
  if (self->state == ThreadState::Running) thread_setrun(self);  // a yield
  Thread* next = choose_thread();
  if (!next) {
    // Idle: nothing can run until an interrupt makes something runnable.
    // We may have come from an interruption handler (PSW I off): open up.
    const uint32_t mask = machine::system_mask();
    machine::enable_psw_interrupts();
    while (!next) {
      machine::splx(machine::kSpl0);
      while (runq_count() == 0) {
      }
      machine::splhigh();
      next = choose_thread();
    }
    machine::set_system_mask(mask);
  }
  switch_to(next);
  machine::splx(s);
}

void thread_handoff(Thread* to) {
  const machine::Spl s = machine::splhigh();
  // The named thread runs now; the current one stays wherever assert_wait
  // or its caller put it (no run-queue traffic on this path).
  Thread* self = current_thread();
  if (self->state == ThreadState::Running) thread_setrun(self);
  if (to->state == ThreadState::Runnable) runq_remove(to);
  switch_to(to);
  machine::splx(s);
}

void sched_clock_tick(bool may_preempt) {
  // Round-robin preemption when the quantum runs out and someone of at
  // least equal priority is waiting to run.
  Thread* self = current_thread();
  if (self->quantum > 0) --self->quantum;
  if (self->quantum > 0 || runq.count == 0 || runq.low > self->priority) return;
  if (!may_preempt) {
    ast_pending = true;  // taken at the end of the kernel call
    return;
  }
  // Like every switch, at splhigh; we come back here, at the level the
  // interrupt found, when this thread runs again.
  const machine::Spl s = machine::splhigh();
  thread_setrun(self);
  switch_to(choose_thread());
  machine::splx(s);
}

void ast_check() {
  if (!ast_pending) return;
  ast_pending = false;
  thread_block();
}
