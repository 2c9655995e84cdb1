#include "kern/ipc_tt.h"

#include "ipc/ipc_kmsg.h"
#include "ipc/ipc_mqueue.h"
#include "ipc/ipc_port.h"
#include "ipc/ipc_right.h"
#include "ipc/ipc_space.h"
#include "kern/machine.h"
#include "kern/sched.h"

namespace {
IpcPort* host_port;
IpcPort* bootstrap_port;

IpcPort* kobject_port(KobjectType type, void* object) {
  IpcPort* port = ipc_port_alloc(nullptr);  // the kernel holds the receive right
  if (!port) return nullptr;
  port->kotype = type;
  port->kobject = object;
  return port;
}

void* convert(mach_port_t name, KobjectType type) {
  Thread* self = current_thread();
  if (!self->task || !self->task->itk_space) return nullptr;
  IpcEntry* e = ipc_right_lookup(self->task->itk_space, name);
  if (!e || !(e->bits & MACH_PORT_TYPE_SEND)) return nullptr;
  IpcPort* port = ip_from(e->object);
  return port->object.active && port->kotype == type ? port->kobject : nullptr;
}
}  // namespace

void ipc_kernel_init() {
  host_port = kobject_port(KobjectType::Host, nullptr);
  bootstrap_port = kobject_port(KobjectType::Bootstrap, nullptr);
}

bool ipc_task_init(Task* task) {
  task->itk_space = ipc_space_create(task);
  if (!task->itk_space) return false;
  task->itk_self = kobject_port(KobjectType::Task, task);
  if (!task->itk_self) return false;
  ipc_port_make_send(task->itk_self);
  ip_reference(task->itk_self);
  if (ipc_right_copyout(task->itk_space, task->itk_self, MACH_MSG_TYPE_PORT_SEND, &task->self_name) != KERN_SUCCESS)
    return false;
  return true;
}

void ipc_task_terminate(Task* task) {
  if (IpcSpace* space = task->itk_space) {
    task->itk_space = nullptr;
    ipc_space_destroy(space);
  }
  if (IpcPort* port = task->itk_self) {
    task->itk_self = nullptr;
    ipc_port_destroy(port);
  }
}

void ipc_thread_terminate(Thread* t) {
  const machine::Spl s = machine::splhigh();
  if (t->ith_mqueue) ipc_mqueue_remove_waiter(*t->ith_mqueue, t);
  if (IpcPort* port = t->ith_blocked_on) ipc_port_remove_blocked(port, t);
  thread_forget_timeout(t);
  machine::splx(s);
  if (IpcKmsg* kmsg = t->ith_kmsg) {
    t->ith_kmsg = nullptr;
    ipc_kmsg_destroy(kmsg);
  }
  if (IpcObject* o = t->ith_object) {
    t->ith_object = nullptr;
    io_release(o);
  }
  if (IpcPort* port = t->self_port) {
    t->self_port = nullptr;
    ipc_port_destroy(port);
  }
}

Task* convert_name_to_task(mach_port_t name) { return static_cast<Task*>(convert(name, KobjectType::Task)); }
Thread* convert_name_to_thread(mach_port_t name) { return static_cast<Thread*>(convert(name, KobjectType::Thread)); }

namespace {
// Whether name is a send right, in the caller's space, to `port`.
bool names_send_right_to(mach_port_t name, IpcPort* port) {
  Thread* self = current_thread();
  IpcEntry* e = self->task ? ipc_right_lookup(self->task->itk_space, name) : nullptr;
  return e && (e->bits & MACH_PORT_TYPE_SEND) && ip_from(e->object) == port;
}
}  // namespace

bool name_is_host(mach_port_t name) { return names_send_right_to(name, host_port); }
bool name_is_bootstrap(mach_port_t name) { return names_send_right_to(name, bootstrap_port); }

mach_port_t ipc_kobject_copyout_send(IpcPort* port) {
  Task* task = current_thread()->task;
  if (!port || !task || !task->itk_space) return MACH_PORT_NULL;
  ipc_port_make_send(port);
  ip_reference(port);
  mach_port_t name;
  if (ipc_right_copyout(task->itk_space, port, MACH_MSG_TYPE_PORT_SEND, &name) != KERN_SUCCESS) {
    ipc_right_release_transit(port, MACH_MSG_TYPE_PORT_SEND);
    return MACH_PORT_NULL;
  }
  return name;
}

IpcPort* ipc_task_port(Task* task) { return task->itk_self; }

IpcPort* ipc_thread_port(Thread* t) {
  if (!t->self_port) t->self_port = kobject_port(KobjectType::Thread, t);
  return t->self_port;
}

IpcPort* ipc_host_port() { return host_port; }
IpcPort* ipc_bootstrap_port() { return bootstrap_port; }
