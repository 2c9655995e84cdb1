// Where the processor's time goes, by execution mode: user code, the kernel,
// and the kernel's TLB-refill handlers.  The core switches mode at the
// events that change it -- an interruption (a TLB miss or dirty-bit trap
// enters TlbRefill, anything else Kernel), RFI/RFIR, and branches that
// change privilege (GATE, BE/BV to a less privileged level) -- and charges
// the instructions and cycles since the last switch to the mode it leaves.
// Nothing is counted per instruction.
#pragma once
#include <array>
#include <cstdint>

namespace pa {

enum class ExecMode : uint8_t { User, Kernel, TlbRefill, Count };

inline const char* exec_mode_name(ExecMode m) {
  switch (m) {
    case ExecMode::User: return "user";
    case ExecMode::Kernel: return "kernel";
    case ExecMode::TlbRefill: return "tlb_refill";
    case ExecMode::Count: break;
  }
  return "?";
}

class ExecModeClock {
 public:
  static constexpr unsigned kModes = static_cast<unsigned>(ExecMode::Count);

  // Charge everything up to (instructions, cycles) to the current mode and
  // continue in `next`.
  void switch_to(ExecMode next, uint64_t instructions, uint64_t cycles) {
    const unsigned m = static_cast<unsigned>(mode_);
    instructions_[m] += instructions - since_instructions_;
    cycles_[m] += cycles - since_cycles_;
    since_instructions_ = instructions;
    since_cycles_ = cycles;
    mode_ = next;
  }
  ExecMode mode() const { return mode_; }
  // Totals as of (instructions, cycles): the open interval included.
  uint64_t instructions(ExecMode m, uint64_t now) const {
    return instructions_[static_cast<unsigned>(m)] + (m == mode_ ? now - since_instructions_ : 0);
  }
  uint64_t cycles(ExecMode m, uint64_t now) const {
    return cycles_[static_cast<unsigned>(m)] + (m == mode_ ? now - since_cycles_ : 0);
  }

 private:
  ExecMode mode_ = ExecMode::Kernel;  // reset: privilege 0
  uint64_t since_instructions_ = 0, since_cycles_ = 0;
  std::array<uint64_t, kModes> instructions_{}, cycles_{};
};

// The mode code runs in at a privilege level (outside a refill handler).
inline ExecMode exec_mode_of_privilege(uint32_t privilege) {
  return privilege == 0 ? ExecMode::Kernel : ExecMode::User;
}

}  // namespace pa
