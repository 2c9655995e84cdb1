#include "ipc/ipc_pset.h"

#include "ipc/ipc_kmsg.h"
#include "ipc/ipc_mqueue_inline.h"
#include "ipc/ipc_port.h"
#include "ipc/ipc_space.h"
#include "kern/machine.h"
#include "kern/sched.h"
#include "kern/thread.h"
#include "kern/zalloc.h"

namespace {
Zone pset_zone = ZONE_INIT("ipc port sets", IpcPset, 0);

IpcPort* kmsg_destination(IpcKmsg* kmsg) { return reinterpret_cast<IpcPort*>(kmsg->header.msgh_remote_port); }
}  // namespace

IpcPset* ipc_pset_alloc(IpcSpace* space) {
  IpcPset* pset = static_cast<IpcPset*>(zalloc(pset_zone));
  if (!pset) return nullptr;
  pset->object.type = IpcObjectType::PortSet;
  pset->object.active = true;
  pset->object.references = 1;
  pset->space = space;
  return pset;
}

void ipc_pset_free(IpcPset* pset) { zfree(pset_zone, pset); }

void ipc_pset_move(IpcPort* port, IpcPset* pset) {
  // Messages queued to the port follow it, in order (Mach: ipc_mqueue_move).
  if (IpcPset* old = port->pset) {
    IpcKmsg* k = old->messages.head;
    while (k) {
      IpcKmsg* next = k->next;
      if (kmsg_destination(k) == port) {
        ipc_mqueue_remove(old->messages, k);
        ipc_mqueue_enqueue(port->messages, k);
      }
      k = next;
    }
    port->pset = nullptr;
    io_release(&old->object);
  }
  if (!pset) return;
  port->pset = pset;
  io_reference(&pset->object);
  while (IpcKmsg* k = ipc_mqueue_dequeue(port->messages)) ipc_mqueue_enqueue(pset->messages, k);
  // Threads receiving on the port itself would now get MACH_RCV_IN_SET;
  // wake them to see it (Mach: ipc_mqueue_changed).
  const machine::Spl s = machine::splhigh();
  while (Thread* t = ipc_mqueue_take_waiter(port->messages)) {
    t->ith_state = MACH_RCV_PORT_CHANGED;
    thread_go(t);
  }
  machine::splx(s);
}

void ipc_pset_destroy(IpcPset* pset) {
  pset->object.active = false;
  // Members leave (a scan of the owning space's entries finds them).
  if (IpcSpace* space = pset->space) {
    for (uint32_t i = 1; i < space->table_size; ++i) {
      IpcEntry& e = space->table[i];
      if ((e.bits & MACH_PORT_TYPE_RECEIVE) && ip_from(e.object)->pset == pset) ipc_pset_move(ip_from(e.object), nullptr);
    }
  }
  // Ports in transit or elsewhere cannot be members (a MOVE_RECEIVE takes
  // the port out of its set), so the queue is empty now.
  const machine::Spl s = machine::splhigh();
  while (Thread* t = ipc_mqueue_take_waiter(pset->messages)) {
    t->ith_state = MACH_RCV_PORT_DIED;
    thread_go(t);
  }
  machine::splx(s);
  io_release(&pset->object);
}

unsigned ipc_pset_live() { return pset_zone.live; }
