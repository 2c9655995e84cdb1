#include "sim/ram.h"

#include <cstring>

namespace sim {

Ram::Ram(sc_core::sc_module_name name, uint64_t bytes)
    : sc_module(name), socket("socket"), size_(bytes), data_(new uint8_t[bytes]()) {
  socket.register_b_transport(this, &Ram::b_transport);
  socket.register_get_direct_mem_ptr(this, &Ram::get_direct_mem_ptr);
  socket.register_transport_dbg(this, &Ram::transport_dbg);
}

void Ram::b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time&) {
  const uint64_t addr = trans.get_address();
  const unsigned len = trans.get_data_length();
  if (addr + len > size_ || trans.get_byte_enable_ptr()) {
    trans.set_response_status(tlm::TLM_ADDRESS_ERROR_RESPONSE);
    return;
  }
  if (trans.is_read())
    std::memcpy(trans.get_data_ptr(), data_.get() + addr, len);
  else if (trans.is_write())
    std::memcpy(data_.get() + addr, trans.get_data_ptr(), len);
  trans.set_dmi_allowed(true);
  trans.set_response_status(tlm::TLM_OK_RESPONSE);
}

unsigned Ram::transport_dbg(tlm::tlm_generic_payload& trans) {
  sc_core::sc_time zero = sc_core::SC_ZERO_TIME;
  b_transport(trans, zero);
  return trans.is_response_ok() ? trans.get_data_length() : 0;
}

bool Ram::get_direct_mem_ptr(tlm::tlm_generic_payload&, tlm::tlm_dmi& dmi) {
  dmi.allow_read_write();
  dmi.set_dmi_ptr(data_.get());
  dmi.set_start_address(0);
  dmi.set_end_address(size_ - 1);
  dmi.set_read_latency(sc_core::SC_ZERO_TIME);  // memory timing lives in the cache model
  dmi.set_write_latency(sc_core::SC_ZERO_TIME);
  return true;
}

}  // namespace sim
