#include "sim/config.h"

#include <boost/program_options.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

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

po::options_description describe(MachineConfig& c, Number& quantum, Number& mem, Number& console,
                                 Number& halt, Number& stack, Number& seed) {
  po::options_description d("machine configuration");
  d.add_options()
      ("cpu.clock_mhz", po::value(&c.clock_mhz), "CPU clock in MHz")
      ("cpu.quantum_insns", po::value(&quantum), "instructions per SystemC quantum")
      ("memory.size_mb", po::value(&mem), "main memory in MB")
      ("console.base", po::value(&console), "console device physical address")
      ("halt.base", po::value(&halt), "halt-with-status device physical address")
      ("se.stack_kb", po::value(&stack), "initial stack size in KB")
      ("se.environment", po::value(&c.se_environment), "host or empty")
      ("se.allow_writes", po::value(&c.se_allow_writes), "allow opening host files for writing")
      ("se.random_seed", po::value(&seed), "seed of getrandom/AT_RANDOM");
  return d;
}

}  // namespace

std::string default_config_path() {
  const std::filesystem::path src = std::filesystem::path(PA730_SOURCE_DIR) / "configs" / "hp730.cfg";
  return src.string();
}

MachineConfig load_config(const std::string& file, const std::vector<std::string>& overrides) {
  MachineConfig c;
  Number quantum{c.quantum_insns}, mem{c.memory_mb}, console{c.console_base}, halt{c.halt_base},
      stack{c.se_stack_kb}, seed{c.se_random_seed};
  const po::options_description desc = describe(c, quantum, mem, console, halt, stack, seed);
  po::variables_map vm;
  try {
    // Overrides first: Boost keeps the first value stored for a key.
    std::ostringstream lines;
    for (const auto& kv : overrides) {
      if (kv.find('=') == std::string::npos)
        throw UserError(fmt::format("--set {}: expected key=value", kv));
      lines << kv << "\n";
    }
    std::istringstream over(lines.str());
    po::store(po::parse_config_file(over, desc, false), vm);
    std::ifstream in(file);
    if (!in) throw UserError(fmt::format("{}: cannot read configuration file", file));
    po::store(po::parse_config_file(in, desc, false), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UserError(fmt::format("configuration: {}", e.what()));
  }
  c.quantum_insns = quantum.value;
  c.memory_mb = mem.value;
  c.console_base = console.value;
  c.halt_base = halt.value;
  if (c.console_base < c.io_base || c.halt_base < c.io_base)
    throw UserError("configuration: devices must sit in I/O space (0xf0000000 and up)");
  c.se_stack_kb = stack.value;
  c.se_random_seed = seed.value;
  if (!(c.clock_mhz > 0 && c.clock_mhz < 100000)) throw UserError("configuration: cpu.clock_mhz out of range");
  if (c.quantum_insns == 0) throw UserError("configuration: cpu.quantum_insns must be > 0");
  if (c.memory_mb == 0 || c.memory_mb > 3072) throw UserError("configuration: memory.size_mb must be 1..3072");
  if (c.se_stack_kb < 64 || c.se_stack_kb > 262144) throw UserError("configuration: se.stack_kb must be 64..262144");
  if (c.se_environment != "host" && c.se_environment != "empty")
    throw UserError("configuration: se.environment must be host or empty");
  return c;
}

}  // namespace sim
