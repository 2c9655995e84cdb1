/* What MIG-generated stubs need from libmach (user side): the per-thread
   reply port, the routine table type, memcpy, and the descriptor
   comparisons the type checks use. */
#ifndef _MACH_MIG_SUPPORT_H_
#define _MACH_MIG_SUPPORT_H_

#include <stddef.h>
#include <mach/message.h>
#include <mach/mig_errors.h>

typedef void (*mig_routine_t)(mach_msg_header_t* InHeadP, mach_msg_header_t* OutHeadP);

/* The calling thread's reply port: a receive right made lazily with
   mach_reply_port() and kept for the next call (workloads/mach/lib/
   mig_support.c says how it is cached). */
extern mach_port_t mig_get_reply_port(void);
/* The stub has received its reply: the port may be used again. */
extern void mig_put_reply_port(mach_port_t reply_port);
/* The RPC failed in transport: the port may hold a stale reply or a
   send-once right in flight; destroy it, the next call makes a new one. */
extern void mig_dealloc_reply_port(mach_port_t reply_port);
/* Forget the cached reply port (a new task or thread starting). */
extern void mig_init(void* first);

extern void* memcpy(void* dst, const void* src, size_t n);

/* Descriptors compare as whole words (a fixed type's descriptor is
   exactly one value), long forms field by field. */
static inline int __mig_type_differs(const mach_msg_type_t* a, const mach_msg_type_t* b) {
  union {
    mach_msg_type_t t;
    unsigned int w;
  } x, y;
  x.t = *a;
  y.t = *b;
  return x.w != y.w;
}


#endif
