// A task's address map, Mach style: an ordered list of regions, each a
// page-aligned range of virtual addresses with a protection.  Pages are
// not allocated when a region is made: the first touch faults and vm_fault
// fills the page with zeros (Mach's zero-fill-on-demand); only loaded
// program segments are filled eagerly.
#pragma once
#include <stdint.h>

constexpr unsigned kMaxRegions = 32;
// Where vm_allocate(anywhere) looks for room.
constexpr uint32_t kVmAnywhereStart = 0x20000000u;
constexpr uint32_t kVmAnywhereEnd = 0x3ff00000u;

struct VmRegion {
  uint32_t start, end;  // [start, end), page-aligned
  unsigned prot;        // VM_PROT_*
};

struct VmMap {
  uint32_t space;
  uint32_t pid;
  VmRegion regions[kMaxRegions];  // sorted by start, disjoint
  unsigned count;
  unsigned resident;              // pages present
};

void vm_map_init(VmMap& map, uint32_t space, uint32_t pid);
const VmRegion* vm_map_lookup(const VmMap& map, uint32_t va);
// The Mach calls (kern_return_t values of include/pa730/kcall.h).
int vm_map_enter(VmMap& map, uint32_t start, uint32_t size, unsigned prot);
int vm_allocate(VmMap& map, uint32_t* address, uint32_t size, bool anywhere);
int vm_deallocate(VmMap& map, uint32_t address, uint32_t size);
int vm_protect(VmMap& map, uint32_t address, uint32_t size, unsigned prot);
// Resolve a fault at va for `access` (VM_PROT_*): enter a zero-filled page
// if the region allows it and none is there.
int vm_fault(VmMap& map, uint32_t va, unsigned access);
// Make va's page present (zero-filled) and return its physical address, 0 if
// va is outside the map or memory is short.  For the program loader.
uint32_t vm_map_page(VmMap& map, uint32_t va);
void vm_map_destroy(VmMap& map);
