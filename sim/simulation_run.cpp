#include "sim/simulation_run.h"

#include <chrono>
#include <fmt/format.h>

#include "pa_risc/core_stats.h"
#include "sim/describe_pc.h"
#include "sim/user_error.h"

namespace sim {

SimulationRun::SimulationRun(const Invocation& inv, Board& board) : inv_(inv), board_(board) {
  if (inv.trace == "insn") {
    trace_out_ = inv.trace_file.empty() ? stderr : std::fopen(inv.trace_file.c_str(), "w");
    if (!trace_out_) throw UserError(fmt::format("{}: cannot write trace", inv.trace_file));
    trace_ = std::make_unique<InsnTrace>(trace_out_);
    board.cpu.core().set_observer(trace_.get());
  }
  if (inv.gdb_port) {
    gdb_ = std::make_unique<gdb::GdbStub>(board.cpu, *inv.gdb_port);  // binds now: a bad port is a UserError
    board.cpu.set_run_control(gdb_.get());
  }
}

SimulationRun::~SimulationRun() {
  if (trace_out_ && trace_out_ != stderr) std::fclose(trace_out_);
  if (gdb_) board_.cpu.set_run_control(nullptr);
}

double SimulationRun::simulate() {
  const auto t0 = std::chrono::steady_clock::now();
  sc_core::sc_start();
  host_seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fflush(stdout);
  if (trace_out_) std::fflush(trace_out_);
  return host_seconds_;
}

std::optional<int> SimulationRun::abnormal_end() const {
  pa::Core& core = board_.cpu.core();
  if (!board_.cpu.failure().empty()) {
    fmt::print(stderr, "pa730: simulation failed: {} (at {})\n", board_.cpu.failure(), describe_pc(core));
    return 1;
  }
  if (!board_.cpu.hang().empty()) {
    // Like a runaway stopped by --max-cycles: left alone it would never end.
    fmt::print(stderr, "pa730: {} (at {})\n", board_.cpu.hang(), describe_pc(core));
    return 124;
  }
  if (board_.cpu.ended_by_run_control()) {
    fmt::print(stderr, "pa730: the debugger ended the run; guest stopped at {}\n", describe_pc(core));
    return 137;  // as a process killed by SIGKILL
  }
  if (board_.cpu.stopped_by_cycle_limit()) {
    fmt::print(stderr, "pa730: --max-cycles {} reached; guest stopped at {}\n", *inv_.max_cycles, describe_pc(core));
    return 124;
  }
  return std::nullopt;
}

void SimulationRun::add_common_stats(Stats& st, const MachineConfig& cfg) const {
  // The run's own figures, then each object's (pa::Core, the caches).
  const pa::Core& core = board_.cpu.core();
  const uint64_t insts = core.counters().instructions;
  const uint64_t cycles = core.state().cycles;
  st.add("sim_insts", insts, "instructions issued, nullified ones included");
  st.add("sim_insts_nullified", core.counters().nullified, "instructions nullified (slot used, no effect)");
  st.add("sim_cycles", cycles, "CPU cycles (CR16)");
  st.add("sim_seconds", static_cast<double>(cycles) / (cfg.clock_mhz * 1e6), "simulated seconds at cpu.clock_mhz");
  st.add("host_seconds", host_seconds_, "host wall-clock seconds in the simulation loop");
  st.add("host_inst_rate_mips", host_seconds_ > 0 ? static_cast<double>(insts) / host_seconds_ / 1e6 : 0.0,
         "simulated instructions per host second, millions");
  st.add("host_cycle_rate_mhz", host_seconds_ > 0 ? static_cast<double>(cycles) / host_seconds_ / 1e6 : 0.0,
         "simulated cycles per host second, millions");
  core.for_each_stat(st.adder("cpu."));
  if (const cache::Cache* c = board_.cpu.icache()) c->for_each_stat(st.adder("icache."));
  if (const cache::Cache* c = board_.cpu.dcache()) c->for_each_stat(st.adder("dcache."));
}

}  // namespace sim
