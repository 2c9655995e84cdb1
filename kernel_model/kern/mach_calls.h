// The Mach 3.0 kernel calls on tasks, threads, the host and the bootstrap
// name service (KC_MACH_* of include/pa730/kcall.h): traps here, with
// Mach's arguments; objects are named by send rights in the caller's space.
#pragma once
#include <stdint.h>

int mach_task_self_call();
int mach_thread_self_call();
int mach_host_self_call();
int mach_task_create_call(uint32_t parent, uint32_t inherit, uint32_t child_out);
int mach_task_terminate_call(uint32_t task);
int mach_task_suspend_call(uint32_t task);
int mach_task_resume_call(uint32_t task);
int mach_thread_create_call(uint32_t task, uint32_t thread_out);
int mach_thread_get_state_call(uint32_t thread, uint32_t flavor, uint32_t state, uint32_t count_inout);
int mach_thread_set_state_call(uint32_t thread, uint32_t flavor, uint32_t state, uint32_t count);
int mach_thread_resume_call(uint32_t thread);
int mach_thread_suspend_call(uint32_t thread);
int mach_thread_terminate_call(uint32_t thread);
int mach_host_get_time_call(uint32_t host, uint32_t time_out);
int mach_task_get_bootstrap_port_call(uint32_t task, uint32_t port_out);
int mach_bootstrap_register_call(uint32_t bootstrap, uint32_t name_string, uint32_t port);
int mach_bootstrap_look_up_call(uint32_t bootstrap, uint32_t name_string, uint32_t port_out);
int mach_vm_allocate_call(uint32_t task, uint32_t address_inout, uint32_t size, uint32_t anywhere);
int mach_vm_deallocate_call(uint32_t task, uint32_t address, uint32_t size);
int mach_vm_protect_call(uint32_t task, uint32_t address, uint32_t size, uint32_t set_maximum, uint32_t protection);
