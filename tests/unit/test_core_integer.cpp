// Integer instruction semantics, with expected values worked out by hand
// from the PA-RISC 1.1 manual.
#include <catch2/catch.hpp>

#include "pa_risc/bits.h"
#include "tests/support/test_machine.h"

using test::TestMachine;

TEST_CASE("field helpers follow the manual's bit numbering", "[isa][bits]") {
  // ldil L%0x72000,ret0 is 0x23994000: assemble_21 of bits 11..31.
  CHECK(pa::assemble_21(0x23994000u & 0x1fffff) == 0x72000u);
  CHECK(pa::low_sign_ext(0x3fff, 14) == -1);     // sign in the LSB: -2^13 + 0x1fff
  CHECK(pa::low_sign_ext(0x0001, 14) == -8192);
  CHECK(pa::low_sign_ext(0x3ffe, 14) == 8191);
  CHECK(pa::low_sign_ext(0x2, 5) == 1);
  CHECK(pa::low_sign_ext(0x1, 5) == -16);
  CHECK(pa::field(0xfc000000u, 0, 6) == 0x3f);
}

TEST_CASE("64-bit add through the carry chain", "[isa][arith]") {
  // (0x00000001_ffffffff + 0x00000002_00000001): low words carry out.
  TestMachine m;
  m.load_asm(R"(
    add %r4,%r5,%r6      ; low: 0xffffffff + 1 = 0, C = 1
    addc %r2,%r3,%r7     ; high: 1 + 2 + C = 4
    nop)");
  m.gr(2) = 1; m.gr(3) = 2; m.gr(4) = 0xffffffff; m.gr(5) = 1;
  m.run_to(8);
  CHECK(m.gr(6) == 0);
  CHECK(m.gr(7) == 4);
}

TEST_CASE("subtract with borrow: 0x1_00000000 - 1", "[isa][arith]") {
  TestMachine m;
  m.load_asm(R"(
    sub %r4,%r5,%r6      ; 0 - 1 = 0xffffffff, borrow (carry = 0)
    subb %r2,%r3,%r7     ; 1 - 0 - borrow = 0
    nop)");
  m.gr(2) = 1; m.gr(3) = 0; m.gr(4) = 0; m.gr(5) = 1;
  m.run_to(8);
  CHECK(m.gr(6) == 0xffffffffu);
  CHECK(m.gr(7) == 0);
}

TEST_CASE("comclr nullifies the next instruction when the condition holds", "[isa][nullify]") {
  TestMachine m;
  m.load_asm(R"(
    comclr,= %r4,%r5,%r6   ; r4 == r5: clear r6, nullify next
    ldi 7,%r7              ; skipped
    comclr,< %r4,%r5,%r8   ; 5 < 5 false: next executes
    ldi 9,%r9
    nop)");
  m.gr(4) = 5; m.gr(5) = 5; m.gr(6) = 123;
  m.run_to(16);
  CHECK(m.gr(6) == 0);
  CHECK(m.gr(7) == 0);
  CHECK(m.gr(9) == 9);
  CHECK(m.core.counters().nullified == 1);
}

TEST_CASE("unsigned compare conditions use the borrow", "[isa][cond]") {
  TestMachine m;
  m.load_asm(R"(
    comclr,<< %r4,%r5,%r0  ; 1 <<(unsigned) 0xffffffff: true, nullify
    ldi 1,%r6
    comclr,< %r4,%r5,%r0   ; 1 < -1 (signed): false
    ldi 1,%r7
    nop)");
  m.gr(4) = 1; m.gr(5) = 0xffffffff;
  m.run_to(16);
  CHECK(m.gr(6) == 0);
  CHECK(m.gr(7) == 1);
}

TEST_CASE("addo traps on signed overflow without writing the target", "[isa][trap]") {
  TestMachine m;
  m.load_asm("addo %r4,%r5,%r6\n nop");
  m.gr(4) = 0x7fffffff; m.gr(5) = 1; m.gr(6) = 77;
  const auto r = m.step(1);
  REQUIRE(r.reason == pa::StopReason::Trap);
  CHECK(r.trap.code == pa::Interruption::Overflow);
  CHECK(m.gr(6) == 77);
  CHECK(m.pc() == TestMachine::kCodeBase);
}

TEST_CASE("extrs sign-extends, extru does not", "[isa][shift]") {
  TestMachine m;
  m.load_asm(R"(
    extrs %r4,27,4,%r5     ; bits 24..27 of 0x000000f0 = 0xf -> -1
    extru %r4,27,4,%r6     ; -> 15
    zdep %r7,23,8,%r8      ; 0xab << 8
    dep %r7,31,4,%r9       ; r9 low nibble <- 0xb
    shd %r10,%r11,8,%r12   ; (0x11223344:0x55667788) >> 8 -> 0x44556677
    nop)");
  m.gr(4) = 0xf0; m.gr(7) = 0xab; m.gr(9) = 0xffff0000; m.gr(10) = 0x11223344; m.gr(11) = 0x55667788;
  m.run_to(20);
  CHECK(m.gr(5) == 0xffffffffu);
  CHECK(m.gr(6) == 15);
  CHECK(m.gr(8) == 0xab00);
  CHECK(m.gr(9) == 0xffff000b);
  CHECK(m.gr(12) == 0x44556677);
}

TEST_CASE("variable shifts use SAR", "[isa][shift]") {
  TestMachine m;
  m.load_asm(R"(
    mtsar %r4              ; SAR = 28
    vextru %r5,4,%r6       ; 4 bits ending at bit 28 (PA numbering): 0x70 >> 3 = 0xe
    vshd %r7,%r8,%r9       ; (r7:r8) >> 28
    nop)");
  m.gr(4) = 28; m.gr(5) = 0x70; m.gr(7) = 0x1; m.gr(8) = 0x20000000;
  m.run_to(12);
  CHECK(m.gr(6) == 0xe);
  CHECK(m.gr(9) == 0x12);
}

TEST_CASE("branch delay slot executes, ,n nullifies it", "[isa][branch]") {
  TestMachine m;
  m.load_asm(R"(
    bl target,%r2          ; link = address of the insn after the delay slot
    ldi 1,%r3              ; delay slot: executes
    ldi 2,%r4              ; skipped by the branch
target:
    b,n done               ; ,n on an unconditional branch nullifies the slot
    ldi 3,%r5
done:
    nop)");
  m.run_to(20);
  CHECK(m.gr(3) == 1);
  CHECK(m.gr(4) == 0);
  CHECK(m.gr(5) == 0);
  CHECK((m.gr(2) & ~3u) == TestMachine::kCodeBase + 8);
  CHECK((m.gr(2) & 3u) == 3);  // privilege level in the low bits
}

TEST_CASE("bv, blr and be honour the delay slot", "[isa][branch]") {
  TestMachine m;
  m.load_asm(R"(
    bv %r0(%r6)            ; to r6 (= offset 24)
    ldi 1,%r3              ; delay slot
    ldi 99,%r4
    ldi 99,%r4
    ldi 99,%r4
    ldi 99,%r4
    blr %r7,%r2            ; offset 24: 8 + r7*8 = +16 -> offset 40
    ldi 2,%r5              ; delay slot
    ldi 99,%r4
    ldi 99,%r4
    be 0(%sr0,%r8)         ; offset 40: to r8 (= offset 56)
    ldi 3,%r9
    ldi 99,%r4
    ldi 99,%r4
    nop)");
  m.gr(6) = TestMachine::kCodeBase + 24;
  m.gr(7) = 1;
  m.gr(8) = TestMachine::kCodeBase + 56;
  m.run_to(56);
  CHECK(m.gr(3) == 1);
  CHECK(m.gr(5) == 2);
  CHECK(m.gr(9) == 3);
  CHECK(m.gr(4) == 0);
  CHECK((m.gr(2) & ~3u) == TestMachine::kCodeBase + 32);
}

// Regression: a run that stops between an inter-space branch and its delay
// slot (a debugger's single step, or an interruption taken there and RFI'd
// back) must still execute the slot in the old space.  The BREAK in the
// slot shows, through IASQ front, which space it ran in.
TEST_CASE("be stopped before its delay slot resumes the slot in the old space", "[isa][branch][space]") {
  TestMachine m;
  m.load_asm(R"(
    be 0(%sr1,%r8)
    break 1,2
    nop)");
  m.gr(8) = TestMachine::kCodeBase + 8;
  m.state().sr[1] = 5;
  REQUIRE(m.step(1).reason == pa::StopReason::BudgetExhausted);
  CHECK(m.state().iasq_front == 0);
  CHECK(m.state().iasq_back == 5);
  const pa::RunResult r = m.step(1);
  REQUIRE(r.reason == pa::StopReason::Trap);
  CHECK(m.state().iasq_front == 0);  // the slot ran in the space the branch left
  CHECK(m.pc() == TestMachine::kCodeBase + 4);
}

TEST_CASE("conditional branch nullification depends on direction", "[isa][branch]") {
  TestMachine m;
  m.load_asm(R"(
    ldi 3,%r4
loop:
    addib,<> -1,%r4,loop   ; backward taken: delay slot executes
    addi 1,%r5,%r5
    comb,=,n %r0,%r0,fwd   ; forward taken with ,n: slot nullified
    ldi 1,%r6
fwd:
    comb,=,n %r0,%r4,back  ; backward... r4 == 0 so taken; backward taken with ,n executes slot
    ldi 7,%r7
    nop
back:
    nop)");
  // The last branch is forward in the text (label "back" follows), kept simple:
  m.run_to(32);
  CHECK(m.gr(4) == 0);
  CHECK(m.gr(5) == 3);
  CHECK(m.gr(6) == 0);
  CHECK(m.gr(7) == 0);  // forward taken + ,n: nullified
}

TEST_CASE("ds steps implement unsigned division as the millicode does", "[isa][ds]") {
  // The shape of libgcc's $$divU: negate the divisor and run one ds to set
  // V, shift the dividend's MSB into the carry, then 32 (ds; addc) pairs.
  std::string src = R"(
    sub %r0,%r26,%r1       ; clear carry, negate the divisor
    ds %r0,%r1,%r0         ; V <- complement of the divisor's sign
    add %r25,%r25,%r5      ; dividend MSB into the carry
    ds %r0,%r26,%r1        ; first step
    addc %r5,%r5,%r5
)";
  for (int i = 0; i < 31; ++i) src += "    ds %r1,%r26,%r1\n    addc %r5,%r5,%r5\n";
  src += "    nop\n";
  for (auto [dividend, divisor] : {std::pair<uint32_t, uint32_t>{1000, 7}, {0xffffffffu, 10}, {5, 9}, {123456789, 1}}) {
    TestMachine m;
    m.load_asm(src);
    m.gr(25) = dividend;
    m.gr(26) = divisor;
    m.run_to(static_cast<uint32_t>(4 * (5 + 62)));
    INFO(dividend << " / " << divisor);
    CHECK(m.gr(5) == dividend / divisor);
  }
}

TEST_CASE("loads and stores: sizes, sign, modify and alignment traps", "[isa][memory]") {
  TestMachine m;
  m.load_asm(R"(
    stw %r4,0(%r3)
    ldb 0(%r3),%r5         ; big-endian: first byte is 0x81 (zero-extended)
    ldh 2(%r3),%r6
    stwm %r4,8(%r3)        ; post-modify (positive displacement)
    ldwm -8(%r3),%r7       ; pre-modify (negative)
    ldwx,s %r8(%r3),%r9    ; scaled index: r3 + 4*r8
    stbys,e %r10,2(%r3)    ; store the 2 bytes before offset 2
    ldw 0(%r3),%r11
    nop)");
  m.gr(3) = TestMachine::kDataBase;
  m.gr(4) = 0x81828384;
  m.gr(8) = 0;
  m.gr(10) = 0xaabbccdd;
  m.run_to(32);
  CHECK(m.gr(5) == 0x81);
  CHECK(m.gr(6) == 0x8384);
  CHECK(m.gr(3) == TestMachine::kDataBase);  // +8 then -8
  CHECK(m.gr(7) == 0x81828384);
  CHECK(m.gr(9) == 0x81828384);
  CHECK(m.gr(11) == 0xaabb8384);

  TestMachine u;
  u.load_asm("ldw 2(%r3),%r4\n nop");
  u.gr(3) = TestMachine::kDataBase;
  const auto r = u.step(1);
  REQUIRE(r.reason == pa::StopReason::Trap);
  CHECK(r.trap.code == pa::Interruption::UnalignedDataReference);
  CHECK(r.trap.offset == TestMachine::kDataBase + 2);
}

TEST_CASE("privileged instructions trap at privilege 3", "[isa][privilege]") {
  for (const char* insn : {"rfi", "ssm 1,%r1", "mtctl %r1,%cr15", "mfctl %cr14,%r1", "mtsp %r1,%sr5",
                           "pdtlb %r0(%sr1,%r1)", "iitlbp %r0,(%sr0,%r0)"}) {
    TestMachine m;
    m.load_asm(std::string(insn) + "\n nop");
    const auto r = m.step(1);
    INFO(insn);
    REQUIRE(r.reason == pa::StopReason::Trap);
    CHECK((r.trap.code == pa::Interruption::PrivilegedOperation ||
           r.trap.code == pa::Interruption::PrivilegedRegister));
  }
}

TEST_CASE("user-readable control registers", "[isa][privilege]") {
  TestMachine m;
  m.load_asm("mtsar %r4\n mfctl %sar,%r5\n mfctl %cr16,%r6\n mfctl %cr27,%r7\n nop");
  m.gr(4) = 0x25;  // only 5 bits kept
  m.state().cr[27] = 0x1234;
  m.run_to(16);
  CHECK(m.gr(5) == 5);
  CHECK(m.gr(6) == 2);  // CR16 = cycles before the third instruction
  CHECK(m.gr(7) == 0x1234);
}

TEST_CASE("self-modifying code is re-decoded", "[isa][predecode]") {
  TestMachine m;
  // Overwrite the instruction at offset 12 with "ldi 5,%r4" (0x34040000 | imm).
  const auto patch = test::assemble("ldi 5,%r4");
  m.load_asm(R"(
    stw %r3,12(%r2)
    nop
    nop
    ldi 1,%r4
    nop)");
  m.gr(2) = TestMachine::kCodeBase;
  m.gr(3) = patch.at(0);
  // Execute the original once first so its page is predecoded.
  m.run_to(16);
  CHECK(m.gr(4) == 5);
}

TEST_CASE("a fetch fault does not count an instruction", "[isa][counters]") {
  // Branch to an unmapped page: the fetch there faults before anything issues.
  TestMachine m;
  m.load_asm("bv %r0(%r2)\n nop\n nop");
  m.gr(2) = 0x00800000;
  const auto r = m.core.run(100);
  REQUIRE(r.reason == pa::StopReason::Trap);
  CHECK(r.trap.code == pa::Interruption::InstructionTlbMiss);
  CHECK(m.core.counters().instructions == 2);  // bv and its delay slot
  CHECK(m.cycles() == 2);                      // functional: one cycle each, nothing for the fault
}

// Predecoded code survives unmapping (context changes, TLB evictions) and is
// checked against the page's bytes when the page comes back: a page written
// meanwhile, through any mapping, is decoded afresh.
TEST_CASE("a code page written while unmapped is decoded afresh when it returns", "[isa][predecode]") {
  TestMachine m;
  m.load_asm(R"(
    ldi 1,%r3
    nop)");
  m.step(1);
  REQUIRE(m.gr(3) == 1);
  m.mem.unmap_exec(TestMachine::kCodeBase >> pa::kPageBits);  // as a context change does
  m.backend.poke_word(TestMachine::kCodeBase, test::assemble("ldi 2,%r3").at(0));  // behind the core's back
  m.state().iaoq_front = TestMachine::kCodeBase | 3u;
  m.state().iaoq_back = (TestMachine::kCodeBase + 4) | 3u;
  m.step(1);
  CHECK(m.gr(3) == 2);
  // Unchanged bytes: the same predecode comes back (and still runs right).
  m.mem.unmap_exec(TestMachine::kCodeBase >> pa::kPageBits);
  m.state().iaoq_front = TestMachine::kCodeBase | 3u;
  m.state().iaoq_back = (TestMachine::kCodeBase + 4) | 3u;
  m.gr(3) = 0;
  m.step(1);
  CHECK(m.gr(3) == 2);
}
