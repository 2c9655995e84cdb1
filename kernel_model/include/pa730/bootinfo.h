/* The boot information: what the simulator's boot loader hands the kernel
   (its physical address in r26 at reset) -- the memory size, kernel options
   and the boot modules, the workloads' ELF images copied into the top of
   RAM, each with its argument string.

   The one declaration of the layout, compiled by both sides: the kernel
   reads the block through these structs (kern/main.cpp, kern/bootstrap.cpp);
   the simulator writes it through their offsets, every word big-endian
   (sim/fs/boot_info.cpp).  Plain C with fixed-width types, so that both
   compilers lay it out alike; the static assertions below hold on both. */
#ifndef PA730_BOOTINFO_H
#define PA730_BOOTINFO_H

#include <stddef.h>
#include <stdint.h>

#define BOOTINFO_MAGIC 0x50373330u /* "P730" */
#define BOOTINFO_MAX_MODULES 8
#define BOOTINFO_NAME_BYTES 24     /* a module's name, NUL-padded */
#define BOOTINFO_ARGS_BYTES 128    /* a module's arguments and their NUL */

/* BootInfo.flags */
#define BOOTINFO_NO_IPC_FAST_PATH (1u << 0) /* kernel.ipc_fast_path=false */

typedef struct BootModule {
  char name[BOOTINFO_NAME_BYTES];
  uint32_t paddr;
  uint32_t size;
} BootModule;

typedef struct BootInfo {
  uint32_t magic;        /* BOOTINFO_MAGIC */
  uint32_t ram_bytes;
  uint32_t module_count;
  uint32_t tick_cycles;  /* the clock interrupt period; 0: the default */
  BootModule modules[BOOTINFO_MAX_MODULES];
  uint32_t flags;        /* BOOTINFO_* flags above */
  /* Module i's arguments after its name, blank-separated, NUL-terminated
     ("--workload 'rpc_client null 1000'" gives "null 1000").  The task's
     main() sees argv[0] = the module name, then these words. */
  char args[BOOTINFO_MAX_MODULES][BOOTINFO_ARGS_BYTES];
} BootInfo;

#ifdef __cplusplus
#define PA730_BOOTINFO_ASSERT static_assert
#else
#define PA730_BOOTINFO_ASSERT _Static_assert
#endif
PA730_BOOTINFO_ASSERT(sizeof(BootModule) == 32 && offsetof(BootModule, paddr) == 24, "BootModule layout");
PA730_BOOTINFO_ASSERT(offsetof(BootInfo, modules) == 16 && offsetof(BootInfo, flags) == 272 &&
                          offsetof(BootInfo, args) == 276 && sizeof(BootInfo) == 276 + 128 * 8,
                      "BootInfo layout");
#undef PA730_BOOTINFO_ASSERT

#endif
