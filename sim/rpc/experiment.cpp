#include "sim/rpc/experiment.h"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <sstream>

#include "sim/board.h"
#include "sim/boot_mode.h"
#include "sim/describe_pc.h"
#include "sim/elf_image.h"
#include "sim/fs/full_system.h"
#include "sim/simulation_run.h"
#include "sim/user_error.h"

namespace sim::rpc {

namespace {

std::filesystem::path workload_path(const char* name) {
  return std::filesystem::path(PA730_GUEST_DIR) / "workloads" / (std::string(name) + ".elf");
}

StageFigures per_call(const stages::Figures& f, uint64_t calls) {
  const double n = calls ? static_cast<double>(calls) : 1.0;
  const auto d = [n](uint64_t v) { return static_cast<double>(v) / n; };
  StageFigures s;
  s.insts = d(f.insts);
  s.loads = d(f.loads);
  s.stores = d(f.stores);
  s.branches = d(f.branches);
  s.nullified = d(f.nullified);
  s.other = d(f.insts - f.nullified - f.loads - f.stores - f.branches);
  s.cycles = d(f.cycles);
  for (unsigned i = 0; i < kStallCauses; ++i) s.stalls[i] = d(f.stalls[i]);
  s.icache_misses = d(f.icache_misses);
  s.dcache_misses = d(f.dcache_misses);
  s.itlb_misses = d(f.itlb_misses);
  s.dtlb_misses = d(f.dtlb_misses);
  return s;
}

// A run that cannot end (a server that never exits, a lost message) is
// stopped: generous for the test's size, never minutes.
uint64_t cycle_limit(const ExperimentSpec& spec) {
  return 400'000'000ull + (spec.iterations + 100) * (200'000ull + 200ull * spec.test.bytes);
}

}  // namespace

namespace {

// The variant's images: "nomarkers" and "cr16" add their suffix to the
// kernel and both workloads.
std::string suffix(const std::string& variant) { return variant == "markers" ? "" : "_" + variant; }

std::string kernel_path(const std::string& variant) {
  return (std::filesystem::path(PA730_GUEST_DIR) / "kernel" / ("kernel" + suffix(variant) + ".elf")).string();
}

}  // namespace

std::optional<std::vector<double>> cr16_stages(const ExperimentResult& r) {
  std::vector<double> v(22, 0.0);
  for (unsigned k = 1; k <= 21; ++k) {
    const auto it = r.guest.find(fmt::format("cr16_{:02}", k));
    if (it == r.guest.end()) return std::nullopt;
    try {
      v[k] = std::stod(it->second);
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }
  return v;
}

void check_workloads_built(const std::string& variant) {
  for (const char* base : {"rpc_server", "rpc_client"}) {
    const std::string w = base + suffix(variant);
    if (!std::filesystem::exists(workload_path(w.c_str())))
      throw UserError(fmt::format("rpc: the guest workload {} is not built ({} is missing)", w,
                                  workload_path(w.c_str()).string()));
  }
  if (!suffix(variant).empty() && !std::filesystem::exists(kernel_path(variant)))
    throw UserError(fmt::format("rpc: the guest kernel of variant {} is not built ({} is missing)", variant,
                                kernel_path(variant)));
}

void parse_guest_lines(const std::string& console, std::map<std::string, std::string>& into) {
  std::istringstream in(console);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("@rpc ", 0) != 0) continue;
    std::istringstream words(line.substr(5));
    std::string kv;
    while (words >> kv) {
      const size_t eq = kv.find('=');
      if (eq == std::string::npos || eq == 0) continue;
      into[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
  }
}

ExperimentResult run_experiment(const ExperimentSpec& spec, const MachineConfig& cfg) {
  check_path(spec.path);
  check_iterations(spec.iterations);
  check_buffer_offset(spec.buffer_offset);
  if (!cfg.timing.enabled)
    throw UserError("rpc: timing.enabled=false: RPC experiments measure cycles and need the PA7000 timing model");
  check_variant(spec.variant);
  check_workloads_built(spec.variant);
  const std::string sfx = suffix(spec.variant);
  const ElfImage kernel = load_elf(sfx.empty() ? built_kernel_path() : kernel_path(spec.variant));
  std::vector<BootModuleImage> modules;
  modules.push_back(load_boot_module("rpc_server" + sfx, cfg.memory_mb << 20));
  modules.push_back(load_boot_module(
      fmt::format("rpc_client{} {} {} {}", sfx, spec.test.spec, spec.iterations, spec.buffer_offset),
      cfg.memory_mb << 20));

  ExperimentResult r;
  r.spec = spec;
  Board board("hp730", cfg);
  board.console.capture_to(&r.console);
  FullSystem system(kernel, board.cpu, board.halt, full_system_options(cfg, std::move(modules)));
  board.cpu.set_personality(&system);
  const uint64_t limit = cycle_limit(spec);
  board.cpu.set_max_cycles(limit);
  stages::StageClock clock;
  board.cpu.core().set_stage_listener(&clock);

  Invocation inv;  // no trace, no debugger
  inv.max_cycles = limit;
  SimulationRun run(inv, board);
  r.host_seconds = run.simulate();
  pa::Core& core = board.cpu.core();
  core.set_stage_listener(nullptr);
  clock.finish(core);
  r.sim_insts = core.counters().instructions;
  r.sim_cycles = core.state().cycles;

  if (!board.cpu.failure().empty()) {
    r.failure = fmt::format("the simulation failed: {}", board.cpu.failure());
  } else if (!board.cpu.hang().empty()) {
    r.failure = fmt::format("the guest hung: {}", board.cpu.hang());
  } else if (board.cpu.stopped_by_cycle_limit()) {
    r.failure = fmt::format("the guest did not finish within {} cycles (stopped at {})", limit,
                            describe_pc(core));
  } else if (!board.cpu.halt_status()) {
    r.failure = "the guest stopped unexpectedly";
  } else {
    r.guest_status = static_cast<int>(*board.cpu.halt_status() & 0xff);
    if (r.guest_status != 0) r.failure = fmt::format("the guest exited with status {}", r.guest_status);
  }
  const stages::CallTotals& calls = clock.calls();
  if (r.failure.empty() && clock.regions_begun() == 0)
    r.failure = "the client never marked the measured region (no MARK_MEASURE_BEGIN)";
  else if (r.failure.empty() && clock.regions_ended() == 0)
    r.failure = "the measured region never ended (no MARK_MEASURE_END)";
  else if (r.failure.empty() && calls.calls == 0)
    r.failure = "no measured call (no MARK_CALL_BEGIN/END inside the measured region)";
  r.ok = r.failure.empty();

  r.calls = calls.calls;
  const double n = calls.calls ? static_cast<double>(calls.calls) : 1.0;
  r.per_call.total_cycles = static_cast<double>(calls.total_cycles) / n;
  r.per_call.total_insts = static_cast<double>(calls.total_insts) / n;
  r.per_call.kernel_cycles = static_cast<double>(calls.kernel_cycles) / n;
  r.per_call.kernel_insts = static_cast<double>(calls.kernel_insts) / n;
  r.per_call.min_total_cycles = calls.calls ? calls.min_total_cycles : 0;
  r.per_call.min_kernel_cycles = calls.calls ? calls.min_kernel_cycles : 0;
  r.per_call.min_total_insts = calls.calls ? calls.min_total_insts : 0;
  r.per_call.min_kernel_insts = calls.calls ? calls.min_kernel_insts : 0;
  if (has_stages(r)) {
    r.fast = clock.fast_paths();
    for (unsigned i = 0; i < stages::kSlowReasons; ++i) r.slow[i] = clock.slow_paths(i);
    for (unsigned i = 0; i < stages::kMtStages; ++i)
      r.mt.push_back(per_call(clock.measured(stages::Scheme::Mt, i), calls.calls));
    for (unsigned i = 0; i < stages::kInksStages; ++i)
      r.inks.push_back(per_call(clock.measured(stages::Scheme::Inks, i), calls.calls));
  }
  parse_guest_lines(r.console, r.guest);
  return r;
}

// ---- JSON ---------------------------------------------------------------------

namespace {

nlohmann::ordered_json value_json(const std::string& text) {
  if (text == "true") return true;
  if (text == "false") return false;
  if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos && text.size() < 20)
    return std::stoull(text);
  char* end = nullptr;
  const double d = std::strtod(text.c_str(), &end);
  if (!text.empty() && end == text.c_str() + text.size() && text.find_first_of("0123456789") != std::string::npos)
    return d;
  return text;
}

nlohmann::ordered_json stage_json(const StageFigures& s) {
  nlohmann::ordered_json j;
  j["insts"] = s.insts;
  j["loads"] = s.loads;
  j["stores"] = s.stores;
  j["branches"] = s.branches;
  j["other"] = s.other;
  j["nullified"] = s.nullified;
  j["cycles"] = s.cycles;
  nlohmann::ordered_json st = nlohmann::ordered_json::object();
  for (unsigned i = 0; i < kStallCauses; ++i) st[pa::stall_cause_name(static_cast<pa::StallCause>(i))] = s.stalls[i];
  j["stalls"] = st;
  j["icache_misses"] = s.icache_misses;
  j["dcache_misses"] = s.dcache_misses;
  j["itlb_misses"] = s.itlb_misses;
  j["dtlb_misses"] = s.dtlb_misses;
  return j;
}

StageFigures stage_from_json(const nlohmann::json& j) {
  StageFigures s;
  s.insts = j.at("insts");
  s.loads = j.at("loads");
  s.stores = j.at("stores");
  s.branches = j.at("branches");
  s.other = j.at("other");
  s.nullified = j.at("nullified");
  s.cycles = j.at("cycles");
  for (unsigned i = 0; i < kStallCauses; ++i) s.stalls[i] = j.at("stalls").at(pa::stall_cause_name(static_cast<pa::StallCause>(i)));
  s.icache_misses = j.at("icache_misses");
  s.dcache_misses = j.at("dcache_misses");
  s.itlb_misses = j.at("itlb_misses");
  s.dtlb_misses = j.at("dtlb_misses");
  return s;
}

}  // namespace

nlohmann::ordered_json to_json(const ExperimentResult& r) {
  nlohmann::ordered_json j;
  j["path"] = r.spec.path;
  j["test"] = r.spec.test.spec;
  j["iterations"] = r.spec.iterations;
  j["buffer_offset"] = r.spec.buffer_offset;
  j["variant"] = r.spec.variant;
  j["ok"] = r.ok;
  if (!r.ok) j["failure"] = r.failure;
  j["measured_calls"] = r.calls;
  j["per_call"] = {{"kernel_cycles", r.per_call.kernel_cycles},       {"kernel_insts", r.per_call.kernel_insts},
                   {"total_cycles", r.per_call.total_cycles},         {"total_insts", r.per_call.total_insts},
                   {"min_total_cycles", r.per_call.min_total_cycles}, {"min_kernel_cycles", r.per_call.min_kernel_cycles},
                   {"min_total_insts", r.per_call.min_total_insts},   {"min_kernel_insts", r.per_call.min_kernel_insts}};
  // Without stage markers the kernel marks no path and no stage: both are
  // left out (the per-call totals come from the control markers, kept).
  if (has_stages(r)) {
    nlohmann::ordered_json slow = nlohmann::ordered_json::object();
    for (unsigned i = 0; i < stages::kSlowReasons; ++i) slow[std::string(stages::slow_reason_info(i).key)] = r.slow[i];
    j["paths"] = {{"fast", r.fast}, {"slow", slow}};
    nlohmann::ordered_json st;
    for (const stages::Scheme s : {stages::Scheme::Mt, stages::Scheme::Inks}) {
      const auto& v = s == stages::Scheme::Mt ? r.mt : r.inks;
      nlohmann::ordered_json one = nlohmann::ordered_json::object();
      for (unsigned i = 0; i < v.size(); ++i) one[std::string(stages::stage_info(s, i).key)] = stage_json(v[i]);
      st[std::string(stages::scheme_key(s))] = one;
    }
    j["stages"] = st;
  }
  nlohmann::ordered_json g = nlohmann::ordered_json::object();
  for (const auto& [k, v] : r.guest) g[k] = value_json(v);
  j["guest"] = g;
  j["guest_status"] = r.guest_status;
  j["sim_insts"] = r.sim_insts;
  j["sim_cycles"] = r.sim_cycles;
  j["host_seconds"] = r.host_seconds;
  if (!r.ok) j["console"] = r.console;
  return j;
}

ExperimentResult experiment_from_json(const nlohmann::json& j) {
  ExperimentResult r;
  r.spec.path = j.at("path");
  r.spec.test = parse_test(j.at("test"));
  r.spec.iterations = j.at("iterations");
  r.spec.buffer_offset = j.at("buffer_offset");
  r.spec.variant = j.value("variant", "markers");
  r.ok = j.at("ok");
  r.failure = j.value("failure", "");
  r.console = j.value("console", "");
  r.calls = j.at("measured_calls");
  const auto& pc = j.at("per_call");
  r.per_call.kernel_cycles = pc.at("kernel_cycles");
  r.per_call.kernel_insts = pc.at("kernel_insts");
  r.per_call.total_cycles = pc.at("total_cycles");
  r.per_call.total_insts = pc.at("total_insts");
  r.per_call.min_total_cycles = pc.at("min_total_cycles");
  r.per_call.min_kernel_cycles = pc.at("min_kernel_cycles");
  r.per_call.min_total_insts = pc.value("min_total_insts", uint64_t{0});
  r.per_call.min_kernel_insts = pc.value("min_kernel_insts", uint64_t{0});
  if (has_stages(r)) {
    r.fast = j.at("paths").at("fast");
    for (unsigned i = 0; i < stages::kSlowReasons; ++i)
      r.slow[i] = j.at("paths").at("slow").at(std::string(stages::slow_reason_info(i).key));
    for (unsigned i = 0; i < stages::kMtStages; ++i)
      r.mt.push_back(
          stage_from_json(j.at("stages").at("mt").at(std::string(stages::stage_info(stages::Scheme::Mt, i).key))));
    for (unsigned i = 0; i < stages::kInksStages; ++i)
      r.inks.push_back(
          stage_from_json(j.at("stages").at("inks").at(std::string(stages::stage_info(stages::Scheme::Inks, i).key))));
  }
  for (const auto& [k, v] : j.at("guest").items()) r.guest[k] = v.is_string() ? v.get<std::string>() : v.dump();
  r.guest_status = j.at("guest_status");
  r.sim_insts = j.at("sim_insts");
  r.sim_cycles = j.at("sim_cycles");
  r.host_seconds = j.at("host_seconds");
  return r;
}

nlohmann::ordered_json config_json(const MachineConfig& cfg) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const auto& [k, v] : config_settings(cfg)) j[k] = value_json(v);
  return j;
}

}  // namespace sim::rpc
