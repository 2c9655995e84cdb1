/* The Mach 3.0 user interface: types, traps, kernel calls, messages, MIG
   support (workloads/mach/lib).  Also the library's own calls (libmach.h). */
#ifndef _MACH_H_
#define _MACH_H_

#include <mach/boolean.h>
#include <mach/kern_return.h>
#include <mach/port.h>
#include <mach/message.h>
#include <mach/notify.h>
#include <mach/mig_errors.h>
#include <mach/mach_types.h>
#include <mach/mach_traps.h>
#include <mach/mach_interface.h>
#include <mach/mach_port.h>
#include <mach/mach_init.h>
#include <mach/mig_support.h>
#include <pa730/kcall.h>
#include <pa730/stages.h>
#include "libmach.h"

/* Receive one request on rcv_name, hand it to demux (a MIG NAME_server),
   send the reply and receive the next request in one mach_msg(SEND|RCV),
   forever.  Buffers of max_size bytes.  Returns only on an unexpected
   mach_msg error. */
extern mach_msg_return_t mach_msg_server(boolean_t (*demux)(mach_msg_header_t*, mach_msg_header_t*),
                                         mach_msg_size_t max_size, mach_port_t rcv_name, mach_msg_option_t options);

/* Release every right and out-of-line region a received message carries
   (not the destination: receiving consumed it). */
extern void mach_msg_destroy(mach_msg_header_t* msg);

#endif
