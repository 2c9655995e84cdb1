/* Mach 3.0 kernel interface calls on tasks, threads, the host and VM, with
   Mach's C signatures (here traps, lib/kcall.S). */
#ifndef _MACH_MACH_INTERFACE_H_
#define _MACH_MACH_INTERFACE_H_

#include <mach/mach_types.h>
#include <mach/thread_status.h>
#include <pa730/kcall.h>

extern kern_return_t task_create(task_t parent_task, boolean_t inherit_memory, task_t* child_task);
extern kern_return_t task_terminate(task_t target_task);
extern kern_return_t task_suspend(task_t target_task);
extern kern_return_t task_resume(task_t target_task);
extern kern_return_t task_get_bootstrap_port(task_t task, mach_port_t* bootstrap);

/* The new thread is suspended, with a zero state: set it, then resume. */
extern kern_return_t thread_create(task_t parent_task, thread_t* child_thread);
extern kern_return_t thread_get_state(thread_t target_thread, thread_state_flavor_t flavor, thread_state_t old_state,
                                      mach_msg_type_number_t* old_stateCnt);
extern kern_return_t thread_set_state(thread_t target_thread, thread_state_flavor_t flavor, thread_state_t new_state,
                                      mach_msg_type_number_t new_stateCnt);
extern kern_return_t thread_resume(thread_t target_thread);
extern kern_return_t thread_suspend(thread_t target_thread);
extern kern_return_t thread_terminate(thread_t target_thread);

extern kern_return_t host_get_time(host_t host, time_value_t* current_time);

/* The kernel's name table (no separate name server task): register a
   MAKE_SEND right of `port` under name, look one up. */
extern kern_return_t bootstrap_register(mach_port_t bootstrap, const char* name, mach_port_t port);
extern kern_return_t bootstrap_look_up(mach_port_t bootstrap, const char* name, mach_port_t* port);

/* What the kernel's IPC holds, and how mach_msg_trap has gone (pa730/kcall.h). */
extern kern_return_t mach_ipc_statistics(struct ipc_statistics* stats);

extern kern_return_t vm_allocate(vm_task_t target_task, vm_address_t* address, vm_size_t size, boolean_t anywhere);
extern kern_return_t vm_deallocate(vm_task_t target_task, vm_address_t address, vm_size_t size);
extern kern_return_t vm_protect(vm_task_t target_task, vm_address_t address, vm_size_t size, boolean_t set_maximum,
                                vm_prot_t new_protection);

#endif
