#include "pa_risc/fp_decode.h"

namespace pa {

void fp_extract(uint32_t word, DecodedInsn& d) { d.word = word; }

}  // namespace pa
