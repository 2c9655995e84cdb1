// Stage markers (kernel_model/include/pa730/stages.h): `diag ID` (ID <
// 0x100) at privilege 0 and `ldo ID(%r0),%r0` at any privilege are
// recognised at predecode and cost nothing -- no instruction, no cycle, no
// count by operation, no stall -- so a run with markers has the totals of
// the same code without them.  The listener learns the exact counters at
// each marker.  Expected figures are worked out by hand from the rules in
// pa_risc/pipeline.h (load latency 2, a store holds the port 3 cycles).
#include <catch2/catch.hpp>

#include <vector>

#include "kernel_model/include/pa730/stages.h"
#include "pa_risc/decoded_insn.h"
#include "tests/support/test_machine.h"

using test::TestMachine;

namespace {

struct Mark {
  uint32_t id;
  uint64_t instructions, cycles;
  unsigned privilege;
  pa::CounterSample sample;
};

class RecordingListener : public pa::StageListener {
 public:
  void on_marker(uint32_t id, const pa::Core& core, uint64_t instructions, uint64_t cycles,
                 unsigned privilege) override {
    Mark m{id, instructions, cycles, privilege, {}};
    core.sample(instructions, cycles, m.sample);
    marks.push_back(m);
  }
  std::vector<Mark> marks;
};

// A load whose use waits one cycle and a store whose next load waits two:
//   cycle 0  ldw 0(%r1),%r3
//            (marker 0x11: 1 instruction before it, cycle 1)
//   cycle 2  add %r3,%r3,%r4       load-use: issued at 2, not 1
//   cycle 3  stw %r4,4(%r1)        holds the port to cycle 6
//            (marker 0x12: 3 before it, cycle 4)
//   cycle 6  ldw 8(%r1),%r5        store rule: 2 cycles
// = 4 instructions, 7 cycles (functional: 4 and 4), with or without the
// markers, which sit exactly where the interlocks bite.
constexpr const char* kWithMarkers = R"(
    ldw 0(%r1),%r3
    diag 0x11
    add %r3,%r3,%r4
    stw %r4,4(%r1)
    ldo 0x12(%r0),%r0
    ldw 8(%r1),%r5)";
constexpr const char* kWithoutMarkers = R"(
    ldw 0(%r1),%r3
    add %r3,%r3,%r4
    stw %r4,4(%r1)
    ldw 8(%r1),%r5)";

uint64_t loads_counted(const pa::Core& core) {
  uint64_t n = 0;
  for (unsigned op = 0; op < static_cast<unsigned>(pa::Op::Count); ++op)
    if (pa::op_class(static_cast<pa::Op>(op)) == pa::InsnClass::Load) n += core.counters().by_op[op];
  return n;
}

void start_at_privilege_0(TestMachine& m, const char* program) {
  m.load_asm(program);
  m.state().iaoq_front &= ~3u;  // DIAG is privileged
  m.state().iaoq_back &= ~3u;
  m.gr(1) = TestMachine::kDataBase;
}

}  // namespace

TEST_CASE("marker words decode to marker operations at predecode", "[stage][decoder]") {
  CHECK(pa::decode(USER_MARKER_WORD(STAGE_INKS(3))).op == pa::Op::MARKER_LDO);
  CHECK(pa::decode(USER_MARKER_WORD(0)).op == pa::Op::MARKER_LDO);
  CHECK(pa::decode(USER_MARKER_WORD(0xff)).op == pa::Op::MARKER_LDO);
  CHECK(pa::decode(USER_MARKER_WORD(STAGE_INKS(3))).im() == 0x23);
  CHECK(pa::decode(0x34000000u | (0x100u << 1)).op == pa::Op::LDO);  // ids from 0x100: a plain LDO
  CHECK(pa::decode(0x34000000u | 0x3fffu).op == pa::Op::LDO);        // ldo -1(%r0),%r0
  CHECK(pa::decode(0x34200022u).op == pa::Op::LDO);                  // ldo 0x11(%r1),%r0
  CHECK(pa::decode(0x34010022u).op == pa::Op::LDO);                  // ldi 0x11,%r1
  CHECK(pa::decode(0x14000011u).op == pa::Op::MARKER_DIAG);          // diag 0x11
  CHECK(pa::decode(0x140000ffu).op == pa::Op::MARKER_DIAG);
  CHECK(pa::decode(0x14000100u).op == pa::Op::DIAG);                 // the firmware call
}

TEST_CASE("markers cost nothing: totals equal the same code without them", "[stage][timing]") {
  const auto mode = GENERATE(TestMachine::Mode::Functional, TestMachine::Mode::TimedNoCaches);
  const bool timed = mode != TestMachine::Mode::Functional;
  TestMachine with(mode), without(mode);
  RecordingListener listener;
  start_at_privilege_0(with, kWithMarkers);
  start_at_privilege_0(without, kWithoutMarkers);
  with.core.set_stage_listener(&listener);
  with.step(4);
  without.step(4);

  for (TestMachine* m : {&with, &without}) {
    CHECK(m->core.counters().instructions == 4);
    CHECK(m->cycles() == (timed ? 7u : 4u));
    CHECK(m->core.stall_cycles(pa::StallCause::LoadUse) == (timed ? 1u : 0u));
    CHECK(m->core.stall_cycles(pa::StallCause::StoreRule) == (timed ? 2u : 0u));
    CHECK(loads_counted(m->core) == (timed ? 2u : 0u));
    CHECK(m->core.counters().by_op[static_cast<unsigned>(pa::Op::MARKER_DIAG)] == 0);
    CHECK(m->core.counters().by_op[static_cast<unsigned>(pa::Op::MARKER_LDO)] == 0);
    CHECK(m->gr(5) == 0);
  }
  CHECK(with.core.counters().stage_markers == 2);
  CHECK(without.core.counters().stage_markers == 0);
  CHECK(with.pc() == without.pc() + 8);  // both past their last instruction

  REQUIRE(listener.marks.size() == 2);
  const Mark& a = listener.marks[0];
  CHECK(a.id == 0x11);
  CHECK(a.privilege == 0);
  CHECK(a.instructions == 1);
  CHECK(a.cycles == 1);
  CHECK(a.sample.insts == 1);
  CHECK(a.sample.loads == (timed ? 1u : 0u));
  CHECK(a.sample.stores == 0);
  CHECK(a.sample.kernel_insts == 1);  // privilege 0 is kernel mode
  CHECK(a.sample.kernel_cycles == 1);
  const Mark& b = listener.marks[1];
  CHECK(b.id == 0x12);  // the user-mode form works at privilege 0 too
  CHECK(b.instructions == 3);
  CHECK(b.cycles == (timed ? 4u : 3u));
  CHECK(b.sample.loads == (timed ? 1u : 0u));
  CHECK(b.sample.stores == (timed ? 1u : 0u));
  CHECK(b.sample.branches == 0);
  CHECK(b.sample.stalls[static_cast<unsigned>(pa::StallCause::LoadUse)] == (timed ? 1u : 0u));
  CHECK(b.sample.stalls[static_cast<unsigned>(pa::StallCause::StoreRule)] == 0);  // still to come
}

TEST_CASE("user-mode markers fire at privilege 3; DIAG there still traps", "[stage]") {
  const auto mode = GENERATE(TestMachine::Mode::Functional, TestMachine::Mode::TimedNoCaches);
  TestMachine m(mode);
  RecordingListener listener;
  m.core.set_stage_listener(&listener);
  m.load_asm(R"(
      nop
      ldo 0x23(%r0),%r0
      nop
      diag 0x23)");
  REQUIRE((m.state().iaoq_front & 3u) == 3u);
  CHECK(m.step(2).reason == pa::StopReason::BudgetExhausted);
  REQUIRE(listener.marks.size() == 1);
  CHECK(listener.marks[0].id == 0x23);
  CHECK(listener.marks[0].privilege == 3);
  CHECK(listener.marks[0].instructions == 1);
  CHECK(listener.marks[0].sample.kernel_insts == 0);
  const pa::RunResult r = m.step(1);
  REQUIRE(r.reason == pa::StopReason::Trap);
  CHECK(r.trap.code == pa::Interruption::PrivilegedOperation);
  CHECK(m.pc() == TestMachine::kCodeBase + 12);
  CHECK(m.core.counters().instructions == 2);
  CHECK(m.core.counters().stage_markers == 1);
  CHECK(listener.marks.size() == 1);
}

TEST_CASE("a marker in a nullified slot is a nullified instruction and fires nothing", "[stage]") {
  const auto mode = GENERATE(TestMachine::Mode::Functional, TestMachine::Mode::TimedNoCaches);
  TestMachine m(mode);
  RecordingListener listener;
  m.core.set_stage_listener(&listener);
  //   0 comclr,= %r0,%r0,%r0   always nullifies the next
  //   4 ldo 0x24(%r0),%r0      nullified: takes its slot (1 instruction, 1 cycle)
  //   8 ldo 0x25(%r0),%r0      fires, after 2 instructions
  //  12 nop
  m.load_asm(R"(
      comclr,= %r0,%r0,%r0
      ldo 0x24(%r0),%r0
      ldo 0x25(%r0),%r0
      nop)");
  m.step(3);
  CHECK(m.core.counters().instructions == 3);
  CHECK(m.core.counters().nullified == 1);
  CHECK(m.cycles() == 3);
  CHECK(m.core.counters().stage_markers == 1);
  REQUIRE(listener.marks.size() == 1);
  CHECK(listener.marks[0].id == 0x25);
  CHECK(listener.marks[0].instructions == 2);
  CHECK(listener.marks[0].cycles == 2);
  CHECK(listener.marks[0].sample.nullified == 1);
}
