// A minimal memory-mapped console: a byte written to offset 0 goes to the
// host's standard output (or, captured, to a string: `pa730 rpc` shows the
// guest's output only when a run fails).  Full-system guests print through it.
#pragma once
#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

#include <cstdio>
#include <string>

namespace sim {

class Console : public sc_core::sc_module {
 public:
  tlm_utils::simple_target_socket<Console> socket;
  explicit Console(sc_core::sc_module_name name, std::FILE* out = stdout);
  // Non-null: characters are appended here instead of being printed.
  void capture_to(std::string* buffer) { capture_ = buffer; }

 private:
  void b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay);
  std::FILE* out_;
  std::string* capture_ = nullptr;
};

}  // namespace sim
