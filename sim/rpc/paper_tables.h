// The published tables of the two Utah Mach papers (configs/paper_tables.json,
// the project's copy) beside the figures measured here, cell by cell.
#pragma once
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/rpc/experiment.h"

namespace sim::rpc {

struct Cell {
  std::string paper, table, row, column;
  std::string label;                  // the row's label where the paper gives one (INKS stage rows)
  nlohmann::ordered_json published;   // as in paper_tables.json (a number, or null)
  std::optional<double> measured;     // nothing: not yet measured
  std::optional<double> cr16;         // the same figure by the papers' CR16 method (INKS Table 1)
  std::optional<double> diff_pct() const;
};

// configs/paper_tables.json of the source tree; UserError if unreadable.
nlohmann::ordered_json load_paper_tables();

// The experiments the tables of `only` ("" = both papers) need, each once.
std::vector<ExperimentSpec> experiments_for_tables(const std::string& only);

// The key of an experiment in `by_test`: its test spec ("null", "in:32"...),
// with "@variant" for the variants other than markers ("inout:128@cr16").
std::string experiment_key(const ExperimentSpec& spec);

// Every cell of the five tables reproduced so far, in the papers' order;
// `by_test` maps experiment keys to experiments.
std::vector<Cell> table_cells(const nlohmann::ordered_json& papers, const std::map<std::string, const ExperimentResult*>& by_test,
                              const std::string& only);

void print_tables(std::FILE* out, const nlohmann::ordered_json& papers, const std::vector<Cell>& cells);

nlohmann::ordered_json cell_json(const Cell& c);

// The stamps' own cost: the cr16 build's per-call cycles less the plain
// build's, for the 32-word InOut RPC, beside the paper's 93-95 cycles
// (2.6%); null members when an experiment is missing.
nlohmann::ordered_json instrumentation_json(const nlohmann::ordered_json& papers,
                                            const std::map<std::string, const ExperimentResult*>& by_test);
void print_instrumentation(std::FILE* out, const nlohmann::ordered_json& instrumentation);

}  // namespace sim::rpc
