#include "sim/halt_device.h"

namespace sim {

HaltDevice::HaltDevice(sc_core::sc_module_name name) : sc_module(name), socket("socket") {
  socket.register_b_transport(this, &HaltDevice::b_transport);
}

void HaltDevice::b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time&) {
  if (trans.is_write()) {
    uint32_t v = 0;
    const unsigned char* p = trans.get_data_ptr();
    for (unsigned i = 0; i < trans.get_data_length() && i < 4; ++i) v = (v << 8) | p[i];
    status_ = v;
  } else if (trans.is_read()) {
    std::fill_n(trans.get_data_ptr(), trans.get_data_length(), 0);
  }
  trans.set_response_status(tlm::TLM_OK_RESPONSE);
}

}  // namespace sim
