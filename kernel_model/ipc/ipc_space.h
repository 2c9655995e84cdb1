// IPC spaces (Mach's ipc_space): a task's port name space, a table of
// entries indexed by MACH_PORT_INDEX(name).  Index 0 is never used, so
// MACH_PORT_NULL names nothing.  The table grows by doubling up to
// kIpcSpaceMaxEntries (Mach moves names beyond its table into a splay
// tree; we refuse them with KERN_NO_SPACE instead).
//
// Entry pointers are only good until the next allocation in the same
// space (the table may move): code keeps names across allocations.
#pragma once
#include <mach/kern_return.h>

#include "ipc/ipc_entry.h"

constexpr uint32_t kIpcSpaceInitialEntries = 64;
constexpr uint32_t kIpcSpaceMaxEntries = 4096;

struct IpcSpace {
  bool active;
  Task* task;
  IpcEntry* table;
  uint32_t table_size;
  uint32_t free_head;
  uint32_t used;
};

IpcSpace* ipc_space_create(Task* task);
// The task is going: every right it holds is released (receive rights
// destroyed, send-once rights notified), then the space itself.
void ipc_space_destroy(IpcSpace* space);

// The entry a name denotes, or nullptr (out of the table, stale, free).
IpcEntry* ipc_entry_lookup(IpcSpace* space, mach_port_t name);
kern_return_t ipc_entry_alloc(IpcSpace* space, mach_port_t* name, IpcEntry** entry);
// Make `name` (a specific, currently unused name) denote a new entry.
kern_return_t ipc_entry_alloc_name(IpcSpace* space, mach_port_t name, IpcEntry** entry);
void ipc_entry_dealloc(IpcSpace* space, mach_port_t name);
// The entry holding a send or receive right for port (one name per port
// per space, as Mach keeps them), or nullptr.
IpcEntry* ipc_entry_find_port(IpcSpace* space, IpcPort* port, mach_port_t* name);
unsigned ipc_entries_live();
