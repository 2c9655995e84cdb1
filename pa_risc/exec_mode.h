// Where the processor's time goes, by execution mode: user code, the kernel,
// and the kernel's TLB-refill handlers.  The core switches mode at the
// events that change it -- an interruption (a TLB miss or dirty-bit trap
// enters TlbRefill, anything else Kernel), RFI/RFIR, and branches that
// change privilege (GATE, BE/BV to a less privileged level) -- and charges
// the instructions and cycles since the last switch to the mode it leaves.
// Nothing is counted per instruction.  User time is also kept per space
// (each task of the guest kernel has its own): the space user mode was
// entered in.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

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

  struct SpaceTotals {
    uint32_t space;
    uint64_t instructions, cycles;
  };

  // Charge everything up to (instructions, cycles) to the current mode and
  // continue in `next`, entered in `space`.
  void switch_to(ExecMode next, uint64_t instructions, uint64_t cycles, uint32_t space = 0) {
    const unsigned m = static_cast<unsigned>(mode_);
    const uint64_t di = instructions - since_instructions_, dc = cycles - since_cycles_;
    instructions_[m] += di;
    cycles_[m] += dc;
    if (mode_ == ExecMode::User && (di || dc)) {
      SpaceTotals& t = user_space(space_);
      t.instructions += di;
      t.cycles += dc;
    }
    since_instructions_ = instructions;
    since_cycles_ = cycles;
    mode_ = next;
    space_ = space;
  }
  // User-mode totals by space as of (instructions, cycles), in the order the
  // spaces first ran.
  std::vector<SpaceTotals> user_spaces(uint64_t instructions_now, uint64_t cycles_now) const {
    std::vector<SpaceTotals> all = by_space_;
    if (mode_ == ExecMode::User) {
      SpaceTotals* t = nullptr;
      for (auto& e : all)
        if (e.space == space_) t = &e;
      if (!t) t = &all.emplace_back(SpaceTotals{space_, 0, 0});
      t->instructions += instructions_now - since_instructions_;
      t->cycles += cycles_now - since_cycles_;
    }
    return all;
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
  SpaceTotals& user_space(uint32_t space) {
    for (auto& e : by_space_)
      if (e.space == space) return e;
    return by_space_.emplace_back(SpaceTotals{space, 0, 0});  // once per space: not per instruction
  }

  ExecMode mode_ = ExecMode::Kernel;  // reset: privilege 0
  uint32_t space_ = 0;                // the space the current mode was entered in
  uint64_t since_instructions_ = 0, since_cycles_ = 0;
  std::array<uint64_t, kModes> instructions_{}, cycles_{};
  std::vector<SpaceTotals> by_space_;
};

// The mode code runs in at a privilege level (outside a refill handler).
inline ExecMode exec_mode_of_privilege(uint32_t privilege) {
  return privilege == 0 ? ExecMode::Kernel : ExecMode::User;
}

}  // namespace pa
