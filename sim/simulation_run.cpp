#include "sim/simulation_run.h"

#include <chrono>
#include <fmt/format.h>

#include "sim/core_stats.h"
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
  add_core_stats(st, board_.cpu.core(), cfg.clock_mhz, host_seconds_);
  add_cache_stats(st, board_.cpu.icache(), "icache");
  add_cache_stats(st, board_.cpu.dcache(), "dcache");
}

}  // namespace sim
