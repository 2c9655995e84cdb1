// Ports (Mach's ipc_port): a receive right held by one space (or none while
// the right travels in a message), a message queue with a limit, counts of
// the send and send-once rights that exist, the make-send count, a
// sequence number, and the notifications requested.
#pragma once
#include <mach/message.h>

#include "ipc/ipc_mqueue.h"
#include "ipc/ipc_object.h"

// Kernel objects a port can stand for (ipc_kobject.h).
enum class KobjectType : uint8_t { None, Task, Thread, Host, Bootstrap };

// A dead-name request: notify `notify` (a send-once right) when the port
// dies, naming it by `name` in `space`.
struct IpcDnRequest {
  IpcDnRequest* next;
  IpcSpace* space;
  mach_port_t name;
  IpcPort* notify;
};

struct IpcPort {
  IpcObject object;          // must stay first
  IpcSpace* receiver;        // nullptr: in transit, or dead
  mach_port_t receiver_name;
  IpcPset* pset;
  IpcMqueue messages;        // unused while in a set (the set's queue serves)
  uint32_t msgcount;
  uint32_t qlimit;
  uint32_t seqno;
  uint32_t mscount;
  uint32_t srights;
  uint32_t sorights;
  Thread* blocked;           // senders waiting for room (Thread::ith_next)
  IpcPort* nsrequest;        // send-once right for no-senders, or nullptr
  uint32_t nssync;           // ... once mscount >= this
  IpcDnRequest* dnrequests;
  KobjectType kotype;
  void* kobject;
};

inline IpcPort* ip_from(IpcObject* o) { return reinterpret_cast<IpcPort*>(o); }
inline IpcObject* ip_object(IpcPort* p) { return &p->object; }
inline void ip_reference(IpcPort* p) { io_reference(&p->object); }
inline void ip_release(IpcPort* p) { io_release(&p->object); }

IpcPort* ipc_port_alloc(IpcSpace* receiver);  // active, one reference (the receive right's); no name yet
// The receive right dies: queued messages are destroyed, receivers get
// MACH_RCV_PORT_DIED, blocked senders MACH_SEND_INVALID_DEST, dead-name
// requests fire.  Consumes the receive right's reference.
void ipc_port_destroy(IpcPort* port);
// Rights counts, with the notifications they trigger.
void ipc_port_make_send(IpcPort* port);      // mscount++, srights++
inline void ipc_port_copy_send(IpcPort* port) { ++port->srights; }
void ipc_port_release_send(IpcPort* port);   // srights--; no-senders at 0
inline void ipc_port_make_sonce(IpcPort* port) { ++port->sorights; }
inline void ipc_port_release_sonce(IpcPort* port) { --port->sorights; }  // the right was used
// A send-once right that is destroyed unused: MACH_NOTIFY_SEND_ONCE to the
// port (how a client learns its server died).
void ipc_port_destroy_sonce(IpcPort* port);
// Wake one sender blocked on a full queue (a message left the queue).
void ipc_port_wake_sender(IpcPort* port);
// Take t off the port's blocked senders (timed out, or terminated).  At splhigh.
void ipc_port_remove_blocked(IpcPort* port, Thread* t);
unsigned ipc_port_live();
IpcDnRequest* ipc_dnrequest_alloc();
void ipc_dnrequest_free(IpcDnRequest* r);
