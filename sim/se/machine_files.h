// Files of /proc and /sys that describe the machine.  Read from the host
// they would describe the host: its CPU count would size a guest's thread
// pool, and a run would depend on where it ran.  These describe the
// simulated 730 instead: one PA7000.
#pragma once
#include <optional>
#include <string>

namespace sim::se {

struct MachineDescription {
  double clock_hz = 67e6;
  unsigned itlb_entries = 96, dtlb_entries = 96;
};

// The contents of the file at guest path `path` if it is one of these.
std::optional<std::string> machine_file(const std::string& path, const MachineDescription& m);

}  // namespace sim::se
