#include "kern/thread.h"

#include "kern/machine.h"
#include "kern/panic.h"
#include "kern/sched.h"

namespace {

constexpr unsigned kMaxThreads = 16;
Thread threads[kMaxThreads];
alignas(64) uint8_t stacks[kMaxThreads][kKernelStackBytes];
unsigned threads_used;
Thread* running;

Thread* allocate_thread() {
  if (threads_used == kMaxThreads) panic("out of threads (%u)", kMaxThreads);
  return &threads[threads_used++];
}

}  // namespace

extern "C" void thread_trampoline();

Thread* current_thread() { return running; }

// Used by the scheduler only: `t` is now the running thread.
void set_running_thread(Thread* t) {
  running = t;
  asm volatile("mtctl %0,%%cr30" : : "r"(&t->saved) : "memory");
}

void thread_bootstrap() {
  Thread* t = allocate_thread();
  t->name = "boot";
  t->priority = kPriorities / 2;
  t->state = ThreadState::Running;
  t->quantum = kQuantumTicks;
  set_running_thread(t);
}

Thread* kernel_thread_create(const char* name, unsigned priority, void (*start)(void*), void* arg) {
  Thread* t = allocate_thread();
  t->name = name;
  t->priority = priority < kPriorities ? priority : kPriorities - 1;
  t->start = start;
  t->arg = arg;
  t->stack = stacks[t - threads];
  // The first switch to it "returns" into the trampoline on a fresh stack
  // (growing up from the bottom, past a frame marker).
  t->context.rp = reinterpret_cast<uint32_t>(&thread_trampoline);
  t->context.sp = reinterpret_cast<uint32_t>(t->stack) + 64;
  const bool was_enabled = machine::interrupts_enabled();
  machine::disable_interrupts();
  thread_setrun(t);
  if (was_enabled) machine::enable_interrupts();
  return t;
}

extern "C" void thread_start() {
  Thread* t = current_thread();
  t->start(t->arg);
  thread_terminate();
}

void thread_terminate() {
  machine::disable_interrupts();
  current_thread()->state = ThreadState::Terminated;
  thread_block();
  panic("terminated thread %s ran again", current_thread()->name);
}
