/* The kernel-call interface: numbers, result codes and VM protections,
   shared by the kernel (kern/kernel_call.cpp) and the user library
   (workloads/lib).  Entry sequence: arch/gateway.S.  Result codes and
   protections have Mach's values. */
#ifndef PA730_KCALL_H
#define PA730_KCALL_H

#define KC_EXIT 1              /* (status) -- the calling task ends */
#define KC_CONSOLE_WRITE 2     /* (buf, len) */
#define KC_TASK_SELF 3         /* () -> task id */
#define KC_TASK_CREATE 4       /* () -> new empty task's id, or -error */
#define KC_TASK_TERMINATE 5    /* (task) */
#define KC_TASK_SUSPEND 6      /* (task) */
#define KC_TASK_RESUME 7       /* (task) */
#define KC_THREAD_SELF 8       /* () -> thread id */
#define KC_THREAD_CREATE 9     /* (task, pc, arg, stack) -> thread id, or -error */
#define KC_THREAD_EXIT 10      /* () -- the calling thread ends */
#define KC_THREAD_SUSPEND 11   /* (thread) */
#define KC_THREAD_RESUME 12    /* (thread) */
#define KC_THREAD_WAIT 13      /* (thread) -- until it has terminated */
#define KC_THREAD_SWITCH 14    /* () -- yield the processor */
#define KC_VM_ALLOCATE 15      /* (task, &address, size, anywhere) */
#define KC_VM_DEALLOCATE 16    /* (task, address, size) */
#define KC_VM_PROTECT 17       /* (task, address, size, protection) */
#define KC_CYCLE_PROBE 18      /* () -> the cycle counter (CR16) on kernel entry */
#define KC_THREAD_TERMINATE 19 /* (thread) -- another thread of any task */
#define KC_COUNT 20

#define KERN_SUCCESS 0
#define KERN_INVALID_ADDRESS 1
#define KERN_PROTECTION_FAILURE 2
#define KERN_NO_SPACE 3
#define KERN_INVALID_ARGUMENT 4
#define KERN_FAILURE 5
#define KERN_RESOURCE_SHORTAGE 6

#define VM_PROT_NONE 0
#define VM_PROT_READ 1
#define VM_PROT_WRITE 2
#define VM_PROT_EXECUTE 4

/* Where the gateway page lives in the kernel's space 0. */
#define GATEWAY_ADDRESS 0x40000

#endif
