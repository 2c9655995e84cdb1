// Threads, as Mach 3.0 has them: each has a kernel stack, a PCB (the
// registers of its last context switch, and the saved state of its last
// interruption from user context), a priority, a suspend count and a state.
// A thread belongs to a task (an address space); kernel threads have none.
#pragma once
#include <stdint.h>

#include "arch/pcb.h"

struct Task;
struct IpcKmsg;
struct IpcMqueue;
struct IpcPort;
struct IpcObject;

// What a context switch preserves (PA-RISC calling convention: r3..r18 are
// callee-saved; rp and sp locate the resumption point; arch/switch.S).
struct SwitchContext {
  uint32_t rp;        // 0
  uint32_t sp;        // 4
  uint32_t r[16];     // 8: r3..r18
  uint32_t sysmask;   // 72: PSW system mask
};

enum class ThreadState : uint8_t { Free, Running, Runnable, Waiting, Suspended, Terminated };

constexpr unsigned kPriorities = 32;  // Mach: 0 is the highest
constexpr unsigned kUserPriority = 16;
constexpr uint32_t kKernelStackBytes = 8192;
constexpr unsigned kMaxThreads = 32;

struct Thread {
  SwitchContext context;   // must stay first (switch_context)
  Pcb pcb;                 // CR30 points here while the thread runs
  Task* task;              // nullptr: a kernel thread
  const char* name;
  uint32_t id;             // slot | generation << 8
  unsigned priority;
  ThreadState state;
  unsigned suspend_count;
  unsigned quantum;        // clock ticks left before preemption
  void* wait_event;        // what it waits for (assert_wait)
  Thread* next;            // run queue / wait list link
  Thread* task_next;       // the task's thread list
  void (*start)(void*);
  void* arg;
  uint8_t* stack;
  alignas(8) uint64_t fp[32];  // FP registers while another thread owns the FPU (kern/fpu.h)
  // Timed waits (thread_set_timeout_ms): the clock wakes the thread at
  // timeout_tick unless something else did first.
  uint32_t timeout_tick;
  bool timeout_armed;
  bool timed_out;
  Thread* timeout_next;
  // IPC (Mach's ith_* fields): what a thread blocked in mach_msg is
  // waiting for, and what the sender that wakes it leaves behind.
  int ith_state;             // mach_msg_return_t: MACH_RCV_IN_PROGRESS while waiting
  IpcKmsg* ith_kmsg;         // the message handed to it
  uint32_t ith_msize;        // its receive buffer size (the message's, when too large)
  int ith_option;            // its receive options
  uint32_t ith_seqno;        // the message's sequence number
  IpcMqueue* ith_mqueue;     // the queue it waits on as a receiver
  IpcPort* ith_blocked_on;   // the port it waits on as a blocked sender
  IpcObject* ith_object;     // the port or set it receives from (a reference held while blocked)
  Thread* ith_next;          // link in that queue
  IpcPort* self_port;        // its thread port (a kernel object port)
};

extern "C" void switch_context(SwitchContext* from, SwitchContext* to);

// The last word of every kernel stack holds this; a context switch checks
// it (stacks grow up, so an overflow reaches it first).
constexpr uint32_t kStackCanary = 0x57ac0bad;
bool stack_intact(const Thread* t);

// The running thread (Mach's current_thread(), a per-processor variable).
extern Thread* running_thread;
inline Thread* current_thread() { return running_thread; }
void set_running_thread(Thread* t);  // for the scheduler
void thread_bootstrap();             // the running boot code becomes the first thread
Thread* kernel_thread_create(const char* name, unsigned priority, void (*start)(void*), void* arg);
// A user thread of `task` that starts at pc with r26 = arg and sp = stack
// (suspended: it waits for a resume, as Mach's thread_create leaves it).
Thread* user_thread_create(Task* task, uint32_t pc, uint32_t arg, uint32_t stack, bool suspended = false);
// Whether t has never run (its saved state is what it will start with).
bool thread_not_started(const Thread* t);
Thread* thread_lookup(uint32_t id);
[[noreturn]] void thread_terminate_self();
void thread_terminate(Thread* t);    // another thread
void thread_suspend(Thread* t);
void thread_resume(Thread* t);
