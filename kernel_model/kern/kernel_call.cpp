// Kernel calls: the C++ side of the gateway entry (arch/gateway.S).  Each
// takes up to four arguments (r26..r23) and returns one word (r28): a
// kern_return_t, or a value (ids are positive; errors come back negated).
#include "include/pa730/kcall.h"
#include "kern/console.h"
#include "kern/copy.h"
#include "kern/machine.h"
#include "kern/sched.h"
#include "kern/task.h"

namespace {

Task* self_task() { return current_thread()->task; }

// 0 names the calling task or thread.
Task* task_arg(uint32_t id) { return id == 0 ? self_task() : task_lookup(id); }
Thread* thread_arg(uint32_t id) { return id == 0 ? current_thread() : thread_lookup(id); }

int console_write_user(uint32_t buf, uint32_t len) {
  char chunk[128];
  while (len > 0) {
    const uint32_t n = len < sizeof chunk ? len : sizeof chunk;
    if (copyin(self_task()->space, buf, chunk, n) != 0) return KERN_INVALID_ADDRESS;
    for (uint32_t i = 0; i < n; ++i) console_putc(chunk[i]);
    buf += n;
    len -= n;
  }
  return KERN_SUCCESS;
}

int vm_allocate_call(uint32_t task_id, uint32_t address_ptr, uint32_t size, uint32_t anywhere) {
  Task* task = task_arg(task_id);
  if (!task) return KERN_INVALID_ARGUMENT;
  uint32_t address = 0;
  if (copyin(self_task()->space, address_ptr, &address, sizeof address) != 0) return KERN_INVALID_ADDRESS;
  const int kr = vm_allocate(task->map, &address, size, anywhere != 0);
  if (kr != KERN_SUCCESS) return kr;
  if (copyout(self_task()->space, &address, address_ptr, sizeof address) != 0) {
    vm_deallocate(task->map, address, size);
    return KERN_INVALID_ADDRESS;
  }
  return KERN_SUCCESS;
}

int thread_create_call(uint32_t task_id, uint32_t pc, uint32_t arg, uint32_t stack) {
  Task* task = task_arg(task_id);
  if (!task) return -KERN_INVALID_ARGUMENT;
  Thread* t = user_thread_create(task, pc, arg, stack);
  return t ? static_cast<int>(t->id) : -KERN_RESOURCE_SHORTAGE;
}

int thread_wait_call(uint32_t id) {
  Thread* t = thread_lookup(id);
  if (t == current_thread()) return KERN_INVALID_ARGUMENT;
  while ((t = thread_lookup(id)) != nullptr) {
    assert_wait(t);
    thread_block();
  }
  return KERN_SUCCESS;
}

}  // namespace

extern "C" int kernel_call(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t number) {
  const uint32_t entry_cycle = machine::read_interval_timer();
  int result = KERN_INVALID_ARGUMENT;
  Task* task;
  Thread* thread;
  switch (number) {
    case KC_EXIT: task_terminate(self_task(), static_cast<int>(a0)); break;
    case KC_CONSOLE_WRITE: result = console_write_user(a0, a1); break;
    case KC_TASK_SELF: result = static_cast<int>(self_task()->id); break;
    case KC_TASK_CREATE:
      task = task_create(self_task()->name);
      result = task ? static_cast<int>(task->id) : -KERN_RESOURCE_SHORTAGE;
      break;
    case KC_TASK_TERMINATE:
      if ((task = task_arg(a0)) != nullptr) {
        task_terminate(task, -1);
        result = KERN_SUCCESS;
      }
      break;
    case KC_TASK_SUSPEND:
      if ((task = task_arg(a0)) != nullptr) {
        task_suspend(task);
        result = KERN_SUCCESS;
      }
      break;
    case KC_TASK_RESUME:
      if ((task = task_arg(a0)) != nullptr) {
        task_resume(task);
        result = KERN_SUCCESS;
      }
      break;
    case KC_THREAD_SELF: result = static_cast<int>(current_thread()->id); break;
    case KC_THREAD_CREATE: result = thread_create_call(a0, a1, a2, a3); break;
    case KC_THREAD_EXIT: thread_terminate_self(); break;
    case KC_THREAD_SUSPEND:
      if ((thread = thread_arg(a0)) != nullptr && thread->task) {
        thread_suspend(thread);
        result = KERN_SUCCESS;
      }
      break;
    case KC_THREAD_RESUME:
      if ((thread = thread_arg(a0)) != nullptr && thread->task) {
        thread_resume(thread);
        result = KERN_SUCCESS;
      }
      break;
    case KC_THREAD_WAIT: result = thread_wait_call(a0); break;
    case KC_THREAD_TERMINATE:
      if ((thread = thread_arg(a0)) != nullptr && thread->task) {
        thread_terminate(thread);  // ours: does not return
        result = KERN_SUCCESS;
      }
      break;
    case KC_THREAD_SWITCH:
      thread_block();
      result = KERN_SUCCESS;
      break;
    case KC_VM_ALLOCATE: result = vm_allocate_call(a0, a1, a2, a3); break;
    case KC_VM_DEALLOCATE:
      result = (task = task_arg(a0)) ? vm_deallocate(task->map, a1, a2) : KERN_INVALID_ARGUMENT;
      break;
    case KC_VM_PROTECT:
      result = (task = task_arg(a0)) ? vm_protect(task->map, a1, a2, a3) : KERN_INVALID_ARGUMENT;
      break;
    case KC_CYCLE_PROBE: result = static_cast<int>(entry_cycle); break;
    default: break;
  }
  ast_check();
  return result;
}
