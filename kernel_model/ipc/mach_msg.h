// mach_msg_trap: Mach 3.0's message trap, with its two paths -- the general
// one (ipc_kmsg_get, copyin, ipc_mqueue_send, ipc_mqueue_receive, copyout,
// ipc_kmsg_put) and the optimized RPC path for a combined send+receive of
// a simple request or reply to a waiting receiver (mach_msg_fast.cpp),
// which falls back to the general path's steps for everything it cannot
// handle, as Mach's does.
#pragma once
#include <mach/message.h>

#include "include/pa730/kcall.h"
#include "include/pa730/stages.h"
#include "ipc/ipc_object.h"

extern bool ipc_fast_path_enabled;  // boot flag kernel.ipc_fast_path

int mach_msg_trap(uint32_t msg, uint32_t option, uint32_t send_size, uint32_t rcv_size, uint32_t rcv_name,
                  uint32_t timeout, uint32_t notify);

// The general path's pieces, which the optimized path falls back to.
mach_msg_return_t mach_msg_send(uint32_t msg, mach_msg_option_t option, mach_msg_size_t send_size,
                                mach_msg_timeout_t timeout);
mach_msg_return_t mach_msg_send_kmsg(IpcKmsg* kmsg, mach_msg_option_t option, mach_msg_timeout_t timeout);
mach_msg_return_t mach_msg_send_copied(IpcKmsg* kmsg, mach_msg_option_t option, mach_msg_timeout_t timeout);
mach_msg_return_t mach_msg_receive(uint32_t msg, mach_msg_option_t option, mach_msg_size_t rcv_size,
                                   mach_port_t rcv_name, mach_msg_timeout_t timeout);
// After a receive got `mr` and maybe a kmsg: copy it out to msg.
mach_msg_return_t mach_msg_receive_finish(uint32_t msg, mach_msg_return_t mr, IpcKmsg* kmsg, mach_msg_size_t size);
// The optimized path (mach_msg_fast.cpp): SEND|RCV exactly, fast path on.
mach_msg_return_t mach_msg_rpc_fast(uint32_t msg, mach_msg_size_t send_size, mach_msg_size_t rcv_size,
                                    mach_port_t rcv_name);

// Counters for KC_MACH_IPC_STATISTICS.
extern unsigned ipc_msgs_fast;
inline void ipc_count_fast() {
  ++ipc_msgs_fast;
  KERNEL_MARK(MARK_FAST_PATH);
}
void ipc_count_slow(unsigned reason_marker);
// Count a fall-off from the optimized path and mark it for the simulator
// (reason: a SLOW_* constant of pa730/stages.h, spelled as the macro).
#define IPC_COUNT_SLOW(reason) \
  do {                         \
    ipc_count_slow(reason);    \
    KERNEL_MARK(reason);       \
  } while (0)
void ipc_statistics_fill(ipc_statistics* out);
