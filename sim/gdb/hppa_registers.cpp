#include "sim/gdb/hppa_registers.h"

namespace sim::gdb {

namespace {

// Slots 43..50: the space registers in gdb's order (sr4 first).
constexpr unsigned kSpaceOrder[8] = {4, 0, 1, 2, 3, 5, 6, 7};
// Slots 51..63: control registers.
constexpr unsigned kControlOrder[13] = {0, 8, 9, 10, 12, 13, 24, 25, 26, 27, 28, 29, 30};

uint32_t* control_slot(pa::CpuState& s, unsigned n) {
  switch (n) {
    case 32: return &s.cr[pa::cr::Sar];
    case 37: return &s.cr[pa::cr::Eiem];
    case 38: return &s.cr[pa::cr::Iir];
    case 39: return &s.cr[pa::cr::Isr];
    case 40: return &s.cr[pa::cr::Ior];
    default: break;
  }
  if (n >= 43 && n <= 50) return &s.sr[kSpaceOrder[n - 43]];
  if (n >= 51 && n <= 63) return &s.cr[kControlOrder[n - 51]];
  return nullptr;
}

void set_psw(pa::CpuState& s, uint32_t v) {
  s.psw = v & ~(pa::psw::CB | pa::psw::N);
  s.set_psw_cb_bits((v & pa::psw::CB) >> 8);
  s.nullify_next = (v & pa::psw::N) != 0;
}

}  // namespace

uint32_t read_register(const pa::CpuState& s, unsigned n) {
  if (n == kRegPsw || n == kRegIpsw) return s.full_psw();
  if (n >= 1 && n <= 31) return s.gr[n];
  switch (n) {
    case 33: return s.iaoq_front;
    case 34: return s.iasq_front;
    case 35: return s.iaoq_back;
    case 36: return s.iasq_back;
    default: break;
  }
  if (n >= 64 && n < kRegisterCount) {
    const unsigned r = (n - 64) / 2;
    return (n & 1) ? static_cast<uint32_t>(s.fp.fr[r]) : static_cast<uint32_t>(s.fp.fr[r] >> 32);
  }
  if (const uint32_t* p = control_slot(const_cast<pa::CpuState&>(s), n)) return *p;
  return 0;  // "goto"
}

bool write_register(pa::CpuState& s, unsigned n, uint32_t v) {
  if (n >= kRegisterCount) return false;
  if (n == kRegPsw || n == kRegIpsw) {
    set_psw(s, v);
    return true;
  }
  if (n >= 1 && n <= 31) {
    s.gr[n] = v;
    return true;
  }
  const uint32_t priv = s.iaoq_front & 3u;
  switch (n) {
    case 33: s.iaoq_front = (v & ~3u) | priv; return true;
    case 34: s.iasq_front = v; return true;
    case 35: s.iaoq_back = (v & ~3u) | (s.iaoq_back & 3u); return true;
    case 36: s.iasq_back = v; return true;
    default: break;
  }
  if (n >= 64) {
    s.fp.set_single((n - 64) / 2, n & 1, v);
    return true;
  }
  if (uint32_t* p = control_slot(s, n)) *p = v;
  return true;
}

}  // namespace sim::gdb
