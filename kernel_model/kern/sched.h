// The scheduler, Mach 3.0 style: 32 run queues with a count and a hint of
// the highest non-empty one; a clock-driven quantum with preemption; a
// blocking primitive (assert_wait / thread_block / thread_wakeup) and a
// handoff that switches straight to a named thread, bypassing the queues.
#pragma once
#include "kern/thread.h"

constexpr unsigned kQuantumTicks = 1;

void thread_setrun(Thread* t);
void thread_block();                      // give up the CPU; runs the best runnable thread
void assert_wait(void* event);            // the next thread_block waits for event
void thread_wakeup(void* event);          // make every waiter runnable
void thread_handoff(Thread* to);          // switch to `to` directly (RPC path)
void sched_clock_tick();                  // from the clock interrupt: quantum accounting
unsigned runq_count();
