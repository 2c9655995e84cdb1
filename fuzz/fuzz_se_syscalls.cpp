// A guest making random Linux system calls with random arguments: every
// call returns a value or an errno, or ends the process; the simulator
// never crashes.  Input: records of 7 big-endian words (number, a0..a5).
// The guest's standard streams are closed first: they are the fuzzer's
// own, and a poll or select of a descriptor of the outside world waits for
// it in host time, as it should for real input (linux_poll.cpp).  Reads of
// fd 0 and writes to fds 1 and 2 stay left out (a new descriptor may take
// those numbers).  Sleeps, futex waits, pipes, sigwaits, timers and clone
// are in: every wait passes simulated time or ends in a deadlock report,
// never blocks the host.  Host files are read-only (se.allow_writes stays off).
#include <cstdint>
#include <cstring>
#include <vector>

#include "sim/se/syscall_names.h"
#include "tests/support/se_guest.h"

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
  pa730_test::SeGuest guest(ram);
  for (uint32_t fd = 0; fd < 3; ++fd) guest.call(sim::se::NR_close, fd, 0, 0, 0, 0, 0);
  for (size_t at = 0; at + 28 <= size; at += 28) {
    const uint32_t nr = be32(data + at) % 512;
    const uint32_t a0 = be32(data + at + 4);
    if (left_out(nr, a0)) continue;
    guest.call(nr, a0, be32(data + at + 8), be32(data + at + 12), be32(data + at + 16), be32(data + at + 20),
               be32(data + at + 24));
    if (guest.last == sim::se::TrapOutcome::Exited) break;
  }
  return 0;
}
