// Rights in IPC spaces (Mach's ipc_right): taking rights out of a space
// for a message (copyin, by disposition), putting received rights into a
// space (copyout), and the mach_port_* operations on user references.
//
// Reference rule: an entry that holds a port or set holds one reference
// to it, whatever rights it has; a right travelling in a kmsg holds one
// reference of its own.
#pragma once
#include <mach/message.h>

#include "ipc/ipc_entry.h"
#include "ipc/ipc_space.h"

// A right for a port that died: travels as this, copies out as
// MACH_PORT_DEAD (Mach's IO_DEAD).
#define IP_DEAD (reinterpret_cast<IpcPort*>(~0u))
#define IP_VALID(p) ((p) != nullptr && (p) != IP_DEAD)

// The entry for name, after Mach's ipc_right_check: a send or send-once
// right whose port has died becomes a dead name here.  nullptr: no right.
IpcEntry* ipc_right_lookup(IpcSpace* space, mach_port_t name);

// The type a right has in transit, for a sender's disposition.
mach_msg_type_name_t ipc_right_transit_type(mach_msg_type_name_t disposition);
// Whether name's right could be taken with this disposition (no change).
bool ipc_right_copyin_check(IpcSpace* space, mach_port_t name, mach_msg_type_name_t disposition);
// Take the right out; *port is the port (a reference for the message) or
// IP_DEAD.  KERN_INVALID_NAME / KERN_INVALID_RIGHT when it cannot be.
kern_return_t ipc_right_copyin(IpcSpace* space, mach_port_t name, mach_msg_type_name_t disposition,
                               IpcPort** port);
// Put a right in transit (PORT_RECEIVE, PORT_SEND, PORT_SEND_ONCE) into
// space; consumes it.  IP_DEAD and dead ports come out as MACH_PORT_DEAD.
kern_return_t ipc_right_copyout(IpcSpace* space, IpcPort* port, mach_msg_type_name_t type, mach_port_t* name);
// A right in transit that is never received (its message was destroyed).
void ipc_right_release_transit(IpcPort* port, mach_msg_type_name_t type);

kern_return_t ipc_right_dealloc(IpcSpace* space, mach_port_t name);   // mach_port_deallocate
kern_return_t ipc_right_destroy(IpcSpace* space, mach_port_t name);   // mach_port_destroy
kern_return_t ipc_right_delta(IpcSpace* space, mach_port_t name, mach_port_right_t right,
                              mach_port_delta_t delta);                // mach_port_mod_refs
void ipc_right_destroy_entry(IpcSpace* space, mach_port_t name);     // the space is going
// Make an entry `name` (new, or holding a right for the same port) hold a
// right in transit; for mach_port_insert_right.
kern_return_t ipc_right_insert(IpcSpace* space, mach_port_t name, IpcPort* port, mach_msg_type_name_t type);
