// TEMPORARY: weak fallback until pa_risc/disasm.cpp lands (removed then).
#include <fmt/format.h>

#include "pa_risc/disasm.h"
#include "pa_risc/decoded_insn.h"

namespace pa {
__attribute__((weak)) std::string disassemble(uint32_t word, uint32_t) {
  return fmt::format("{} ({:08x})", op_name(decode(word).op), word);
}
}  // namespace pa
