/* Mach 3.0 traps (lib/kcall.S; numbers in pa730/kcall.h). */
#ifndef _MACH_MACH_TRAPS_H_
#define _MACH_MACH_TRAPS_H_

#include <mach/mach_types.h>
#include <mach/message.h>

/* mach_msg_trap and mach_msg are declared by mach/message.h. */
extern mach_port_t mach_reply_port(void);
extern mach_port_t task_self_trap(void);
extern mach_port_t thread_self_trap(void);
extern mach_port_t host_self_trap(void);
/* Each call returns a send right with one more user reference. */
extern mach_port_t mach_thread_self(void);
extern mach_port_t mach_host_self(void);

#endif
