// Kernel messages (Mach's ipc_kmsg): a message between send and receive,
// in a kernel buffer.  While in the kernel the header's port fields hold
// IpcPort pointers (rights in transit), as do port descriptors of the
// body; out-of-line regions are kernel copies.
//
// Buffers: a message that fits IKM_SAVED_MSG_SIZE uses a buffer of that
// size -- the one cached buffer when it is free (Mach's per-processor
// ikm_cache, which the optimized RPC path requires), else one from a
// zone; larger messages get an exact buffer from kalloc.
#pragma once
#include <mach/message.h>
#include <stddef.h>

#include "ipc/ipc_object.h"

struct IpcKmsg {
  IpcKmsg* next;
  IpcKmsg* prev;
  uint32_t buffer_bytes;    // room for the message after the header start
  uint32_t size;            // the message's size (msgh_size)
  mach_msg_header_t header;  // then the body, in place
};

constexpr uint32_t IKM_SAVED_KMSG_SIZE = 256;
constexpr uint32_t IKM_OVERHEAD = offsetof(IpcKmsg, header);
constexpr uint32_t IKM_SAVED_MSG_SIZE = IKM_SAVED_KMSG_SIZE - IKM_OVERHEAD;

extern IpcKmsg* ikm_cache;

IpcKmsg* ipc_kmsg_alloc(uint32_t msg_size);  // nullptr when memory is short
void ipc_kmsg_free(IpcKmsg* kmsg);           // back to the cache when it is empty
// The optimized path's allocation: the cached buffer or nothing.
inline IpcKmsg* ipc_kmsg_take_cached() {
  IpcKmsg* kmsg = ikm_cache;
  ikm_cache = nullptr;
  return kmsg;
}
extern unsigned ipc_kmsgs_live;
inline void ipc_kmsg_count_taken() { ++ipc_kmsgs_live; }  // a cached buffer went into use
inline uint8_t* ipc_kmsg_body(IpcKmsg* kmsg) { return reinterpret_cast<uint8_t*>(&kmsg->header + 1); }

// Allocate and copy a message in from user space (MACH_SEND_MSG_TOO_SMALL,
// MACH_SEND_NO_BUFFER, MACH_SEND_INVALID_DATA).
mach_msg_return_t ipc_kmsg_get(uint32_t user_msg, mach_msg_size_t size, IpcKmsg** out);
// Copy a received message out to user space and free it.
mach_msg_return_t ipc_kmsg_put(uint32_t user_msg, IpcKmsg* kmsg, mach_msg_size_t size);

// Translate the sender's names into rights in transit (header, then the
// body of a complex message).  On failure nothing has changed in the
// space and the kmsg still holds user names (the caller frees it).
mach_msg_return_t ipc_kmsg_copyin(IpcKmsg* kmsg, IpcSpace* space, Task* task);
// Put the rights into the receiver's space (names), out-of-line data into
// its address space, and swap the header for the receiver.
mach_msg_return_t ipc_kmsg_copyout(IpcKmsg* kmsg, IpcSpace* space, Task* task);
// A message that will never be received: release its rights and memory.
void ipc_kmsg_destroy(IpcKmsg* kmsg);
unsigned ipc_kmsg_live();
