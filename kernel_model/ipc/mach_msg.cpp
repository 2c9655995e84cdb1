#include "ipc/mach_msg.h"

#include "include/pa730/stages.h"
#include "ipc/ipc_kmsg.h"
#include "ipc/ipc_mqueue.h"
#include "ipc/ipc_port.h"
#include "ipc/ipc_pset.h"
#include "ipc/ipc_right.h"
#include "ipc/ipc_space.h"
#include "kern/copy.h"
#include "kern/task.h"
#include "kern/thread.h"

bool ipc_fast_path_enabled = true;
unsigned ipc_msgs_fast;

namespace {

unsigned msgs_slow;
unsigned slow_reasons[SLOW_REASON_COUNT];

Task* self_task() { return current_thread()->task; }

}  // namespace


void ipc_count_slow(unsigned reason_marker) {
  ++msgs_slow;
  ++slow_reasons[reason_marker - MARK_SLOW_BASE];
}

void ipc_statistics_fill(ipc_statistics* out) {
  out->ports = ipc_port_live();
  out->port_sets = ipc_pset_live();
  out->entries = ipc_entries_live();
  out->kmsgs = ipc_kmsg_live();
  out->msgs_fast = ipc_msgs_fast;
  out->msgs_slow = msgs_slow;
  for (unsigned i = 0; i < 16; ++i) out->slow_reasons[i] = i < SLOW_REASON_COUNT ? slow_reasons[i] : 0;
}

mach_msg_return_t mach_msg_send_copied(IpcKmsg* kmsg, mach_msg_option_t option, mach_msg_timeout_t timeout) {
  IpcPort* dest = reinterpret_cast<IpcPort*>(kmsg->header.msgh_remote_port);
  // Kernel objects are named by ports, but the kernel does not serve
  // messages on them yet (its calls are traps): refuse, not queue forever.
  mach_msg_return_t mr = dest->kotype != KobjectType::None ? MACH_SEND_INVALID_DEST : ipc_mqueue_send(kmsg, option, timeout);
  if (mr != MACH_MSG_SUCCESS) ipc_kmsg_destroy(kmsg);
  return mr;
}

mach_msg_return_t mach_msg_send_kmsg(IpcKmsg* kmsg, mach_msg_option_t option, mach_msg_timeout_t timeout) {
  KERNEL_MARK(KSTEP_RED_TAPE_SEND);
  KERNEL_MARK(STAGE_MT_PORT_TRANSLATION);
  Task* task = self_task();
  const mach_msg_return_t mr = ipc_kmsg_copyin(kmsg, task->itk_space, task);
  if (mr != MACH_MSG_SUCCESS) {
    ipc_kmsg_free(kmsg);
    return mr;
  }
  return mach_msg_send_copied(kmsg, option, timeout);
}

mach_msg_return_t mach_msg_send(uint32_t msg, mach_msg_option_t option, mach_msg_size_t send_size,
                                mach_msg_timeout_t timeout) {
  KERNEL_MARK(KSTEP_COPYIN);
  KERNEL_MARK(STAGE_MT_MESSAGE_COPY);
  IpcKmsg* kmsg;
  const mach_msg_return_t mr = ipc_kmsg_get(msg, send_size, &kmsg);
  if (mr != MACH_MSG_SUCCESS) return mr;
  return mach_msg_send_kmsg(kmsg, option, timeout);
}

mach_msg_return_t mach_msg_receive_finish(uint32_t msg, mach_msg_return_t mr, IpcKmsg* kmsg, mach_msg_size_t size) {
  Task* task = self_task();
  if (mr == MACH_RCV_TOO_LARGE) {
    // The caller learns the size; without MACH_RCV_LARGE the message is gone.
    (void)copyout(task->space, &size, msg + offsetof(mach_msg_header_t, msgh_size), sizeof size);
    if (kmsg) ipc_kmsg_destroy(kmsg);
    return mr;
  }
  if (mr != MACH_MSG_SUCCESS) return mr;
  const mach_msg_return_t cmr = ipc_kmsg_copyout(kmsg, task->itk_space, task);
  KERNEL_MARK(KSTEP_COPYOUT);
  KERNEL_MARK(STAGE_MT_MESSAGE_COPY);
  KERNEL_STAMP_COMMIT(MACH_MSGH_BITS_REMOTE(kmsg->header.msgh_bits) != 0);  // a request brings a reply right
  const mach_msg_return_t pmr = ipc_kmsg_put(msg, kmsg, kmsg->size);
  KERNEL_MARK(MT_ENTRY_EXIT_RECEIVER);
  return pmr != MACH_MSG_SUCCESS ? pmr : cmr;
}

mach_msg_return_t mach_msg_receive(uint32_t msg, mach_msg_option_t option, mach_msg_size_t rcv_size,
                                   mach_port_t rcv_name, mach_msg_timeout_t timeout) {
  IpcSpace* space = self_task()->itk_space;
  IpcEntry* e = ipc_right_lookup(space, rcv_name);
  if (!e || !(e->bits & (MACH_PORT_TYPE_RECEIVE | MACH_PORT_TYPE_PORT_SET))) return MACH_RCV_INVALID_NAME;
  IpcObject* object = e->object;
  if (object->type == IpcObjectType::Port && ip_from(object)->pset) return MACH_RCV_IN_SET;
  // Hold the port or set across the wait: it may die meanwhile.
  io_reference(object);
  Thread* self = current_thread();
  self->ith_object = object;
  IpcKmsg* kmsg = nullptr;
  mach_msg_size_t size = 0;
  const mach_msg_return_t mr = ipc_mqueue_receive(object, option, rcv_size, timeout, &kmsg, &size);
  self->ith_object = nullptr;
  io_release(object);
  return mach_msg_receive_finish(msg, mr, kmsg, size);
}

int mach_msg_trap(uint32_t msg, uint32_t option, uint32_t send_size, uint32_t rcv_size, uint32_t rcv_name,
                  uint32_t timeout, uint32_t) {
  KERNEL_MARK(KSTEP_BEFORE_COPYIN);
  Task* task = self_task();
  if (!task || !task->itk_space) return MACH_SEND_INVALID_DEST;
  constexpr uint32_t kRpc = MACH_SEND_MSG | MACH_RCV_MSG;
  if (option == kRpc && ipc_fast_path_enabled) return mach_msg_rpc_fast(msg, send_size, rcv_size, rcv_name);
  if (!ipc_fast_path_enabled) IPC_COUNT_SLOW(SLOW_DISABLED);
  else IPC_COUNT_SLOW(SLOW_OPTION);
  if (option & MACH_SEND_MSG) {
    const mach_msg_return_t mr = mach_msg_send(msg, static_cast<mach_msg_option_t>(option), send_size, timeout);
    if (mr != MACH_MSG_SUCCESS) return mr;
  }
  if (option & MACH_RCV_MSG)
    return mach_msg_receive(msg, static_cast<mach_msg_option_t>(option), rcv_size, rcv_name, timeout);
  return MACH_MSG_SUCCESS;
}
