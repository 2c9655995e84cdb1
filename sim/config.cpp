#include "sim/config.h"

#include <boost/program_options.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <functional>
#include <sstream>

#include "sim/program_options_error.h"
#include "sim/user_error.h"

namespace po = boost::program_options;

namespace sim {

namespace {

// Accept decimal or 0x-prefixed numbers for addresses and sizes.
struct Number {
  uint64_t value = 0;
};
void validate(boost::any& v, const std::vector<std::string>& values, Number*, int) {
  po::validators::check_first_occurrence(v);
  const std::string& s = po::validators::get_single_string(values);
  try {
    size_t used = 0;
    const uint64_t n = std::stoull(s, &used, 0);
    if (used != s.size()) throw std::invalid_argument(s);
    v = Number{n};
  } catch (const std::exception&) {
    throw po::invalid_option_value(s);
  }
}

// One table of integer keys: name, where the value goes, what it means.
struct IntKey {
  const char* name;
  std::function<uint64_t()> get;
  std::function<void(uint64_t)> set;
  const char* help;
};

template <typename T>
IntKey int_key(const char* name, T& field, const char* help) {
  return {name, [&field] { return static_cast<uint64_t>(field); },
          [&field](uint64_t v) { field = static_cast<T>(v); }, help};
}

IntKey kb_key(const char* name, uint32_t& bytes, const char* help) {
  return {name, [&bytes] { return uint64_t{bytes} / 1024; },
          [&bytes](uint64_t kb) { bytes = static_cast<uint32_t>(kb * 1024); }, help};
}

std::vector<IntKey> integer_keys(MachineConfig& c) {
  pa::TimingParams& t = c.timing;
  cache::CacheConfig& ic = c.icache.geometry;
  cache::CacheConfig& dc = c.dcache.geometry;
  return {
      int_key("cpu.quantum_cycles", c.quantum_cycles, "cycles per SystemC quantum"),
      int_key("memory.size_mb", c.memory_mb, "main memory in MB"),
      int_key("console.base", c.console_base, "console device physical address"),
      int_key("halt.base", c.halt_base, "halt device physical address"),
#define PA730_TIMING_KEY(name, default_value, description) int_key("timing." #name, t.name, description),
      PA730_TIMING_PARAMS(PA730_TIMING_KEY)
#undef PA730_TIMING_KEY
      kb_key("icache.size_kb", ic.size_bytes, "I-cache size in KB"),
      int_key("icache.line_bytes", ic.line_bytes, "I-cache line"),
      int_key("icache.ways", ic.ways, "I-cache associativity"),
      int_key("icache.miss_penalty_cycles", ic.miss_penalty_cycles, "I-cache miss"),
      int_key("icache.space_hash_bits", ic.space_hash_bits, "space bits XORed into the I-cache index"),
      int_key("icache.space_hash_shift", ic.space_hash_shift, "offset bit where the hash starts"),
      kb_key("dcache.size_kb", dc.size_bytes, "D-cache size in KB"),
      int_key("dcache.line_bytes", dc.line_bytes, "D-cache line"),
      int_key("dcache.ways", dc.ways, "D-cache associativity"),
      int_key("dcache.miss_penalty_cycles", dc.miss_penalty_cycles, "D-cache miss"),
      int_key("dcache.dirty_writeback_cycles", dc.dirty_writeback_cycles, "dirty victim write-back"),
      int_key("dcache.write_through_cycles", dc.write_through_cycles, "write-through store"),
      int_key("dcache.space_hash_bits", dc.space_hash_bits, "space bits XORed into the D-cache index"),
      int_key("dcache.space_hash_shift", dc.space_hash_shift, "offset bit where the hash starts"),
      int_key("tlb.itlb_entries", c.itlb_entries, "ITLB entries"),
      int_key("tlb.dtlb_entries", c.dtlb_entries, "DTLB entries"),
      int_key("kernel.tick_cycles", c.kernel_tick_cycles, "the guest kernel's clock period in cycles"),
      int_key("fs.saved_translation_contexts", c.fs_saved_contexts,
              "host-side cache of page translations kept per translation context (0: none)"),
      int_key("se.tlb_miss_cycles", c.se_tlb_miss_cycles, "syscall-emulation TLB refill stand-in, cycles"),
      int_key("se.stack_kb", c.se_stack_kb, "initial stack size in KB"),
      int_key("se.random_seed", c.se_random_seed, "seed of getrandom/AT_RANDOM"),
      int_key("se.time_slice_cycles", c.se_time_slice_cycles, "cycles a guest thread runs before the next one's turn"),
  };
}

}  // namespace

std::vector<std::pair<std::string, std::string>> config_settings(const MachineConfig& config) {
  MachineConfig c = config;  // integer_keys() binds to a mutable configuration
  std::vector<std::pair<std::string, std::string>> out;
  const auto b = [](bool v) { return std::string(v ? "true" : "false"); };
  out.emplace_back("cpu.clock_mhz", fmt::format("{}", c.clock_mhz));
  out.emplace_back("timing.enabled", b(c.timing.enabled));
  out.emplace_back("icache.enabled", b(c.icache.enabled));
  out.emplace_back("dcache.enabled", b(c.dcache.enabled));
  out.emplace_back("dcache.write_policy",
                   c.dcache.geometry.write_policy == cache::WritePolicy::write_back ? "write_back" : "write_through");
  out.emplace_back("dcache.allocate_on_write_miss", b(c.dcache.geometry.allocate_on_write_miss));
  out.emplace_back("tlb.replacement", c.tlb_replacement);
  out.emplace_back("kernel.ipc_fast_path", b(c.kernel_ipc_fast_path));
  out.emplace_back("se.environment", c.se_environment);
  out.emplace_back("se.allow_writes", b(c.se_allow_writes));
  out.emplace_back("se.root", c.se_root);
  out.emplace_back("se.keep_root", b(c.se_keep_root));
  for (const IntKey& k : integer_keys(c)) out.emplace_back(k.name, std::to_string(k.get()));
  return out;
}

std::string default_config_path() {
  return (std::filesystem::path(PA730_SOURCE_DIR) / "configs" / "hp730.cfg").string();
}

MachineConfig load_config(const std::string& file, const std::vector<std::string>& overrides) {
  MachineConfig c;
  std::vector<IntKey> ints = integer_keys(c);
  std::vector<Number> numbers(ints.size());
  std::string dcache_policy = "write_back";
  bool dcache_allocate = true;
  po::options_description desc("machine configuration");
  for (size_t i = 0; i < ints.size(); ++i) desc.add_options()(ints[i].name, po::value(&numbers[i]), ints[i].help);
  desc.add_options()
      ("cpu.clock_mhz", po::value(&c.clock_mhz), "CPU clock in MHz")
      ("timing.enabled", po::value(&c.timing.enabled), "PA7000 timing (false: one cycle per instruction)")
      ("icache.enabled", po::value(&c.icache.enabled), "model the I-cache")
      ("dcache.enabled", po::value(&c.dcache.enabled), "model the D-cache")
      ("dcache.write_policy", po::value(&dcache_policy), "write_back or write_through")
      ("dcache.allocate_on_write_miss", po::value(&dcache_allocate), "fill the line on a store miss")
      ("tlb.replacement", po::value(&c.tlb_replacement), "fifo or random")
      ("kernel.ipc_fast_path", po::value(&c.kernel_ipc_fast_path), "the guest kernel's optimized RPC path in mach_msg")
      ("se.environment", po::value(&c.se_environment), "host or empty")
      ("se.allow_writes", po::value(&c.se_allow_writes), "let the guest write files, into the sandbox se.root")
      ("se.root", po::value(&c.se_root), "sandbox directory of the guest's writes (empty: a temporary one)")
      ("se.keep_root", po::value(&c.se_keep_root), "keep the temporary sandbox directory at exit");
  po::variables_map vm;
  try {
    // Overrides first: Boost keeps the first value stored for a key.
    std::ostringstream lines;
    for (const auto& kv : overrides) {
      if (kv.find('=') == std::string::npos) throw UserError(fmt::format("--set {}: expected key=value", kv));
      lines << kv << "\n";
    }
    std::istringstream over(lines.str());
    po::store(po::parse_config_file(over, desc, false), vm);
    std::ifstream in(file);
    if (!in) throw UserError(fmt::format("{}: cannot read configuration file", file));
    po::store(po::parse_config_file(in, desc, false), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UserError(fmt::format("configuration: {}", program_options_message(e)));
  }
  for (size_t i = 0; i < ints.size(); ++i)
    if (vm.count(ints[i].name)) ints[i].set(numbers[i].value);
  if (dcache_policy == "write_back") c.dcache.geometry.write_policy = cache::WritePolicy::write_back;
  else if (dcache_policy == "write_through") c.dcache.geometry.write_policy = cache::WritePolicy::write_through;
  else throw UserError("configuration: dcache.write_policy must be write_back or write_through");
  c.dcache.geometry.allocate_on_write_miss = dcache_allocate;
  try {
    c.icache.geometry.validate();
    c.dcache.geometry.validate();
  } catch (const std::invalid_argument& e) {
    throw UserError(fmt::format("configuration: {}", e.what()));
  }
  if (!(c.clock_mhz > 0 && c.clock_mhz < 100000)) throw UserError("configuration: cpu.clock_mhz out of range");
  if (c.quantum_cycles == 0) throw UserError("configuration: cpu.quantum_cycles must be > 0");
  if (c.memory_mb == 0 || c.memory_mb > 3072) throw UserError("configuration: memory.size_mb must be 1..3072");
  if (c.se_stack_kb < 64 || c.se_stack_kb > 262144) throw UserError("configuration: se.stack_kb must be 64..262144");
  if (c.se_time_slice_cycles == 0) throw UserError("configuration: se.time_slice_cycles must be > 0");
  if (c.itlb_entries == 0 || c.dtlb_entries == 0 || c.itlb_entries > 4096 || c.dtlb_entries > 4096)
    throw UserError("configuration: tlb.*_entries must be 1..4096");
  if (c.tlb_replacement != "fifo" && c.tlb_replacement != "random")
    throw UserError("configuration: tlb.replacement must be fifo or random");
  if (c.se_environment != "host" && c.se_environment != "empty")
    throw UserError("configuration: se.environment must be host or empty");
  if (!c.se_root.empty() && !std::filesystem::is_directory(c.se_root))
    throw UserError(fmt::format("configuration: se.root={}: not an existing directory", c.se_root));
  if (c.console_base < c.io_base || c.halt_base < c.io_base)
    throw UserError("configuration: devices must sit in I/O space (0xf0000000 and up)");
  return c;
}

}  // namespace sim
