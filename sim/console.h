// A minimal memory-mapped console: a byte written to offset 0 goes to the
// host's standard output.  Full-system guests print through it.
#pragma once
#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

#include <cstdio>

namespace sim {

class Console : public sc_core::sc_module {
 public:
  tlm_utils::simple_target_socket<Console> socket;
  explicit Console(sc_core::sc_module_name name, std::FILE* out = stdout);

 private:
  void b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay);
  std::FILE* out_;
};

}  // namespace sim
