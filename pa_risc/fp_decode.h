// Field extraction for the floating-point operation formats (majors 0x06,
// 0x0C, 0x0E, 0x26).  See insn_table_fp.cpp for the patterns.
#pragma once
#include <cstdint>

#include "pa_risc/decoded_insn.h"

namespace pa {

void fp_extract(uint32_t word, DecodedInsn& d);

}  // namespace pa
