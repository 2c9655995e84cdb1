#include "sim/rpc/paper_tables.h"

#include <cmath>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <functional>
#include <set>

#include "sim/user_error.h"

namespace sim::rpc {

namespace {

using ojson = nlohmann::ordered_json;

// Iterations per experiment: enough calls for a stable mean, few enough
// that `pa730 tables` takes seconds (warm-up calls are the guest's).
uint64_t iterations_for(const RpcTest& t) { return t.bytes >= 16384 ? 100 : 1000; }

// A measured figure from an experiment, or nothing when it did not run.
using Measure = std::optional<double> (*)(const ExperimentResult&, const std::string& row);

const ExperimentResult* find(const std::map<std::string, const ExperimentResult*>& by_test, const std::string& test) {
  const auto it = by_test.find(test);
  return it == by_test.end() || !it->second->ok ? nullptr : it->second;
}

// The MT stages the migrating-threads paper's Tables 1 and 2 list, by row key.
std::optional<unsigned> mt_stage(const std::string& row) {
  for (unsigned i = 0; i < stages::kMtStages; ++i)
    if (stages::stage_info(stages::Scheme::Mt, i).key == row) return i;
  return std::nullopt;
}
constexpr unsigned kKernelStages[] = {STAGE_MT_CLIENT_ENTRY_EXIT - STAGE_MT_BASE, STAGE_MT_SERVER_ENTRY_EXIT - STAGE_MT_BASE,
                                      STAGE_MT_PORT_TRANSLATION - STAGE_MT_BASE, STAGE_MT_THREAD_SWITCH - STAGE_MT_BASE,
                                      STAGE_MT_MESSAGE_COPY - STAGE_MT_BASE};

// Sum of `field` over the row's stage, or over the five kernel stages for
// entire_kernel_path.
template <typename F>
std::optional<double> mt_figure(const ExperimentResult& r, const std::string& row, F field) {
  if (row == "entire_kernel_path") {
    double sum = 0;
    for (unsigned i : kKernelStages) sum += field(r.mt[i]);
    return sum;
  }
  const auto i = mt_stage(row);
  if (!i) return std::nullopt;
  return field(r.mt[*i]);
}

// Test spec of a cycle-table row key.
std::string test_of_row(const std::string& row) {
  if (row == "null") return "null";
  const size_t u = row.find('_');
  std::string kind = row.substr(0, u), n = row.substr(u + 1);
  uint32_t bytes = n.back() == 'k' ? static_cast<uint32_t>(std::stoul(n.substr(0, n.size() - 1)) * 1024)
                                   : static_cast<uint32_t>(std::stoul(n));
  return fmt::format("{}:{}", kind, bytes);
}

void add_row_cells(std::vector<Cell>& cells, const std::string& paper, const std::string& table, const ojson& t,
                   const std::string& row, const std::string& label, const ojson& values,
                   const std::function<std::optional<double>(const std::string& column)>& measure) {
  const ojson& columns = t.at("columns");
  for (size_t c = 0; c < columns.size(); ++c) {
    Cell cell;
    cell.paper = paper;
    cell.table = table;
    cell.row = row;
    cell.column = columns[c].get<std::string>();
    cell.label = label;
    cell.published = c < values.size() ? values[c] : ojson();
    cell.measured = measure(cell.column);
    cells.push_back(std::move(cell));
  }
}

}  // namespace

std::optional<double> Cell::diff_pct() const {
  if (!measured || !published.is_number()) return std::nullopt;
  const double p = published.get<double>();
  if (p == 0) return std::nullopt;
  return std::round((*measured - p) / p * 1000.0) / 10.0;
}

ojson load_paper_tables() {
  const std::string file = (std::filesystem::path(PA730_SOURCE_DIR) / "configs" / "paper_tables.json").string();
  std::ifstream in(file);
  if (!in) throw UserError(fmt::format("{}: cannot read the published tables", file));
  try {
    return ojson::parse(in);
  } catch (const std::exception& e) {
    throw UserError(fmt::format("{}: not valid JSON ({})", file, e.what()));
  }
}

std::string experiment_key(const ExperimentSpec& spec) {
  return spec.variant == "markers" ? spec.test.spec : spec.test.spec + "@" + spec.variant;
}

std::vector<ExperimentSpec> experiments_for_tables(const std::string& only) {
  std::vector<std::string> tests;
  if (only.empty() || only == "migrating_threads")
    for (const char* t : {"null", "in:32", "in:1024", "in:32768"}) tests.push_back(t);
  if (only.empty() || only == "inks")
    for (const char* t : {"inout:128", "null", "in:64", "in:1024", "out:1024"}) tests.push_back(t);
  std::vector<ExperimentSpec> specs;
  std::set<std::string> seen;
  for (const auto& t : tests) {
    if (!seen.insert(t).second) continue;
    ExperimentSpec s;
    s.path = "message";
    s.test = parse_test(t);
    s.iterations = iterations_for(s.test);
    specs.push_back(s);
  }
  if (only.empty() || only == "inks") {
    // INKS Table 1 by the paper's own method too.
    ExperimentSpec s;
    s.path = "message";
    s.test = parse_test("inout:128");
    s.iterations = iterations_for(s.test);
    s.variant = "cr16";
    specs.push_back(s);
  }
  return specs;
}

std::vector<Cell> table_cells(const ojson& papers, const std::map<std::string, const ExperimentResult*>& by_test,
                              const std::string& only) {
  std::vector<Cell> cells;
  if (only.empty() || only == "migrating_threads") {
    const std::string paper = "migrating_threads";
    const ojson& mt = papers.at(paper);
    const ExperimentResult* null_rpc = find(by_test, "null");
    {
      const std::string table = "table1_null_rpc_breakdown";
      const ojson& t = mt.at(table);
      for (const auto& item : t.at("rows").items()) {
        // Named, not a structured binding: clang 14 (the fuzz build) cannot
        // capture those in a lambda.
        const std::string row = item.key();
        add_row_cells(cells, paper, table, t, row, "", item.value(), [&](const std::string& col) -> std::optional<double> {
          if (col != "switch_instr" || !null_rpc) return std::nullopt;
          return mt_figure(*null_rpc, row, [](const StageFigures& s) { return s.insts; });
        });
      }
    }
    {
      const std::string table = "table2_null_rpc_instruction_mix";
      const ojson& t = mt.at(table);
      for (const auto& item : t.at("rows").items()) {
        const std::string row = item.key();
        add_row_cells(cells, paper, table, t, row, "", item.value(), [&](const std::string& col) -> std::optional<double> {
          if (!null_rpc) return std::nullopt;
          if (col == "switch_all") return mt_figure(*null_rpc, row, [](const StageFigures& s) { return s.insts; });
          if (col == "switch_loads_stores")
            return mt_figure(*null_rpc, row, [](const StageFigures& s) { return s.loads + s.stores; });
          if (col == "switch_branches") return mt_figure(*null_rpc, row, [](const StageFigures& s) { return s.branches; });
          return std::nullopt;
        });
      }
    }
    {
      const std::string table = "table3_rpc_cycles";
      const ojson& t = mt.at(table);
      for (const auto& [row, values] : t.at("rows").items()) {
        const ExperimentResult* r = find(by_test, test_of_row(row));
        add_row_cells(cells, paper, table, t, row, "", values, [&](const std::string& col) -> std::optional<double> {
          if (!r) return std::nullopt;
          if (col == "kernel_switching") return r->per_call.kernel_cycles;
          if (col == "total_switching") return r->per_call.total_cycles;
          return std::nullopt;
        });
      }
    }
  }
  if (only.empty() || only == "inks") {
    const std::string paper = "inks";
    const ojson& inks = papers.at(paper);
    {
      const std::string table = "table1_message_rpc_breakdown";
      const ojson& t = inks.at(table);
      const ExperimentResult* r = find(by_test, "inout:128");
      const ExperimentResult* stamped = find(by_test, "inout:128@cr16");
      const auto cr16 = stamped ? cr16_stages(*stamped) : std::nullopt;
      const size_t first = cells.size();
      for (const ojson& row : t.at("rows")) {
        const std::string text = row.at(0).get<std::string>();
        const std::string key = text.substr(0, 2);
        const unsigned stage = static_cast<unsigned>(std::stoul(key));
        add_row_cells(cells, paper, table, t, key, text.substr(3), ojson(std::vector<ojson>(row.begin() + 1, row.end())),
                      [&](const std::string& col) -> std::optional<double> {
                        if (col != "out_of_kernel_server" || !r || stage >= r->inks.size()) return std::nullopt;
                        return r->inks[stage].cycles;
                      });
      }
      add_row_cells(cells, paper, table, t, "total", "total", t.at("total"),
                    [&](const std::string& col) -> std::optional<double> {
                      if (col != "out_of_kernel_server" || !r) return std::nullopt;
                      double sum = 0;
                      for (unsigned i = 1; i < r->inks.size(); ++i) sum += r->inks[i].cycles;
                      return sum;
                    });
      if (cr16)
        for (size_t k = first; k < cells.size(); ++k) {
          Cell& c = cells[k];
          if (c.column != "out_of_kernel_server") continue;
          if (c.row == "total") {
            double sum = 0;
            for (unsigned i = 1; i <= 21; ++i) sum += (*cr16)[i];
            c.cr16 = sum;
          } else {
            c.cr16 = (*cr16)[std::stoul(c.row)];
          }
        }
    }
    {
      const std::string table = "table3_rpc_cycles";
      const ojson& t = inks.at(table);
      for (const auto& [row, values] : t.at("rows").items()) {
        const ExperimentResult* r = find(by_test, test_of_row(row));
        add_row_cells(cells, paper, table, t, row, "", values, [&](const std::string& col) -> std::optional<double> {
          if (col != "unoptimized_message" || !r) return std::nullopt;
          return r->per_call.total_cycles;
        });
      }
    }
  }
  return cells;
}

ojson cell_json(const Cell& c) {
  ojson j;
  j["paper"] = c.paper;
  j["table"] = c.table;
  j["row"] = c.row;
  if (!c.label.empty()) j["label"] = c.label;
  j["column"] = c.column;
  j["published"] = c.published;
  j["measured"] = c.measured ? ojson(*c.measured) : ojson();
  const auto d = c.diff_pct();
  j["diff_pct"] = d ? ojson(*d) : ojson();
  if (c.cr16) j["measured_cr16"] = *c.cr16;
  return j;
}

ojson instrumentation_json(const ojson& papers, const std::map<std::string, const ExperimentResult*>& by_test) {
  ojson j;
  const ojson& pub = papers.at("inks").at("table3_rpc_cycles").at("instrumentation_overhead");
  j["published_cycles"] = pub.at("message_paths_cycles");
  j["published_percent"] = pub.at("message_paths_percent");
  const ExperimentResult* plain = find(by_test, "inout:128");
  const ExperimentResult* stamped = find(by_test, "inout:128@cr16");
  if (plain && stamped) {
    const double cycles = stamped->per_call.total_cycles - plain->per_call.total_cycles;
    j["measured_cycles"] = cycles;
    j["measured_percent"] = std::round(cycles / stamped->per_call.total_cycles * 1000.0) / 10.0;
  } else {
    j["measured_cycles"] = nullptr;
    j["measured_percent"] = nullptr;
  }
  return j;
}

void print_instrumentation(std::FILE* out, const ojson& j) {
  if (j.at("measured_cycles").is_null()) return;
  fmt::print(out,
             "\nInstrumentation (the papers' CR16 stamps at every stage boundary, 32-word InOut RPC):\n"
             "  paper {}-{} cycles ({}%), measured {:.1f} cycles ({:.1f}%) -- the stamped build's cycles per call\n"
             "  less the plain build's; the stage markers themselves cost nothing\n",
             j.at("published_cycles").at(0).get<double>(), j.at("published_cycles").at(1).get<double>(),
             j.at("published_percent").get<double>(), j.at("measured_cycles").get<double>(),
             j.at("measured_percent").get<double>());
}

void print_tables(std::FILE* out, const ojson& papers, const std::vector<Cell>& cells) {
  const auto title = [](const std::string& paper) {
    return paper == "migrating_threads" ? "Migrating threads (Ford & Lepreau 1994)"
                                        : "In-kernel servers (Lepreau et al. 1993)";
  };
  size_t i = 0;
  while (i < cells.size()) {
    const std::string paper = cells[i].paper, table = cells[i].table;
    size_t end = i;
    while (end < cells.size() && cells[end].paper == paper && cells[end].table == table) ++end;
    const ojson& t = papers.at(paper).at(table);
    fmt::print(out, "\n{}, {}\n  ({})\n", title(paper), table, t.value("unit", ""));
    // Columns with a measured figure somewhere are shown as paper | measured | diff;
    // the others are named once.
    std::vector<std::string> shown, unmeasured;
    for (const ojson& col : t.at("columns")) {
      const std::string c = col.get<std::string>();
      bool any = false;
      for (size_t k = i; k < end; ++k) any |= cells[k].column == c && cells[k].measured.has_value();
      (any ? shown : unmeasured).push_back(c);
    }
    // A column measured for no row at all (its experiment failed or is of a
    // path not yet built) still shows when it is one this version fills.
    if (shown.empty() && !unmeasured.empty()) {
      shown.push_back(unmeasured.front());
      unmeasured.erase(unmeasured.begin());
    }
    bool with_cr16 = false;
    for (size_t k = i; k < end; ++k) with_cr16 |= cells[k].cr16.has_value();
    std::string head = fmt::format("  {:<56}", "row");
    std::string sub = fmt::format("  {:<56}", "");
    for (const auto& c : shown) {
      head += fmt::format(" | {:^30}", c);
      sub += fmt::format(" | {:>9} {:>10} {:>9}", "paper", "measured", "diff");
    }
    if (with_cr16) {
      head += fmt::format(" | {:^22}", "papers' CR16 method");
      sub += fmt::format(" | {:>10} {:>11}", "measured", "diff");
    }
    fmt::print(out, "{}\n{}\n", head, sub);
    std::vector<std::string> rows;
    for (size_t k = i; k < end; ++k)
      if (rows.empty() || rows.back() != cells[k].row) rows.push_back(cells[k].row);
    for (const auto& row : rows) {
      std::string label;
      std::string line;
      for (const auto& c : shown) {
        const Cell* cell = nullptr;
        for (size_t k = i; k < end; ++k)
          if (cells[k].row == row && cells[k].column == c) cell = &cells[k];
        if (!cell) continue;
        label = cell->label.empty() || cell->label == row ? row : fmt::format("{} {}", row, cell->label);
        const std::string pub = cell->published.is_number() ? fmt::format("{:g}", cell->published.get<double>()) : "-";
        const std::string meas = cell->measured ? fmt::format("{:.1f}", *cell->measured) : "not yet";
        const auto d = cell->diff_pct();
        const std::string diff = d ? fmt::format("{:+.1f}%", *d) : "";
        line += fmt::format(" | {:>9} {:>10} {:>9}", pub, meas, diff);
        if (with_cr16 && cell->cr16) {
          const double p = cell->published.is_number() ? cell->published.get<double>() : 0;
          const std::string cd = p != 0 ? fmt::format("{:+.1f}%", (*cell->cr16 - p) / p * 100.0) : "";
          line += fmt::format(" | {:>10.1f} {:>11}", *cell->cr16, cd);
        }
      }
      if (label.size() > 56) label = label.substr(0, 55) + "~";
      fmt::print(out, "  {:<56}{}\n", label, line);
    }
    if (!unmeasured.empty()) {
      std::string names;
      for (const auto& c : unmeasured) names += (names.empty() ? "" : ", ") + c;
      fmt::print(out, "  not yet measured: {}\n", names);
    }
    i = end;
  }
}

}  // namespace sim::rpc
