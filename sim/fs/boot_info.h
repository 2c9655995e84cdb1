// The boot loader's hand-off to the guest kernel: boot modules (workload
// ELF images) copied to the top of RAM, and below them a boot-information
// block whose physical address the kernel finds in r26 at reset.  Its
// layout is declared once, for the kernel and for us, in
// kernel_model/include/pa730/bootinfo.h; we write it big-endian.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "kernel_model/include/pa730/bootinfo.h"

namespace sim {

struct BootModuleImage {
  std::string name;
  std::vector<uint8_t> bytes;
  std::string args;  // what followed the name in --workload "NAME ARG...", blank-separated
};

constexpr unsigned kMaxBootModules = BOOTINFO_MAX_MODULES;
constexpr unsigned kMaxBootArgsLength = BOOTINFO_ARGS_BYTES - 1;  // bytes of arguments (and a NUL) per module

// Reads NAME's ELF from the built workloads (or NAME itself if it is a
// path); UserError if it is missing.  The text after the first blank of
// `spec` ("NAME ARG ARG...") is the module's argument string; UserError if
// it is longer than kMaxBootArgsLength, or if the file is larger than
// `ram_bytes` (the simulated RAM).
BootModuleImage load_boot_module(const std::string& spec, uint64_t ram_bytes);
// Splits "NAME ARG ARG..." at the first blank; UserError if the arguments
// do not fit in the boot information.
std::pair<std::string, std::string> split_workload_spec(const std::string& spec);
// Writes modules and boot information into RAM below `top`; returns the
// boot information's physical address.  Throws if they do not fit above
// `floor` (the end of the kernel image).
uint32_t place_boot_modules(uint8_t* ram, uint32_t top, uint32_t floor, const std::vector<BootModuleImage>& modules,
                            uint32_t ram_bytes, uint32_t tick_cycles = 0, uint32_t flags = 0);

}  // namespace sim
