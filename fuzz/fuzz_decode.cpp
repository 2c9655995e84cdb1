// Any instruction word through the decoder and the disassembler: neither may
// crash, read out of bounds or overflow, and the text is never empty.
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "pa_risc/decoded_insn.h"
#include "pa_risc/disasm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 8) return 0;
  uint32_t word, pc;
  std::memcpy(&word, data, 4);
  std::memcpy(&pc, data + 4, 4);
  const pa::DecodedInsn d = pa::decode(word);
  (void)d;
  if (pa::disassemble(word, pc & ~3u).empty()) throw std::logic_error("empty disassembly");
  return 0;
}
