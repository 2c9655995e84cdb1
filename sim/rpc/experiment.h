// One RPC experiment: boot the guest kernel with rpc_server and
// rpc_client "TEST ITERATIONS BUFFER_OFFSET", let the stage clock charge
// every instruction and cycle to the stages, and keep the figures of the
// measured calls (per call: the mean over them).
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pa_risc/timing.h"
#include "sim/config.h"
#include "sim/rpc/rpc_spec.h"
#include "sim/stages/stage_clock.h"

namespace sim::rpc {

constexpr unsigned kStallCauses = static_cast<unsigned>(pa::StallCause::Count);

// One stage's figures per measured call (means).
struct StageFigures {
  double insts = 0, loads = 0, stores = 0, branches = 0, other = 0, nullified = 0, cycles = 0;
  std::array<double, kStallCauses> stalls{};
  double icache_misses = 0, dcache_misses = 0, itlb_misses = 0, dtlb_misses = 0;
};

struct PerCall {
  double kernel_cycles = 0, kernel_insts = 0, total_cycles = 0, total_insts = 0;  // means
  uint64_t min_total_cycles = 0, min_kernel_cycles = 0;
  uint64_t min_total_insts = 0, min_kernel_insts = 0;
};

struct ExperimentResult {
  ExperimentSpec spec;
  bool ok = false;
  std::string failure;  // why not ok
  std::string console;  // the guest's console output
  int guest_status = -1;
  uint64_t calls = 0;   // measured calls
  PerCall per_call;
  uint64_t fast = 0;
  std::array<uint64_t, stages::kSlowReasons> slow{};
  std::vector<StageFigures> mt, inks;  // per stage, in marker-id order
  std::map<std::string, std::string> guest;  // "@rpc key=value" lines of the client
  uint64_t sim_insts = 0, sim_cycles = 0;
  double host_seconds = 0;
};

// The built guest workloads an experiment needs; UserError naming the
// missing one.
void check_workloads_built(const std::string& variant = "markers");
// Runs the experiment in this process (SystemC allows one run per process).
// UserError for bad input (timing off, workloads missing); a guest failure
// is a result with ok = false.
ExperimentResult run_experiment(const ExperimentSpec& spec, const MachineConfig& cfg);
// Whether the run's images carry stage markers (variant "markers"): only
// then are there stage figures and path counts.
inline bool has_stages(const ExperimentResult& r) { return r.spec.variant != "nomarkers"; }
// The client's CR16 means of INKS stages 1..21 (variant cr16: the guest's
// @rpc cr16_NN values; index = stage), or nothing.
std::optional<std::vector<double>> cr16_stages(const ExperimentResult& r);

// "@rpc key=value key=value" lines of the console, parsed into `into`.
void parse_guest_lines(const std::string& console, std::map<std::string, std::string>& into);

nlohmann::ordered_json to_json(const ExperimentResult& r);
ExperimentResult experiment_from_json(const nlohmann::json& j);  // the inverse (console and failure included)
nlohmann::ordered_json config_json(const MachineConfig& cfg);

}  // namespace sim::rpc
