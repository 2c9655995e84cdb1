// What the simulator's boot loader hands the kernel (r26 at reset): the
// memory size and the boot modules -- the workloads' ELF images, copied
// into the top of RAM.  sim/fs/boot_info.cpp writes this layout.
#pragma once
#include <stdint.h>

constexpr uint32_t kBootInfoMagic = 0x50373330;  // "P730"
constexpr unsigned kMaxBootModules = 8;

struct BootModule {
  char name[24];
  uint32_t paddr;
  uint32_t size;
};

struct BootInfo {
  uint32_t magic;
  uint32_t ram_bytes;
  uint32_t module_count;
  uint32_t tick_cycles;  // the clock interrupt period; 0: the default
  BootModule modules[kMaxBootModules];
};
static_assert(sizeof(BootModule) == 32 && sizeof(BootInfo) == 16 + 32 * kMaxBootModules);
