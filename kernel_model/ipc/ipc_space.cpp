#include "ipc/ipc_space.h"

#include "ipc/ipc_right.h"
#include "kern/kalloc.h"
#include "kern/zalloc.h"

namespace {
Zone space_zone = ZONE_INIT("ipc spaces", IpcSpace, 0);
unsigned entries_live;

// Thread the free entries of [from, to) onto the space's free list, lowest
// index first (names come out small and in order, as in Mach).
void free_range(IpcSpace* space, uint32_t from, uint32_t to) {
  for (uint32_t i = to; i-- > from;) {
    space->table[i].next_free = space->free_head;
    space->free_head = i;
  }
}

bool grow(IpcSpace* space) {
  const uint32_t old_size = space->table_size;
  if (old_size >= kIpcSpaceMaxEntries) return false;
  const uint32_t new_size = old_size ? old_size * 2 : kIpcSpaceInitialEntries;
  IpcEntry* table = static_cast<IpcEntry*>(kalloc(new_size * sizeof(IpcEntry)));
  if (!table) return false;
  for (uint32_t i = 0; i < old_size; ++i) table[i] = space->table[i];
  for (uint32_t i = old_size; i < new_size; ++i) table[i] = IpcEntry{};
  kfree(space->table, old_size * sizeof(IpcEntry));
  space->table = table;
  space->table_size = new_size;
  // The free list only ever holds indices below old_size: append the new
  // ones behind it.
  if (!space->free_head) {
    free_range(space, old_size, new_size);
  } else {
    uint32_t last = space->free_head;
    while (table[last].next_free) last = table[last].next_free;
    const uint32_t head = space->free_head;
    space->free_head = 0;
    free_range(space, old_size, new_size);
    table[last].next_free = space->free_head;
    space->free_head = head;
  }
  return true;
}
}  // namespace

IpcSpace* ipc_space_create(Task* task) {
  IpcSpace* space = static_cast<IpcSpace*>(zalloc(space_zone));
  if (!space) return nullptr;
  space->task = task;
  if (!grow(space)) {
    zfree(space_zone, space);
    return nullptr;
  }
  // Index 0 is never a name: take it off the free list.
  space->free_head = space->table[0].next_free;
  space->table[0].bits = IE_BITS_GEN_MASK;
  space->active = true;
  return space;
}

void ipc_space_destroy(IpcSpace* space) {
  space->active = false;
  for (uint32_t i = 1; i < space->table_size; ++i) {
    IpcEntry& e = space->table[i];
    if (!IE_BITS_TYPE(e.bits)) continue;
    ipc_right_destroy_entry(space, MACH_PORT_MAKE(i, e.bits & IE_BITS_GEN_MASK));
  }
  kfree(space->table, space->table_size * sizeof(IpcEntry));
  zfree(space_zone, space);
}

IpcEntry* ipc_entry_lookup(IpcSpace* space, mach_port_t name) {
  const uint32_t index = MACH_PORT_INDEX(name);
  if (index == 0 || index >= space->table_size) return nullptr;
  IpcEntry* e = &space->table[index];
  if ((e->bits & IE_BITS_GEN_MASK) != MACH_PORT_GEN(name) || !IE_BITS_TYPE(e->bits)) return nullptr;
  return e;
}

kern_return_t ipc_entry_alloc(IpcSpace* space, mach_port_t* name, IpcEntry** entry) {
  if (!space->active) return KERN_INVALID_TASK;
  if (!space->free_head && !grow(space)) return KERN_NO_SPACE;
  const uint32_t index = space->free_head;
  IpcEntry* e = &space->table[index];
  space->free_head = e->next_free;
  // A new generation for the reused slot: the old name no longer works.
  const uint32_t gen = (e->bits + IE_BITS_GEN_ONE) & IE_BITS_GEN_MASK;
  e->bits = gen;
  e->object = nullptr;
  e->next_free = 0;
  ++space->used;
  ++entries_live;
  *name = MACH_PORT_MAKE(index, gen);
  *entry = e;
  return KERN_SUCCESS;
}

kern_return_t ipc_entry_alloc_name(IpcSpace* space, mach_port_t name, IpcEntry** entry) {
  if (!space->active) return KERN_INVALID_TASK;
  const uint32_t index = MACH_PORT_INDEX(name);
  if (index == 0 || index >= kIpcSpaceMaxEntries || name == MACH_PORT_DEAD) return KERN_INVALID_VALUE;
  while (index >= space->table_size)
    if (!grow(space)) return KERN_NO_SPACE;
  IpcEntry* e = &space->table[index];
  if (IE_BITS_TYPE(e->bits)) return KERN_NAME_EXISTS;
  // Unlink the slot from the free list.
  uint32_t* link = &space->free_head;
  while (*link && *link != index) link = &space->table[*link].next_free;
  if (*link != index) return KERN_NO_SPACE;
  *link = e->next_free;
  e->bits = MACH_PORT_GEN(name);
  e->object = nullptr;
  e->next_free = 0;
  ++space->used;
  ++entries_live;
  *entry = e;
  return KERN_SUCCESS;
}

void ipc_entry_dealloc(IpcSpace* space, mach_port_t name) {
  const uint32_t index = MACH_PORT_INDEX(name);
  IpcEntry* e = &space->table[index];
  e->bits &= IE_BITS_GEN_MASK;
  e->object = nullptr;
  e->next_free = space->free_head;
  space->free_head = index;
  --space->used;
  --entries_live;
}

IpcEntry* ipc_entry_find_port(IpcSpace* space, IpcPort* port, mach_port_t* name) {
  // Mach keeps a reverse hash for this; a scan serves spaces of a few
  // dozen names (the fast RPC path never needs it).
  for (uint32_t i = 1; i < space->table_size; ++i) {
    IpcEntry& e = space->table[i];
    if ((e.bits & (MACH_PORT_TYPE_SEND | MACH_PORT_TYPE_RECEIVE)) && e.object == reinterpret_cast<IpcObject*>(port)) {
      *name = MACH_PORT_MAKE(i, e.bits & IE_BITS_GEN_MASK);
      return &e;
    }
  }
  return nullptr;
}

unsigned ipc_entries_live() { return entries_live; }
