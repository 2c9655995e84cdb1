// Kernel memory for variable-sized objects (IPC space tables, large
// kmsgs, out-of-line data in transit): Mach's kalloc, here a first-fit
// allocator with coalescing over one fixed arena carved at boot, so large
// messages get contiguous memory without a kernel virtual-memory map.
// Fixed-size objects come from zones (kern/zalloc.h) on top of it.
// Neither is called from interrupt level (the clock never allocates), so
// neither raises the IPL -- Mach's simple locks are no-ops here too.
#pragma once
#include <stdint.h>

void kalloc_init();
void* kalloc(uint32_t bytes);       // 8-byte aligned, not cleared (as Mach's); nullptr when short
void kfree(void* p, uint32_t bytes);
uint32_t kalloc_free_bytes();
