#include "sim/rpc/commands.h"

#include <fmt/format.h>
#include <fstream>

#include "sim/rpc/experiment.h"
#include "sim/rpc/paper_tables.h"
#include "sim/rpc/report.h"
#include "sim/rpc/runner.h"
#include "sim/user_error.h"

namespace sim::rpc {

namespace {

void write_json(const std::string& file, const nlohmann::ordered_json& j) {
  std::ofstream out(file);
  if (!out) throw UserError(fmt::format("{}: cannot write JSON", file));
  out << j.dump(2) << "\n";
}

}  // namespace

int run_rpc(const Invocation& inv, const MachineConfig& cfg) {
  ExperimentSpec spec;
  spec.path = inv.rpc_path;
  check_path(spec.path);
  if (inv.rpc_test.empty()) throw UserError("rpc: --test null|in:N|out:N|inout:N is required");
  spec.test = parse_test(inv.rpc_test);
  spec.iterations = inv.rpc_iterations;
  check_iterations(spec.iterations);
  spec.buffer_offset = inv.rpc_buffer_offset;
  check_buffer_offset(spec.buffer_offset);
  spec.variant = inv.rpc_variant;
  check_variant(spec.variant);
  const ExperimentResult r = run_experiment(spec, cfg);
  if (!inv.json_file.empty()) {
    nlohmann::ordered_json j;
    j["experiments"] = nlohmann::ordered_json::array({to_json(r)});
    j["config"] = config_json(cfg);
    write_json(inv.json_file, j);
  }
  if (!r.ok) {
    print_failure(stderr, r);
    return 1;
  }
  print_experiment(stdout, r);
  return 0;
}

int run_tables(const Invocation& inv, const MachineConfig& cfg) {
  const std::string& only = inv.tables_only;
  if (!only.empty() && only != "migrating_threads" && only != "inks")
    throw UserError(fmt::format("tables: --only {}: unknown paper (known: migrating_threads, inks)", only));
  if (!cfg.timing.enabled)
    throw UserError("tables: timing.enabled=false: the tables are cycle counts and need the PA7000 timing model");
  const nlohmann::ordered_json papers = load_paper_tables();
  check_workloads_built();
  const std::vector<ExperimentSpec> specs = experiments_for_tables(only);
  fmt::print(stderr, "pa730 tables: running {} experiments ({}), two at a time\n", specs.size(), [&] {
    std::string s;
    for (const auto& e : specs) s += (s.empty() ? "" : ", ") + experiment_key(e);
    return s;
  }());
  const std::vector<ExperimentResult> results = run_experiments(specs, cfg);
  std::map<std::string, const ExperimentResult*> by_test;
  int status = 0;
  for (const auto& r : results) {
    by_test[experiment_key(r.spec)] = &r;
    if (!r.ok) {
      print_failure(stderr, r);
      status = 1;
    }
  }
  const std::vector<Cell> cells = table_cells(papers, by_test, only);
  print_tables(stdout, papers, cells);
  const nlohmann::ordered_json instrumentation = instrumentation_json(papers, by_test);
  if (only.empty() || only == "inks") print_instrumentation(stdout, instrumentation);
  if (!inv.json_file.empty()) {
    nlohmann::ordered_json j;
    nlohmann::ordered_json c = nlohmann::ordered_json::array();
    for (const auto& cell : cells) c.push_back(cell_json(cell));
    j["cells"] = c;
    nlohmann::ordered_json e = nlohmann::ordered_json::array();
    for (const auto& r : results) e.push_back(to_json(r));
    j["experiments"] = e;
    if (only.empty() || only == "inks") j["instrumentation"] = instrumentation;
    j["config"] = config_json(cfg);
    write_json(inv.json_file, j);
  }
  return status;
}

}  // namespace sim::rpc
