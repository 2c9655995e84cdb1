#include "kern/mach_calls.h"

#include <mach/message.h>
#include <mach/thread_status.h>

#include "ipc/ipc_port.h"
#include "ipc/ipc_right.h"
#include "ipc/ipc_space.h"
#include "kern/clock.h"
#include "kern/copy.h"
#include "kern/ipc_tt.h"
#include "kern/sched.h"
#include "kern/task.h"
#include "kern/thread.h"

namespace {

Task* caller() { return current_thread()->task; }

int put_word(uint32_t user_address, uint32_t value) {
  return copyout(caller()->space, &value, user_address, sizeof value) ? KERN_INVALID_ADDRESS : KERN_SUCCESS;
}
bool writable(uint32_t user_address) {
  uint32_t v;
  return copyin(caller()->space, user_address, &v, sizeof v) == 0 &&
         copyout(caller()->space, &v, user_address, sizeof v) == 0;
}

// The kernel-held bootstrap name table: a name service in the kernel,
// reached through the bootstrap port every task can get.
constexpr unsigned kBootstrapNames = 16;
constexpr unsigned kBootstrapNameBytes = 32;
struct BootstrapName {
  char name[kBootstrapNameBytes];
  IpcPort* port;  // holds a send right
};
BootstrapName bootstrap_names[kBootstrapNames];

// A NUL-terminated service name from user space; false if unreadable or too long.
bool copyin_name(uint32_t user, char* out) {
  for (unsigned i = 0; i < kBootstrapNameBytes; ++i) {
    if (copyin(caller()->space, user + i, &out[i], 1)) return false;
    if (!out[i]) return i > 0;
  }
  return false;
}

bool same_name(const char* a, const char* b) {
  for (unsigned i = 0; i < kBootstrapNameBytes; ++i) {
    if (a[i] != b[i]) return false;
    if (!a[i]) return true;
  }
  return true;
}

// n / d by shift and subtract: libgcc's 64-bit division uses the FP unit,
// which the kernel leaves to user threads.
uint64_t divide(uint64_t n, uint32_t d) {
  uint64_t q = 0, r = 0;
  for (int i = 63; i >= 0; --i) {
    r = (r << 1) | ((n >> i) & 1);
    if (r >= d) {
      r -= d;
      q |= uint64_t{1} << i;
    }
  }
  return q;
}

// A thread the caller may act on: a user thread (kernel threads have no port).
Thread* user_thread(uint32_t name) {
  Thread* t = convert_name_to_thread(name);
  return t && t->task && t->state != ThreadState::Terminated ? t : nullptr;
}

}  // namespace

int mach_task_self_call() { return static_cast<int>(ipc_kobject_copyout_send(ipc_task_port(caller()))); }
int mach_thread_self_call() { return static_cast<int>(ipc_kobject_copyout_send(ipc_thread_port(current_thread()))); }
int mach_host_self_call() { return static_cast<int>(ipc_kobject_copyout_send(ipc_host_port())); }

int mach_task_create_call(uint32_t parent, uint32_t, uint32_t child_out) {
  // Memory is never inherited: the child's address space starts empty.
  Task* p = convert_name_to_task(parent);
  if (!p) return KERN_INVALID_ARGUMENT;
  if (!writable(child_out)) return KERN_INVALID_ADDRESS;
  Task* child = task_create(p->name);
  if (!child) return KERN_RESOURCE_SHORTAGE;
  const mach_port_t name = ipc_kobject_copyout_send(ipc_task_port(child));
  return put_word(child_out, name);
}

namespace {
// Calls that act on a task or a thread named by a send right to its port.
template <void (*op)(Task*)>
int on_task_port(uint32_t name) {
  Task* t = convert_name_to_task(name);
  if (!t) return KERN_INVALID_ARGUMENT;
  op(t);
  return KERN_SUCCESS;
}
void terminate_task(Task* t) { task_terminate(t, -1); }
}  // namespace

int mach_task_terminate_call(uint32_t task) { return on_task_port<terminate_task>(task); }
int mach_task_suspend_call(uint32_t task) { return on_task_port<task_suspend>(task); }
int mach_task_resume_call(uint32_t task) { return on_task_port<task_resume>(task); }

int mach_thread_create_call(uint32_t task, uint32_t thread_out) {
  Task* t = convert_name_to_task(task);
  if (!t) return KERN_INVALID_ARGUMENT;
  if (!writable(thread_out)) return KERN_INVALID_ADDRESS;
  // Mach's thread_create: suspended, with a zero state to be set.
  Thread* th = user_thread_create(t, 0, 0, 0, true);
  if (!th) return KERN_RESOURCE_SHORTAGE;
  return put_word(thread_out, ipc_kobject_copyout_send(ipc_thread_port(th)));
}

int mach_thread_get_state_call(uint32_t thread, uint32_t flavor, uint32_t state, uint32_t count_inout) {
  Thread* t = user_thread(thread);
  if (!t) return KERN_INVALID_ARGUMENT;
  if (flavor != PARISC_THREAD_STATE) return KERN_INVALID_ARGUMENT;
  uint32_t count;
  if (copyin(caller()->space, count_inout, &count, sizeof count)) return KERN_INVALID_ADDRESS;
  if (count < PARISC_THREAD_STATE_COUNT) return KERN_INVALID_ARGUMENT;
  // The user state as the thread last left user mode: its interruption
  // frame, with the kernel-call entry's saves on top when it is in a call.
  const SavedState& ss = t->pcb.ss;
  parisc_thread_state out = {};
  for (unsigned i = 1; i < 32; ++i) out.gr[i] = ss.gr[i];
  out.sar = ss.sar;
  out.iioq_head = ss.iiaoq[0];
  out.iioq_tail = ss.iiaoq[1];
  if (!thread_not_started(t) && t != current_thread() && t->pcb.kc_r31) {
    out.gr[2] = t->pcb.kc_rp;
    out.gr[27] = t->pcb.kc_dp;
    out.gr[30] = t->pcb.kc_sp;
    out.iioq_head = t->pcb.kc_r31;
    out.iioq_tail = t->pcb.kc_r31 + 4;
  }
  if (copyout(caller()->space, &out, state, sizeof out)) return KERN_INVALID_ADDRESS;
  return put_word(count_inout, PARISC_THREAD_STATE_COUNT);
}

int mach_thread_set_state_call(uint32_t thread, uint32_t flavor, uint32_t state, uint32_t count) {
  Thread* t = user_thread(thread);
  if (!t) return KERN_INVALID_ARGUMENT;
  if (flavor != PARISC_THREAD_STATE || count < PARISC_THREAD_STATE_COUNT) return KERN_INVALID_ARGUMENT;
  // Only a thread that has not run yet starts from its saved state; the
  // others' user registers live partly on their kernel stacks.
  if (!thread_not_started(t)) return KERN_FAILURE;
  parisc_thread_state in;
  if (copyin(caller()->space, state, &in, sizeof in)) return KERN_INVALID_ADDRESS;
  SavedState& ss = t->pcb.ss;
  for (unsigned i = 1; i < 32; ++i) ss.gr[i] = in.gr[i];
  ss.sar = in.sar & 31u;
  ss.iiaoq[0] = in.iioq_head | 3u;  // user privilege, whatever was asked
  ss.iiaoq[1] = in.iioq_tail | 3u;
  return KERN_SUCCESS;
}

int mach_thread_resume_call(uint32_t thread) {
  Thread* t = user_thread(thread);
  if (!t) return KERN_INVALID_ARGUMENT;
  if (t->suspend_count == 0) return KERN_FAILURE;
  thread_resume(t);
  return KERN_SUCCESS;
}

namespace {
template <void (*op)(Thread*)>
int on_thread_port(uint32_t name) {
  Thread* t = user_thread(name);
  if (!t) return KERN_INVALID_ARGUMENT;
  op(t);
  return KERN_SUCCESS;
}
}  // namespace

int mach_thread_suspend_call(uint32_t thread) { return on_thread_port<thread_suspend>(thread); }
int mach_thread_terminate_call(uint32_t thread) { return on_thread_port<thread_terminate>(thread); }

int mach_host_get_time_call(uint32_t host, uint32_t time_out) {
  if (!name_is_host(host)) return KERN_INVALID_HOST;
  // Simulated time: cycles at 67 MHz.
  const uint64_t us = divide(clock_cycles(), 67);
  const uint32_t seconds = static_cast<uint32_t>(divide(us, 1000000));
  // us - seconds * 10^6 < 10^6: the low 32 bits suffice (no 64-bit multiply).
  const uint32_t tv[2] = {seconds, static_cast<uint32_t>(us) - seconds * 1000000u};
  return copyout(caller()->space, tv, time_out, sizeof tv) ? KERN_INVALID_ADDRESS : KERN_SUCCESS;
}

int mach_task_get_bootstrap_port_call(uint32_t task, uint32_t port_out) {
  if (!convert_name_to_task(task)) return KERN_INVALID_ARGUMENT;
  if (!writable(port_out)) return KERN_INVALID_ADDRESS;
  return put_word(port_out, ipc_kobject_copyout_send(ipc_bootstrap_port()));
}

int mach_bootstrap_register_call(uint32_t bootstrap, uint32_t name_string, uint32_t port) {
  if (!name_is_bootstrap(bootstrap)) return KERN_INVALID_ARGUMENT;
  char name[kBootstrapNameBytes];
  if (!copyin_name(name_string, name)) return KERN_INVALID_ADDRESS;
  // A send right for the table: made from a receive right, or copied.
  IpcSpace* space = caller()->itk_space;
  IpcEntry* e = ipc_right_lookup(space, port);
  if (!e || !(e->bits & (MACH_PORT_TYPE_RECEIVE | MACH_PORT_TYPE_SEND))) return KERN_INVALID_RIGHT;
  IpcPort* right;
  const mach_msg_type_name_t how = (e->bits & MACH_PORT_TYPE_RECEIVE) ? MACH_MSG_TYPE_MAKE_SEND : MACH_MSG_TYPE_COPY_SEND;
  if (ipc_right_copyin(space, port, how, &right) != KERN_SUCCESS || !IP_VALID(right)) return KERN_INVALID_RIGHT;
  BootstrapName* slot = nullptr;
  for (BootstrapName& b : bootstrap_names) {
    if (b.port && same_name(b.name, name)) {
      slot = &b;
      break;
    }
    if (!b.port && !slot) slot = &b;
  }
  if (!slot) {
    ipc_right_release_transit(right, MACH_MSG_TYPE_PORT_SEND);
    return KERN_NO_SPACE;
  }
  if (slot->port) ipc_right_release_transit(slot->port, MACH_MSG_TYPE_PORT_SEND);
  for (unsigned i = 0; i < kBootstrapNameBytes; ++i) slot->name[i] = name[i];
  slot->port = right;
  return KERN_SUCCESS;
}

int mach_bootstrap_look_up_call(uint32_t bootstrap, uint32_t name_string, uint32_t port_out) {
  if (!name_is_bootstrap(bootstrap)) return KERN_INVALID_ARGUMENT;
  char name[kBootstrapNameBytes];
  if (!copyin_name(name_string, name)) return KERN_INVALID_ADDRESS;
  if (!writable(port_out)) return KERN_INVALID_ADDRESS;
  for (BootstrapName& b : bootstrap_names) {
    if (!b.port || !same_name(b.name, name)) continue;
    if (!b.port->object.active) {
      // The server is gone: forget it.
      ipc_right_release_transit(b.port, MACH_MSG_TYPE_PORT_SEND);
      b.port = nullptr;
      break;
    }
    ipc_port_copy_send(b.port);
    ip_reference(b.port);
    mach_port_t result;
    if (ipc_right_copyout(caller()->itk_space, b.port, MACH_MSG_TYPE_PORT_SEND, &result) != KERN_SUCCESS) {
      ipc_right_release_transit(b.port, MACH_MSG_TYPE_PORT_SEND);
      return KERN_NO_SPACE;
    }
    return put_word(port_out, result);
  }
  return KERN_INVALID_NAME;  // not registered (yet)
}

int mach_vm_allocate_call(uint32_t task, uint32_t address_inout, uint32_t size, uint32_t anywhere) {
  Task* t = convert_name_to_task(task);
  if (!t) return KERN_INVALID_ARGUMENT;
  uint32_t address;
  if (copyin(caller()->space, address_inout, &address, sizeof address)) return KERN_INVALID_ADDRESS;
  const int kr = vm_allocate(t->map, &address, size, anywhere != 0);
  if (kr != KERN_SUCCESS) return kr;
  if (copyout(caller()->space, &address, address_inout, sizeof address)) {
    vm_deallocate(t->map, address, size);
    return KERN_INVALID_ADDRESS;
  }
  return KERN_SUCCESS;
}

int mach_vm_deallocate_call(uint32_t task, uint32_t address, uint32_t size) {
  Task* t = convert_name_to_task(task);
  return t ? vm_deallocate(t->map, address, size) : KERN_INVALID_ARGUMENT;
}

int mach_vm_protect_call(uint32_t task, uint32_t address, uint32_t size, uint32_t set_maximum, uint32_t protection) {
  // Maximum protections are not kept: setting one is accepted and ignored.
  if (set_maximum) return convert_name_to_task(task) ? KERN_SUCCESS : KERN_INVALID_ARGUMENT;
  Task* t = convert_name_to_task(task);
  return t ? vm_protect(t->map, address, size, protection) : KERN_INVALID_ARGUMENT;
}
