/* Mach's kernel object and VM types, as user code names them.  Kernel
   objects are port names (send rights) in the caller's IPC space. */
#ifndef _MACH_MACH_TYPES_H_
#define _MACH_MACH_TYPES_H_

#include <mach/std_types.h>
#include <mach/thread_status.h>

typedef mach_port_t task_t;
typedef mach_port_t thread_t;
typedef mach_port_t host_t;
typedef mach_port_t ipc_space_t;
typedef mach_port_t vm_task_t;
typedef task_t* task_array_t;
typedef thread_t* thread_array_t;

#define TASK_NULL ((task_t)0)
#define THREAD_NULL ((thread_t)0)
#define HOST_NULL ((host_t)0)

typedef natural_t vm_address_t;
typedef natural_t vm_offset_t;
typedef natural_t vm_size_t;
typedef int vm_prot_t;
typedef int vm_inherit_t;

/* pa730/kcall.h defines VM_PROT_NONE/READ/WRITE/EXECUTE too: same values. */
#ifndef VM_PROT_NONE
#define VM_PROT_NONE 0
#define VM_PROT_READ 1
#define VM_PROT_WRITE 2
#define VM_PROT_EXECUTE 4
#endif
#define VM_PROT_DEFAULT (VM_PROT_READ | VM_PROT_WRITE)
#define VM_PROT_ALL (VM_PROT_READ | VM_PROT_WRITE | VM_PROT_EXECUTE)

typedef struct time_value {
  integer_t seconds;
  integer_t microseconds;
} time_value_t;

#define TIME_MICROS_MAX 1000000

#endif
