// Zones: free lists of fixed-size objects (ports, port sets, kmsgs of the
// cached size, dead-name requests), as Mach's zalloc.  A zone grows by
// whole chunks from kalloc and never gives them back; `live` counts what
// is allocated (the leak checks read it).
#pragma once
#include <stdint.h>

struct Zone {
  const char* name;
  uint32_t elem_bytes;
  uint32_t max_elems;  // 0: no limit but memory
  void* free_list;
  uint32_t live;
  uint32_t total;      // elements carved so far
  bool clear;          // zero each element handed out (kernel objects), or not (message buffers)
};

#define ZONE_INIT(name, type, max) {name, (sizeof(type) + 7u) & ~7u, max, nullptr, 0, 0, true}
#define ZONE_INIT_UNCLEARED(name, type, max) {name, (sizeof(type) + 7u) & ~7u, max, nullptr, 0, 0, false}

void* zalloc(Zone& z);  // zeroed if z.clear; nullptr when the zone is full or memory short
void zfree(Zone& z, void* p);
