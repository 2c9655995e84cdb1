// `pa730 se`: run a static hppa-linux executable in syscall-emulation mode.
#pragma once
#include "sim/cli.h"
#include "sim/config.h"

namespace sim {

// Returns the process exit status pa730 should end with.
int run_se(const Invocation& inv, const MachineConfig& cfg);

}  // namespace sim
