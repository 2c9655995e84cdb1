#include "vm/vm_page.h"

#include "kern/machine.h"

namespace {
struct FreePage {
  FreePage* next;
};
FreePage* free_list;
unsigned free_count;

void zero_page(uint32_t paddr) {
  uint32_t* p = reinterpret_cast<uint32_t*>(paddr);
  for (unsigned i = 0; i < machine::kPageBytes / 4; i += 4) {
    p[i] = 0;
    p[i + 1] = 0;
    p[i + 2] = 0;
    p[i + 3] = 0;
  }
}
}  // namespace

void vm_page_init(uint32_t first, uint32_t end) {
  // Push in descending order so allocation hands out ascending addresses.
  for (uint32_t pa = end; pa > first;) {
    pa -= machine::kPageBytes;
    vm_page_free(pa);
  }
}

uint32_t vm_page_alloc() {
  FreePage* p = free_list;
  if (!p) return 0;
  free_list = p->next;
  --free_count;
  const uint32_t pa = reinterpret_cast<uint32_t>(p);
  zero_page(pa);
  return pa;
}

void vm_page_free(uint32_t paddr) {
  FreePage* p = reinterpret_cast<FreePage*>(paddr);
  p->next = free_list;
  free_list = p;
  ++free_count;
}

unsigned vm_page_free_count() { return free_count; }
