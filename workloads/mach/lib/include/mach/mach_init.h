/* What mach_init() (run by crt0 before main) caches. */
#ifndef _MACH_MACH_INIT_H_
#define _MACH_MACH_INIT_H_

#include <mach/mach_types.h>

/* The task's own port (a send right), fetched once at startup as Mach
   3.0's libmach does: mach_task_self() costs no kernel call. */
extern mach_port_t mach_task_self_;
#define mach_task_self() mach_task_self_

/* The task's bootstrap port (task_get_bootstrap_port at startup). */
extern mach_port_t bootstrap_port;

extern void mach_init(void);

#endif
