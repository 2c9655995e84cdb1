// `pa730 boot`: full-system mode, the guest owns the machine from reset.
#pragma once
#include "sim/cli.h"
#include "sim/config.h"
#include "sim/fs/full_system.h"

namespace sim {

int run_boot(const Invocation& inv, const MachineConfig& cfg);

// The built guest kernel (build/guest/kernel/kernel.elf).
std::string built_kernel_path();
// The full-system options a configuration gives (TLBs, clock tick, boot
// flags), with these boot modules.
FullSystem::Options full_system_options(const MachineConfig& cfg, std::vector<BootModuleImage> modules);

}  // namespace sim
