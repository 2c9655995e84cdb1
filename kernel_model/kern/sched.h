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
void thread_handoff(Thread* to);          // switch to `to` directly (RPC path)
// From the clock interrupt: quantum accounting; switches threads when the
// quantum is spent and `may_preempt` (the interrupted code was user
// context), else leaves an AST for the next preemption point.
void sched_clock_tick(bool may_preempt);
// A preemption point (the end of a kernel call; kernel threads' loops):
// take a pending AST now.
void ast_check();
unsigned runq_count();
