#include "sim/se_mode.h"

#include <csignal>
#include <cstdio>
#include <fmt/format.h>
#include <functional>
#include <memory>

#include "sim/board.h"
#include "sim/elf_image.h"
#include "sim/simulation_run.h"
#include "sim/se/linux_process.h"
#include "sim/stats.h"
#include "sim/user_error.h"

extern char** environ;

namespace sim {

namespace {

// The debugger's view of the process's threads (before the process exists:
// one thread, the CPU).
class SeThreads : public gdb::GuestThreads {
 public:
  explicit SeThreads(std::function<se::LinuxProcess*()> process) : process_(std::move(process)) {}
  std::vector<uint32_t> thread_ids() const override {
    const se::LinuxProcess* p = process_();
    return p ? p->thread_ids() : std::vector<uint32_t>{se::kGuestPid};
  }
  uint32_t running_thread() const override {
    const se::LinuxProcess* p = process_();
    return p ? p->running_thread() : se::kGuestPid;
  }
  pa::CpuState* saved_registers(uint32_t id) override {
    se::LinuxProcess* p = process_();
    return p ? p->saved_registers(id) : nullptr;
  }
  bool waiting(uint32_t id) const override {
    const se::LinuxProcess* p = process_();
    return p && p->thread_waiting(id);
  }
  std::string describe(uint32_t id) const override {
    const se::LinuxProcess* p = process_();
    return p ? p->describe_thread(id) : std::string();
  }

 private:
  std::function<se::LinuxProcess*()> process_;
};

class SePersonality : public Personality {
 public:
  SePersonality(const ElfImage& elf, se::ProcessOptions opts) : elf_(elf), opts_(std::move(opts)) {}

  void boot(pa::Core& core, uint8_t* ram, uint64_t ram_bytes) override {
    // A guest's write to a pipe with no reader must come back as EPIPE (the
    // guest then gets its own SIGPIPE), not kill pa730 with the host's.
    std::signal(SIGPIPE, SIG_IGN);
    process_ = std::make_unique<se::LinuxProcess>(core, ram, ram_bytes, elf_, opts_);
  }
  bool on_trap(pa::Core&, const pa::RunResult& r) override {
    return process_->handle_trap(r) == se::TrapOutcome::Resume;
  }
  bool on_quantum(pa::Core&) override { return process_->on_quantum() == se::TrapOutcome::Resume; }
  uint64_t cycles_until_event(const pa::Core&) const override { return process_->cycles_until_event(); }
  se::LinuxProcess* process() { return process_.get(); }

 private:
  const ElfImage& elf_;
  se::ProcessOptions opts_;
  std::unique_ptr<se::LinuxProcess> process_;
};

}  // namespace

int run_se(const Invocation& inv, const MachineConfig& cfg) {
  const ElfImage elf = load_elf(inv.elf);

  se::ProcessOptions opts;
  opts.argv.push_back(inv.elf);
  opts.argv.insert(opts.argv.end(), inv.guest_args.begin(), inv.guest_args.end());
  if (cfg.se_environment == "host")
    for (char** e = environ; *e; ++e) opts.envp.emplace_back(*e);
  opts.stack_bytes = static_cast<uint32_t>(cfg.se_stack_kb << 10);
  opts.allow_host_writes = cfg.se_allow_writes;
  opts.sandbox_root = cfg.se_root;
  opts.keep_sandbox = cfg.se_keep_root;
  opts.random_seed = cfg.se_random_seed;
  opts.time_slice_cycles = cfg.se_time_slice_cycles;
  opts.clock_hz = cfg.clock_mhz * 1e6;
  opts.tlb.enabled = cfg.timing.enabled;
  opts.tlb.itlb.entries = static_cast<unsigned>(cfg.itlb_entries);
  opts.tlb.dtlb.entries = static_cast<unsigned>(cfg.dtlb_entries);
  const auto policy = cfg.tlb_replacement == "random" ? mmu::Replacement::Random : mmu::Replacement::Fifo;
  opts.tlb.itlb.replacement = opts.tlb.dtlb.replacement = policy;
  opts.tlb.miss_cycles = static_cast<uint32_t>(cfg.se_tlb_miss_cycles);

  Board board("hp730", cfg);
  SePersonality personality(elf, opts);
  board.cpu.set_personality(&personality);
  board.cpu.set_max_cycles(inv.max_cycles);

  SimulationRun run(inv, board);
  run.set_guest_exit([&personality] {
    const se::LinuxProcess* p = personality.process();
    if (!p) return gdb::GuestExit{};
    // A signal's end carries a report; exit(n) does not.
    const bool by_signal = !p->termination_report().empty() && p->exit_status() > 128;
    return gdb::GuestExit{p->exit_status(), by_signal ? p->exit_status() - 128 : 0};
  });
  SeThreads threads([&personality] { return personality.process(); });
  run.set_guest_threads(&threads);
  run.simulate();

  se::LinuxProcess* proc = personality.process();
  int status;
  if (const auto abnormal = run.abnormal_end()) {
    status = *abnormal;
  } else {
    status = proc->exit_status();
    if (!proc->termination_report().empty()) fmt::print(stderr, "pa730: {}\n", proc->termination_report());
  }

  if (!inv.stats_file.empty()) {
    Stats st;
    run.add_common_stats(st, cfg);
    se::LinuxProcess::for_each_stat(proc, st.adder());
    st.add("guest_exit_status", static_cast<uint64_t>(status), "exit status pa730 returns");
    st.print(stderr);
    st.write_json(inv.stats_file);
  }
  return status;
}

}  // namespace sim
