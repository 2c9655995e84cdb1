#include "sim/boot_mode.h"

#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <memory>

#include "kernel_model/include/pa730/bootinfo.h"
#include "sim/board.h"
#include "sim/describe_pc.h"
#include "sim/elf_image.h"
#include "sim/fs/full_system.h"
#include "sim/simulation_run.h"
#include "sim/stats.h"
#include "sim/user_error.h"

namespace sim {

std::string built_kernel_path() { return (std::filesystem::path(PA730_GUEST_DIR) / "kernel" / "kernel.elf").string(); }

FullSystem::Options full_system_options(const MachineConfig& cfg, std::vector<BootModuleImage> modules) {
  FullSystem::Options fs;
  fs.io_base = static_cast<uint32_t>(cfg.io_base);
  fs.itlb.entries = static_cast<unsigned>(cfg.itlb_entries);
  fs.dtlb.entries = static_cast<unsigned>(cfg.dtlb_entries);
  fs.itlb.replacement = fs.dtlb.replacement =
      cfg.tlb_replacement == "random" ? mmu::Replacement::Random : mmu::Replacement::Fifo;
  fs.modules = std::move(modules);
  fs.tick_cycles = static_cast<uint32_t>(cfg.kernel_tick_cycles);
  fs.saved_contexts = static_cast<unsigned>(cfg.fs_saved_contexts);
  fs.boot_flags = cfg.kernel_ipc_fast_path ? 0u : BOOTINFO_NO_IPC_FAST_PATH;
  return fs;
}

int run_boot(const Invocation& inv, const MachineConfig& cfg) {
  if (inv.kernel.empty() && inv.workloads.empty()) throw UserError("boot: --workload NAME or --kernel ELF is required");
  // The built guest kernel unless --kernel names another.
  const std::string kernel_file = inv.kernel.empty() ? built_kernel_path() : inv.kernel;
  const ElfImage kernel = load_elf(kernel_file);
  std::vector<BootModuleImage> modules;
  for (const auto& w : inv.workloads) modules.push_back(load_boot_module(w, cfg.memory_mb << 20));

  Board board("hp730", cfg);
  FullSystem system(kernel, board.cpu, board.halt, full_system_options(cfg, std::move(modules)));
  board.cpu.set_personality(&system);
  board.cpu.set_max_cycles(inv.max_cycles);

  SimulationRun run(inv, board);
  run.set_guest_exit([&board] {
    return gdb::GuestExit{static_cast<int>(board.cpu.halt_status().value_or(0) & 0xff), 0};
  });
  run.simulate();

  pa::Core& core = board.cpu.core();
  int status;
  if (const auto abnormal = run.abnormal_end()) {
    status = *abnormal;
  } else if (board.cpu.halt_status()) {
    status = static_cast<int>(*board.cpu.halt_status() & 0xff);
  } else {
    fmt::print(stderr, "pa730: guest stopped unexpectedly at {}\n", describe_pc(core));
    status = 1;
  }
  if (!inv.stats_file.empty()) {
    Stats st;
    run.add_common_stats(st, cfg);
    system.itlb().for_each_stat(st.adder("itlb."));
    system.dtlb().for_each_stat(st.adder("dtlb."));
    st.add("guest_exit_status", static_cast<uint64_t>(status), "exit status pa730 returns");
    st.print(stderr);
    st.write_json(inv.stats_file);
  }
  return status;
}

}  // namespace sim
