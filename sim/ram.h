// Main memory of the 730 as a TLM-2.0 target.  Initiators are expected to
// take a DMI pointer once and access RAM directly; b_transport serves the
// rest (debuggers, devices).
#pragma once
#include <systemc>
#include <tlm>
#include <tlm_utils/simple_target_socket.h>

#include <cstdint>
#include <memory>

namespace sim {

class Ram : public sc_core::sc_module {
 public:
  tlm_utils::simple_target_socket<Ram> socket;

  Ram(sc_core::sc_module_name name, uint64_t bytes);
  uint64_t size() const { return size_; }
  uint8_t* data() { return data_.get(); }

 private:
  void b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay);
  bool get_direct_mem_ptr(tlm::tlm_generic_payload& trans, tlm::tlm_dmi& dmi);
  unsigned transport_dbg(tlm::tlm_generic_payload& trans);

  uint64_t size_;
  std::unique_ptr<uint8_t[]> data_;
};

}  // namespace sim
