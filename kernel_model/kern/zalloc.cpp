#include "kern/zalloc.h"

#include "kern/kalloc.h"

namespace {
constexpr uint32_t kChunkBytes = 4096;

struct FreeElem {
  FreeElem* next;
};

bool grow(Zone& z) {
  uint32_t n = kChunkBytes / z.elem_bytes;
  if (n == 0) n = 1;
  if (z.max_elems && z.total + n > z.max_elems) n = z.max_elems - z.total;
  if (n == 0) return false;
  uint8_t* chunk = static_cast<uint8_t*>(kalloc(n * z.elem_bytes));
  if (!chunk) return false;
  for (uint32_t i = 0; i < n; ++i) {
    FreeElem* e = reinterpret_cast<FreeElem*>(chunk + i * z.elem_bytes);
    e->next = static_cast<FreeElem*>(z.free_list);
    z.free_list = e;
  }
  z.total += n;
  return true;
}
}  // namespace

void* zalloc(Zone& z) {
  if (!z.free_list && !grow(z)) {
    return nullptr;
  }
  FreeElem* e = static_cast<FreeElem*>(z.free_list);
  z.free_list = e->next;
  ++z.live;
  if (!z.clear) return e;
  uint32_t* w = reinterpret_cast<uint32_t*>(e);
  for (uint32_t i = 0; i < z.elem_bytes / 4; ++i) w[i] = 0;
  return e;
}

void zfree(Zone& z, void* p) {
  if (!p) return;
  FreeElem* e = static_cast<FreeElem*>(p);
  e->next = static_cast<FreeElem*>(z.free_list);
  z.free_list = e;
  --z.live;
}
