// The pa730 command line (contract in DESIGN.md):
//   pa730 se   [options] ELF [ARGS...]
//   pa730 boot [options] --workload NAME
//   pa730 rpc    [options] --path message --test null|in:N|out:N|inout:N
//   pa730 tables [options]
//   pa730 --help | --version
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sim {

enum class Command { Help, Version, Se, Boot, Rpc, Tables };

struct Invocation {
  Command command = Command::Help;
  std::string config_file;
  std::vector<std::string> overrides;   // --set key=value
  std::string stats_file;               // --stats F.json
  std::optional<uint64_t> max_cycles;   // --max-cycles N
  std::string trace;                    // --trace insn
  std::string trace_file;               // --trace-file F (default stderr)
  std::string elf;                      // se
  std::vector<std::string> guest_args;  // se: argv[1..]
  std::vector<std::string> workloads;   // boot: built workloads, one task each
  std::string kernel;                   // boot: a bare-metal ELF started at reset
  std::optional<uint16_t> gdb_port;     // se, boot: --gdb PORT (127.0.0.1; 0 = any free port)
  std::string json_file;                // rpc, tables: --json F
  std::string rpc_path = "message";     // rpc: --path
  std::string rpc_test;                 // rpc: --test
  uint64_t rpc_iterations = 1000;       // rpc: --iterations (measured calls)
  uint64_t rpc_buffer_offset = 0;       // rpc: --buffer-offset (bytes)
  std::string rpc_variant = "markers";  // rpc: --variant markers|nomarkers
  std::string tables_only;              // tables: --only PAPER
};

// Throws UserError for anything malformed.
Invocation parse_command_line(int argc, const char* const argv[]);
std::string usage_text();

}  // namespace sim
