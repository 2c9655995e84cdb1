// What the core counts, by name: the definition of pa::Core::for_each_stat
// (include this header to call it).  A new core statistic is one add() here.
#pragma once
#include <fmt/format.h>
#include <string>

#include "pa_risc/core.h"
#include "pa_risc/exec_mode.h"
#include "pa_risc/interruptions.h"
#include "pa_risc/opcodes.h"
#include "pa_risc/timing.h"

namespace pa {

template <class F>
void Core::for_each_stat(F&& add) const {
  const CoreCounters& c = counters_;
  uint64_t delivered = 0;
  for (unsigned i = 1; i < 32; ++i) {
    if (!c.interruptions[i]) continue;
    delivered += c.interruptions[i];
    add(fmt::format("interruptions.{}", i), c.interruptions[i], interruption_name(static_cast<Interruption>(i)));
  }
  add("interruptions.total", delivered, "interruptions delivered to the guest");
  add("stage_markers", c.stage_markers, "stage markers recognised (diag/ldo markers: not instructions, no cycles)");
  // Where the time went: user code, the kernel, the kernel's TLB-refill
  // handlers (from a TLB-miss or dirty-bit interruption to its RFI/RFIR).
  for (unsigned m = 0; m < static_cast<unsigned>(ExecMode::Count); ++m) {
    const auto mode = static_cast<ExecMode>(m);
    const std::string name = exec_mode_name(mode);
    add(fmt::format("mode.{}.insts", name), mode_instructions(mode), fmt::format("instructions executed in {} mode", name));
    add(fmt::format("mode.{}.cycles", name), mode_cycles(mode), fmt::format("cycles spent in {} mode", name));
  }
  // User time by space: under the guest kernel, by task.
  const auto spaces = user_spaces();
  if (spaces.size() > 1 || (spaces.size() == 1 && spaces[0].space != 0)) {
    for (const auto& t : spaces) {
      add(fmt::format("mode.user.space_{:x}.insts", t.space), t.instructions,
          fmt::format("user-mode instructions in space 0x{:x}", t.space));
      add(fmt::format("mode.user.space_{:x}.cycles", t.space), t.cycles,
          fmt::format("user-mode cycles in space 0x{:x}", t.space));
    }
  }
  add("timing", std::string(timing_.enabled ? "pa7000" : "functional"),
      "timing model (functional: one cycle per instruction)");
  if (!timing_.enabled) return;
  uint64_t total = 0;
  for (unsigned i = 0; i < static_cast<unsigned>(StallCause::Count); ++i) {
    const auto cause = static_cast<StallCause>(i);
    total += stall_cycles(cause);
    add(fmt::format("stalls.{}", stall_cause_name(cause)), stall_cycles(cause), stall_cause_description(cause));
  }
  add("stalls.total", total, "cycles beyond one per issued instruction");
  // Instructions by class, as the papers' tables count them.
  uint64_t by_class[6] = {};
  for (unsigned op = 0; op < static_cast<unsigned>(Op::Count); ++op)
    by_class[static_cast<unsigned>(op_class(static_cast<Op>(op)))] += c.by_op[op];
  const char* names[6] = {"load", "store", "branch", "fp", "system", "other"};
  const char* desc[6] = {"loads (integer and FP)", "stores (integer and FP)", "branches",
                         "FP operations", "system-control and memory-management instructions",
                         "all other instructions (ALU, shifts, immediates)"};
  for (unsigned i = 0; i < 6; ++i) add(fmt::format("insts.{}", names[i]), by_class[i], desc[i]);
  add("cpi", c.instructions ? static_cast<double>(st_.cycles) / static_cast<double>(c.instructions) : 0.0,
      "cycles per issued instruction");
}

}  // namespace pa
