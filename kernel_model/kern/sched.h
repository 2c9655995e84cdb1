// The scheduler, Mach 3.0 style: 32 run queues with a count and a hint of
// the highest non-empty one; a clock-driven quantum with preemption on
// return to user context; a blocking primitive (assert_wait / thread_block
// / thread_wakeup) and a handoff that switches straight to a named thread,
// bypassing the queues.  Run-queue and wait-list changes happen at
// splhigh (EIEM = 0), so the clock never finds them half done.
#pragma once
#include "kern/thread.h"

constexpr unsigned kQuantumTicks = 1;

void thread_setrun(Thread* t);
void runq_remove(Thread* t);
void wait_remove(Thread* t);
void thread_block();                      // give up the CPU; runs the best runnable thread
void assert_wait(void* event);            // the next thread_block waits for event
void thread_wakeup(void* event);          // make every waiter runnable
// Switch to `to` directly (the RPC path), bypassing the run queues.  This
// is the one place a kernel-stack model would hand the stack over; with
// one kernel stack per thread (as the papers' kernel ran) it is a full
// context switch.
void thread_handoff(Thread* to);
// IPC waits (Mach's thread_will_wait / thread_go): the next thread_block
// waits until thread_go names this thread -- no event, no wait list.
void thread_will_wait();
void thread_go(Thread* t);               // at splhigh
// Wake the caller after `ms` milliseconds (rounded up to clock ticks)
// with timed_out set, unless thread_go woke it first.
void thread_set_timeout_ms(uint32_t ms);
void thread_cancel_timeout();
void sched_timeouts();                    // from the clock interrupt
void thread_forget_timeout(Thread* t);    // t is terminated (at splhigh)
// From the clock interrupt: quantum accounting; switches threads when the
// quantum is spent and `may_preempt` (the interrupted code was user
// context), else leaves an AST for the next preemption point.
void sched_clock_tick(bool may_preempt);
// A preemption point (the end of a kernel call; kernel threads' loops):
// take a pending AST now.
void ast_check();
unsigned runq_count();
