// The thread rules of syscall emulation, one by one: clone, futex wait and
// wake, clear-child-tid at exit, the round robin, sleeps and timeouts on
// simulated time, and the deadlock report.  Each test drives a LinuxProcess
// through the gateway as a guest's system calls would.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "sim/se/syscall_names.h"
#include "tests/support/se_guest.h"

namespace {

using sim::se::TrapOutcome;
namespace nr = sim::se;

constexpr uint32_t kData = pa730_test::SeGuest::kData;
constexpr uint32_t kThreadFlags = 0x100 | 0x200 | 0x400 | 0x800 | 0x10000;
constexpr uint32_t kSettls = 0x80000, kParentSettid = 0x100000, kChildCleartid = 0x200000;
constexpr int32_t kEAGAIN = -11, kETIMEDOUT = -238, kENOSYS = -251;

// The RAM is a base, so that it exists before the process built on it.
struct GuestRam {
  std::vector<uint8_t> ram = std::vector<uint8_t>(16u << 20);
};

struct Guest : GuestRam, pa730_test::SeGuest {
  Guest() : pa730_test::SeGuest(ram) {}
  uint32_t tid() { return static_cast<uint32_t>(call(nr::NR_gettid)); }
  uint32_t word(uint32_t at) { return mem.host_load<uint32_t>(0, at); }
  void set_word(uint32_t at, uint32_t v) { mem.host_store<uint32_t>(0, at, v); }
  uint64_t stat(const std::string& name) {
    uint64_t v = ~0ull;
    sim::se::LinuxProcess::for_each_stat(proc.get(), [&](const std::string& n, uint64_t value, const char*) {
      if (n == name) v = value;
    });
    return v;
  }
  int32_t clone_thread(uint32_t extra, uint32_t sp, uint32_t ptid, uint32_t tls, uint32_t ctid) {
    return call(nr::NR_clone, kThreadFlags | extra, sp, ptid, tls, ctid);
  }
};

}  // namespace

TEST_CASE("futex: a wait whose value has changed fails with EAGAIN; a wake with no waiter wakes none", "[se][threads]") {
  Guest g;
  g.set_word(kData, 5);
  CHECK(g.call(nr::NR_futex, kData, 0 /*WAIT*/, 4) == kEAGAIN);
  CHECK(g.call(nr::NR_futex, kData, 1 /*WAKE*/, 10) == 0);
  CHECK(g.call(nr::NR_futex, kData + 2, 0, 5) == -22);  // misaligned: EINVAL
  CHECK(g.last == TrapOutcome::Resume);
}

TEST_CASE("clone: the new thread starts at the parent's return with r28 0, its own sp and thread pointer", "[se][threads]") {
  Guest g;
  const int32_t tid = g.clone_thread(kSettls | kParentSettid, 0x23000, kData + 8, 0x2abc0, 0);
  CHECK(tid == 1001);
  CHECK(g.word(kData + 8) == 1001);  // CLONE_PARENT_SETTID
  CHECK(g.tid() == 1000);            // the parent keeps the CPU
  // The parent waits: the child runs, as clone left it.
  g.set_word(kData, 0);
  CHECK(g.call(nr::NR_futex, kData, 0, 0) == 0);  // the child's clone result
  const pa::CpuState& s = g.core.state();
  CHECK(s.gr[30] == 0x23000);
  CHECK(s.cr[pa::cr::Tr3] == 0x2abc0);
  CHECK((s.iaoq_front & ~3u) == 0x10010);
  CHECK(g.tid() == 1001);
  // The child wakes the parent and waits in turn: the parent resumes with 0.
  CHECK(g.call(nr::NR_futex, kData, 1, 1) == 1);
  CHECK(g.call(nr::NR_futex, kData, 0, 0) == 0);
  CHECK(g.tid() == 1000);
  CHECK(g.stat("se.threads_created") == 1);
}

TEST_CASE("clone: without the thread flags it would be a process, and answers ENOSYS", "[se][threads]") {
  Guest g;
  CHECK(g.call(nr::NR_clone, 0x12 /*SIGCHLD*/, 0, 0, 0, 0) == kENOSYS);
  CHECK(g.call(nr::NR_clone, 0x10000 /*THREAD without SIGHAND*/, 0, 0, 0, 0) == -22);
}

TEST_CASE("futex: wake-ups are first come, first served, and count what they woke", "[se][threads]") {
  Guest g;
  g.set_word(kData, 0);
  REQUIRE(g.clone_thread(0, 0x23000, 0, 0, 0) == 1001);
  REQUIRE(g.clone_thread(0, 0x24000, 0, 0, 0) == 1002);
  // 1000 waits; 1001 runs and waits; 1002 runs.
  g.call(nr::NR_futex, kData, 0, 0);
  REQUIRE(g.tid() == 1001);
  g.call(nr::NR_futex, kData, 0, 0);
  REQUIRE(g.tid() == 1002);
  CHECK(g.call(nr::NR_futex, kData, 1, 1) == 1);  // wakes 1000, the first to wait
  g.call(nr::NR_sched_yield);
  CHECK(g.tid() == 1000);
  CHECK(g.call(nr::NR_futex, kData, 1, 5) == 1);  // only 1001 was left
}

TEST_CASE("exit of a thread: its clear-child-tid word is zeroed and its joiner woken", "[se][threads]") {
  Guest g;
  const uint32_t ctid = kData + 16;
  REQUIRE(g.clone_thread(kParentSettid | kChildCleartid, 0x23000, ctid, 0, ctid) == 1001);
  REQUIRE(g.word(ctid) == 1001);
  // pthread_join: wait while the word holds the tid.
  CHECK(g.call(nr::NR_futex, ctid, 0, 1001) == 0);  // now the child runs
  REQUIRE(g.tid() == 1001);
  g.call(nr::NR_exit, 7);
  CHECK(g.last == TrapOutcome::Resume);
  CHECK(static_cast<int32_t>(g.core.state().gr[28]) == 0);  // the joiner's futex wait
  CHECK(g.word(ctid) == 0);
  CHECK(g.tid() == 1000);
  // The last thread's exit ends the process with the first thread's status.
  g.call(nr::NR_exit, 3);
  CHECK(g.last == TrapOutcome::Exited);
  CHECK(g.proc->exit_status() == 3);
}

TEST_CASE("a first thread that exits leaves the process running; its status is the process's", "[se][threads]") {
  Guest g;
  REQUIRE(g.clone_thread(0, 0x23000, 0, 0, 0) == 1001);
  g.call(nr::NR_exit, 9);
  REQUIRE(g.last == TrapOutcome::Resume);
  CHECK(g.tid() == 1001);
  g.call(nr::NR_exit, 0);
  CHECK(g.last == TrapOutcome::Exited);
  CHECK(g.proc->exit_status() == 9);
}

TEST_CASE("a time slice ends on its cycle count and the CPU passes round robin, in creation order", "[se][threads]") {
  Guest g;  // se.time_slice_cycles: 200000 by default
  REQUIRE(g.clone_thread(0, 0x23000, 0, 0, 0) == 1001);
  REQUIRE(g.clone_thread(0, 0x24000, 0, 0, 0) == 1002);
  CHECK(g.proc->cycles_until_event() == 200000 - g.core.state().cycles);
  // A quantum that ends before the slice does changes nothing.
  g.core.state().cycles += 1000;
  REQUIRE(g.proc->on_quantum() == TrapOutcome::Resume);
  CHECK(g.tid() == 1000);
  std::vector<uint32_t> seen;
  for (int i = 0; i < 4; ++i) {
    g.core.state().cycles += g.proc->cycles_until_event();
    REQUIRE(g.proc->on_quantum() == TrapOutcome::Resume);
    seen.push_back(g.tid());
    CHECK(g.proc->cycles_until_event() == 200000);
  }
  CHECK(seen == std::vector<uint32_t>{1001, 1002, 1000, 1001});
  CHECK(g.stat("se.context_switches") == 4);
}

TEST_CASE("a thread that makes system calls all the time is preempted when its slice is over", "[se][threads]") {
  Guest g;
  REQUIRE(g.clone_thread(0, 0x23000, 0, 0, 0) == 1001);
  g.core.state().cycles += 199999;
  CHECK(g.tid() == 1000);  // one cycle left
  g.core.state().cycles += 1;
  CHECK(g.call(nr::NR_getuid) == 0);  // the child's clone result: it has the CPU now
  CHECK(g.tid() == 1001);
}

TEST_CASE("a lone timed wait jumps simulated time to its timeout and returns ETIMEDOUT", "[se][threads]") {
  Guest g;
  g.set_word(kData, 0);
  g.set_word(kData + 32, 0);        // tv_sec
  g.set_word(kData + 36, 1000000);  // tv_nsec: 1 ms
  const uint64_t before = g.core.state().cycles;
  CHECK(g.call(nr::NR_futex, kData, 0, 0, kData + 32) == kETIMEDOUT);
  const uint64_t waited = g.core.state().cycles - before;
  CHECK(waited == 67000);  // 1 ms at 67 MHz
  CHECK(g.stat("se.idle_cycles") == 67000);
}

TEST_CASE("nanosleep passes simulated time; a thread that sleeps lets another run", "[se][threads]") {
  Guest g;
  g.set_word(kData + 32, 2);  // 2 s
  g.set_word(kData + 36, 0);
  REQUIRE(g.clone_thread(0, 0x23000, 0, 0, 0) == 1001);
  CHECK(g.call(nr::NR_nanosleep, kData + 32, 0) == 0);  // the child's clone result
  CHECK(g.tid() == 1001);
  CHECK(g.stat("se.idle_cycles") == 0);
  // The child waits for ever: the CPU idles until the sleeper wakes.
  g.set_word(kData, 0);
  g.call(nr::NR_futex, kData, 0, 0);
  CHECK(g.tid() == 1000);
  CHECK(g.core.state().cycles >= 134000000u);
  g.set_word(kData + 36, 1000000000);  // tv_nsec out of range
  CHECK(g.call(nr::NR_nanosleep, kData + 32, 0) == -22);
}

TEST_CASE("every thread waiting with no timeout is a deadlock: status 124 and a report per thread", "[se][threads]") {
  Guest g;
  g.set_word(kData, 0);
  REQUIRE(g.clone_thread(0, 0x23000, 0, 0, 0) == 1001);
  g.call(nr::NR_futex, kData, 0, 0);
  REQUIRE(g.last == TrapOutcome::Resume);
  g.call(nr::NR_futex, kData + 4, 0, 0);
  REQUIRE(g.last == TrapOutcome::Exited);
  CHECK(g.proc->exit_status() == 124);
  const std::string& r = g.proc->termination_report();
  CHECK(r.find("guest deadlocked") != std::string::npos);
  CHECK(r.find("thread 1000: futex wait on 0x00020000, called at 0x00010008\n") != std::string::npos);  // no symbols: the address alone
  CHECK(r.find("thread 1001: futex wait on 0x00020004, called at 0x00010008") != std::string::npos);
}

TEST_CASE("tgkill names one thread; an unknown one is ESRCH", "[se][threads]") {
  Guest g;
  REQUIRE(g.clone_thread(0, 0x23000, 0, 0, 0) == 1001);
  CHECK(g.call(nr::NR_tgkill, 1000, 1001, 0) == 0);
  CHECK(g.call(nr::NR_tgkill, 1000, 1005, 10) == -3);
  CHECK(g.call(nr::NR_tgkill, 1234, 1001, 10) == -3);
  CHECK(g.call(nr::NR_tkill, 1001, 0) == 0);
}

TEST_CASE("sched_getaffinity: one CPU, in one word; a mask without CPU 0 is refused", "[se][threads]") {
  Guest g;
  const uint32_t mask = kData + 64;
  for (uint32_t i = 0; i < 128; i += 4) g.set_word(mask + i, 0xffffffffu);
  CHECK(g.call(nr::NR_sched_getaffinity, 0, 128, mask) == 4);
  CHECK(g.word(mask) == 1);
  CHECK(g.call(nr::NR_sched_getaffinity, 0, 2, mask) == -22);
  CHECK(g.call(nr::NR_sched_getaffinity, 4242, 128, mask) == -3);
  CHECK(g.call(nr::NR_sched_setaffinity, 0, 128, mask) == 0);
  g.set_word(mask, 2);  // CPU 1 only
  CHECK(g.call(nr::NR_sched_setaffinity, 0, 128, mask) == -22);
}
