#include "sim/insn_trace.h"

#include <fmt/format.h>

#include "pa_risc/disasm.h"

namespace sim {

void InsnTrace::before(const pa::CpuState& s) { prev_ = s; }

void InsnTrace::after(const pa::CpuState& s, uint32_t space, uint32_t offset, uint32_t word, bool nullified) {
  const uint32_t pc = offset & ~3u;
  std::string line = fmt::format("{:>10} {:04x}.{:08x} ", prev_.cycles, space, pc);
  if (nullified) {
    line += "-------- (nullified)";
  } else {
    line += fmt::format("{:08x} {:<32}", word, pa::disassemble(word, pc));
    for (unsigned r = 1; r < 32; ++r)
      if (s.gr[r] != prev_.gr[r]) line += fmt::format(" r{}={:08x}", r, s.gr[r]);
    for (unsigned r = 0; r < 32; ++r)
      if (s.fp.fr[r] != prev_.fp.fr[r]) line += fmt::format(" fr{}={:016x}", r, s.fp.fr[r]);
    for (unsigned r = 0; r < 8; ++r)
      if (s.sr[r] != prev_.sr[r]) line += fmt::format(" sr{}={:08x}", r, s.sr[r]);
    for (unsigned r = 0; r < 32; ++r)
      if (s.cr[r] != prev_.cr[r]) line += fmt::format(" cr{}={:08x}", r, s.cr[r]);
    if (s.nullify_next) line += " [nullify next]";
  }
  fmt::print(out_, "{}\n", line);
}

}  // namespace sim
