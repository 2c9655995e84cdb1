#include "sim/describe_pc.h"

#include <fmt/format.h>

#include "pa_risc/disasm.h"
#include "pa_risc/interruptions.h"

namespace sim {

std::string describe_pc(pa::Core& core) {
  const pa::CpuState& s = core.state();
  const uint32_t pc = s.iaoq_front & ~3u;
  // Full-system guests: which space (task) and privilege, too.
  const std::string where = s.iasq_front != 0 ? fmt::format(" (space 0x{:x}, privilege {})", s.iasq_front, s.iaoq_front & 3u)
                                              : std::string();
  try {
    const uint32_t w = core.memory().fetch_word(s.iasq_front, pc);
    return fmt::format("pc 0x{:08x}{} [{:08x}  {}]", pc, where, w, pa::disassemble(w, pc));
  } catch (const pa::GuestTrap&) {
    return fmt::format("pc 0x{:08x}{}", pc, where);
  }
}

}  // namespace sim
