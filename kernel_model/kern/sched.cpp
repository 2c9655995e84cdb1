#include "kern/sched.h"

#include "kern/clock.h"
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

namespace {
Thread* timeout_list;  // armed timeouts, unordered (a few at most)
}

void thread_will_wait() {
  Thread* self = current_thread();
  self->wait_event = nullptr;
  self->state = ThreadState::Waiting;
}

void thread_go(Thread* t) {
  if (t->state != ThreadState::Waiting || t->wait_event) return;
  if (t->suspend_count > 0) t->state = ThreadState::Suspended;
  else thread_setrun(t);
}

void thread_set_timeout_ms(uint32_t ms) {
  Thread* self = current_thread();
  // Kilocycles at 67 MHz over kilocycles per tick, rounded up; in 32 bits
  // (libgcc's 64-bit division would use the FP unit), capped near 17 hours.
  const uint32_t kcycles = ms > 64000000u ? 0xffffffffu : ms * 67u;
  const uint32_t kperiod = clock_period() / 1000u ? clock_period() / 1000u : 1u;
  uint32_t ticks = kcycles / kperiod + (kcycles % kperiod != 0);
  if (ticks == 0) ticks = 1;
  const machine::Spl s = machine::splhigh();
  self->timeout_tick = clock_ticks() + ticks;
  self->timed_out = false;
  if (!self->timeout_armed) {
    self->timeout_armed = true;
    self->timeout_next = timeout_list;
    timeout_list = self;
  }
  machine::splx(s);
}

void thread_cancel_timeout() {
  Thread* self = current_thread();
  if (!self->timeout_armed) return;
  const machine::Spl s = machine::splhigh();
  thread_forget_timeout(self);
  machine::splx(s);
}

void thread_forget_timeout(Thread* t) {
  if (!t->timeout_armed) return;
  for (Thread** link = &timeout_list; *link; link = &(*link)->timeout_next)
    if (*link == t) {
      *link = t->timeout_next;
      break;
    }
  t->timeout_armed = false;
}

void sched_timeouts() {
  const uint32_t now = clock_ticks();
  for (Thread** link = &timeout_list; *link;) {
    Thread* t = *link;
    if (static_cast<int32_t>(now - t->timeout_tick) < 0) {
      link = &t->timeout_next;
      continue;
    }
    *link = t->timeout_next;
    t->timeout_armed = false;
    t->timed_out = true;
    thread_go(t);
  }
}
