// What `se` and `boot` share: the instruction trace, running SystemC to the
// end, the report of a run that did not end by itself, and the statistics
// common to every run.
#pragma once
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

#include "sim/board.h"
#include "sim/cli.h"
#include "sim/config.h"
#include "sim/gdb/gdb_stub.h"
#include "sim/insn_trace.h"
#include "sim/stats.h"

namespace sim {

class SimulationRun {
 public:
  // Sets up --trace on the board's core (throws UserError for a bad file)
  // and, with --gdb, the debugger stub (throws UserError if the port cannot
  // be bound).
  SimulationRun(const Invocation& inv, Board& board);
  ~SimulationRun();
  SimulationRun(const SimulationRun&) = delete;
  SimulationRun& operator=(const SimulationRun&) = delete;

  // With --gdb: how the guest ended, for the debugger's exit report.
  void set_guest_exit(std::function<gdb::GuestExit()> f) {
    if (gdb_) gdb_->set_guest_exit(std::move(f));
  }
  // With --gdb: the guest's threads, for the debugger's thread list.
  void set_guest_threads(gdb::GuestThreads* t) {
    if (gdb_) gdb_->set_guest_threads(t);
  }
  // sc_start() to the end; returns host seconds.
  double simulate();
  // A run ended by a host-side failure, by --max-cycles or by the debugger
  // (kill, or the connection closed before the guest finished): the report is
  // printed and the exit status returned.  Otherwise nothing.
  std::optional<int> abnormal_end() const;
  // Core, cache and host-speed statistics of the run.
  void add_common_stats(Stats& st, const MachineConfig& cfg) const;

 private:
  const Invocation& inv_;
  Board& board_;
  std::FILE* trace_out_ = nullptr;
  std::unique_ptr<InsnTrace> trace_;
  std::unique_ptr<gdb::GdbStub> gdb_;
  double host_seconds_ = 0;
};

}  // namespace sim
