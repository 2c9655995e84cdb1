#include "ipc/ipc_port.h"

#include <mach/notify.h>

#include "ipc/ipc_kmsg.h"
#include "ipc/ipc_mqueue_inline.h"
#include "ipc/ipc_notify.h"
#include "ipc/ipc_pset.h"
#include "ipc/ipc_right.h"
#include "kern/machine.h"
#include "kern/sched.h"
#include "kern/thread.h"
#include "kern/zalloc.h"

namespace {
Zone port_zone = ZONE_INIT("ipc ports", IpcPort, 0);
Zone dnrequest_zone = ZONE_INIT("ipc dead-name requests", IpcDnRequest, 0);
}  // namespace

IpcDnRequest* ipc_dnrequest_alloc() { return static_cast<IpcDnRequest*>(zalloc(dnrequest_zone)); }
void ipc_dnrequest_free(IpcDnRequest* r) { zfree(dnrequest_zone, r); }

IpcPort* ipc_port_alloc(IpcSpace* receiver) {
  IpcPort* port = static_cast<IpcPort*>(zalloc(port_zone));
  if (!port) return nullptr;
  port->object.type = IpcObjectType::Port;
  port->object.active = true;
  port->object.references = 1;
  port->receiver = receiver;
  port->qlimit = MACH_PORT_QLIMIT_DEFAULT;
  return port;
}

void io_free(IpcObject* o) {
  if (o->type == IpcObjectType::Port) zfree(port_zone, o);
  else ipc_pset_free(ips_from(o));
}

void ipc_port_destroy(IpcPort* port) {
  port->object.active = false;
  port->receiver = nullptr;
  port->receiver_name = MACH_PORT_NULL;
  if (port->pset) ipc_pset_move(port, nullptr);
  port->kotype = KobjectType::None;
  port->kobject = nullptr;
  {
    // Threads waiting on it learn at once (Mach: ipc_mqueue_changed).
    const machine::Spl s = machine::splhigh();
    while (Thread* t = ipc_mqueue_take_waiter(port->messages)) {
      t->ith_state = MACH_RCV_PORT_DIED;
      thread_go(t);
    }
    while (Thread* t = port->blocked) {
      port->blocked = t->ith_next;
      t->ith_next = nullptr;
      t->ith_blocked_on = nullptr;
      t->ith_state = MACH_SEND_INVALID_DEST;
      thread_go(t);
    }
    machine::splx(s);
  }
  // The queued messages are destroyed (their rights released; that may
  // send notifications, never to this port: it is inactive now).
  while (IpcKmsg* kmsg = ipc_mqueue_dequeue(port->messages)) {
    --port->msgcount;
    ipc_kmsg_destroy(kmsg);
  }
  if (IpcPort* ns = port->nsrequest) {
    port->nsrequest = nullptr;
    ipc_right_release_transit(ns, MACH_MSG_TYPE_PORT_SEND_ONCE);
  }
  while (IpcDnRequest* r = port->dnrequests) {
    port->dnrequests = r->next;
    ipc_notify_dead_name(r->notify, r->name);
    ipc_dnrequest_free(r);
  }
  ip_release(port);  // the receive right's reference
}

void ipc_port_make_send(IpcPort* port) {
  ++port->mscount;
  ++port->srights;
}


void ipc_port_release_send(IpcPort* port) {
  if (--port->srights > 0 || !port->object.active) return;
  IpcPort* ns = port->nsrequest;
  if (ns && port->mscount >= port->nssync) {
    port->nsrequest = nullptr;
    ipc_notify_no_senders(ns, port->mscount);
  }
}


void ipc_port_destroy_sonce(IpcPort* port) {
  if (!port->object.active) {
    --port->sorights;  // nobody to tell
    return;
  }
  // The notification travels on the right itself (it consumes it).
  ip_reference(port);
  ipc_notify_send_once(port);
}

void ipc_port_wake_sender(IpcPort* port) {
  const machine::Spl s = machine::splhigh();
  if (Thread* t = port->blocked) {
    port->blocked = t->ith_next;
    t->ith_next = nullptr;
    t->ith_blocked_on = nullptr;
    t->ith_state = MACH_MSG_SUCCESS;  // try again
    thread_go(t);
  }
  machine::splx(s);
}

void ipc_port_remove_blocked(IpcPort* port, Thread* t) {
  for (Thread** link = &port->blocked; *link; link = &(*link)->ith_next)
    if (*link == t) {
      *link = t->ith_next;
      break;
    }
  t->ith_next = nullptr;
  t->ith_blocked_on = nullptr;
}

unsigned ipc_port_live() { return port_zone.live; }
