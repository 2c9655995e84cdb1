// A guest making random Linux system calls with random arguments: every
// call returns a value or an errno, or ends the process; the simulator
// never crashes.  Input: records of 7 big-endian words (number, a0..a5).
// Calls that would block on or write to the fuzzer's own terminal (reads
// of fd 0, writes to fds 1 and 2) are left out; sleeps, futex waits and
// clone are in (waits pass simulated time or end in a deadlock report, never
// block the host); host files are read-only (se.allow_writes stays off).
#include <cstdint>
#include <cstring>
#include <vector>

#include "pa_risc/core.h"
#include "pa_risc/guest_memory.h"
#include "sim/elf_image.h"
#include "sim/se/linux_process.h"
#include "sim/se/syscall_names.h"

namespace {

uint32_t be32(const uint8_t* p) { return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | p[3]; }

bool left_out(uint32_t nr, uint32_t fd) {
  using namespace sim::se;
  switch (nr) {
    case NR_read: case NR_readv: case NR_pread64: return fd == 0;
    case NR_write: case NR_writev: return fd == 1 || fd == 2;
    default: return false;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::vector<uint8_t> ram(16u << 20);
  sim::ElfImage elf;
  elf.path = "/nonexistent/fuzz.elf";
  elf.entry = 0x10000;
  sim::ElfSegment text;
  text.vaddr = 0x10000;
  text.memsz = 0x2000;
  text.flags = 5;
  text.bytes.assign(0x1000, 0);
  elf.segments.push_back(text);
  sim::ElfSegment bss;
  bss.vaddr = 0x20000;
  bss.memsz = 0x3000;
  bss.flags = 6;
  elf.segments.push_back(bss);

  pa::GuestMemory mem(nullptr);
  pa::Core core(mem);
  sim::se::ProcessOptions opts;
  opts.argv = {"fuzz"};
  opts.stack_bytes = 1u << 20;
  sim::se::LinuxProcess proc(core, ram.data(), ram.size(), elf, opts);
  pa::RunResult trap;
  trap.reason = pa::StopReason::Trap;
  trap.trap.code = pa::Interruption::InstructionTlbMiss;
  for (size_t at = 0; at + 28 <= size; at += 28) {
    const uint32_t nr = be32(data + at) % 512;
    const uint32_t a0 = be32(data + at + 4);
    if (left_out(nr, a0)) continue;
    pa::CpuState& s = core.state();
    s.gr[20] = nr;
    s.gr[26] = a0;
    s.gr[25] = be32(data + at + 8);
    s.gr[24] = be32(data + at + 12);
    s.gr[23] = be32(data + at + 16);
    s.gr[22] = be32(data + at + 20);
    s.gr[21] = be32(data + at + 24);
    s.gr[31] = 0x10010 | 3;
    s.iaoq_front = 0x100 | 3;  // the gateway page's syscall entry
    s.iaoq_back = 0x104 | 3;
    if (proc.handle_trap(trap) == sim::se::TrapOutcome::Exited) break;
  }
  return 0;
}
