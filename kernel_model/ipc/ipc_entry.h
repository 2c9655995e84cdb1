// Entries of an IPC space (Mach's ipc_entry): what one port name means in
// one task.  ie_bits packs the user references (16 bits), the right types
// (MACH_PORT_TYPE_* bits 16..20), a dead-name-request flag and the name's
// generation (top byte); ie_object is the port or port set.  A name is
// MACH_PORT_MAKE(table index, generation): a stale name (its slot reused)
// fails the generation check.
#pragma once
#include <mach/port.h>

#include "ipc/ipc_object.h"

#define IE_BITS_UREFS_MASK 0x0000ffffu
#define IE_BITS_TYPE_MASK 0x001f0000u
#define IE_BITS_DNREQUEST 0x00800000u
#define IE_BITS_GEN_MASK 0xff000000u
#define IE_BITS_GEN_ONE 0x01000000u
#define IE_BITS_UREFS(bits) ((bits) & IE_BITS_UREFS_MASK)
#define IE_BITS_TYPE(bits) ((bits) & IE_BITS_TYPE_MASK)

struct IpcEntry {
  uint32_t bits;
  IpcObject* object;
  uint32_t next_free;  // free entries: index of the next free one (0 ends)
};
