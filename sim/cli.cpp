#include "sim/cli.h"

#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <set>

#include "sim/config.h"
#include "sim/program_options_error.h"
#include "sim/user_error.h"

namespace po = boost::program_options;

namespace sim {

namespace {

po::options_description common_options(Invocation& inv) {
  po::options_description d("options");
  d.add_options()
      ("config", po::value(&inv.config_file), "machine configuration file (INI)")
      ("set", po::value(&inv.overrides)->composing(), "override a configuration key: key=value")
      ("stats", po::value(&inv.stats_file), "write statistics as JSON to this file (and print them)")
      ("max-cycles", po::value<uint64_t>(), "stop the guest after this many cycles")
      ("trace", po::value(&inv.trace), "trace: 'insn' prints every executed instruction")
      ("trace-file", po::value(&inv.trace_file), "write the trace here instead of stderr");
  return d;
}

// Options that take a value, so the ELF path can be found without Boost.
const std::set<std::string> kValued = {"--config", "--set", "--stats", "--max-cycles", "--trace", "--trace-file", "--workload",
                                       "--kernel", "--gdb", "--json", "--only", "--path", "--test", "--iterations",
                                       "--buffer-offset", "--variant"};

// rpc and tables: run only the machine-configuration options and these.
po::options_description experiment_options(Invocation& inv) {
  po::options_description d("options");
  d.add_options()
      ("config", po::value(&inv.config_file), "machine configuration file (INI)")
      ("set", po::value(&inv.overrides)->composing(), "override a configuration key: key=value")
      ("json", po::value(&inv.json_file)->value_name("F"), "write the results as JSON to F");
  return d;
}

void add_rpc_options(po::options_description& d, Invocation& inv) {
  d.add_options()
      ("path", po::value(&inv.rpc_path)->value_name("PATH"),
       "the IPC path: message (migrating, inks-message, inks-trap, inks-switch: not yet implemented)")
      ("test", po::value(&inv.rpc_test)->value_name("TEST"), "null, in:N, out:N or inout:N (N bytes, 1..65536)")
      ("iterations", po::value<std::string>()->value_name("K"), "measured calls (default 1000; the client warms up first)")
      ("buffer-offset", po::value<std::string>()->value_name("B"), "offset of the client's message buffer, bytes (default 0)")
      ("variant", po::value(&inv.rpc_variant)->value_name("V"),
       "markers (default) or nomarkers: the kernel and workloads built without stage markers (no stage tables)");
}

void add_tables_options(po::options_description& d, Invocation& inv) {
  d.add_options()("only", po::value(&inv.tables_only)->value_name("PAPER"), "one paper: migrating_threads or inks");
}

uint64_t parse_count(const std::string& option, const std::string& text) {
  uint64_t v = 0;
  size_t used = 0;
  try {
    v = std::stoull(text, &used, 10);
  } catch (const std::exception&) {
    used = 0;
  }
  if (text.empty() || used != text.size() || text[0] == '-' || text[0] == '+')
    throw UserError(fmt::format("--{} {}: not a number", option, text));
  return v;
}

// se and boot: serve the GDB remote protocol on 127.0.0.1:PORT.
void add_gdb_option(po::options_description& d) {
  d.add_options()("gdb", po::value<std::string>()->value_name("PORT"), "wait for gdb on 127.0.0.1:PORT before the first instruction (0: any free port)");
}

// boot: what to start.
void add_boot_options(po::options_description& d, Invocation& inv) {
  d.add_options()("workload", po::value(&inv.workloads)->composing()->value_name("NAME"),
                  "a built workload (build/guest/workloads/NAME.elf) or an ELF path, loaded as a boot module: "
                  "the kernel makes a task of it; repeatable (up to 8)")(
      "kernel", po::value(&inv.kernel)->value_name("ELF"),
      "the ELF started at reset (default: the built guest kernel, build/guest/kernel/kernel.elf)");
}

uint16_t parse_gdb_port(const std::string& text) {
  unsigned long v = 0;
  size_t used = 0;
  try {
    v = std::stoul(text, &used, 10);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || text[0] == '-' || text[0] == '+' || v > 65535)
    throw UserError(fmt::format("--gdb {}: not a TCP port number (0..65535)", text));
  return static_cast<uint16_t>(v);
}

}  // namespace

std::string usage_text() {
  Invocation dummy;
  std::ostringstream os;
  os << "usage:\n"
        "  pa730 se   [options] ELF [ARGS...]   run a static hppa-linux program (syscall emulation)\n"
        "  pa730 boot [options] --kernel ELF     start a bare-metal ELF as after reset (full system)\n"
        "  pa730 boot [options] --workload NAME  boot the guest kernel; each --workload becomes a task\n"
        "  pa730 rpc  [options] --path message --test null|in:N|out:N|inout:N [--iterations K] [--buffer-offset B]\n"
        "             [--variant markers|nomarkers]\n"
        "                                        run one RPC experiment: per-call cycles, per-stage breakdown\n"
        "  pa730 tables [options] [--only migrating_threads|inks]\n"
        "                                        run the RPC experiments, print the papers' tables beside them\n"
        "  pa730 --help | --version\n\n"
     << common_options(dummy);
  po::options_description boot("boot");
  add_boot_options(boot, dummy);
  os << "\n" << boot;
  po::options_description debug("se and boot");
  add_gdb_option(debug);
  os << "\n" << debug;
  po::options_description experiments("rpc and tables (also --config, --set)");
  experiments.add_options()("json", po::value<std::string>()->value_name("F"), "write the results as JSON to F");
  add_rpc_options(experiments, dummy);
  add_tables_options(experiments, dummy);
  os << "\n" << experiments;
  return os.str();
}

Invocation parse_command_line(int argc, const char* const argv[]) {
  Invocation inv;
  inv.config_file = default_config_path();
  if (argc < 2) throw UserError("missing command (try pa730 --help)");
  const std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") { inv.command = Command::Help; return inv; }
  if (cmd == "--version") { inv.command = Command::Version; return inv; }
  if (cmd == "se") inv.command = Command::Se;
  else if (cmd == "boot") inv.command = Command::Boot;
  else if (cmd == "rpc") inv.command = Command::Rpc;
  else if (cmd == "tables") inv.command = Command::Tables;
  else throw UserError(fmt::format("unknown command '{}' (try pa730 --help)", cmd));

  // Split option tokens from the guest command line: for `se`, the first
  // token that is not an option (or follows "--") is the ELF, and every
  // token after it belongs to the guest.
  std::vector<std::string> option_tokens;
  int i = 2;
  for (; i < argc; ++i) {
    const std::string tok = argv[i];
    if (tok == "--") { ++i; break; }
    if (tok.rfind("-", 0) != 0 || tok == "-") break;
    option_tokens.push_back(tok);
    if (kValued.count(tok) && i + 1 < argc) option_tokens.push_back(argv[++i]);
  }
  std::vector<std::string> positional(argv + i, argv + argc);

  const bool experiment = inv.command == Command::Rpc || inv.command == Command::Tables;
  po::options_description desc = experiment ? experiment_options(inv) : common_options(inv);
  if (inv.command == Command::Boot) add_boot_options(desc, inv);
  if (inv.command == Command::Se || inv.command == Command::Boot) add_gdb_option(desc);
  if (inv.command == Command::Rpc) add_rpc_options(desc, inv);
  if (inv.command == Command::Tables) add_tables_options(desc, inv);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(option_tokens).options(desc).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UserError(fmt::format("{}: {}", cmd, program_options_message(e)));
  }
  if (vm.count("max-cycles")) inv.max_cycles = vm["max-cycles"].as<uint64_t>();
  if (vm.count("iterations")) inv.rpc_iterations = parse_count("iterations", vm["iterations"].as<std::string>());
  if (vm.count("buffer-offset")) inv.rpc_buffer_offset = parse_count("buffer-offset", vm["buffer-offset"].as<std::string>());
  if (vm.count("gdb")) inv.gdb_port = parse_gdb_port(vm["gdb"].as<std::string>());
  if (!inv.trace.empty() && inv.trace != "insn")
    throw UserError(fmt::format("--trace {}: unknown trace kind (known: insn)", inv.trace));

  if (inv.command == Command::Se) {
    if (positional.empty()) throw UserError("se: missing ELF executable");
    inv.elf = positional.front();
    inv.guest_args.assign(positional.begin() + 1, positional.end());
  } else if (!positional.empty()) {
    throw UserError(fmt::format("{}: unexpected argument '{}'", cmd, positional.front()));
  }
  return inv;
}

}  // namespace sim
