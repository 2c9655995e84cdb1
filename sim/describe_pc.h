// Where the guest is, for reports.
#pragma once
#include <string>

#include "pa_risc/core.h"

namespace sim {

// "pc 0x... [word  disassembly]" for reports about where the guest was.
std::string describe_pc(pa::Core& core);

}  // namespace sim
