// The declarative decode table: one row per instruction form.
#pragma once
#include <cstdint>
#include <span>

#include "pa_risc/formats.h"

namespace pa {

struct InsnPattern {
  uint32_t mask;
  uint32_t match;
  Op op;
  Format format;
};

// Integer, branch and system instructions (insn_table.cpp).
std::span<const InsnPattern> integer_patterns();
// Floating-point coprocessor instructions (insn_table_fp.cpp).
std::span<const InsnPattern> fp_patterns();

}  // namespace pa
