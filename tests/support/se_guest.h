// A Linux process for tests that drive syscall emulation directly: a
// minimal program image (text at 0x10000, a read/write page at 0x20000, no
// code to run) and a system call made as a guest makes it, through the
// gateway page.  Used by the unit tests and the SE fuzzer.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "pa_risc/core.h"
#include "pa_risc/guest_memory.h"
#include "sim/elf_image.h"
#include "sim/se/linux_process.h"

namespace pa730_test {

struct SeGuest {
  static constexpr uint32_t kData = 0x20000;  // 16 KB, read/write

  explicit SeGuest(std::vector<uint8_t>& ram) : core(mem) {
    elf.path = "/nonexistent/se_guest.elf";
    elf.entry = 0x10000;
    sim::ElfSegment text;
    text.vaddr = 0x10000;
    text.memsz = 0x1000;
    text.flags = 5;
    text.bytes.assign(0x1000, 0);
    elf.segments.push_back(text);
    sim::ElfSegment data;
    data.vaddr = kData;
    data.memsz = 0x4000;
    data.flags = 6;
    elf.segments.push_back(data);
    sim::se::ProcessOptions opts;
    opts.argv = {"se_guest"};
    opts.stack_bytes = 1u << 20;
    proc = std::make_unique<sim::se::LinuxProcess>(core, ram.data(), ram.size(), elf, opts);
  }

  // A system call from the thread on the CPU, returning from 0x10010; the
  // result is r28 of the thread on the CPU afterwards (another one's, if the
  // call made this one wait).
  int32_t call(uint32_t number, uint32_t a0 = 0, uint32_t a1 = 0, uint32_t a2 = 0, uint32_t a3 = 0,
               uint32_t a4 = 0, uint32_t a5 = 0) {
    pa::CpuState& s = core.state();
    s.gr[20] = number;
    s.gr[26] = a0;
    s.gr[25] = a1;
    s.gr[24] = a2;
    s.gr[23] = a3;
    s.gr[22] = a4;
    s.gr[21] = a5;
    s.gr[31] = 0x10010 | 3;
    s.iaoq_front = 0x100 | 3;  // the gateway page's syscall entry
    s.iaoq_back = 0x104 | 3;
    pa::RunResult trap;
    trap.reason = pa::StopReason::Trap;
    trap.trap.code = pa::Interruption::InstructionTlbMiss;
    last = proc->handle_trap(trap);
    return static_cast<int32_t>(core.state().gr[28]);
  }

  sim::ElfImage elf;
  pa::GuestMemory mem{nullptr};
  pa::Core core;
  std::unique_ptr<sim::se::LinuxProcess> proc;
  sim::se::TrapOutcome last = sim::se::TrapOutcome::Resume;
};

}  // namespace pa730_test
