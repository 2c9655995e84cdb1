#include "sim/core_stats.h"

#include <fmt/format.h>

#include "pa_risc/disasm.h"
#include "pa_risc/interruptions.h"

namespace sim {

void add_core_stats(Stats& st, const pa::Core& core, double clock_mhz, double host_seconds) {
  const auto& c = core.counters();
  const uint64_t cycles = core.state().cycles;
  st.add("sim_insts", c.instructions, "instructions issued, nullified ones included");
  st.add("sim_insts_nullified", c.nullified, "instructions nullified (slot used, no effect)");
  st.add("sim_cycles", cycles, "CPU cycles (CR16)");
  st.add("sim_seconds", static_cast<double>(cycles) / (clock_mhz * 1e6), "simulated seconds at cpu.clock_mhz");
  st.add("host_seconds", host_seconds, "host wall-clock seconds in the simulation loop");
  st.add("host_inst_rate_mips", host_seconds > 0 ? static_cast<double>(c.instructions) / host_seconds / 1e6 : 0.0,
         "simulated instructions per host second, millions");
  st.add("host_cycle_rate_mhz", host_seconds > 0 ? static_cast<double>(cycles) / host_seconds / 1e6 : 0.0,
         "simulated cycles per host second, millions");
  uint64_t delivered = 0;
  for (unsigned i = 1; i < 32; ++i) {
    if (!c.interruptions[i]) continue;
    delivered += c.interruptions[i];
    st.add(fmt::format("cpu.interruptions.{}", i), c.interruptions[i],
           pa::interruption_name(static_cast<pa::Interruption>(i)));
  }
  st.add("cpu.interruptions.total", delivered, "interruptions delivered to the guest");
  st.add("cpu.stage_markers", c.stage_markers, "stage markers recognised (diag/ldo markers: not instructions, no cycles)");
  // Where the time went: user code, the kernel, the kernel's TLB-refill
  // handlers (from a TLB-miss or dirty-bit interruption to its RFI/RFIR).
  for (unsigned m = 0; m < static_cast<unsigned>(pa::ExecMode::Count); ++m) {
    const auto mode = static_cast<pa::ExecMode>(m);
    const std::string name = pa::exec_mode_name(mode);
    st.add(fmt::format("cpu.mode.{}.insts", name), core.mode_instructions(mode),
           fmt::format("instructions executed in {} mode", name));
    st.add(fmt::format("cpu.mode.{}.cycles", name), core.mode_cycles(mode), fmt::format("cycles spent in {} mode", name));
  }
  // User time by space: under the guest kernel, by task.
  const auto spaces = core.user_spaces();
  if (spaces.size() > 1 || (spaces.size() == 1 && spaces[0].space != 0)) {
    for (const auto& t : spaces) {
      st.add(fmt::format("cpu.mode.user.space_{:x}.insts", t.space), t.instructions,
             fmt::format("user-mode instructions in space 0x{:x}", t.space));
      st.add(fmt::format("cpu.mode.user.space_{:x}.cycles", t.space), t.cycles,
             fmt::format("user-mode cycles in space 0x{:x}", t.space));
    }
  }
  st.add("cpu.timing", std::string(core.timing().enabled ? "pa7000" : "functional"),
         "timing model (functional: one cycle per instruction)");
  if (core.timing().enabled) {
    uint64_t total = 0;
    for (unsigned i = 0; i < static_cast<unsigned>(pa::StallCause::Count); ++i) {
      const auto cause = static_cast<pa::StallCause>(i);
      total += core.stall_cycles(cause);
      st.add(fmt::format("cpu.stalls.{}", pa::stall_cause_name(cause)), core.stall_cycles(cause),
             pa::stall_cause_description(cause));
    }
    st.add("cpu.stalls.total", total, "cycles beyond one per issued instruction");
    // Instructions by class, as the papers' tables count them.
    uint64_t by_class[6] = {};
    for (unsigned op = 0; op < static_cast<unsigned>(pa::Op::Count); ++op)
      by_class[static_cast<unsigned>(pa::op_class(static_cast<pa::Op>(op)))] += c.by_op[op];
    const char* names[6] = {"load", "store", "branch", "fp", "system", "other"};
    const char* desc[6] = {"loads (integer and FP)", "stores (integer and FP)", "branches",
                           "FP operations", "system-control and memory-management instructions",
                           "all other instructions (ALU, shifts, immediates)"};
    for (unsigned i = 0; i < 6; ++i) st.add(fmt::format("cpu.insts.{}", names[i]), by_class[i], desc[i]);
    st.add("cpu.cpi", c.instructions ? static_cast<double>(core.state().cycles) / static_cast<double>(c.instructions) : 0.0,
           "cycles per issued instruction");
  }
}

void add_cache_stats(Stats& st, const cache::Cache* c, const std::string& prefix) {
  if (c) c->for_each_stat(st.adder(prefix + "."));
}

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
