// Physical memory: the pages between the end of the kernel image and the
// boot modules, handed out one at a time from a free list threaded through
// the free pages themselves (the kernel reaches physical memory at the
// same address, through the block TLB's one-to-one mapping).
#pragma once
#include <stdint.h>

void vm_page_init(uint32_t first, uint32_t end);
uint32_t vm_page_alloc();            // a zeroed page's physical address, or 0
void vm_page_free(uint32_t paddr);
unsigned vm_page_free_count();
