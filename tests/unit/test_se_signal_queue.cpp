// The pending-signal rules of syscall emulation, as Linux's struct
// sigpending keeps them: standard signals pend once, real-time ones queue
// with their own siginfo, the synchronous ones are taken first, and
// sigqueue meets RLIMIT_SIGPENDING.
#include <catch2/catch.hpp>

#include <vector>

#include "sim/se/sig_pending.h"
#include "sim/se/syscall_names.h"
#include "tests/support/se_guest.h"

namespace {

using sim::se::SigInfo;
using sim::se::SigPending;
constexpr uint32_t kData = pa730_test::SeGuest::kData;
namespace nr = sim::se;

using sim::se::sig_bit;
SigInfo valued(uint32_t v) { return SigInfo{-1, 0, false, v}; }

struct GuestRam {
  std::vector<uint8_t> ram = std::vector<uint8_t>(16u << 20);
};
struct Guest : GuestRam, pa730_test::SeGuest {
  Guest() : pa730_test::SeGuest(ram) {}
  // sigqueue(getpid(), sig, value) as glibc makes it: SI_QUEUE in a siginfo.
  int32_t sigqueue(uint32_t sig, uint32_t value) {
    constexpr uint32_t info = kData + 0x100;
    mem.fill_bytes(0, info, 0, 128);
    mem.host_store<uint32_t>(0, info, sig);
    mem.host_store<uint32_t>(0, info + 8, static_cast<uint32_t>(-1));
    mem.host_store<uint32_t>(0, info + 20, value);
    return call(nr::NR_rt_sigqueueinfo, 1000, sig, info);
  }
  void block(uint64_t set) {
    mem.host_store<uint32_t>(0, kData, static_cast<uint32_t>(set));
    mem.host_store<uint32_t>(0, kData + 4, static_cast<uint32_t>(set >> 32));
    REQUIRE(call(nr::NR_rt_sigprocmask, 0 /*SIG_BLOCK*/, kData, 0, 8) == 0);
  }
};

}  // namespace

TEST_CASE("signal queue: a standard signal pends once and keeps the first sender's siginfo", "[se][signals]") {
  SigPending p;
  CHECK(p.add(10, valued(5)));
  CHECK_FALSE(p.add(10, valued(6)));
  CHECK(p.queued() == 1);
  CHECK(p.take(10).value == 5);
  CHECK(p.set() == 0);
}

TEST_CASE("signal queue: real-time instances queue, oldest first, and the set holds until the last", "[se][signals]") {
  SigPending p;
  CHECK(p.add(40, valued(1)));
  CHECK(p.add(33, valued(9)));
  CHECK(p.add(40, valued(2)));
  CHECK(p.set() == (sig_bit(40) | sig_bit(33)));
  CHECK(p.take(40).value == 1);
  CHECK(p.set() == (sig_bit(40) | sig_bit(33)));
  CHECK(p.take(40).value == 2);
  CHECK(p.set() == sig_bit(33));
  p.discard(33);
  CHECK(p.set() == 0);
  CHECK(p.queued() == 0);
}

TEST_CASE("signal queue: a timer's queued siginfo is found by its id, not by its number alone", "[se][signals]") {
  SigPending p;
  p.add(35, valued(7));
  p.add(35, SigInfo{sim::se::kSiTimer, 0, false, 1, 3, 0});
  CHECK(p.find_timer(35, 4) == nullptr);
  SigInfo* t = p.find_timer(35, 3);
  REQUIRE(t != nullptr);
  t->overrun = 2;
  CHECK(p.take(35).value == 7);
  CHECK(p.take(35).overrun == 2);
}

TEST_CASE("signal queue: synchronous signals go before lower-numbered ones", "[se][signals]") {
  CHECK(sim::se::next_signal(sig_bit(1) | sig_bit(11)) == 11);  // SIGSEGV before SIGHUP
  CHECK(sim::se::next_signal(sig_bit(2) | sig_bit(16)) == 2);
  CHECK(sim::se::next_signal(sig_bit(8) | sig_bit(4)) == 4);    // SIGILL, then SIGFPE
  CHECK(sim::se::next_signal(sig_bit(64)) == 64);
}

TEST_CASE("sigqueue: past RLIMIT_SIGPENDING a real-time signal gets EAGAIN, others are sent without their siginfo", "[se][signals]") {
  Guest g;
  // 16 MB of RAM: Linux's fork_init gives 16 MB / (8 x 16 KB) / 2 = 64.
  REQUIRE(g.call(nr::NR_getrlimit, 11 /*RLIMIT_SIGPENDING*/, kData + 0x200) == 0);
  const uint32_t limit = g.mem.host_load<uint32_t>(0, kData + 0x200);
  CHECK(limit == 64);
  g.block(sig_bit(40) | sig_bit(41) | sig_bit(42) | sig_bit(12) | sig_bit(13));
  for (uint32_t i = 0; i < limit; ++i) REQUIRE(g.sigqueue(40, i) == 0);
  CHECK(g.sigqueue(41, 0) == -11);                    // the limit counts instances of any signal
  CHECK(g.call(nr::NR_tgkill, 1000, 1000, 41) == -11);
  CHECK(g.call(nr::NR_kill, 1000, 42) == 0);          // kill may not fail: sent, its siginfo lost
  CHECK(g.sigqueue(12, 7) == 0);                      // a standard signal too
  CHECK(g.call(nr::NR_kill, 1000, 13) == 0);          // and kill's standard signal keeps its siginfo

  constexpr uint32_t set = kData + 0x280, info = kData + 0x300, ts = kData + 0x400;
  auto wait_for = [&](int sig) {
    g.mem.host_store<uint32_t>(0, set, static_cast<uint32_t>(sig_bit(sig)));
    g.mem.host_store<uint32_t>(0, set + 4, static_cast<uint32_t>(sig_bit(sig) >> 32));
    g.mem.fill_bytes(0, ts, 0, 8);
    return g.call(nr::NR_rt_sigtimedwait, set, info, ts, 8);
  };
  auto info_word = [&](uint32_t off) { return g.mem.host_load<uint32_t>(0, info + off); };
  // rt_sigtimedwait takes the queued ones in order, each with its own value.
  for (uint32_t i = 0; i < 3; ++i) {
    REQUIRE(wait_for(40) == 40);
    CHECK(info_word(20) == i);
  }
  CHECK(wait_for(12) == 12);
  CHECK(info_word(8) == 0);   // SI_USER,
  CHECK(info_word(12) == 0);  // from pid 0: the siginfo was lost
  CHECK(wait_for(13) == 13);
  CHECK(info_word(12) == 1000);
  CHECK(wait_for(42) == 42);
  CHECK(info_word(12) == 0);
  CHECK(wait_for(42) == -11);  // once
  CHECK(g.sigqueue(41, 0) == 0);  // room again
}
