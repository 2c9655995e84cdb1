// Kernel threads, as Mach 3.0 has them: each has a kernel stack, a PCB (the
// callee-saved registers of its last context switch, and the saved state of
// its last interruption), a priority and a state.  Tasks and user mode come
// next; these threads run in the kernel.
#pragma once
#include <stdint.h>

#include "arch/saved_state.h"

// Registers a context switch preserves (PA-RISC calling convention:
// r3..r18 are callee-saved; rp and sp locate the resumption point).
struct SwitchContext {
  uint32_t rp;        // 0
  uint32_t sp;        // 4
  uint32_t r[16];     // 8: r3..r18
};

enum class ThreadState : uint8_t { Running, Runnable, Waiting, Terminated };

constexpr unsigned kPriorities = 32;  // Mach: 0 is the highest
constexpr uint32_t kKernelStackBytes = 8192;

struct Thread {
  SwitchContext context;   // must stay first (switch_context)
  SavedState saved;        // this thread's interruption frame (CR30 points here)
  const char* name;
  unsigned priority;
  ThreadState state;
  unsigned suspend_count;
  unsigned quantum;        // clock ticks left before preemption
  void* wait_event;        // what it waits for (assert_wait)
  Thread* next;            // run queue / wait queue link
  void (*start)(void*);
  void* arg;
  uint8_t* stack;
};

extern "C" void switch_context(SwitchContext* from, SwitchContext* to);

Thread* current_thread();
void thread_bootstrap();  // the running boot code becomes the first thread
Thread* kernel_thread_create(const char* name, unsigned priority, void (*start)(void*), void* arg);
[[noreturn]] void thread_terminate();
