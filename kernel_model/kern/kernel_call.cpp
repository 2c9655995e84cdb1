// Kernel calls: the C++ side of the gateway entry (arch/gateway.S).  As in
// Mach's mach_trap_table, the call number indexes a table of handlers; each
// takes up to four arguments (r26..r23) and returns one word (r28): a
// kern_return_t, or a value (ids are positive; errors come back negated).
#include "include/pa730/kcall.h"
#include "ipc/mach_msg.h"
#include "ipc/mach_port.h"
#include "kern/mach_calls.h"
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

// Every handler takes the seven argument words (arch/gateway.S); the
// adapters below drop the ones a call does not use (they inline away).
using Handler = int (*)(uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t);

template <int (*f)(uint32_t, uint32_t, uint32_t, uint32_t)>
int old_call(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t, uint32_t, uint32_t) {
  return f(a0, a1, a2, a3);
}
template <int (*f)()>
int call0(uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t) {
  return f();
}
template <int (*f)(uint32_t)>
int call1(uint32_t a0, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t) {
  return f(a0);
}
template <int (*f)(uint32_t, uint32_t)>
int call2(uint32_t a0, uint32_t a1, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t) {
  return f(a0, a1);
}
template <int (*f)(uint32_t, uint32_t, uint32_t)>
int call3(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t, uint32_t, uint32_t, uint32_t) {
  return f(a0, a1, a2);
}
template <int (*f)(uint32_t, uint32_t, uint32_t, uint32_t)>
int call4(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t, uint32_t, uint32_t) {
  return f(a0, a1, a2, a3);
}
template <int (*f)(uint32_t, uint32_t, uint32_t, uint32_t, uint32_t)>
int call5(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t a4, uint32_t, uint32_t) {
  return f(a0, a1, a2, a3, a4);
}

int ipc_statistics_call(uint32_t out) {
  ipc_statistics st;
  ipc_statistics_fill(&st);
  return copyout(self_task()->space, &st, out, sizeof st) ? KERN_INVALID_ADDRESS : KERN_SUCCESS;
}

struct KernelCallEntry {
  uint32_t number;  // checked against the position below
  Handler handler;
};

constexpr KernelCallEntry kernel_call_table[KC_COUNT] = {
    {0, old_call<invalid_call>},
    {KC_EXIT, old_call<exit_call>},
    {KC_CONSOLE_WRITE, old_call<console_write_call>},
    {KC_TASK_SELF, old_call<task_self_call>},
    {KC_TASK_CREATE, old_call<task_create_call>},
    {KC_TASK_TERMINATE, old_call<on_task<terminate_task>>},
    {KC_TASK_SUSPEND, old_call<on_task<task_suspend>>},
    {KC_TASK_RESUME, old_call<on_task<task_resume>>},
    {KC_THREAD_SELF, old_call<thread_self_call>},
    {KC_THREAD_CREATE, old_call<thread_create_call>},
    {KC_THREAD_EXIT, old_call<thread_exit_call>},
    {KC_THREAD_SUSPEND, old_call<on_thread<thread_suspend>>},
    {KC_THREAD_RESUME, old_call<on_thread<thread_resume>>},
    {KC_THREAD_WAIT, old_call<thread_wait_call>},
    {KC_THREAD_SWITCH, old_call<thread_switch_call>},
    {KC_VM_ALLOCATE, old_call<vm_allocate_call>},
    {KC_VM_DEALLOCATE, old_call<vm_deallocate_call>},
    {KC_VM_PROTECT, old_call<vm_protect_call>},
    {KC_CYCLE_PROBE, old_call<cycle_probe_call>},
    {KC_THREAD_TERMINATE, old_call<on_thread<thread_terminate>>},
    {20, old_call<invalid_call>}, {21, old_call<invalid_call>}, {22, old_call<invalid_call>},
    {23, old_call<invalid_call>}, {24, old_call<invalid_call>}, {25, old_call<invalid_call>},
    {26, old_call<invalid_call>}, {27, old_call<invalid_call>}, {28, old_call<invalid_call>},
    {29, old_call<invalid_call>}, {30, old_call<invalid_call>}, {31, old_call<invalid_call>},
    {KC_MACH_MSG_TRAP, mach_msg_trap},
    {KC_MACH_REPLY_PORT, call0<mach_reply_port_call>},
    {KC_MACH_TASK_SELF, call0<mach_task_self_call>},
    {KC_MACH_THREAD_SELF, call0<mach_thread_self_call>},
    {KC_MACH_HOST_SELF, call0<mach_host_self_call>},
    {KC_MACH_PORT_ALLOCATE, call3<mach_port_allocate_call>},
    {KC_MACH_PORT_DEALLOCATE, call2<mach_port_deallocate_call>},
    {KC_MACH_PORT_DESTROY, call2<mach_port_destroy_call>},
    {KC_MACH_PORT_MOD_REFS, call4<mach_port_mod_refs_call>},
    {KC_MACH_PORT_INSERT_RIGHT, call4<mach_port_insert_right_call>},
    {KC_MACH_PORT_GET_REFS, call4<mach_port_get_refs_call>},
    {KC_MACH_PORT_MOVE_MEMBER, call3<mach_port_move_member_call>},
    {KC_MACH_PORT_REQUEST_NOTIFICATION, mach_port_request_notification_call},
    {KC_MACH_PORT_SET_QLIMIT, call3<mach_port_set_qlimit_call>},
    {KC_MACH_PORT_TYPE, call3<mach_port_type_call>},
    {KC_MACH_TASK_CREATE, call3<mach_task_create_call>},
    {KC_MACH_TASK_TERMINATE, call1<mach_task_terminate_call>},
    {KC_MACH_TASK_SUSPEND, call1<mach_task_suspend_call>},
    {KC_MACH_TASK_RESUME, call1<mach_task_resume_call>},
    {KC_MACH_THREAD_CREATE, call2<mach_thread_create_call>},
    {KC_MACH_THREAD_GET_STATE, call4<mach_thread_get_state_call>},
    {KC_MACH_THREAD_SET_STATE, call4<mach_thread_set_state_call>},
    {KC_MACH_THREAD_RESUME, call1<mach_thread_resume_call>},
    {KC_MACH_THREAD_SUSPEND, call1<mach_thread_suspend_call>},
    {KC_MACH_THREAD_TERMINATE, call1<mach_thread_terminate_call>},
    {KC_MACH_HOST_GET_TIME, call2<mach_host_get_time_call>},
    {KC_MACH_TASK_GET_BOOTSTRAP_PORT, call2<mach_task_get_bootstrap_port_call>},
    {KC_MACH_BOOTSTRAP_REGISTER, call3<mach_bootstrap_register_call>},
    {KC_MACH_BOOTSTRAP_LOOK_UP, call3<mach_bootstrap_look_up_call>},
    {KC_MACH_IPC_STATISTICS, call1<ipc_statistics_call>},
    {KC_MACH_VM_ALLOCATE, call4<mach_vm_allocate_call>},
    {KC_MACH_VM_DEALLOCATE, call3<mach_vm_deallocate_call>},
    {KC_MACH_VM_PROTECT, call5<mach_vm_protect_call>},
};

constexpr bool table_in_order() {
  for (uint32_t i = 0; i < KC_COUNT; ++i)
    if (kernel_call_table[i].number != i || !kernel_call_table[i].handler) return false;
  return true;
}
static_assert(table_in_order(), "kernel_call_table: entry i must be call number i (include/pa730/kcall.h)");

}  // namespace

// Arguments 5..7 arrive after the number (arch/gateway.S stores r21, r20,
// r19 as the sixth to eighth C arguments).
extern "C" int kernel_call(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t number, uint32_t a4,
                           uint32_t a5, uint32_t a6) {
  entry_cycle = machine::read_interval_timer();
  const int result = kernel_call_table[number < KC_COUNT ? number : 0].handler(a0, a1, a2, a3, a4, a5, a6);
  ast_check();  // a preemption point: the clock may have asked for a switch
  return result;
}
