// The stage clock's rules (sim/stages/stage_clock.h, stages.h): both
// schemes at once, direction-relative kernel markers, the measured region,
// calls, path counts, and stages that sum to the totals.  The program is a
// miniature RPC made of nops between user-form markers (they work at any
// privilege), so every figure below is a count of the nops in between.
#include <catch2/catch.hpp>

#include "kernel_model/include/pa730/stages.h"
#include "sim/stages/stage_clock.h"
#include "tests/support/test_machine.h"

using sim::stages::Scheme;
using sim::stages::StageClock;
using test::TestMachine;

namespace {

// segment  nops  MT stage        INKS stage
//   0       1    outside         00            (before the region)
//   1       1    user            01
//   2       2    user            03            request
//   3       3    client side     04            SENDER, KSTEP_BEFORE_COPYIN; then FAST
//   4       4    port            05            (timed: a load whose use waits 1 cycle)
//   5       5    server side     09            RECEIVER, KSTEP_COPYOUT
//   6       2    user            13            reply
//   7       3    server side     14            SENDER, KSTEP_BEFORE_COPYIN; then SLOW request_names
//   8       1    client side     19            RECEIVER, KSTEP_COPYOUT
//   9       1    user            21
//  10       2    outside         00            (after the region)
constexpr const char* kProgram = R"(
    nop
    ldo 0x80(%r0),%r0   ; MARK_MEASURE_BEGIN
    ldo 0x82(%r0),%r0   ; MARK_CALL_BEGIN
    ldo 0x11(%r0),%r0   ; MT user
    ldo 0x21(%r0),%r0   ; INKS 01
    nop
    ldo 0x23(%r0),%r0   ; INKS 03: request
    nop
    nop
    ldo 0x48(%r0),%r0   ; MT_ENTRY_EXIT_SENDER
    ldo 0x40(%r0),%r0   ; KSTEP_BEFORE_COPYIN
    nop
    nop
    nop
    ldo 0x84(%r0),%r0   ; MARK_FAST_PATH
    ldo 0x14(%r0),%r0   ; MT port translation
    ldo 0x41(%r0),%r0   ; KSTEP_COPYIN
    ldw 0(%r1),%r3
    add %r3,%r3,%r4
    nop
    nop
    ldo 0x49(%r0),%r0   ; MT_ENTRY_EXIT_RECEIVER
    ldo 0x45(%r0),%r0   ; KSTEP_COPYOUT
    nop
    nop
    nop
    nop
    nop
    ldo 0x2d(%r0),%r0   ; INKS 13: reply
    ldo 0x11(%r0),%r0   ; MT user
    nop
    nop
    ldo 0x48(%r0),%r0   ; MT_ENTRY_EXIT_SENDER
    ldo 0x40(%r0),%r0   ; KSTEP_BEFORE_COPYIN
    nop
    nop
    nop
    ldo 0x93(%r0),%r0   ; SLOW_REQUEST_NAMES
    ldo 0x49(%r0),%r0   ; MT_ENTRY_EXIT_RECEIVER
    ldo 0x45(%r0),%r0   ; KSTEP_COPYOUT
    nop
    ldo 0x11(%r0),%r0   ; MT user
    ldo 0x35(%r0),%r0   ; INKS 21
    nop
    ldo 0x83(%r0),%r0   ; MARK_CALL_END
    ldo 0x81(%r0),%r0   ; MARK_MEASURE_END
    ldo 0x10(%r0),%r0   ; MT outside
    ldo 0x20(%r0),%r0   ; INKS 00
    nop
    nop)";
constexpr unsigned kInstructions = 25;

constexpr unsigned mt(unsigned id) { return id - STAGE_MT_BASE; }
constexpr unsigned inks(unsigned n) { return n; }

}  // namespace

TEST_CASE("stage clock: both schemes, relative markers, region, calls, paths", "[stage][stage_clock]") {
  const auto mode = GENERATE(TestMachine::Mode::Functional, TestMachine::Mode::TimedNoCaches);
  const bool timed = mode != TestMachine::Mode::Functional;
  const unsigned privilege = GENERATE(0u, 3u);
  TestMachine m(mode);
  StageClock clock;
  m.core.set_stage_listener(&clock);
  m.load_asm(kProgram);
  m.state().iaoq_front = (m.state().iaoq_front & ~3u) | privilege;
  m.state().iaoq_back = (m.state().iaoq_back & ~3u) | privilege;
  m.gr(1) = TestMachine::kDataBase;
  m.step(kInstructions);
  clock.finish(m.core);

  // The load-use interlock (timed) adds one cycle to segment 4.
  const uint64_t stall = timed ? 1 : 0;
  CHECK(m.core.counters().instructions == kInstructions);
  CHECK(m.cycles() == kInstructions + stall);
  CHECK(clock.markers() == 25);
  CHECK(clock.unknown_markers() == 0);
  CHECK(clock.regions_begun() == 1);
  CHECK(clock.regions_ended() == 1);

  auto mi = [&](unsigned id) { return clock.measured(Scheme::Mt, mt(id)).insts; };
  auto mc = [&](unsigned id) { return clock.measured(Scheme::Mt, mt(id)).cycles; };
  CHECK(mi(STAGE_MT_OUTSIDE) == 0);
  CHECK(mi(STAGE_MT_USER) == 1 + 2 + 2 + 1);
  CHECK(mi(STAGE_MT_CLIENT_ENTRY_EXIT) == 3 + 1);
  CHECK(mi(STAGE_MT_SERVER_ENTRY_EXIT) == 5 + 3);
  CHECK(mi(STAGE_MT_PORT_TRANSLATION) == 4);
  CHECK(mc(STAGE_MT_PORT_TRANSLATION) == 4 + stall);
  CHECK(mi(STAGE_MT_THREAD_SWITCH) == 0);
  CHECK(mi(STAGE_MT_MESSAGE_COPY) == 0);
  const auto& port = clock.measured(Scheme::Mt, mt(STAGE_MT_PORT_TRANSLATION));
  CHECK(port.loads == (timed ? 1u : 0u));
  CHECK(port.stalls[static_cast<unsigned>(pa::StallCause::LoadUse)] == stall);
  CHECK(clock.whole(Scheme::Mt, mt(STAGE_MT_OUTSIDE)).insts == 1 + 2);

  auto ii = [&](unsigned n) { return clock.measured(Scheme::Inks, inks(n)).insts; };
  const unsigned expected[22] = {0, 1, 0, 2, 3, 4, 0, 0, 0, 5, 0, 0, 0, 2, 3, 0, 0, 0, 0, 1, 0, 1};
  for (unsigned n = 0; n < 22; ++n) {
    INFO("INKS stage " << n);
    CHECK(ii(n) == expected[n]);
  }
  CHECK(clock.measured(Scheme::Inks, inks(5)).cycles == 4 + stall);
  CHECK(clock.measured(Scheme::Inks, inks(5)).stalls[static_cast<unsigned>(pa::StallCause::LoadUse)] == stall);
  CHECK(clock.whole(Scheme::Inks, inks(0)).insts == 3);

  // Sums: over the region, and over the run (finish() checks every field).
  uint64_t mt_sum = 0, inks_sum = 0;
  for (unsigned i = 0; i < sim::stages::kMtStages; ++i) mt_sum += clock.measured(Scheme::Mt, i).cycles;
  for (unsigned i = 0; i < sim::stages::kInksStages; ++i) inks_sum += clock.measured(Scheme::Inks, i).cycles;
  CHECK(mt_sum == 22 + stall);
  CHECK(inks_sum == 22 + stall);
  CHECK(clock.measured_totals().insts == 22);
  CHECK(clock.totals().insts == kInstructions);

  const auto& calls = clock.calls();
  CHECK(calls.calls == 1);
  CHECK(calls.total_insts == 22);
  CHECK(calls.total_cycles == 22 + stall);
  CHECK(calls.min_total_cycles == 22 + stall);
  CHECK(calls.kernel_insts == (privilege == 0 ? 22u : 0u));
  CHECK(calls.kernel_cycles == (privilege == 0 ? 22 + stall : 0u));
  CHECK(calls.min_kernel_cycles == calls.kernel_cycles);

  CHECK(clock.fast_paths() == 1);
  for (unsigned r = 0; r < sim::stages::kSlowReasons; ++r) {
    INFO("slow reason " << r);
    CHECK(clock.slow_paths(r) == (r == SLOW_REQUEST_NAMES - MARK_SLOW_BASE ? 1u : 0u));
  }
}

TEST_CASE("stage clock: nothing is measured outside the region, calls outside it are ignored", "[stage][stage_clock]") {
  TestMachine m(TestMachine::Mode::Functional);
  StageClock clock;
  m.core.set_stage_listener(&clock);
  m.load_asm(R"(
      ldo 0x82(%r0),%r0   ; a call before the region: not counted
      nop
      ldo 0x84(%r0),%r0   ; a fast path before the region: not counted
      ldo 0x83(%r0),%r0
      ldo 0x80(%r0),%r0   ; region 1
      ldo 0x82(%r0),%r0
      nop
      nop
      ldo 0x83(%r0),%r0
      ldo 0x81(%r0),%r0
      nop
      ldo 0x80(%r0),%r0   ; region 2
      ldo 0x82(%r0),%r0
      nop
      nop
      nop
      nop
      ldo 0x83(%r0),%r0
      ldo 0x98(%r0),%r0   ; SLOW_DISABLED
      ldo 0x7f(%r0),%r0   ; not a known marker
      ldo 0x81(%r0),%r0
      nop)");
  m.step(9);
  clock.finish(m.core);
  CHECK(clock.regions_begun() == 2);
  CHECK(clock.measured_totals().insts == 6);
  CHECK(clock.whole(Scheme::Mt, 0).insts == 9);
  CHECK(clock.calls().calls == 2);
  CHECK(clock.calls().total_insts == 6);
  CHECK(clock.calls().min_total_cycles == 2);
  CHECK(clock.fast_paths() == 0);
  CHECK(clock.slow_paths(SLOW_DISABLED - MARK_SLOW_BASE) == 1);
  CHECK(clock.unknown_markers() == 1);
}
