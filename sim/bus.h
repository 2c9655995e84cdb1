// The 730's system bus as an address router: one initiator (the CPU) and a
// table of target ranges.  Addresses are rebased to each target.
#pragma once
#include <systemc>
#include <tlm>
#include <tlm_utils/multi_passthrough_initiator_socket.h>
#include <tlm_utils/simple_target_socket.h>

#include <cstdint>
#include <string>
#include <vector>

namespace sim {

struct BusRange {
  std::string name;
  uint64_t base;
  uint64_t size;
};

class Bus : public sc_core::sc_module {
 public:
  tlm_utils::simple_target_socket<Bus> cpu_side;
  tlm_utils::multi_passthrough_initiator_socket<Bus> targets;

  explicit Bus(sc_core::sc_module_name name);
  // Ranges are bound in order: range i goes to the i-th binding of `targets`.
  void add_range(BusRange r);

 private:
  int route(uint64_t addr, uint64_t& local) const;
  void b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay);
  bool get_direct_mem_ptr(tlm::tlm_generic_payload& trans, tlm::tlm_dmi& dmi);
  unsigned transport_dbg(tlm::tlm_generic_payload& trans);

  std::vector<BusRange> ranges_;
};

}  // namespace sim
