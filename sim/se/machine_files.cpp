#include "sim/se/machine_files.h"

#include <fmt/format.h>

namespace sim::se {

std::optional<std::string> machine_file(const std::string& path, const MachineDescription& m) {
  // glibc's get_nprocs and sysconf(_SC_NPROCESSORS_*) read these first.
  if (path == "/sys/devices/system/cpu/online" || path == "/sys/devices/system/cpu/possible" ||
      path == "/sys/devices/system/cpu/present")
    return std::string("0\n");
  if (path == "/proc/cpuinfo") {
    // The fields of Linux/parisc's show_cpuinfo that describe a 730.
    return fmt::format(
        "processor\t: 0\n"
        "cpu family\t: PA-RISC 1.1a\n"
        "cpu\t\t: PA7000 (PCX)\n"
        "cpu MHz\t\t: {:.6f}\n"
        "physical id\t: 0\n"
        "siblings\t: 1\n"
        "core id\t\t: 0\n"
        "capabilities\t: os32\n"
        "model\t\t: 9000/730\n"
        "ITLB entries\t: {}\n"
        "DTLB entries\t: {}\n\n",
        m.clock_hz / 1e6, m.itlb_entries, m.dtlb_entries);
  }
  return std::nullopt;
}

}  // namespace sim::se
