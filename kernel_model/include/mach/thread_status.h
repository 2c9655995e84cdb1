/* Thread state flavors: the PA-RISC one (shared). */
#ifndef _MACH_THREAD_STATUS_H_
#define _MACH_THREAD_STATUS_H_

#include <mach/port.h>

typedef natural_t* thread_state_t;
typedef natural_t thread_state_flavor_t;

/* The user-visible registers of a PA-RISC thread: general registers (gr[0]
   reads as 0 and is ignored on set), SAR, and the instruction address
   queue offsets (the privilege bits are forced to 3 on set; the spaces are
   the task's and cannot be set). */
#define PARISC_THREAD_STATE 1
struct parisc_thread_state {
  natural_t gr[32];
  natural_t sar;
  natural_t iioq_head;
  natural_t iioq_tail;
};
#define PARISC_THREAD_STATE_COUNT (sizeof(struct parisc_thread_state) / sizeof(natural_t))
#define THREAD_STATE_MAX PARISC_THREAD_STATE_COUNT

#endif
