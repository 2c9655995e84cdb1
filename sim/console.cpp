#include "sim/console.h"

namespace sim {

Console::Console(sc_core::sc_module_name name, std::FILE* out) : sc_module(name), socket("socket"), out_(out) {
  socket.register_b_transport(this, &Console::b_transport);
}

void Console::b_transport(tlm::tlm_generic_payload& trans, sc_core::sc_time&) {
  if (trans.is_write()) {
    const unsigned char* p = trans.get_data_ptr();
    // Register 0 (any width): the low byte of the written value is a character.
    const unsigned char c = p[trans.get_data_length() - 1];
    if (capture_) capture_->push_back(static_cast<char>(c));
    else std::fputc(c, out_);
  } else if (trans.is_read()) {
    std::fill_n(trans.get_data_ptr(), trans.get_data_length(), 0);
  }
  trans.set_response_status(tlm::TLM_OK_RESPONSE);
}

}  // namespace sim
