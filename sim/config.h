// Machine configuration: an INI file (configs/hp730.cfg by default) plus
// --set key=value overrides, parsed and validated by Boost.Program_options.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sim {

struct MachineConfig {
  double clock_mhz = 67;
  uint64_t quantum_insns = 200000;
  uint64_t memory_mb = 64;
  uint64_t console_base = 0xf0000000;
  uint64_t halt_base = 0xf0001000;
  uint64_t io_base = 0xf0000000;  // start of I/O space (uncached, reached over the bus)
  uint64_t se_stack_kb = 8192;
  std::string se_environment = "host";
  bool se_allow_writes = false;
  uint64_t se_random_seed = 730;
};

// Throws UserError for an unreadable file, an unknown key or a bad value.
MachineConfig load_config(const std::string& file, const std::vector<std::string>& overrides);

// Where the default configuration lives (next to the build, or the source tree).
std::string default_config_path();

}  // namespace sim
