// Tasks and threads as IPC sees them (Mach's kern/ipc_tt.c): each task has
// an IPC space and a task port, each thread a thread port; there is one
// host port and one bootstrap port.  Kernel object ports have their
// receive right held by the kernel (no space); a send right to one names
// the object in kernel calls.
#pragma once
#include <mach/port.h>

#include "kern/task.h"
#include "kern/thread.h"

struct IpcPort;

void ipc_kernel_init();                  // host and bootstrap ports
bool ipc_task_init(Task* task);          // space, task port, its own send right; false when short
void ipc_task_terminate(Task* task);     // space and task port go (the task has no threads left)
void ipc_thread_terminate(Thread* t);    // out of every IPC queue; its port dies

// The object a send right in the caller's space names, or nullptr.
Task* convert_name_to_task(mach_port_t name);
Thread* convert_name_to_thread(mach_port_t name);
bool name_is_host(mach_port_t name);
bool name_is_bootstrap(mach_port_t name);

// A new send right (a user reference more) for a kernel object port in the
// caller's space: its name, or MACH_PORT_NULL.
mach_port_t ipc_kobject_copyout_send(IpcPort* port);
IpcPort* ipc_task_port(Task* task);
IpcPort* ipc_thread_port(Thread* t);     // made on first use
IpcPort* ipc_host_port();
IpcPort* ipc_bootstrap_port();
