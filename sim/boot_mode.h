// `pa730 boot`: full-system mode, the guest owns the machine from reset.
#pragma once
#include "sim/cli.h"
#include "sim/config.h"

namespace sim {

int run_boot(const Invocation& inv, const MachineConfig& cfg);

}  // namespace sim
