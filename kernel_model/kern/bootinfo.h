// What the simulator's boot loader hands the kernel (r26 at reset): the
// memory size, kernel options and the boot modules -- the workloads' ELF
// images, copied into the top of RAM, each with its argument string.
// sim/fs/boot_info.cpp writes this layout.
#pragma once
#include <stdint.h>

constexpr uint32_t kBootInfoMagic = 0x50373330;  // "P730"
constexpr unsigned kMaxBootModules = 8;
constexpr unsigned kBootArgsBytes = 128;

// BootInfo::flags
constexpr uint32_t kBootNoIpcFastPath = 1u << 0;  // kernel.ipc_fast_path=false

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
  uint32_t flags;        // kBoot* above
  // Module i's arguments after its name, blank-separated, NUL-terminated
  // ("--workload 'rpc_client null 1000'" gives "null 1000").  The task's
  // main() sees argv[0] = the module name, then these words.
  char args[kMaxBootModules][kBootArgsBytes];
};
static_assert(sizeof(BootModule) == 32 && sizeof(BootInfo) == 16 + 32 * kMaxBootModules + 4 + 128 * kMaxBootModules);
