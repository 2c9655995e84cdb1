// Several experiments in one `pa730` invocation.  SystemC allows one
// elaboration and one simulation per process, so each experiment runs in a
// child process (fork, before any SystemC object exists) that hands its
// result back as JSON; two run at a time.
#pragma once
#include <vector>

#include "sim/config.h"
#include "sim/rpc/experiment.h"

namespace sim::rpc {

std::vector<ExperimentResult> run_experiments(const std::vector<ExperimentSpec>& specs, const MachineConfig& cfg,
                                              unsigned jobs = 2);

}  // namespace sim::rpc
