// The console report of one RPC experiment: per-call totals, the paths
// mach_msg took, and a CPI stack per stage of both schemes.
#pragma once
#include <cstdio>

#include "sim/rpc/experiment.h"

namespace sim::rpc {

void print_experiment(std::FILE* out, const ExperimentResult& r);
// A failed run: what failed, then the guest's console output.
void print_failure(std::FILE* out, const ExperimentResult& r);

}  // namespace sim::rpc
