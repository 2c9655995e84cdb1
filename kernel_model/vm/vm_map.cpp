#include "vm/vm_map.h"

#include "include/pa730/kcall.h"
#include "kern/machine.h"
#include "vm/pmap.h"
#include "vm/vm_page.h"

namespace {

constexpr uint32_t kPage = machine::kPageBytes;
uint32_t trunc_page(uint32_t a) { return a & ~(kPage - 1); }
uint32_t round_page(uint32_t a) { return (a + kPage - 1) & ~(kPage - 1); }

// Split the region containing `at` so that a region boundary falls there.
bool split_at(VmMap& map, uint32_t at) {
  for (unsigned i = 0; i < map.count; ++i) {
    VmRegion& r = map.regions[i];
    if (at <= r.start || at >= r.end) continue;
    if (map.count == kMaxRegions) return false;
    for (unsigned j = map.count; j > i + 1; --j) map.regions[j] = map.regions[j - 1];
    map.regions[i + 1] = VmRegion{at, r.end, r.prot};
    r.end = at;
    ++map.count;
    return true;
  }
  return true;
}

bool range_free(const VmMap& map, uint32_t start, uint32_t end) {
  for (unsigned i = 0; i < map.count; ++i)
    if (map.regions[i].start < end && start < map.regions[i].end) return false;
  return true;
}

void remove_pages(VmMap& map, uint32_t start, uint32_t end) {
  for (uint32_t va = start; va < end; va += kPage)
    if (const uint32_t pa = pmap_remove(map.space, va)) {
      vm_page_free(pa);
      --map.resident;
    }
}

}  // namespace

void vm_map_init(VmMap& map, uint32_t space, uint32_t pid) {
  map = VmMap{};
  map.space = space;
  map.pid = pid;
}

const VmRegion* vm_map_lookup(const VmMap& map, uint32_t va) {
  for (unsigned i = 0; i < map.count; ++i)
    if (va >= map.regions[i].start && va < map.regions[i].end) return &map.regions[i];
  return nullptr;
}

int vm_map_enter(VmMap& map, uint32_t start, uint32_t size, unsigned prot) {
  const uint32_t end = round_page(start + size);
  start = trunc_page(start);
  if (end <= start) return KERN_INVALID_ARGUMENT;
  if (!range_free(map, start, end)) return KERN_NO_SPACE;
  if (map.count == kMaxRegions) return KERN_RESOURCE_SHORTAGE;
  unsigned i = map.count;
  while (i > 0 && map.regions[i - 1].start > start) {
    map.regions[i] = map.regions[i - 1];
    --i;
  }
  map.regions[i] = VmRegion{start, end, prot};
  ++map.count;
  return KERN_SUCCESS;
}

int vm_allocate(VmMap& map, uint32_t* address, uint32_t size, bool anywhere) {
  size = round_page(size);
  if (size == 0) return KERN_INVALID_ARGUMENT;
  const unsigned rw = VM_PROT_READ | VM_PROT_WRITE;
  if (!anywhere) return vm_map_enter(map, *address, size, rw);
  // First fit in the anywhere window.
  uint32_t candidate = kVmAnywhereStart;
  for (unsigned i = 0; i < map.count; ++i) {
    const VmRegion& r = map.regions[i];
    if (r.end <= candidate) continue;
    if (r.start >= candidate + size) break;
    candidate = r.end;
  }
  if (candidate + size > kVmAnywhereEnd || candidate + size < candidate) return KERN_NO_SPACE;
  const int kr = vm_map_enter(map, candidate, size, rw);
  if (kr == KERN_SUCCESS) *address = candidate;
  return kr;
}

int vm_deallocate(VmMap& map, uint32_t address, uint32_t size) {
  const uint32_t start = trunc_page(address), end = round_page(address + size);
  if (end < start) return KERN_INVALID_ARGUMENT;
  if (start == end) return KERN_SUCCESS;
  if (!split_at(map, start) || !split_at(map, end)) return KERN_RESOURCE_SHORTAGE;
  unsigned kept = 0;
  for (unsigned i = 0; i < map.count; ++i) {
    const VmRegion r = map.regions[i];
    if (r.start >= start && r.end <= end) remove_pages(map, r.start, r.end);
    else map.regions[kept++] = r;
  }
  map.count = kept;
  return KERN_SUCCESS;
}

int vm_protect(VmMap& map, uint32_t address, uint32_t size, unsigned prot) {
  const uint32_t start = trunc_page(address), end = round_page(address + size);
  if (end < start || prot > (VM_PROT_READ | VM_PROT_WRITE | VM_PROT_EXECUTE)) return KERN_INVALID_ARGUMENT;
  // Mach: the whole range must be allocated.
  for (uint32_t va = start; va < end;) {
    const VmRegion* r = vm_map_lookup(map, va);
    if (!r) return KERN_INVALID_ADDRESS;
    va = r->end;
  }
  if (!split_at(map, start) || !split_at(map, end)) return KERN_RESOURCE_SHORTAGE;
  for (unsigned i = 0; i < map.count; ++i) {
    VmRegion& r = map.regions[i];
    if (r.start < start || r.end > end) continue;
    r.prot = prot;
    for (uint32_t va = r.start; va < r.end; va += kPage) {
      if (!pmap_find(map.space, va)) continue;
      if (prot == VM_PROT_NONE) {
        // No access at all: take the page out of the TLB's reach but keep it.
        pmap_protect(map.space, va, (7u << tlbprot::TypeShift) | (0u << tlbprot::Pl1Shift) |
                                        (3u << tlbprot::Pl2Shift) | (map.pid << 1));
      } else {
        pmap_protect(map.space, va, pmap_user_protection(prot, map.pid));
      }
    }
  }
  return KERN_SUCCESS;
}

int vm_fault(VmMap& map, uint32_t va, unsigned access) {
  const VmRegion* r = vm_map_lookup(map, va);
  if (!r) return KERN_INVALID_ADDRESS;
  if ((r->prot & access) != access || r->prot == VM_PROT_NONE) return KERN_PROTECTION_FAILURE;
  // A present page faults only through its protection.
  if (pmap_find(map.space, va)) return KERN_PROTECTION_FAILURE;
  const uint32_t pa = vm_page_alloc();
  if (!pa) return KERN_RESOURCE_SHORTAGE;
  pmap_enter(map.space, trunc_page(va), pa, pmap_user_protection(r->prot, map.pid));
  ++map.resident;
  return KERN_SUCCESS;
}

uint32_t vm_map_page(VmMap& map, uint32_t va) {
  va = trunc_page(va);
  const VmRegion* r = vm_map_lookup(map, va);
  if (!r) return 0;
  if (const HptEntry* e = pmap_find(map.space, va)) return (e->tlb_a << 7) & ~(kPage - 1);
  const uint32_t pa = vm_page_alloc();
  if (!pa) return 0;
  pmap_enter(map.space, va, pa, pmap_user_protection(r->prot, map.pid));
  ++map.resident;
  return pa;
}

void vm_map_destroy(VmMap& map) {
  for (unsigned i = 0; i < map.count; ++i) remove_pages(map, map.regions[i].start, map.regions[i].end);
  map.count = 0;
}
