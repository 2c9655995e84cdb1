// `pa730 rpc` (one experiment, its per-stage breakdown) and `pa730 tables`
// (every experiment the papers' tables need, paper | measured | difference).
#pragma once
#include "sim/cli.h"
#include "sim/config.h"

namespace sim::rpc {

int run_rpc(const Invocation& inv, const MachineConfig& cfg);
int run_tables(const Invocation& inv, const MachineConfig& cfg);

}  // namespace sim::rpc
