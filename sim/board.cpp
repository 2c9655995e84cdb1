#include "sim/board.h"

namespace sim {

Board::Board(sc_core::sc_module_name name, const MachineConfig& cfg)
    : sc_module(name),
      cpu("cpu", cfg),
      bus("bus"),
      ram("ram", cfg.memory_mb << 20),
      console("console"),
      halt("halt") {
  // Address map: RAM from 0, the console in I/O space.
  bus.add_range({"ram", 0, ram.size()});
  bus.add_range({"console", cfg.console_base, 0x1000});
  bus.add_range({"halt", cfg.halt_base, 0x1000});
  cpu.socket.bind(bus.cpu_side);
  bus.targets.bind(ram.socket);
  bus.targets.bind(console.socket);
  bus.targets.bind(halt.socket);
}

}  // namespace sim
