#include "kern/kalloc.h"


namespace {

constexpr uint32_t kArenaBytes = 2u << 20;
alignas(64) uint8_t arena[kArenaBytes];

// The free list, in address order (so neighbours coalesce on free).
struct FreeBlock {
  uint32_t bytes;
  FreeBlock* next;
};
FreeBlock* free_list;
uint32_t free_bytes;

uint32_t round_up(uint32_t n) { return (n + 7u) & ~7u; }

}  // namespace

void kalloc_init() {
  free_list = reinterpret_cast<FreeBlock*>(arena);
  free_list->bytes = kArenaBytes;
  free_list->next = nullptr;
  free_bytes = kArenaBytes;
}

void* kalloc(uint32_t bytes) {
  bytes = round_up(bytes < sizeof(FreeBlock) ? sizeof(FreeBlock) : bytes);
  for (FreeBlock** link = &free_list; *link; link = &(*link)->next) {
    FreeBlock* b = *link;
    if (b->bytes < bytes) continue;
    // Sizes are multiples of 8 = sizeof(FreeBlock): a remainder is either
    // nothing or a block of its own.
    static_assert(sizeof(FreeBlock) == 8);
    if (b->bytes > bytes) {
      FreeBlock* rest = reinterpret_cast<FreeBlock*>(reinterpret_cast<uint8_t*>(b) + bytes);
      rest->bytes = b->bytes - bytes;
      rest->next = b->next;
      *link = rest;
    } else {
      *link = b->next;
    }
    free_bytes -= bytes;
    return b;
  }
  return nullptr;
}

void kfree(void* p, uint32_t bytes) {
  if (!p) return;
  bytes = round_up(bytes < sizeof(FreeBlock) ? sizeof(FreeBlock) : bytes);
  FreeBlock* b = static_cast<FreeBlock*>(p);
  FreeBlock* prev = nullptr;
  FreeBlock* next = free_list;
  while (next && next < b) {
    prev = next;
    next = next->next;
  }
  b->bytes = bytes;
  b->next = next;
  free_bytes += bytes;
  if (next && reinterpret_cast<uint8_t*>(b) + b->bytes == reinterpret_cast<uint8_t*>(next)) {
    b->bytes += next->bytes;
    b->next = next->next;
  }
  if (prev && reinterpret_cast<uint8_t*>(prev) + prev->bytes == reinterpret_cast<uint8_t*>(b)) {
    prev->bytes += b->bytes;
    prev->next = b->next;
  } else if (prev) {
    prev->next = b;
  } else {
    free_list = b;
  }
}

uint32_t kalloc_free_bytes() { return free_bytes; }
