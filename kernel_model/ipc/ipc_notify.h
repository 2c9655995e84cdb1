// Notifications the kernel sends (Mach's ipc_notify), each a message on
// the send-once right the requester gave (or, for send-once, on the
// destroyed right itself).  They never block and bypass queue limits.
#pragma once
#include <mach/port.h>

#include "ipc/ipc_object.h"

void ipc_notify_dead_name(IpcPort* notify, mach_port_t name);
void ipc_notify_no_senders(IpcPort* notify, uint32_t mscount);
void ipc_notify_send_once(IpcPort* port);
// A port-deleted notification (a dead-name request's name went away).
void ipc_notify_port_deleted(IpcPort* notify, mach_port_t name);
