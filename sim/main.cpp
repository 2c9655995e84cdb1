// pa730: a cycle-accurate simulator of the HP 9000/730 (PA-RISC 1.1).
#include <systemc>

#include <cstdlib>
#include <fmt/format.h>

#include "sim/cli.h"
#include "sim/config.h"
#include "sim/boot_mode.h"
#include "sim/rpc/commands.h"
#include "sim/se_mode.h"
#include "sim/user_error.h"
#include "sim/version.h"

// Our own main(): silence SystemC's banner (stdout belongs to the guest)
// before the kernel initialises, then hand over to SystemC.
int main(int argc, char* argv[]) {
  setenv("SYSTEMC_DISABLE_COPYRIGHT_MESSAGE", "1", 1);
  return sc_core::sc_elab_and_sim(argc, argv);
}

int sc_main(int argc, char* argv[]) {
  // Keep SystemC quiet: stdout belongs to the guest.
  sc_core::sc_report_handler::set_actions(sc_core::SC_INFO, sc_core::SC_DO_NOTHING);
  try {
    const sim::Invocation inv = sim::parse_command_line(argc, argv);
    switch (inv.command) {
      case sim::Command::Help:
        fmt::print("{}", sim::usage_text());
        return 0;
      case sim::Command::Version:
        fmt::print("{}\n", sim::version_string());
        return 0;
      case sim::Command::Se:
        return sim::run_se(inv, sim::load_config(inv.config_file, inv.overrides));
      case sim::Command::Boot:
        return sim::run_boot(inv, sim::load_config(inv.config_file, inv.overrides));
      case sim::Command::Rpc:
        return sim::rpc::run_rpc(inv, sim::load_config(inv.config_file, inv.overrides));
      case sim::Command::Tables:
        return sim::rpc::run_tables(inv, sim::load_config(inv.config_file, inv.overrides));
    }
  } catch (const sim::UserError& e) {
    fmt::print(stderr, "pa730: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "pa730: internal error: {}\n", e.what());
    return 70;
  }
  return 0;
}
