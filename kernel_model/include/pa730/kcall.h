/* The kernel-call interface: numbers and argument conventions, shared by
   the kernel (kern/kernel_call.cpp) and the user library (workloads/mach/
   lib).  Entry sequence: arch/gateway.S.  Result codes are Mach's
   (mach/kern_return.h, mach/message.h).

   Arguments 1..4 travel in r26..r23 and arguments 5..7 in r21, r20, r19
   (the user stub loads them from its caller's frame, -52/-56/-60(sp));
   the number is in r22, the result comes back in r28.

   Two families:
     1..19   the original calls on integer task/thread ids (0 = the
             caller's); they remain underneath (the user library calls
             them kc_*).
     32..    Mach 3.0 calls with Mach's C signatures: tasks, threads and
             the host are named by port names in the caller's IPC space.
             They are traps here (Mach 3.0 reaches most of them by RPC to
             the kernel object's port; kernel objects as message
             destinations come later). */
#ifndef PA730_KCALL_H
#define PA730_KCALL_H

#include "mach/kern_return.h"

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

/* ---- Mach 3.0 calls (port names) ---------------------------------------- */
#define KC_MACH_MSG_TRAP 32                 /* (msg, option, send_size, rcv_size, rcv_name, timeout, notify) */
#define KC_MACH_REPLY_PORT 33               /* () -> name of a new receive right, or MACH_PORT_NULL */
#define KC_MACH_TASK_SELF 34                /* () -> send right to the caller's task port (+1 uref) */
#define KC_MACH_THREAD_SELF 35              /* () -> send right to the caller's thread port (+1 uref) */
#define KC_MACH_HOST_SELF 36                /* () -> send right to the host port (+1 uref) */
#define KC_MACH_PORT_ALLOCATE 37            /* (task, right, &name) */
#define KC_MACH_PORT_DEALLOCATE 38          /* (task, name) */
#define KC_MACH_PORT_DESTROY 39             /* (task, name) */
#define KC_MACH_PORT_MOD_REFS 40            /* (task, name, right, delta) */
#define KC_MACH_PORT_INSERT_RIGHT 41        /* (task, name, poly, poly_poly) */
#define KC_MACH_PORT_GET_REFS 42            /* (task, name, right, &refs) */
#define KC_MACH_PORT_MOVE_MEMBER 43         /* (task, member, after) */
#define KC_MACH_PORT_REQUEST_NOTIFICATION 44 /* (task, name, variant, sync, notify, notify_poly, &previous) */
#define KC_MACH_PORT_SET_QLIMIT 45          /* (task, name, qlimit) */
#define KC_MACH_PORT_TYPE 46                /* (task, name, &type) */
#define KC_MACH_TASK_CREATE 47              /* (parent, inherit_memory, &child) */
#define KC_MACH_TASK_TERMINATE 48           /* (task) */
#define KC_MACH_TASK_SUSPEND 49             /* (task) */
#define KC_MACH_TASK_RESUME 50              /* (task) */
#define KC_MACH_THREAD_CREATE 51            /* (task, &thread) -- created suspended, state zero */
#define KC_MACH_THREAD_GET_STATE 52         /* (thread, flavor, state, &count) */
#define KC_MACH_THREAD_SET_STATE 53         /* (thread, flavor, state, count) */
#define KC_MACH_THREAD_RESUME 54            /* (thread) */
#define KC_MACH_THREAD_SUSPEND 55           /* (thread) */
#define KC_MACH_THREAD_TERMINATE 56         /* (thread) */
#define KC_MACH_HOST_GET_TIME 57            /* (host, &time_value) -- simulated time */
#define KC_MACH_TASK_GET_BOOTSTRAP_PORT 58  /* (task, &port) */
#define KC_MACH_BOOTSTRAP_REGISTER 59       /* (bootstrap, name_string, port) -- kernel-held name table */
#define KC_MACH_BOOTSTRAP_LOOK_UP 60        /* (bootstrap, name_string, &port) */
#define KC_MACH_IPC_STATISTICS 61           /* (&ipc_statistics) -- live ports, entries, kmsgs, path counts */
#define KC_MACH_VM_ALLOCATE 62              /* (task, &address, size, anywhere) */
#define KC_MACH_VM_DEALLOCATE 63            /* (task, address, size) */
#define KC_MACH_VM_PROTECT 64               /* (task, address, size, set_maximum, protection) */
#define KC_COUNT 65

#define VM_PROT_NONE 0
#define VM_PROT_READ 1
#define VM_PROT_WRITE 2
#define VM_PROT_EXECUTE 4

/* Where the gateway page lives in the kernel's space 0. */
#define GATEWAY_ADDRESS 0x40000

#ifndef __ASSEMBLER__
/* KC_MACH_IPC_STATISTICS: what the kernel's IPC holds now (leak tests) and
   how mach_msg_trap has gone since boot. */
struct ipc_statistics {
  unsigned ports;          /* live ports (kernel object ports included) */
  unsigned port_sets;
  unsigned entries;        /* used entries over all IPC spaces */
  unsigned kmsgs;          /* kmsgs allocated and not freed (queued or in transit) */
  unsigned msgs_fast;      /* mach_msg_trap calls that took the optimized RPC path */
  unsigned msgs_slow;      /* ... that took the general path */
  unsigned slow_reasons[16]; /* by reason: pa730/stages.h SLOW_* - MARK_SLOW_BASE */
};
#endif

#endif
