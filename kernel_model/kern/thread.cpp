#include "kern/thread.h"

#include "kern/fpu.h"
#include "kern/ipc_tt.h"
#include "kern/machine.h"
#include "kern/panic.h"
#include "kern/sched.h"
#include "kern/task.h"

namespace {

Thread threads[kMaxThreads];
alignas(64) uint8_t stacks[kMaxThreads][kKernelStackBytes];

// A slot is reusable once its thread has terminated and we are no longer
// running on its stack.
Thread* allocate_thread() {
  for (Thread& t : threads) {
    if ((t.state == ThreadState::Free || t.state == ThreadState::Terminated) && &t != running_thread) {
      const unsigned slot = static_cast<unsigned>(&t - threads);
      const uint32_t generation = (t.id >> 8) + 1;
      t = Thread{};
      t.id = slot | (generation << 8);
      t.stack = stacks[slot];
      *reinterpret_cast<uint32_t*>(t.stack + kKernelStackBytes - 4) = kStackCanary;
      t.pcb.ksp = reinterpret_cast<uint32_t>(t.stack) + 64;  // past a frame marker
      t.quantum = kQuantumTicks;
      return &t;
    }
  }
  return nullptr;
}

constexpr uint32_t kKernelSysmask = PSW_Q | PSW_D | PSW_I;

}  // namespace

extern "C" void thread_trampoline();
extern "C" void user_thread_trampoline();

Thread* running_thread;

bool stack_intact(const Thread* t) {
  return !t->stack || *reinterpret_cast<const uint32_t*>(t->stack + kKernelStackBytes - 4) == kStackCanary;
}

void set_running_thread(Thread* t) {
  running_thread = t;
  asm volatile("mtctl %0,%%cr30" : : "r"(&t->pcb) : "memory");
  fpu_switch_to(t);
  if (t->task) {
    // The task's protection id; its space arrives with the thread's own
    // space registers.
    machine::set_protection_id(t->task->pid);
  }
}

Thread* thread_lookup(uint32_t id) {
  const unsigned slot = id & 0xffu;
  if (slot >= kMaxThreads) return nullptr;
  Thread& t = threads[slot];
  if (t.id != id || t.state == ThreadState::Free || t.state == ThreadState::Terminated) return nullptr;
  return &t;
}

void thread_bootstrap() {
  Thread* t = allocate_thread();
  t->name = "bootstrap";
  t->priority = kUserPriority;
  t->state = ThreadState::Running;
  set_running_thread(t);
}

Thread* kernel_thread_create(const char* name, unsigned priority, void (*start)(void*), void* arg) {
  Thread* t = allocate_thread();
  if (!t) panic("out of threads (%u)", kMaxThreads);
  t->name = name;
  t->priority = priority < kPriorities ? priority : kPriorities - 1;
  t->start = start;
  t->arg = arg;
  // The first switch to it "returns" into the trampoline on a fresh stack.
  t->context.rp = reinterpret_cast<uint32_t>(&thread_trampoline);
  t->context.sp = t->pcb.ksp;
  t->context.sysmask = kKernelSysmask;
  const machine::Spl s = machine::splhigh();
  thread_setrun(t);
  machine::splx(s);
  return t;
}

Thread* user_thread_create(Task* task, uint32_t pc, uint32_t arg, uint32_t stack, bool suspended) {
  Thread* t = allocate_thread();
  if (!t) return nullptr;
  t->task = task;
  t->name = task->name;
  t->priority = kUserPriority;
  // Its first run leaves through the interruption return path with this
  // saved state: user privilege at pc, the task's space everywhere except
  // SR2, which names the kernel's space for the gateway (arch/gateway.S).
  SavedState& ss = t->pcb.ss;
  ss.iiasq[0] = ss.iiasq[1] = task->space;
  ss.iiaoq[0] = pc | 3u;
  ss.iiaoq[1] = (pc + 4) | 3u;
  ss.ipsw = USER_PSW;
  ss.gr[26] = arg;
  ss.gr[30] = stack + 64;  // past a frame marker
  for (unsigned i = 0; i < 8; ++i) ss.sr[i] = i == 2 ? 0 : task->space;
  ss.code = 0;
  t->context.rp = reinterpret_cast<uint32_t>(&user_thread_trampoline);
  t->context.sp = t->pcb.ksp;
  t->context.r[0] = reinterpret_cast<uint32_t>(&t->pcb.ss);  // r3: the frame
  t->context.sysmask = PSW_Q | PSW_D;
  task_add_thread(task, t);
  if (suspended) ++t->suspend_count;
  const machine::Spl s = machine::splhigh();
  if (t->suspend_count) t->state = ThreadState::Suspended;
  else thread_setrun(t);
  machine::splx(s);
  return t;
}

bool thread_not_started(const Thread* t) {
  return t->context.rp == reinterpret_cast<uint32_t>(&user_thread_trampoline);
}

extern "C" void thread_start() {
  Thread* t = current_thread();
  t->start(t->arg);
  thread_terminate_self();
}

void thread_terminate(Thread* t) {
  if (t == current_thread()) thread_terminate_self();
  const machine::Spl s = machine::splhigh();
  if (t->state == ThreadState::Runnable) runq_remove(t);
  if (t->state == ThreadState::Waiting) wait_remove(t);
  t->state = ThreadState::Terminated;
  machine::splx(s);
  ipc_thread_terminate(t);  // out of message queues; its port dies
  machine::splhigh();
  fpu_forget(t);
  thread_wakeup(t);  // thread_wait()ers
  machine::splx(s);
  if (t->task) task_remove_thread(t->task, t);
}

void thread_terminate_self() {
  Thread* self = current_thread();
  ipc_thread_terminate(self);
  if (self->task) task_remove_thread(self->task, self);
  machine::splhigh();
  self->state = ThreadState::Terminated;
  fpu_forget(self);
  thread_wakeup(self);
  thread_block();
  panic("terminated thread %s ran again", self->name);
}

void thread_suspend(Thread* t) {
  const machine::Spl s = machine::splhigh();
  if (t->suspend_count++ == 0) {
    if (t->state == ThreadState::Runnable) {
      runq_remove(t);
      t->state = ThreadState::Suspended;
    } else if (t == current_thread()) {
      t->state = ThreadState::Suspended;
      thread_block();
    }
    // A waiting thread stays waiting; its wakeup will find it suspended.
  }
  machine::splx(s);
}

void thread_resume(Thread* t) {
  const machine::Spl s = machine::splhigh();
  if (t->suspend_count > 0 && --t->suspend_count == 0 && t->state == ThreadState::Suspended) thread_setrun(t);
  machine::splx(s);
}
