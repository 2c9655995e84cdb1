// Turning the boot modules into tasks: each module is a static ELF32
// executable for PA-RISC; its loadable segments become regions of a new
// task (filled now), a stack region is added, and one thread starts at the
// entry point.
#pragma once
#include "pa730/bootinfo.h"
#include "kern/task.h"

// User stack: PA-RISC stacks grow up, from here.
constexpr uint32_t kUserStackBase = 0x40000000u;
constexpr uint32_t kUserStackBytes = 256 * 1024;

// The block TLB: kernel text, the gateway page and all of RAM, one-to-one
// in space 0.
void map_kernel(uint32_t ram_bytes);
// The task starts with main(argc, argv): argv[0] = the module name, then
// the words of `args` (BootInfo::args).
Task* load_boot_module(const BootModule& m, const char* args);
