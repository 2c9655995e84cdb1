#include "ipc/ipc_notify.h"

#include <mach/notify.h>

#include "ipc/ipc_kmsg.h"
#include "ipc/ipc_mqueue.h"
#include "ipc/ipc_port.h"

namespace {

mach_msg_type_t type_word(mach_msg_type_name_t name) {
  mach_msg_type_t t = {};
  t.msgt_name = name;
  t.msgt_size = 32;
  t.msgt_number = 1;
  t.msgt_inline = 1;
  return t;
}

// A message to `notify` carried by the send-once right the caller holds
// (its reference goes with the message); body words follow.
void send(IpcPort* notify, mach_msg_id_t id, uint32_t size, const void* body, uint32_t body_bytes) {
  IpcKmsg* kmsg = ipc_kmsg_alloc(size);
  if (!kmsg) {
    ipc_port_release_sonce(notify);  // out of memory: the notification is lost
    ip_release(notify);
    return;
  }
  kmsg->size = size;
  mach_msg_header_t& h = kmsg->header;
  h.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_PORT_SEND_ONCE, 0);
  h.msgh_size = size;
  h.msgh_remote_port = reinterpret_cast<mach_port_t>(notify);
  h.msgh_local_port = MACH_PORT_NULL;
  h.msgh_seqno = 0;
  h.msgh_id = id;
  const uint8_t* src = static_cast<const uint8_t*>(body);
  uint8_t* dst = ipc_kmsg_body(kmsg);
  for (uint32_t i = 0; i < body_bytes; ++i) dst[i] = src[i];
  ipc_mqueue_send_always(kmsg);
}

struct NameBody {
  mach_msg_type_t type;
  mach_port_t name;
};
struct CountBody {
  mach_msg_type_t type;
  unsigned count;
};

}  // namespace

void ipc_notify_dead_name(IpcPort* notify, mach_port_t name) {
  const NameBody b = {type_word(MACH_MSG_TYPE_PORT_NAME), name};
  send(notify, MACH_NOTIFY_DEAD_NAME, sizeof(mach_dead_name_notification_t), &b, sizeof b);
}

void ipc_notify_port_deleted(IpcPort* notify, mach_port_t name) {
  const NameBody b = {type_word(MACH_MSG_TYPE_PORT_NAME), name};
  send(notify, MACH_NOTIFY_PORT_DELETED, sizeof(mach_port_deleted_notification_t), &b, sizeof b);
}

void ipc_notify_no_senders(IpcPort* notify, uint32_t mscount) {
  const CountBody b = {type_word(MACH_MSG_TYPE_INTEGER_32), mscount};
  send(notify, MACH_NOTIFY_NO_SENDERS, sizeof(mach_no_senders_notification_t), &b, sizeof b);
}

void ipc_notify_send_once(IpcPort* port) {
  send(port, MACH_NOTIFY_SEND_ONCE, sizeof(mach_send_once_notification_t), nullptr, 0);
}
