// FDC/FIC/PDC/FDCE reach the cache models in timed runs.
#include <catch2/catch.hpp>

#include "tests/support/test_machine.h"

using test::TestMachine;

TEST_CASE("fdc writes a dirty line back and invalidates it", "[cache][maintenance]") {
  TestMachine m(TestMachine::Mode::Timed);
  m.load_asm(R"(
    stw %r4,0(%r3)          ; miss: the line is filled (write-allocate) and dirtied
    nop
    nop
    fdc %r0(%r3)            ; write-back of the dirty line, then invalidate
    ldw 0(%r3),%r5          ; misses again
    nop)");
  m.gr(3) = TestMachine::kDataBase;
  m.gr(4) = 0x12345678;
  m.run_to(20);
  CHECK(m.gr(5) == 0x12345678);  // flushing never loses data
  CHECK(m.dcache->stats().writebacks == 1);
  CHECK(m.dcache->stats().read_misses == 1);   // the reload after the flush
  CHECK(m.dcache->stats().write_misses == 1);  // the first store
}

TEST_CASE("pdc is privileged; fdc and fic are not", "[cache][maintenance][privilege]") {
  TestMachine m(TestMachine::Mode::Timed);
  m.load_asm("fdc %r0(%r3)\n fic %r0(%sr0,%r2)\n pdc %r0(%r3)\n nop");
  m.gr(2) = TestMachine::kCodeBase;
  m.gr(3) = TestMachine::kDataBase;
  m.step(2);
  CHECK(m.pc() == TestMachine::kCodeBase + 8);
  const auto r = m.step(1);
  REQUIRE(r.reason == pa::StopReason::Trap);
  CHECK(r.trap.code == pa::Interruption::PrivilegedOperation);
}

TEST_CASE("fdc on an unmapped address raises the non-access data TLB miss fault", "[cache][maintenance]") {
  TestMachine m(TestMachine::Mode::Timed);
  m.load_asm("fdc %r0(%r3)\n nop");
  m.gr(3) = 0x00800000;  // outside the test machine's memory
  const auto r = m.step(1);
  REQUIRE(r.reason == pa::StopReason::Trap);
  CHECK(r.trap.code == pa::Interruption::NonAccessDataTlbMiss);
}
