// What `se` and `boot` share: the instruction trace, running SystemC to the
// end, the report of a run that did not end by itself, and the statistics
// common to every run.
#pragma once
#include <cstdio>
#include <memory>
#include <optional>

#include "sim/board.h"
#include "sim/cli.h"
#include "sim/config.h"
#include "sim/insn_trace.h"
#include "sim/stats.h"

namespace sim {

class SimulationRun {
 public:
  // Sets up --trace on the board's core (throws UserError for a bad file).
  SimulationRun(const Invocation& inv, Board& board);
  ~SimulationRun();
  SimulationRun(const SimulationRun&) = delete;
  SimulationRun& operator=(const SimulationRun&) = delete;

  // sc_start() to the end; returns host seconds.
  double simulate();
  // A run ended by a host-side failure or by --max-cycles: the report is
  // printed and the exit status returned.  Otherwise nothing.
  std::optional<int> abnormal_end() const;
  // Core, cache and host-speed statistics of the run.
  void add_common_stats(Stats& st, const MachineConfig& cfg) const;

 private:
  const Invocation& inv_;
  Board& board_;
  std::FILE* trace_out_ = nullptr;
  std::unique_ptr<InsnTrace> trace_;
  double host_seconds_ = 0;
};

}  // namespace sim
