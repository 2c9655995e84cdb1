#include "ipc/ipc_mqueue.h"

#include "include/pa730/stages.h"
#include "ipc/ipc_kmsg.h"
#include "ipc/ipc_mqueue_inline.h"
#include "ipc/ipc_port.h"
#include "ipc/ipc_pset.h"
#include "kern/machine.h"
#include "kern/sched.h"
#include "kern/thread.h"

namespace {

IpcPort* destination(IpcKmsg* kmsg) { return reinterpret_cast<IpcPort*>(kmsg->header.msgh_remote_port); }

// Mach's timeouts are milliseconds; ours run on the clock tick.
void arm_timeout(mach_msg_option_t option, mach_msg_option_t flag, mach_msg_timeout_t ms) {
  if (option & flag) thread_set_timeout_ms(ms);
}

// Hand kmsg to threads waiting on mq, or queue it.  At splhigh.
void deliver(IpcPort* port, IpcKmsg* kmsg) {
  IpcMqueue& mq = port->pset ? port->pset->messages : port->messages;
  while (Thread* receiver = ipc_mqueue_take_waiter(mq)) {
    if (kmsg->size > receiver->ith_msize) {
      receiver->ith_state = MACH_RCV_TOO_LARGE;
      receiver->ith_msize = kmsg->size;
      if (receiver->ith_option & MACH_RCV_LARGE) {
        // It will grow its buffer and come back; the message waits.
        receiver->ith_kmsg = nullptr;
        thread_go(receiver);
        continue;
      }
    } else {
      receiver->ith_state = MACH_MSG_SUCCESS;
    }
    receiver->ith_kmsg = kmsg;
    receiver->ith_seqno = port->seqno++;
    thread_go(receiver);
    return;
  }
  ipc_mqueue_enqueue(mq, kmsg);
  ++port->msgcount;
}

}  // namespace

void ipc_mqueue_enqueue(IpcMqueue& mq, IpcKmsg* kmsg) {
  kmsg->next = nullptr;
  kmsg->prev = mq.tail;
  if (mq.tail) mq.tail->next = kmsg;
  else mq.head = kmsg;
  mq.tail = kmsg;
}

void ipc_mqueue_remove(IpcMqueue& mq, IpcKmsg* kmsg) {
  if (kmsg->prev) kmsg->prev->next = kmsg->next;
  else mq.head = kmsg->next;
  if (kmsg->next) kmsg->next->prev = kmsg->prev;
  else mq.tail = kmsg->prev;
  kmsg->next = kmsg->prev = nullptr;
}

IpcKmsg* ipc_mqueue_dequeue(IpcMqueue& mq) {
  IpcKmsg* kmsg = mq.head;
  if (kmsg) ipc_mqueue_remove(mq, kmsg);
  return kmsg;
}

void ipc_mqueue_remove_waiter(IpcMqueue& mq, Thread* t) {
  Thread* prev = nullptr;
  for (Thread* q = mq.waiters; q; prev = q, q = q->ith_next) {
    if (q != t) continue;
    if (prev) prev->ith_next = q->ith_next;
    else mq.waiters = q->ith_next;
    if (mq.waiters_tail == q) mq.waiters_tail = prev;
    q->ith_next = nullptr;
    q->ith_mqueue = nullptr;
    return;
  }
}

mach_msg_return_t ipc_mqueue_send(IpcKmsg* kmsg, mach_msg_option_t option, mach_msg_timeout_t timeout) {
  IpcPort* port = destination(kmsg);
  Thread* self = current_thread();
  for (;;) {
    if (!port->object.active) return MACH_SEND_INVALID_DEST;
    // Send-once rights (replies, notifications) always find room.
    const bool limited = MACH_MSGH_BITS_REMOTE(kmsg->header.msgh_bits) != MACH_MSG_TYPE_PORT_SEND_ONCE;
    if (!limited || port->msgcount < port->qlimit) break;
    if ((option & MACH_SEND_TIMEOUT) && timeout == 0) return MACH_SEND_TIMED_OUT;
    const machine::Spl s = machine::splhigh();
    self->ith_state = MACH_SEND_IN_PROGRESS;
    self->ith_blocked_on = port;
    self->ith_next = nullptr;
    Thread** link = &port->blocked;
    while (*link) link = &(*link)->ith_next;
    *link = self;
    thread_will_wait();
    arm_timeout(option, MACH_SEND_TIMEOUT, timeout);
    thread_block();
    thread_cancel_timeout();
    if (self->ith_state == MACH_SEND_IN_PROGRESS) {
      // The timeout woke us (or a suspension): leave the queue of senders.
      ipc_port_remove_blocked(port, self);
      const bool timed_out = self->timed_out;
      machine::splx(s);
      if (timed_out) return MACH_SEND_TIMED_OUT;
      continue;
    }
    machine::splx(s);
    if (self->ith_state == MACH_SEND_INVALID_DEST) return MACH_SEND_INVALID_DEST;
  }
  const machine::Spl s = machine::splhigh();
  deliver(port, kmsg);
  machine::splx(s);
  return MACH_MSG_SUCCESS;
}

void ipc_mqueue_send_always(IpcKmsg* kmsg) {
  IpcPort* port = destination(kmsg);
  if (!port->object.active) {
    ipc_kmsg_destroy(kmsg);
    return;
  }
  const machine::Spl s = machine::splhigh();
  deliver(port, kmsg);
  machine::splx(s);
}

mach_msg_return_t ipc_mqueue_receive(IpcObject* object, mach_msg_option_t option, mach_msg_size_t max_size,
                                     mach_msg_timeout_t timeout, IpcKmsg** out, mach_msg_size_t* out_size) {
  IpcMqueue& mq = ipc_object_mqueue(object);
  Thread* self = current_thread();
  *out = nullptr;
  for (;;) {
    const machine::Spl s = machine::splhigh();
    if (IpcKmsg* kmsg = mq.head) {
      IpcPort* port = destination(kmsg);
      *out_size = kmsg->size;
      if (kmsg->size > max_size && (option & MACH_RCV_LARGE)) {
        machine::splx(s);
        return MACH_RCV_TOO_LARGE;  // it stays queued
      }
      ipc_mqueue_remove(mq, kmsg);
      --port->msgcount;
      kmsg->header.msgh_seqno = port->seqno++;
      machine::splx(s);
      ipc_port_wake_sender(port);
      *out = kmsg;
      return kmsg->size > max_size ? MACH_RCV_TOO_LARGE : MACH_MSG_SUCCESS;
    }
    if (!object->active) {
      machine::splx(s);
      return MACH_RCV_PORT_DIED;
    }
    if ((option & MACH_RCV_TIMEOUT) && timeout == 0) {
      machine::splx(s);
      return MACH_RCV_TIMED_OUT;
    }
    self->ith_state = MACH_RCV_IN_PROGRESS;
    self->ith_msize = max_size;
    self->ith_option = option;
    self->ith_kmsg = nullptr;
    ipc_mqueue_add_waiter(mq, self);
    thread_will_wait();
    arm_timeout(option, MACH_RCV_TIMEOUT, timeout);
    KERNEL_MARK(KSTEP_SWITCH);
    KERNEL_MARK(STAGE_MT_THREAD_SWITCH);
    thread_block();
    KERNEL_MARK(KSTEP_RED_TAPE_RECEIVE);
    KERNEL_MARK(STAGE_MT_PORT_TRANSLATION);
    thread_cancel_timeout();
    const mach_msg_return_t state = self->ith_state;
    if (state == MACH_RCV_IN_PROGRESS) {
      if (self->ith_mqueue) ipc_mqueue_remove_waiter(*self->ith_mqueue, self);
      const bool timed_out = self->timed_out;
      machine::splx(s);
      if (timed_out) return MACH_RCV_TIMED_OUT;
      continue;
    }
    machine::splx(s);
    if (state == MACH_MSG_SUCCESS || state == MACH_RCV_TOO_LARGE) {
      IpcKmsg* kmsg = self->ith_kmsg;
      self->ith_kmsg = nullptr;
      *out = kmsg;
      *out_size = self->ith_msize;
      if (kmsg) {
        kmsg->header.msgh_seqno = self->ith_seqno;
        if (state == MACH_MSG_SUCCESS) *out_size = kmsg->size;
      }
      return state;
    }
    return state;  // MACH_RCV_PORT_DIED, MACH_RCV_PORT_CHANGED
  }
}
