// Machine configuration: an INI file (configs/hp730.cfg by default) plus
// --set key=value overrides, parsed and validated by Boost.Program_options.
// Every key is listed once, with its meaning, in config.cpp -- the timing
// keys in pa_risc/timing.h (PA730_TIMING_PARAMS), with their defaults.
// tests/unit/test_config.cpp checks that configs/hp730.cfg agrees with the
// built-in defaults.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cache/cache.h"
#include "pa_risc/timing.h"

namespace sim {

struct CacheSettings {
  bool enabled = true;
  cache::CacheConfig geometry;
};

struct MachineConfig {
  double clock_mhz = 67;
  uint64_t quantum_cycles = 200000;
  uint64_t memory_mb = 64;
  uint64_t console_base = 0xf0000000;
  uint64_t halt_base = 0xf0001000;
  uint64_t io_base = 0xf0000000;  // start of I/O space (uncached, reached over the bus)
  pa::TimingParams timing;
  CacheSettings icache{true, cache::CacheConfig::hp730_icache()};
  CacheSettings dcache{true, cache::CacheConfig::hp730_dcache()};
  uint64_t itlb_entries = 96, dtlb_entries = 96;
  uint64_t fs_saved_contexts = 4;  // FullSystem: speed only, never results
  uint64_t kernel_tick_cycles = 670000;  // handed to the guest kernel in the boot information
  bool kernel_ipc_fast_path = true;      // false: BootInfo.flags BOOTINFO_NO_IPC_FAST_PATH
  std::string tlb_replacement = "fifo";
  uint64_t se_tlb_miss_cycles = 25;
  uint64_t se_stack_kb = 8192;
  std::string se_environment = "host";
  bool se_allow_writes = false;
  std::string se_root;          // sandbox of the guest's writes ("": a temporary directory)
  bool se_keep_root = false;    // keep the temporary sandbox at exit and name it
  uint64_t se_random_seed = 730;
  uint64_t se_time_slice_cycles = 200000;  // a guest thread's turn on the CPU
};

// Throws UserError for an unreadable file, an unknown key or a bad value.
MachineConfig load_config(const std::string& file, const std::vector<std::string>& overrides);

// Every configuration key with its value as text ("true"/"false" for
// booleans), in a fixed order: what reports record of the machine.
std::vector<std::pair<std::string, std::string>> config_settings(const MachineConfig& c);

// Where the default configuration lives (the source tree's configs/).
std::string default_config_path();

}  // namespace sim
