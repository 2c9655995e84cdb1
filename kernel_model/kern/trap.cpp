// The C++ side of every interruption that is not a successful TLB refill
// (arch/locore.S saved the state in `ss`).
#include "arch/pcb.h"
#include "include/pa730/kcall.h"
#include "kern/clock.h"
#include "kern/console.h"
#include "kern/fpu.h"
#include "kern/machine.h"
#include "kern/panic.h"
#include "kern/sched.h"
#include "kern/task.h"

namespace {

constexpr uint32_t kExternal = 4, kItlbMiss = 6, kDtlbMiss = 15, kNonAccessDtlbMiss = 17, kTlbDirty = 20,
                   kAssistEmulation = 22;
// The PA7000 (PCX-S) reports access-rights, protection-id and unaligned
// data faults alike as 18; 26..28 tell them apart only from the PA7100 on.
constexpr uint32_t kDataMemoryProtection = 18;

// A miss the refill handlers could not satisfy may be a page the task is
// allowed to have but has not touched yet (zero fill on demand).
bool resolve_page_fault(const SavedState& ss, Task* task) {
  const uint32_t code = interruption_code(ss);
  if (!task || (code != kItlbMiss && code != kDtlbMiss && code != kNonAccessDtlbMiss)) return false;
  // An instruction miss is at the interrupted instruction (IIA queue front);
  // a data miss at ISR.IOR.
  const bool fetch = code == kItlbMiss;
  const uint32_t space = fetch ? ss.iiasq[0] : ss.isr;
  const uint32_t offset = fetch ? ss.iiaoq[0] & ~3u : ss.ior;
  if (space != task->space) return false;
  return vm_fault(task->map, offset, fetch ? VM_PROT_EXECUTE : VM_PROT_READ) == KERN_SUCCESS;
}

const char* fault_cause(const SavedState& ss) {
  const uint32_t code = interruption_code(ss);
  if (code == kItlbMiss || code == kDtlbMiss || code == kNonAccessDtlbMiss) return "no mapping";
  if (code == kDataMemoryProtection) return "access not allowed (rights, protection id or alignment)";
  return interruption_name(code);
}

[[noreturn]] void kill_task(const SavedState& ss, Task* task) {
  const uint32_t code = interruption_code(ss);
  kprintf("task %u (%s): killed by interruption %u (%s) at %x.%08x", task->id & 0xffu, task->name, code,
          interruption_name(code), ss.iiasq[0], ss.iiaoq[0] & ~3u);
  if (code == kDtlbMiss || code == kNonAccessDtlbMiss || code == kDataMemoryProtection || code == kTlbDirty)
    kprintf(": %s, address %x.%08x", fault_cause(ss), ss.isr, ss.ior);
  else if (code == kItlbMiss)
    kprintf(": %s", fault_cause(ss));
  kprintf("\n");
  task_terminate(task, -1);
  panic("killed task returned");
}

}  // namespace

extern "C" void trap(SavedState* ss) {
  const uint32_t code = interruption_code(*ss);
  Thread* self = current_thread();
  if (code == kExternal) {
    const uint32_t pending = machine::read_eirr();
    if (pending & ~machine::kEirrTimer) panic("unexpected external interrupt, EIRR %08x", pending);
    if (pending & machine::kEirrTimer) {
      clock_interrupt();
      sched_timeouts();  // timed IPC waits that expired
      // Preempt on the way back to user context.  Kernel code is not
      // preempted (Mach 3.0's kernel is not preemptive): a thread running in
      // the kernel gets an AST, taken at its next preemption point -- the
      // end of a kernel call, or ast_check() in a kernel thread's loop.
      sched_clock_tick(from_user_context(*ss));
    }
    return;
  }
  if (resolve_page_fault(*ss, self->task)) return;
  // A user thread's FP instruction with the coprocessor switched away.
  if (code == kAssistEmulation && interrupted_privilege(*ss) != 0 && self->task && fpu_claim(self)) return;
  if (interrupted_privilege(*ss) == 0) {
    // copyin/copyout on a bad user address: resume at their recovery point.
    if (self->pcb.recover && self->task) {
      ss->iiaoq[0] = self->pcb.recover;
      ss->iiaoq[1] = self->pcb.recover + 4;
      return;
    }
    panic_trap(*ss, "kernel fault");
  }
  if (!self->task) panic_trap(*ss, "user-mode interruption without a task");
  kill_task(*ss, self->task);
}
