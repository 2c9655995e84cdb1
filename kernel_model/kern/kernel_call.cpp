// Kernel calls: the C++ side of the gateway entry (arch/gateway.S).  As in
// Mach's mach_trap_table, the call number indexes a table of handlers; each
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

int thread_wait_call(uint32_t id, uint32_t, uint32_t, uint32_t) {
  Thread* t = thread_lookup(id);
  if (t == current_thread()) return KERN_INVALID_ARGUMENT;
  while ((t = thread_lookup(id)) != nullptr) {
    assert_wait(t);
    thread_block();
  }
  return KERN_SUCCESS;
}

// Calls on a task or a user thread named by its id: KERN_INVALID_ARGUMENT
// for an id that names nothing (or a kernel thread).
template <void (*op)(Task*)>
int on_task(uint32_t id, uint32_t, uint32_t, uint32_t) {
  Task* task = task_arg(id);
  if (!task) return KERN_INVALID_ARGUMENT;
  op(task);
  return KERN_SUCCESS;
}
template <void (*op)(Thread*)>
int on_thread(uint32_t id, uint32_t, uint32_t, uint32_t) {
  Thread* thread = thread_arg(id);
  if (!thread || !thread->task) return KERN_INVALID_ARGUMENT;
  op(thread);
  return KERN_SUCCESS;
}

void terminate_task(Task* task) { task_terminate(task, -1); }

int exit_call(uint32_t status, uint32_t, uint32_t, uint32_t) {
  task_terminate(self_task(), static_cast<int>(status));
  return KERN_FAILURE;  // not reached: the caller's task is gone
}
int console_write_call(uint32_t buf, uint32_t len, uint32_t, uint32_t) { return console_write_user(buf, len); }
int task_self_call(uint32_t, uint32_t, uint32_t, uint32_t) { return static_cast<int>(self_task()->id); }
int task_create_call(uint32_t, uint32_t, uint32_t, uint32_t) {
  Task* task = task_create(self_task()->name);
  return task ? static_cast<int>(task->id) : -KERN_RESOURCE_SHORTAGE;
}
int thread_self_call(uint32_t, uint32_t, uint32_t, uint32_t) { return static_cast<int>(current_thread()->id); }
int thread_exit_call(uint32_t, uint32_t, uint32_t, uint32_t) { thread_terminate_self(); }
int thread_switch_call(uint32_t, uint32_t, uint32_t, uint32_t) {
  thread_block();
  return KERN_SUCCESS;
}
int vm_deallocate_call(uint32_t task_id, uint32_t address, uint32_t size, uint32_t) {
  Task* task = task_arg(task_id);
  return task ? vm_deallocate(task->map, address, size) : KERN_INVALID_ARGUMENT;
}
int vm_protect_call(uint32_t task_id, uint32_t address, uint32_t size, uint32_t prot) {
  Task* task = task_arg(task_id);
  return task ? vm_protect(task->map, address, size, prot) : KERN_INVALID_ARGUMENT;
}
// The cycle counter as the call entered the kernel (kernel_call reads it first).
uint32_t entry_cycle;
int cycle_probe_call(uint32_t, uint32_t, uint32_t, uint32_t) { return static_cast<int>(entry_cycle); }
int invalid_call(uint32_t, uint32_t, uint32_t, uint32_t) { return KERN_INVALID_ARGUMENT; }

struct KernelCallEntry {
  uint32_t number;  // checked against the position below
  int (*handler)(uint32_t, uint32_t, uint32_t, uint32_t);
};

constexpr KernelCallEntry kernel_call_table[KC_COUNT] = {
    {0, invalid_call},
    {KC_EXIT, exit_call},
    {KC_CONSOLE_WRITE, console_write_call},
    {KC_TASK_SELF, task_self_call},
    {KC_TASK_CREATE, task_create_call},
    {KC_TASK_TERMINATE, on_task<terminate_task>},
    {KC_TASK_SUSPEND, on_task<task_suspend>},
    {KC_TASK_RESUME, on_task<task_resume>},
    {KC_THREAD_SELF, thread_self_call},
    {KC_THREAD_CREATE, thread_create_call},
    {KC_THREAD_EXIT, thread_exit_call},
    {KC_THREAD_SUSPEND, on_thread<thread_suspend>},
    {KC_THREAD_RESUME, on_thread<thread_resume>},
    {KC_THREAD_WAIT, thread_wait_call},
    {KC_THREAD_SWITCH, thread_switch_call},
    {KC_VM_ALLOCATE, vm_allocate_call},
    {KC_VM_DEALLOCATE, vm_deallocate_call},
    {KC_VM_PROTECT, vm_protect_call},
    {KC_CYCLE_PROBE, cycle_probe_call},
    {KC_THREAD_TERMINATE, on_thread<thread_terminate>},
};

constexpr bool table_in_order() {
  for (uint32_t i = 0; i < KC_COUNT; ++i)
    if (kernel_call_table[i].number != i || !kernel_call_table[i].handler) return false;
  return true;
}
static_assert(table_in_order(), "kernel_call_table: entry i must be call number i (include/pa730/kcall.h)");

}  // namespace

extern "C" int kernel_call(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t number) {
  entry_cycle = machine::read_interval_timer();
  const int result = kernel_call_table[number < KC_COUNT ? number : 0].handler(a0, a1, a2, a3);
  ast_check();  // a preemption point: the clock may have asked for a switch
  return result;
}
