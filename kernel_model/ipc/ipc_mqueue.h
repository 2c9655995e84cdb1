// A message queue (Mach's ipc_mqueue): the kmsgs queued to a port or port
// set, FIFO, and the threads blocked receiving from it, FIFO.  A port in a
// set has no queue of its own: its messages and receivers are the set's.
#pragma once
#include <mach/message.h>

#include "ipc/ipc_object.h"

struct IpcMqueue {
  IpcKmsg* head;
  IpcKmsg* tail;
  Thread* waiters;       // blocked in receive (Thread::ith_next links them)
  Thread* waiters_tail;
};

void ipc_mqueue_enqueue(IpcMqueue& mq, IpcKmsg* kmsg);
IpcKmsg* ipc_mqueue_dequeue(IpcMqueue& mq);
void ipc_mqueue_remove(IpcMqueue& mq, IpcKmsg* kmsg);
// (ipc_mqueue_add_waiter and ipc_mqueue_take_waiter are inline, below the
// Thread definition they need: ipc/ipc_mqueue_inline.h.)
void ipc_mqueue_remove_waiter(IpcMqueue& mq, Thread* t);

// Deliver a kmsg (rights already copied in) to its destination port:
// hand it to a waiting receiver or queue it.  A full queue blocks the
// sender (MACH_SEND_TIMEOUT bounds the wait: MACH_SEND_TIMED_OUT) unless
// the message travels on a send-once right or comes from the kernel.
mach_msg_return_t ipc_mqueue_send(IpcKmsg* kmsg, mach_msg_option_t option, mach_msg_timeout_t timeout);
// The kernel's own sends (notifications): never block, never fail for a
// full queue; a dead destination destroys the message.
void ipc_mqueue_send_always(IpcKmsg* kmsg);

// Receive from mq: a queued message, or block until one comes (timeout as
// Mach: MACH_RCV_TIMEOUT with 0 polls).  max_size is the receive buffer;
// a bigger message gives MACH_RCV_TOO_LARGE (with MACH_RCV_LARGE it stays
// queued and *out_size says how big it is).
mach_msg_return_t ipc_mqueue_receive(IpcObject* object, mach_msg_option_t option, mach_msg_size_t max_size,
                                     mach_msg_timeout_t timeout, IpcKmsg** out, mach_msg_size_t* out_size);

// The queue a receiver of `object` (a port or a set) waits on
// (ipc/ipc_mqueue_inline.h).
