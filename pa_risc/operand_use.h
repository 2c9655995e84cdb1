// Which registers an instruction reads and writes, and how it uses the
// pipeline: the facts the PA7000 timing model needs, computed once at
// predecode from the decoded fields.
#pragma once
#include "pa_risc/decoded_insn.h"

namespace pa {

void annotate_operands(DecodedInsn& d);

}  // namespace pa
