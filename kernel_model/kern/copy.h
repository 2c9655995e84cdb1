// Moving bytes between the kernel and a task's space (arch/copy.S).  Both
// return 0, or 1 (KERN_INVALID_ADDRESS) when the user range faults.
#pragma once
#include <stdint.h>

extern "C" int copyin(uint32_t space, uint32_t user_src, void* kernel_dst, uint32_t len);
extern "C" int copyout(uint32_t space, const void* kernel_src, uint32_t user_dst, uint32_t len);
