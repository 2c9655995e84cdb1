// Statistics every run reports about the CPU core.
#pragma once
#include <string>

#include "cache/cache.h"
#include "pa_risc/core.h"
#include "sim/stats.h"

namespace sim {

void add_core_stats(Stats& st, const pa::Core& core, double clock_mhz, double host_seconds);
// Statistics of one cache, named `<prefix>.<stat>`; nothing when it is null.
void add_cache_stats(Stats& st, const cache::Cache* c, const std::string& prefix);

// "pc 0x... [word  disassembly]" for reports about where the guest was.
std::string describe_pc(pa::Core& core);

}  // namespace sim
