// Stage markers (DESIGN.md, "Stage attribution"): a DIAG at privilege 0
// reaches the StageListener with the exact number of instructions completed
// before it and the cycle it issues in, whatever the timing mode.
#include <catch2/catch.hpp>

#include <vector>

#include "tests/support/test_machine.h"

using test::TestMachine;

namespace {

struct Mark {
  uint32_t marker;
  uint64_t instructions_before;
  uint64_t cycle;
};

class RecordingListener : public pa::StageListener {
 public:
  void on_stage(uint32_t marker, uint64_t instructions_before, const pa::CpuState& s) override {
    marks.push_back({marker, instructions_before, s.cycles});
  }
  std::vector<Mark> marks;
};

// Six instructions, the fourth nullified (it still takes its slot):
//   0  nop
//   4  diag 1                  1 instruction before it
//   8  comclr,= %r0,%r0,%r0    nullifies the next
//  12  nop                     (nullified)
//  16  diag 2                  4 before it
//  20  nop
constexpr const char* kProgram = R"(
    nop
    diag 1
    comclr,= %r0,%r0,%r0
    nop
    diag 2
    nop)";

void run_at_privilege_0(TestMachine& m, RecordingListener& listener) {
  m.load_asm(kProgram);
  m.state().iaoq_front &= ~3u;  // DIAG is privileged
  m.state().iaoq_back &= ~3u;
  m.core.set_stage_listener(&listener);
  m.step(6);
}

}  // namespace

TEST_CASE("stage markers carry the instructions completed before them", "[stage][timing]") {
  // Functional and PA7000 timing alike: these instructions have no
  // interlock (no loads, no stores), so each takes one cycle and a marker
  // issues in the cycle numbered by the instructions before it.
  const auto mode = GENERATE(TestMachine::Mode::Functional, TestMachine::Mode::TimedNoCaches);
  TestMachine m(mode);
  RecordingListener listener;
  run_at_privilege_0(m, listener);
  REQUIRE(listener.marks.size() == 2);
  CHECK(listener.marks[0].marker == 1);
  CHECK(listener.marks[0].instructions_before == 1);
  CHECK(listener.marks[0].cycle == 1);
  CHECK(listener.marks[1].marker == 2);
  CHECK(listener.marks[1].instructions_before == 4);
  CHECK(listener.marks[1].cycle == 4);
  CHECK(m.core.counters().stage_markers == 2);
  CHECK(m.core.counters().instructions == 6);
}
