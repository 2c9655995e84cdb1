// Time by execution mode (pa_risc/exec_mode.h): the core charges
// instructions and cycles to user, kernel or TLB-refill mode, switching at
// privilege-changing branches, RFI/RFIR and interruptions.
#include <catch2/catch.hpp>

#include "pa_risc/exec_mode.h"
#include "tests/support/test_machine.h"

using test::TestMachine;
using pa::ExecMode;

TEST_CASE("ExecModeClock charges each interval to the mode it leaves", "[exec_mode]") {
  pa::ExecModeClock clock;                     // starts in Kernel at 0/0
  clock.switch_to(ExecMode::User, 10, 25);     // kernel: 10 insts, 25 cycles
  clock.switch_to(ExecMode::TlbRefill, 15, 31);  // user: 5, 6
  clock.switch_to(ExecMode::User, 29, 60);     // refill: 14, 29
  CHECK(clock.instructions(ExecMode::Kernel, 40) == 10);
  CHECK(clock.cycles(ExecMode::Kernel, 70) == 25);
  CHECK(clock.instructions(ExecMode::TlbRefill, 40) == 14);
  CHECK(clock.cycles(ExecMode::TlbRefill, 70) == 29);
  // The open interval counts for the current mode: 5 + (40 - 29).
  CHECK(clock.instructions(ExecMode::User, 40) == 16);
  CHECK(clock.cycles(ExecMode::User, 70) == 6 + 10);
}

TEST_CASE("ExecModeClock keeps user time per space", "[exec_mode]") {
  pa::ExecModeClock clock;
  clock.switch_to(ExecMode::User, 10, 10, 0x100);    // kernel 10
  clock.switch_to(ExecMode::Kernel, 15, 17, 0);      // user in 0x100: 5 insts, 7 cycles
  clock.switch_to(ExecMode::User, 30, 40, 0x101);    // kernel 15
  clock.switch_to(ExecMode::Kernel, 31, 41, 0);      // user in 0x101: 1, 1
  clock.switch_to(ExecMode::User, 40, 50, 0x100);    // back in 0x100 (open: 2 more, 5 more)
  const auto spaces = clock.user_spaces(42, 55);
  REQUIRE(spaces.size() == 2);
  CHECK(spaces[0].space == 0x100);
  CHECK(spaces[0].instructions == 5 + 2);
  CHECK(spaces[0].cycles == 7 + 5);
  CHECK(spaces[1].space == 0x101);
  CHECK(spaces[1].instructions == 1);
  CHECK(spaces[1].cycles == 1);
  CHECK(clock.instructions(ExecMode::User, 42) == 8);
}

TEST_CASE("the core switches modes at GATE and RFI", "[exec_mode][privilege]") {
  // Functional mode: one cycle per instruction.  The program starts at
  // privilege 3 (TestMachine::load), GATEs to 0 (translation off: GATE
  // promotes to 0), and RFIs back to 3.
  //
  //   0  nop                       user 1
  //   4  gate 12,%r0               user 2     (the delay slot keeps the old level)
  //   8  nop                       user 3
  //  12  mtctl %r0,%cr17 (x2)      kernel 1,2 (IIASQ = 0, 0)
  //  20  mtctl %r5,%cr18 (x2)      kernel 3,4 (IIAOQ = 36|3, 40|3)
  //  28  rfi                       kernel 5   -> user from here
  //  32  nop                       (skipped)
  //  36  nop                       user 4
  //  40  nop                       user 5
  TestMachine m;
  m.load_asm(R"(
    nop
    gate .+8,%r0
    nop
    mtctl %r0,%cr17
    mtctl %r0,%cr17
    mtctl %r5,%cr18
    mtctl %r6,%cr18
    rfi
    nop
    nop
    nop)");
  m.gr(5) = TestMachine::kCodeBase + 36 + 3;
  m.gr(6) = TestMachine::kCodeBase + 40 + 3;
  m.step(10);
  CHECK(m.pc() == TestMachine::kCodeBase + 44);
  CHECK(m.core.mode_instructions(ExecMode::User) == 5);
  CHECK(m.core.mode_instructions(ExecMode::Kernel) == 5);
  CHECK(m.core.mode_instructions(ExecMode::TlbRefill) == 0);
  CHECK(m.core.mode_cycles(ExecMode::User) == 5);
  CHECK(m.core.mode_cycles(ExecMode::Kernel) == 5);
}
