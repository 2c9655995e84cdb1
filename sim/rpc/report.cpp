#include "sim/rpc/report.h"

#include <algorithm>
#include <fmt/format.h>
#include <string>
#include <vector>

namespace sim::rpc {

namespace {

// The biggest stall causes of a stage, largest first: "load_use 12.0, dcache_miss 8.3".
std::string top_stalls(const StageFigures& s, unsigned how_many) {
  std::vector<unsigned> order;
  for (unsigned i = 0; i < kStallCauses; ++i)
    if (s.stalls[i] >= 0.05) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned b) { return s.stalls[a] > s.stalls[b]; });
  std::string out;
  for (unsigned k = 0; k < order.size() && k < how_many; ++k)
    out += fmt::format("{}{} {:.1f}", k ? ", " : "", pa::stall_cause_name(static_cast<pa::StallCause>(order[k])),
                       s.stalls[order[k]]);
  return out.empty() ? "-" : out;
}

void print_scheme(std::FILE* out, const char* title, stages::Scheme scheme, const std::vector<StageFigures>& v) {
  fmt::print(out, "\n{}\n", title);
  fmt::print(out, "  {:<54} {:>8} {:>7} {:>7} {:>9} {:>5} {:>6} {:>6} {:>5} {:>5}  {}\n", "stage", "insts", "ld+st",
             "branch", "cycles", "CPI", "I$miss", "D$miss", "ITLB", "DTLB", "biggest stalls (cycles)");
  StageFigures total;
  for (unsigned i = 0; i < v.size(); ++i) {
    const StageFigures& s = v[i];
    const stages::StageInfo& info = stages::stage_info(scheme, i);
    const std::string name = scheme == stages::Scheme::Inks ? fmt::format("{} {}", info.key, info.label)
                                                             : std::string(info.label);
    const std::string cpi = s.insts > 0 ? fmt::format("{:.2f}", s.cycles / s.insts) : "-";
    fmt::print(out, "  {:<54} {:>8.1f} {:>7.1f} {:>7.1f} {:>9.1f} {:>5} {:>6.2f} {:>6.2f} {:>5.2f} {:>5.2f}  {}\n", name,
               s.insts, s.loads + s.stores, s.branches, s.cycles, cpi, s.icache_misses, s.dcache_misses,
               s.itlb_misses, s.dtlb_misses, top_stalls(s, 3));
    total.insts += s.insts;
    total.loads += s.loads;
    total.stores += s.stores;
    total.branches += s.branches;
    total.cycles += s.cycles;
    total.icache_misses += s.icache_misses;
    total.dcache_misses += s.dcache_misses;
    total.itlb_misses += s.itlb_misses;
    total.dtlb_misses += s.dtlb_misses;
    for (unsigned c = 0; c < kStallCauses; ++c) total.stalls[c] += s.stalls[c];
  }
  const std::string cpi = total.insts > 0 ? fmt::format("{:.2f}", total.cycles / total.insts) : "-";
  fmt::print(out, "  {:<54} {:>8.1f} {:>7.1f} {:>7.1f} {:>9.1f} {:>5} {:>6.2f} {:>6.2f} {:>5.2f} {:>5.2f}  {}\n",
             "total (the measured region, per call)", total.insts, total.loads + total.stores, total.branches,
             total.cycles, cpi, total.icache_misses, total.dcache_misses, total.itlb_misses, total.dtlb_misses,
             top_stalls(total, 3));
}

// The papers' own method (variant cr16): the client's CR16 stage means
// beside the stage clock's figures for the same run.
void print_cr16(std::FILE* out, const ExperimentResult& r) {
  const auto cr16 = cr16_stages(r);
  if (!cr16) return;
  fmt::print(out, "\nINKS stages by the papers' method (CR16 stored at every boundary), per call:\n");
  fmt::print(out, "  {:<54} {:>10} {:>12}\n", "stage", "CR16", "stage clock");
  double total = 0, clock = 0;
  for (unsigned i = 1; i < r.inks.size() && i <= 21; ++i) {
    const stages::StageInfo& info = stages::stage_info(stages::Scheme::Inks, i);
    fmt::print(out, "  {:<54} {:>10.1f} {:>12.1f}\n", fmt::format("{} {}", info.key, info.label), (*cr16)[i],
               r.inks[i].cycles);
    total += (*cr16)[i];
    clock += r.inks[i].cycles;
  }
  fmt::print(out, "  {:<54} {:>10.1f} {:>12.1f}\n", "total", total, clock);
  fmt::print(out,
             "  (the CR16 figures include the stamps' own cost; the stage clock counts this build's instructions,\n"
             "  stamps included: compare its total with the markers variant's to see what stamping costs)\n");
}

void print_paths_and_stages(std::FILE* out, const ExperimentResult& r) {
  uint64_t slow_total = 0;
  std::string slow;
  for (unsigned i = 0; i < stages::kSlowReasons; ++i) {
    slow_total += r.slow[i];
    if (r.slow[i]) slow += fmt::format("{}{} {}", slow.empty() ? "" : ", ", stages::slow_reason_info(i).key, r.slow[i]);
  }
  fmt::print(out, "\n  mach_msg paths in the measured region: fast {}, slow {}{}\n", r.fast, slow_total,
             slow.empty() ? "" : fmt::format(" ({})", slow));
  print_scheme(out, "MT stages (migrating-threads paper, Tables 1 and 2), per call:", stages::Scheme::Mt, r.mt);
  print_scheme(out, "INKS stages (in-kernel-servers paper, Table 1), per call:", stages::Scheme::Inks, r.inks);
  print_cr16(out, r);
}

}  // namespace

void print_experiment(std::FILE* out, const ExperimentResult& r) {
  fmt::print(out, "RPC experiment: path {}, test {}, {} measured calls, buffer offset {} bytes{}\n", r.spec.path,
             r.spec.test.spec, r.calls, r.spec.buffer_offset,
             r.spec.variant == "markers" ? "" : ", variant " + r.spec.variant);
  fmt::print(out, "(simulated {} instructions, {} cycles, in {:.2f} host seconds)\n\n", r.sim_insts, r.sim_cycles,
             r.host_seconds);
  fmt::print(out, "  per call (CALL_BEGIN..CALL_END)   {:>10} {:>10}\n", "cycles", "insts");
  fmt::print(out, "  total, mean                       {:>10.1f} {:>10.1f}\n", r.per_call.total_cycles,
             r.per_call.total_insts);
  fmt::print(out, "  total, minimum                    {:>10} {:>10}\n", r.per_call.min_total_cycles,
             r.per_call.min_total_insts);
  fmt::print(out, "  kernel mode, mean                 {:>10.1f} {:>10.1f}\n", r.per_call.kernel_cycles,
             r.per_call.kernel_insts);
  fmt::print(out, "  kernel mode, minimum              {:>10} {:>10}\n", r.per_call.min_kernel_cycles,
             r.per_call.min_kernel_insts);
  fmt::print(out, "  user mode, mean                   {:>10.1f} {:>10.1f}\n",
             r.per_call.total_cycles - r.per_call.kernel_cycles, r.per_call.total_insts - r.per_call.kernel_insts);
  if (!has_stages(r)) {
    fmt::print(out,
               "\n  variant nomarkers: the kernel and the workloads were built without stage markers (only the\n"
               "  control markers of the measured region and the calls remain): no stage tables, no path counts\n");
  } else {
    print_paths_and_stages(out, r);
  }
  if (!r.guest.empty()) {
    fmt::print(out, "\nreported by the guest (@rpc lines):");
    for (const auto& [k, v] : r.guest) fmt::print(out, " {}={}", k, v);
    fmt::print(out, "\n");
  }
}

void print_failure(std::FILE* out, const ExperimentResult& r) {
  fmt::print(out, "pa730: rpc --path {} --test {}: the run failed: {}\n", r.spec.path, r.spec.test.spec, r.failure);
  fmt::print(out, "--- guest console output ---\n{}", r.console);
  if (!r.console.empty() && r.console.back() != '\n') fmt::print(out, "\n");
  fmt::print(out, "--- end of guest console output ---\n");
}

}  // namespace sim::rpc
