#include "sim/bus.h"

#include <stdexcept>

namespace sim {

Bus::Bus(sc_core::sc_module_name name) : sc_module(name), cpu_side("cpu_side"), targets("targets") {
  cpu_side.register_b_transport(this, &Bus::b_transport);
  cpu_side.register_get_direct_mem_ptr(this, &Bus::get_direct_mem_ptr);
  cpu_side.register_transport_dbg(this, &Bus::transport_dbg);
}

void Bus::add_range(BusRange r) {
  for (const auto& o : ranges_)
    if (r.base < o.base + o.size && o.base < r.base + r.size)
      throw std::logic_error("bus ranges " + o.name + " and " + r.name + " overlap");
  ranges_.push_back(std::move(r));
}

int Bus::route(uint64_t addr, uint64_t& local) const {
  for (size_t i = 0; i < ranges_.size(); ++i) {
    if (addr >= ranges_[i].base && addr - ranges_[i].base < ranges_[i].size) {
      local = addr - ranges_[i].base;
      return static_cast<int>(i);
    }
  }
  return -1;
}

void Bus::b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time& delay) {
  uint64_t local;
  const uint64_t global = trans.get_address();
  const int t = route(global, local);
  if (t < 0) {
    trans.set_response_status(tlm::TLM_ADDRESS_ERROR_RESPONSE);
    return;
  }
  trans.set_address(local);
  targets[t]->b_transport(trans, delay);
  trans.set_address(global);
}

bool Bus::get_direct_mem_ptr(tlm::tlm_generic_payload& trans, tlm::tlm_dmi& dmi) {
  uint64_t local;
  const int t = route(trans.get_address(), local);
  if (t < 0) return false;
  trans.set_address(local);
  const bool ok = targets[t]->get_direct_mem_ptr(trans, dmi);
  dmi.set_start_address(dmi.get_start_address() + ranges_[t].base);
  dmi.set_end_address(dmi.get_end_address() + ranges_[t].base);
  return ok;
}

unsigned Bus::transport_dbg(tlm::tlm_generic_payload& trans) {
  uint64_t local;
  const int t = route(trans.get_address(), local);
  if (t < 0) return 0;
  trans.set_address(local);
  return targets[t]->transport_dbg(trans);
}

}  // namespace sim
