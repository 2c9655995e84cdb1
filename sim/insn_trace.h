// --trace insn: one line per executed instruction — cycle, space.offset,
// word, disassembly, and the registers it wrote.
#pragma once
#include <cstdio>

#include "pa_risc/core.h"

namespace sim {

class InsnTrace : public pa::InsnObserver {
 public:
  explicit InsnTrace(std::FILE* out) : out_(out) {}
  void before(const pa::CpuState& s) override;
  void after(const pa::CpuState& s, uint32_t space, uint32_t offset, uint32_t word, bool nullified) override;

 private:
  std::FILE* out_;
  pa::CpuState prev_;
};

}  // namespace sim
