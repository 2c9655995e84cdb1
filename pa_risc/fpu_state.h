// The floating-point coprocessor's register file as a PA-RISC 1.1 program sees it.
//
// 32 registers of 64 bits.  Single-precision operands name the left (most
// significant) or right half of a register.  fr0's left half is the status
// register (FPSR: flags, enables, rounding mode, compare bit C); fr0 right
// half and fr1-fr3 are the exception registers.
#pragma once
#include <cstdint>

namespace pa {

struct FpuState {
  uint64_t fr[32] = {};
  // The enabled exceptions (fpsr::kExc* bits) of the operation that raised
  // the last assist exception trap.  The hardware leaves them in the
  // exception field of an exception register, where the trap handler of the
  // operating system reads them (Linux's decode_fpu chooses si_code from
  // them) and then clears the register; the exception registers themselves
  // read as zero here, as under QEMU, so the cause is kept beside them.
  uint32_t trapped_exceptions = 0;

  uint32_t status() const { return static_cast<uint32_t>(fr[0] >> 32); }
  void set_status(uint32_t v) { fr[0] = (static_cast<uint64_t>(v) << 32) | (fr[0] & 0xffffffffu); }

  uint32_t single(unsigned reg, bool right) const {
    return right ? static_cast<uint32_t>(fr[reg]) : static_cast<uint32_t>(fr[reg] >> 32);
  }
  void set_single(unsigned reg, bool right, uint32_t v) {
    if (right)
      fr[reg] = (fr[reg] & 0xffffffff00000000ull) | v;
    else
      fr[reg] = (fr[reg] & 0xffffffffull) | (static_cast<uint64_t>(v) << 32);
  }
};

}  // namespace pa
