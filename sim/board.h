// The HP 9000/730 board: CPU, system bus, RAM and console, wired from the
// machine configuration.
#pragma once
#include <systemc>

#include <memory>

#include "sim/bus.h"
#include "sim/config.h"
#include "sim/console.h"
#include "sim/cpu_module.h"
#include "sim/halt_device.h"
#include "sim/ram.h"

namespace sim {

class Board : public sc_core::sc_module {
 public:
  Board(sc_core::sc_module_name name, const MachineConfig& cfg);

  CpuModule cpu;
  Bus bus;
  Ram ram;
  Console console;
  HaltDevice halt;
};

}  // namespace sim
