#include "ipc/ipc_kmsg.h"

#include "ipc/ipc_port.h"
#include "ipc/ipc_right.h"
#include "ipc/ipc_space.h"
#include "kern/copy.h"
#include "kern/kalloc.h"
#include "kern/machine.h"
#include "kern/task.h"
#include "kern/zalloc.h"
#include "vm/vm_map.h"

IpcKmsg* ikm_cache;
unsigned ipc_kmsgs_live;

namespace {

struct SavedKmsg {
  uint8_t bytes[IKM_SAVED_KMSG_SIZE];
};
Zone kmsg_zone = ZONE_INIT_UNCLEARED("ipc kmsgs", SavedKmsg, 0);

IpcPort* as_port(mach_port_t p) { return reinterpret_cast<IpcPort*>(p); }
mach_port_t as_word(IpcPort* p) { return reinterpret_cast<mach_port_t>(p); }

// One typed item of a message body, as the descriptor walk sees it.
struct Item {
  mach_msg_type_t* type;      // the descriptor (its name may be rewritten)
  uint32_t name;
  uint32_t bits;              // element size
  uint32_t number;
  bool is_inline;
  bool deallocate;
  uint32_t* data;             // inline data, or the word holding the OOL pointer
  uint32_t data_bytes;        // bytes of data (before rounding)
  uint32_t next;              // offset of the next descriptor
};

// Parse the item at `offset` of a `size`-byte message; false when it does
// not fit (the message lies about its contents).
bool parse_item(uint8_t* msg, uint32_t offset, uint32_t size, Item* it) {
  if (offset + sizeof(mach_msg_type_t) > size) return false;
  mach_msg_type_t* t = reinterpret_cast<mach_msg_type_t*>(msg + offset);
  it->type = t;
  it->is_inline = t->msgt_inline;
  it->deallocate = t->msgt_deallocate;
  uint32_t header_bytes = sizeof(mach_msg_type_t);
  if (t->msgt_longform) {
    if (offset + sizeof(mach_msg_type_long_t) > size) return false;
    const mach_msg_type_long_t* l = reinterpret_cast<const mach_msg_type_long_t*>(t);
    it->name = l->msgtl_name;
    it->bits = l->msgtl_size;
    it->number = l->msgtl_number;
    header_bytes = sizeof(mach_msg_type_long_t);
  } else {
    it->name = t->msgt_name;
    it->bits = t->msgt_size;
    it->number = t->msgt_number;
  }
  // 32-bit arithmetic only: libgcc's 64-bit multiply uses the FPU.
  if (it->number && it->bits > (0xffffffffu - 7) / it->number) return false;
  it->data_bytes = (it->bits * it->number + 7) / 8;
  const uint32_t data_offset = offset + header_bytes;
  const uint32_t room = it->is_inline ? ((it->data_bytes + 3) & ~3u) : 4;
  if (it->is_inline && it->data_bytes > size) return false;
  if (data_offset + room > size || data_offset + room < data_offset) return false;
  it->data = reinterpret_cast<uint32_t*>(msg + data_offset);
  it->next = data_offset + room;
  return true;
}

bool is_port_type(uint32_t name) { return MACH_MSG_TYPE_PORT_ANY(name); }

// The type names message.h defines; anything else is a bad type
// specification (MACH_SEND_INVALID_TYPE).
bool known_type(uint32_t name) {
  return name <= MACH_MSG_TYPE_INTEGER_32 || (name >= MACH_MSG_TYPE_CHAR && name <= MACH_MSG_TYPE_STRING) ||
         (name >= MACH_MSG_TYPE_PORT_NAME && name <= MACH_MSG_TYPE_MAKE_SEND_ONCE);
}

void set_item_name(Item& it, uint32_t name) {
  if (it.type->msgt_longform) reinterpret_cast<mach_msg_type_long_t*>(it.type)->msgtl_name = static_cast<unsigned short>(name);
  else it.type->msgt_name = name & 0xff;
}

// Release the rights and memory of the body items in [24, end): they were
// copied in (ports hold rights in transit, OOL words kernel buffers).
void clean_body(IpcKmsg* kmsg, uint32_t end) {
  uint8_t* msg = reinterpret_cast<uint8_t*>(&kmsg->header);
  for (uint32_t off = sizeof(mach_msg_header_t); off < end;) {
    Item it;
    if (!parse_item(msg, off, kmsg->size, &it)) break;
    if (!it.is_inline) {
      kfree(reinterpret_cast<void*>(it.data[0]), it.data_bytes);
      it.data[0] = 0;
    } else if (is_port_type(it.name) && it.name != MACH_MSG_TYPE_PORT_NAME) {
      for (uint32_t i = 0; i < it.number; ++i) ipc_right_release_transit(as_port(it.data[i]), it.name);
    }
    off = it.next;
  }
}

mach_msg_return_t copyin_body(IpcKmsg* kmsg, IpcSpace* space, Task* task) {
  uint8_t* msg = reinterpret_cast<uint8_t*>(&kmsg->header);
  for (uint32_t off = sizeof(mach_msg_header_t); off < kmsg->size;) {
    Item it;
    mach_msg_return_t mr = MACH_MSG_SUCCESS;
    if (!parse_item(msg, off, kmsg->size, &it)) mr = MACH_SEND_MSG_TOO_SMALL;
    else if (!known_type(it.name)) mr = MACH_SEND_INVALID_TYPE;
    else if (it.type->msgt_longform && (it.type->msgt_name || it.type->msgt_size || it.type->msgt_number))
      mr = MACH_SEND_INVALID_TYPE;  // the long form's short fields must be zero
    else if (is_port_type(it.name) && it.name != MACH_MSG_TYPE_PORT_NAME && it.bits != 32) mr = MACH_SEND_INVALID_TYPE;
    else if (!it.is_inline && is_port_type(it.name)) mr = MACH_SEND_INVALID_TYPE;  // out-of-line port arrays: not supported
    if (mr == MACH_MSG_SUCCESS && !it.is_inline) {
      // Out-of-line data: a plain copy into the kernel now (copy-on-write later).
      void* copy = nullptr;
      if (it.data_bytes) {
        copy = kalloc(it.data_bytes);
        if (!copy) mr = MACH_SEND_NO_BUFFER;
        else if (copyin(task->space, it.data[0], copy, it.data_bytes) != 0) {
          kfree(copy, it.data_bytes);
          mr = MACH_SEND_INVALID_MEMORY;
        }
      }
      if (mr == MACH_MSG_SUCCESS) {
        if (it.deallocate && it.data_bytes) {
          const uint32_t start = it.data[0] & ~(machine::kPageBytes - 1);
          const uint32_t end = (it.data[0] + it.data_bytes + machine::kPageBytes - 1) & ~(machine::kPageBytes - 1);
          vm_deallocate(task->map, start, end - start);
        }
        it.data[0] = reinterpret_cast<uint32_t>(copy);
      }
    } else if (mr == MACH_MSG_SUCCESS && is_port_type(it.name) && it.name != MACH_MSG_TYPE_PORT_NAME) {
      // Check every name first, so a bad one changes nothing.
      for (uint32_t i = 0; i < it.number && mr == MACH_MSG_SUCCESS; ++i) {
        const mach_port_t name = it.data[i];
        if (MACH_PORT_VALID(name) && !ipc_right_copyin_check(space, name, it.name)) mr = MACH_SEND_INVALID_RIGHT;
      }
      for (uint32_t i = 0; i < it.number && mr == MACH_MSG_SUCCESS; ++i) {
        const mach_port_t name = it.data[i];
        IpcPort* port = name == MACH_PORT_DEAD ? IP_DEAD : nullptr;
        if (MACH_PORT_VALID(name) && ipc_right_copyin(space, name, it.name, &port) != KERN_SUCCESS) {
          // A name repeated in one item with a moving disposition.
          for (uint32_t j = 0; j < i; ++j) ipc_right_release_transit(as_port(it.data[j]), ipc_right_transit_type(it.name));
          mr = MACH_SEND_INVALID_RIGHT;
          break;
        }
        it.data[i] = as_word(port);
      }
      if (mr == MACH_MSG_SUCCESS) set_item_name(it, ipc_right_transit_type(it.name));
    }
    if (mr != MACH_MSG_SUCCESS) {
      clean_body(kmsg, off);
      return mr;
    }
    off = it.next;
  }
  return MACH_MSG_SUCCESS;
}

bool valid_header_disposition(mach_msg_type_name_t d) { return MACH_MSG_TYPE_PORT_ANY_SEND(d); }

}  // namespace

IpcKmsg* ipc_kmsg_alloc(uint32_t msg_size) {
  IpcKmsg* kmsg;
  if (msg_size <= IKM_SAVED_MSG_SIZE) {
    kmsg = ikm_cache;
    if (kmsg) ikm_cache = nullptr;
    else kmsg = static_cast<IpcKmsg*>(zalloc(kmsg_zone));
    if (!kmsg) return nullptr;
    kmsg->buffer_bytes = IKM_SAVED_MSG_SIZE;
  } else {
    kmsg = static_cast<IpcKmsg*>(kalloc(IKM_OVERHEAD + msg_size));
    if (!kmsg) return nullptr;
    kmsg->buffer_bytes = msg_size;
  }
  kmsg->next = kmsg->prev = nullptr;
  ++ipc_kmsgs_live;
  return kmsg;
}

void ipc_kmsg_free(IpcKmsg* kmsg) {
  --ipc_kmsgs_live;
  if (kmsg->buffer_bytes == IKM_SAVED_MSG_SIZE) {
    if (!ikm_cache) ikm_cache = kmsg;
    else zfree(kmsg_zone, kmsg);
  } else {
    kfree(kmsg, IKM_OVERHEAD + kmsg->buffer_bytes);
  }
}

unsigned ipc_kmsg_live() { return ipc_kmsgs_live; }

mach_msg_return_t ipc_kmsg_get(uint32_t user_msg, mach_msg_size_t size, IpcKmsg** out) {
  if (size < sizeof(mach_msg_header_t) || (size & 3)) return MACH_SEND_MSG_TOO_SMALL;
  if (size > MACH_MSG_SIZE_LIMIT) return MACH_SEND_NO_BUFFER;
  IpcKmsg* kmsg = ipc_kmsg_alloc(size);
  if (!kmsg) return MACH_SEND_NO_BUFFER;
  if (copyin(current_thread()->task->space, user_msg, &kmsg->header, size) != 0) {
    ipc_kmsg_free(kmsg);
    return MACH_SEND_INVALID_DATA;
  }
  kmsg->size = size;
  kmsg->header.msgh_size = size;
  *out = kmsg;
  return MACH_MSG_SUCCESS;
}

mach_msg_return_t ipc_kmsg_put(uint32_t user_msg, IpcKmsg* kmsg, mach_msg_size_t size) {
  const int fault = copyout(current_thread()->task->space, &kmsg->header, user_msg, size);
  ipc_kmsg_free(kmsg);
  return fault ? MACH_RCV_INVALID_DATA : MACH_MSG_SUCCESS;
}

mach_msg_return_t ipc_kmsg_copyin(IpcKmsg* kmsg, IpcSpace* space, Task* task) {
  mach_msg_header_t& h = kmsg->header;
  const mach_msg_bits_t bits = h.msgh_bits;
  const mach_msg_type_name_t dest_type = MACH_MSGH_BITS_REMOTE(bits);
  const mach_msg_type_name_t reply_type = MACH_MSGH_BITS_LOCAL(bits);
  const mach_port_t dest_name = h.msgh_remote_port;
  const mach_port_t reply_name = h.msgh_local_port;
  if ((bits & MACH_MSGH_BITS_UNUSED) || !valid_header_disposition(dest_type) ||
      (reply_type != 0 && !valid_header_disposition(reply_type)) ||
      (reply_type == 0 && reply_name != MACH_PORT_NULL))
    return MACH_SEND_INVALID_HEADER;
  if (!MACH_PORT_VALID(dest_name) || !ipc_right_copyin_check(space, dest_name, dest_type)) return MACH_SEND_INVALID_DEST;
  if (reply_type != 0 && MACH_PORT_VALID(reply_name) && !ipc_right_copyin_check(space, reply_name, reply_type))
    return MACH_SEND_INVALID_REPLY;
  IpcPort* dest = nullptr;
  if (ipc_right_copyin(space, dest_name, dest_type, &dest) != KERN_SUCCESS) return MACH_SEND_INVALID_DEST;
  if (dest == IP_DEAD) return MACH_SEND_INVALID_DEST;  // (a dead name's reference went with it)
  IpcPort* reply = reply_name == MACH_PORT_DEAD ? IP_DEAD : nullptr;
  if (reply_type != 0 && MACH_PORT_VALID(reply_name) &&
      ipc_right_copyin(space, reply_name, reply_type, &reply) != KERN_SUCCESS) {
    // The same name used twice with dispositions that cannot both be had.
    ipc_right_release_transit(dest, ipc_right_transit_type(dest_type));
    return MACH_SEND_INVALID_REPLY;
  }
  h.msgh_remote_port = as_word(dest);
  h.msgh_local_port = as_word(reply);
  h.msgh_bits = (bits & MACH_MSGH_BITS_COMPLEX) |
                MACH_MSGH_BITS(ipc_right_transit_type(dest_type), reply_type ? ipc_right_transit_type(reply_type) : 0);
  if (!(bits & MACH_MSGH_BITS_COMPLEX)) return MACH_MSG_SUCCESS;
  const mach_msg_return_t mr = copyin_body(kmsg, space, task);
  if (mr != MACH_MSG_SUCCESS) {
    // Undo the header: the caller gets the error and the message is gone.
    ipc_right_release_transit(reply, MACH_MSGH_BITS_LOCAL(h.msgh_bits));
    ipc_right_release_transit(dest, MACH_MSGH_BITS_REMOTE(h.msgh_bits));
    h.msgh_remote_port = h.msgh_local_port = MACH_PORT_NULL;
    h.msgh_bits = 0;
  }
  return mr;
}

mach_msg_return_t ipc_kmsg_copyout(IpcKmsg* kmsg, IpcSpace* space, Task* task) {
  mach_msg_header_t& h = kmsg->header;
  const mach_msg_bits_t bits = h.msgh_bits;
  IpcPort* dest = as_port(h.msgh_remote_port);
  IpcPort* reply = as_port(h.msgh_local_port);
  const mach_msg_type_name_t dest_type = MACH_MSGH_BITS_REMOTE(bits);
  const mach_msg_type_name_t reply_type = MACH_MSGH_BITS_LOCAL(bits);
  mach_msg_return_t mr = MACH_MSG_SUCCESS;
  // The destination right is consumed by arriving: the receiver names the
  // port by its receive right.
  mach_port_t dest_name = dest->receiver == space ? dest->receiver_name : MACH_PORT_DEAD;
  if (dest_type == MACH_MSG_TYPE_PORT_SEND) ipc_port_release_send(dest);
  else ipc_port_release_sonce(dest);
  ip_release(dest);
  mach_port_t reply_name = MACH_PORT_NULL;
  if (reply_type && ipc_right_copyout(space, reply, reply_type, &reply_name) != KERN_SUCCESS) {
    ipc_right_release_transit(reply, reply_type);
    reply_name = MACH_PORT_DEAD;
    mr = MACH_RCV_HEADER_ERROR | MACH_MSG_IPC_SPACE;
  }
  h.msgh_remote_port = reply_name;
  h.msgh_local_port = dest_name;
  h.msgh_bits = MACH_MSGH_BITS_OTHER(bits) | MACH_MSGH_BITS(reply_type, dest_type);
  if (!(bits & MACH_MSGH_BITS_COMPLEX)) return mr;
  uint8_t* msg = reinterpret_cast<uint8_t*>(&h);
  for (uint32_t off = sizeof(mach_msg_header_t); off < kmsg->size;) {
    Item it;
    if (!parse_item(msg, off, kmsg->size, &it)) break;  // checked at copyin
    if (!it.is_inline) {
      void* copy = reinterpret_cast<void*>(it.data[0]);
      uint32_t address = 0;
      if (it.data_bytes) {
        const uint32_t rounded = (it.data_bytes + machine::kPageBytes - 1) & ~(machine::kPageBytes - 1);
        if (vm_allocate(task->map, &address, rounded, true) != KERN_SUCCESS ||
            copyout(task->space, copy, address, it.data_bytes) != 0) {
          if (address) vm_deallocate(task->map, address, rounded);
          address = 0;
          mr = MACH_RCV_BODY_ERROR | MACH_MSG_VM_SPACE;
        }
        kfree(copy, it.data_bytes);
      }
      it.data[0] = address;
    } else if (is_port_type(it.name) && it.name != MACH_MSG_TYPE_PORT_NAME) {
      for (uint32_t i = 0; i < it.number; ++i) {
        mach_port_t name;
        if (ipc_right_copyout(space, as_port(it.data[i]), it.name, &name) != KERN_SUCCESS) {
          ipc_right_release_transit(as_port(it.data[i]), it.name);
          name = MACH_PORT_NULL;
          mr = MACH_RCV_BODY_ERROR | MACH_MSG_IPC_SPACE;
        }
        it.data[i] = name;
      }
    }
    off = it.next;
  }
  return mr;
}

void ipc_kmsg_destroy(IpcKmsg* kmsg) {
  mach_msg_header_t& h = kmsg->header;
  const mach_msg_bits_t bits = h.msgh_bits;
  if (bits & MACH_MSGH_BITS_COMPLEX) clean_body(kmsg, kmsg->size);
  ipc_right_release_transit(as_port(h.msgh_local_port), MACH_MSGH_BITS_LOCAL(bits));
  ipc_right_release_transit(as_port(h.msgh_remote_port), MACH_MSGH_BITS_REMOTE(bits));
  ipc_kmsg_free(kmsg);
}
