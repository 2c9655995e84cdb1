// Decode table for the floating-point coprocessor operations.
// (Placeholder: filled in by the FP work; loads/stores are in insn_table.cpp.)
#include "pa_risc/insn_table.h"

namespace pa {

std::span<const InsnPattern> fp_patterns() { return {}; }

}  // namespace pa
