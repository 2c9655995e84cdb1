// The optimized RPC path of mach_msg_trap, after Mach 3.0's (ipc/mach_msg.c:
// fast_get, fast_copyin, fast_send_receive, fast_copyout, fast_put):
// a combined send+receive of a simple message whose destination has a
// thread blocked receiving is done inline -- the header and body copied
// into the cached kmsg, the two header names translated in the space's
// table, the reply send-once right made (or the reply right consumed),
// the receiver taken off its queue and switched to directly, and, once
// this thread is itself switched back to with the answer, the answer's
// names made in our space and the message copied out.  Everything else
// leaves for the general path's steps at the point reached, as Mach's
// does.  With one kernel stack per thread, the receiver finishes its own
// receive (it resumes here, or in the general receive, where it blocked).
#include "include/pa730/stages.h"
#include "ipc/ipc_kmsg.h"
#include "ipc/ipc_mqueue_inline.h"
#include "ipc/ipc_port.h"
#include "ipc/ipc_pset.h"
#include "ipc/ipc_right.h"
#include "ipc/ipc_space.h"
#include "ipc/mach_msg.h"
#include "kern/copy.h"
#include "kern/machine.h"
#include "kern/sched.h"
#include "kern/task.h"
#include "kern/thread.h"

namespace {

constexpr mach_msg_bits_t kRequestBits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
constexpr mach_msg_bits_t kReplyBits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND_ONCE, 0);
constexpr mach_msg_bits_t kRequestInTransit = MACH_MSGH_BITS(MACH_MSG_TYPE_PORT_SEND, MACH_MSG_TYPE_PORT_SEND_ONCE);
constexpr mach_msg_bits_t kReplyInTransit = MACH_MSGH_BITS(MACH_MSG_TYPE_PORT_SEND_ONCE, 0);
constexpr mach_msg_option_t kRpc = MACH_SEND_MSG | MACH_RCV_MSG;

// The entry of `name` if it is in the table with this generation and has
// (at least) the right `type` -- the inline translation of Mach's fast
// path, which leaves anything unusual (dead ports among them) to the
// general path's ipc_right_lookup.
inline IpcEntry* fast_lookup(IpcSpace* space, mach_port_t name, uint32_t type) {
  const uint32_t index = MACH_PORT_INDEX(name);
  if (index >= space->table_size) return nullptr;
  IpcEntry* e = &space->table[index];
  if ((e->bits & (IE_BITS_GEN_MASK | type)) != (MACH_PORT_GEN(name) | type)) return nullptr;
  return e;
}

mach_port_t as_word(IpcPort* p) { return reinterpret_cast<mach_port_t>(p); }
IpcPort* as_port(mach_port_t w) { return reinterpret_cast<IpcPort*>(w); }

// Our answer has come (we were switched back to, or woken): make its names
// in our space and copy it out.  Simple requests and replies inline; any
// other message through the general copyout.
mach_msg_return_t fast_receive_done(uint32_t msg, mach_msg_size_t rcv_size, mach_port_t rcv_name) {
  Thread* self = current_thread();
  Task* task = self->task;
  IpcSpace* space = task->itk_space;
  const mach_msg_return_t state = self->ith_state;
  if (state == MACH_RCV_IN_PROGRESS)  // not for us after all: receive the general way
    return mach_msg_receive(msg, kRpc, rcv_size, rcv_name, MACH_MSG_TIMEOUT_NONE);
  IpcKmsg* kmsg = self->ith_kmsg;
  self->ith_kmsg = nullptr;
  if (state != MACH_MSG_SUCCESS) return mach_msg_receive_finish(msg, state, kmsg, self->ith_msize);
  kmsg->header.msgh_seqno = self->ith_seqno;
  mach_msg_header_t& h = kmsg->header;
  IpcPort* dest = as_port(h.msgh_remote_port);
  if (h.msgh_bits == kRequestInTransit && dest->receiver == space && space->free_head &&
      as_port(h.msgh_local_port)->object.active) {
    // A request: a new name for the reply right, our receive name for the
    // destination (its send right is used up by arriving).
    IpcPort* reply = as_port(h.msgh_local_port);
    mach_port_t reply_name;
    IpcEntry* e;
    (void)ipc_entry_alloc(space, &reply_name, &e);  // a free entry exists: no growth
    e->object = &reply->object;
    e->bits |= MACH_PORT_TYPE_SEND_ONCE | 1;
    h.msgh_remote_port = reply_name;
    h.msgh_local_port = dest->receiver_name;
    h.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_PORT_SEND_ONCE, MACH_MSG_TYPE_PORT_SEND);
    ipc_port_release_send(dest);
    ip_release(dest);
  } else if (h.msgh_bits == kReplyInTransit && dest->receiver == space) {
    // A reply: the send-once right it came on is used up.
    h.msgh_remote_port = MACH_PORT_NULL;
    h.msgh_local_port = dest->receiver_name;
    h.msgh_bits = MACH_MSGH_BITS(0, MACH_MSG_TYPE_PORT_SEND_ONCE);
    ipc_port_release_sonce(dest);
    ip_release(dest);
  } else {
    return mach_msg_receive_finish(msg, MACH_MSG_SUCCESS, kmsg, kmsg->size);
  }
  KERNEL_MARK(KSTEP_COPYOUT);
  KERNEL_MARK(STAGE_MT_MESSAGE_COPY);
  KERNEL_STAMP_COMMIT(h.msgh_remote_port != MACH_PORT_NULL);  // a request brings a reply right
  const int fault = copyout(task->space, &kmsg->header, msg, kmsg->size);
  ipc_kmsg_free(kmsg);
  KERNEL_MARK(MT_ENTRY_EXIT_RECEIVER);
  return fault ? MACH_RCV_INVALID_DATA : MACH_MSG_SUCCESS;
}

}  // namespace

mach_msg_return_t mach_msg_rpc_fast(uint32_t msg, mach_msg_size_t send_size, mach_msg_size_t rcv_size,
                                    mach_port_t rcv_name) {
  Thread* self = current_thread();
  Task* task = self->task;
  IpcSpace* space = task->itk_space;

  // fast_get: a message that fits the cached kmsg.
  if (send_size > IKM_SAVED_MSG_SIZE || send_size < sizeof(mach_msg_header_t) || (send_size & 3) || !ikm_cache) {
    IPC_COUNT_SLOW(SLOW_SIZE);
    const mach_msg_return_t mr = mach_msg_send(msg, kRpc, send_size, MACH_MSG_TIMEOUT_NONE);
    if (mr != MACH_MSG_SUCCESS) return mr;
    return mach_msg_receive(msg, kRpc, rcv_size, rcv_name, MACH_MSG_TIMEOUT_NONE);
  }
  IpcKmsg* kmsg = ipc_kmsg_take_cached();
  ipc_kmsg_count_taken();
  KERNEL_MARK(KSTEP_COPYIN);
  KERNEL_MARK(STAGE_MT_MESSAGE_COPY);
  if (copyin(task->space, msg, &kmsg->header, send_size) != 0) {
    ipc_kmsg_free(kmsg);
    IPC_COUNT_SLOW(SLOW_COPY);
    return MACH_SEND_INVALID_DATA;
  }
  kmsg->size = send_size;
  mach_msg_header_t& h = kmsg->header;
  h.msgh_size = send_size;

  // fast_copyin: only the two simple header patterns.
  KERNEL_MARK(KSTEP_RED_TAPE_SEND);
  KERNEL_MARK(STAGE_MT_PORT_TRANSLATION);
  IpcPort* dest;
  IpcObject* rcv_object;
  const bool request = h.msgh_bits == kRequestBits;
  if (request) {
    IpcEntry* de = h.msgh_local_port == rcv_name ? fast_lookup(space, h.msgh_remote_port, MACH_PORT_TYPE_SEND) : nullptr;
    IpcEntry* re = de ? fast_lookup(space, h.msgh_local_port, MACH_PORT_TYPE_RECEIVE) : nullptr;
    IpcPort* reply = re ? ip_from(re->object) : nullptr;
    dest = de ? ip_from(de->object) : nullptr;
    if (!re || !dest->object.active || dest == reply || reply->pset || dest->kotype != KobjectType::None) {
      IPC_COUNT_SLOW(SLOW_REQUEST_NAMES);
      const mach_msg_return_t mr = mach_msg_send_kmsg(kmsg, kRpc, MACH_MSG_TIMEOUT_NONE);
      if (mr != MACH_MSG_SUCCESS) return mr;
      return mach_msg_receive(msg, kRpc, rcv_size, rcv_name, MACH_MSG_TIMEOUT_NONE);
    }
    ipc_port_copy_send(dest);  // COPY_SEND
    ip_reference(dest);
    ipc_port_make_sonce(reply);  // MAKE_SEND_ONCE: the reply right is made here
    ip_reference(reply);
    h.msgh_remote_port = as_word(dest);
    h.msgh_local_port = as_word(reply);
    h.msgh_bits = kRequestInTransit;
    rcv_object = &reply->object;
  } else if (h.msgh_bits == kReplyBits && h.msgh_local_port == MACH_PORT_NULL) {
    IpcEntry* de = fast_lookup(space, h.msgh_remote_port, MACH_PORT_TYPE_SEND_ONCE);
    IpcEntry* re = de && !(de->bits & IE_BITS_DNREQUEST) && de->object->active
                       ? fast_lookup(space, rcv_name, MACH_PORT_TYPE_RECEIVE)
                       : nullptr;
    if (!re && de && !(de->bits & IE_BITS_DNREQUEST) && de->object->active)
      re = fast_lookup(space, rcv_name, MACH_PORT_TYPE_PORT_SET);
    if (!re || (re->object->type == IpcObjectType::Port && ip_from(re->object)->pset)) {
      IPC_COUNT_SLOW(SLOW_REPLY_NAMES);
      const mach_msg_return_t mr = mach_msg_send_kmsg(kmsg, kRpc, MACH_MSG_TIMEOUT_NONE);
      if (mr != MACH_MSG_SUCCESS) return mr;
      return mach_msg_receive(msg, kRpc, rcv_size, rcv_name, MACH_MSG_TIMEOUT_NONE);
    }
    dest = ip_from(de->object);
    rcv_object = re->object;
    // MOVE_SEND_ONCE: the right leaves our space (its reference with it).
    ipc_entry_dealloc(space, h.msgh_remote_port);
    h.msgh_remote_port = as_word(dest);
    h.msgh_bits = kReplyInTransit;
  } else {
    IPC_COUNT_SLOW(SLOW_HEADER_BITS);
    const mach_msg_return_t mr = mach_msg_send_kmsg(kmsg, kRpc, MACH_MSG_TIMEOUT_NONE);
    if (mr != MACH_MSG_SUCCESS) return mr;
    return mach_msg_receive(msg, kRpc, rcv_size, rcv_name, MACH_MSG_TIMEOUT_NONE);
  }

  // fast_send_receive: a receiver must be waiting, nothing queued ahead
  // of us, and no answer already waiting for us.
  IpcMqueue& dest_mq = dest->pset ? dest->pset->messages : dest->messages;
  IpcMqueue& rcv_mq = ipc_object_mqueue(rcv_object);
  Thread* receiver = dest_mq.waiters;
  if (!receiver || dest_mq.head || rcv_mq.head || (request && dest->msgcount >= dest->qlimit) ||
      kmsg->size > receiver->ith_msize || receiver->suspend_count) {
    if (receiver && !dest_mq.head && !rcv_mq.head && !(request && dest->msgcount >= dest->qlimit))
      IPC_COUNT_SLOW(SLOW_RECEIVER);
    else
      IPC_COUNT_SLOW(SLOW_NO_RECEIVER);
    const mach_msg_return_t mr = mach_msg_send_copied(kmsg, kRpc, MACH_MSG_TIMEOUT_NONE);
    if (mr != MACH_MSG_SUCCESS) return mr;
    return mach_msg_receive(msg, kRpc, rcv_size, rcv_name, MACH_MSG_TIMEOUT_NONE);
  }
  ipc_count_fast();
  KERNEL_MARK(KSTEP_SWITCH);
  KERNEL_MARK(STAGE_MT_THREAD_SWITCH);
  // (Interrupts never touch message queues; the IPL is raised inside the
  // handoff, for the scheduler's queues, and lowered by whoever resumes.)
  (void)ipc_mqueue_take_waiter(dest_mq);
  receiver->ith_state = MACH_MSG_SUCCESS;
  receiver->ith_kmsg = kmsg;
  receiver->ith_seqno = dest->seqno++;
  // We wait for the answer on our receive name.
  self->ith_state = MACH_RCV_IN_PROGRESS;
  self->ith_msize = rcv_size;
  self->ith_option = kRpc;
  self->ith_kmsg = nullptr;
  ipc_mqueue_add_waiter(rcv_mq, self);
  thread_will_wait();
  io_reference(rcv_object);
  self->ith_object = rcv_object;
  thread_handoff(receiver);
  // Switched back to: the answer (or an error) is in our ith_* fields.
  KERNEL_MARK(KSTEP_RED_TAPE_RECEIVE);
  KERNEL_MARK(STAGE_MT_PORT_TRANSLATION);
  if (self->ith_state == MACH_RCV_IN_PROGRESS && self->ith_mqueue) ipc_mqueue_remove_waiter(*self->ith_mqueue, self);
  self->ith_object = nullptr;
  io_release(rcv_object);
  return fast_receive_done(msg, rcv_size, rcv_name);
}
