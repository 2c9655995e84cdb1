// The simulator's "halt with status" device: a word written to it ends the
// simulation with that exit status.  Bare-metal tests and the guest kernel
// use it to finish a run cleanly.
#pragma once
#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

#include <cstdint>
#include <optional>

namespace sim {

class HaltDevice : public sc_core::sc_module {
 public:
  tlm_utils::simple_target_socket<HaltDevice> socket;
  explicit HaltDevice(sc_core::sc_module_name name);
  std::optional<uint32_t> status() const { return status_; }

 private:
  void b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay);
  std::optional<uint32_t> status_;
};

}  // namespace sim
