// Port sets (Mach's ipc_pset): one receive point for many ports; a
// receive on the set takes the first message of any member.  Members'
// messages and receivers live on the set's queue.
#pragma once
#include <mach/port.h>

#include "ipc/ipc_mqueue.h"
#include "ipc/ipc_object.h"

struct IpcPset {
  IpcObject object;  // must stay first
  IpcSpace* space;
  mach_port_t local_name;
  IpcMqueue messages;
};

inline IpcPset* ips_from(IpcObject* o) { return reinterpret_cast<IpcPset*>(o); }

IpcPset* ipc_pset_alloc(IpcSpace* space);
// Put port in pset (nullptr: take it out of its set); queued messages move.
void ipc_pset_move(IpcPort* port, IpcPset* pset);
void ipc_pset_destroy(IpcPset* pset);  // members leave; consumes the entry's reference
unsigned ipc_pset_live();
void ipc_pset_free(IpcPset* pset);  // the last reference went (io_release)
