// The message-queue operations the optimized RPC path uses, inline (Mach's
// ipc_thread_enqueue/dequeue and mqueue lookups are macros there too).
#pragma once
#include "ipc/ipc_mqueue.h"
#include "ipc/ipc_port.h"
#include "ipc/ipc_pset.h"
#include "kern/thread.h"

inline void ipc_mqueue_add_waiter(IpcMqueue& mq, Thread* t) {
  t->ith_next = nullptr;
  t->ith_mqueue = &mq;
  if (mq.waiters_tail) mq.waiters_tail->ith_next = t;
  else mq.waiters = t;
  mq.waiters_tail = t;
}

inline Thread* ipc_mqueue_take_waiter(IpcMqueue& mq) {
  Thread* t = mq.waiters;
  if (!t) return nullptr;
  mq.waiters = t->ith_next;
  if (!mq.waiters) mq.waiters_tail = nullptr;
  t->ith_next = nullptr;
  t->ith_mqueue = nullptr;
  return t;
}

inline IpcMqueue& ipc_object_mqueue(IpcObject* object) {
  if (object->type == IpcObjectType::PortSet) return ips_from(object)->messages;
  return ip_from(object)->messages;
}
