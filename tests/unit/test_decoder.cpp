// The decoder must survive any 32-bit word and classify the ones it knows.
#include <catch2/catch.hpp>

#include <random>

#include "pa_risc/decoded_insn.h"
#include "pa_risc/opcodes.h"

TEST_CASE("decoder survives 10^7 random words", "[decoder][robustness]") {
  std::mt19937 rng(730);
  uint64_t illegal = 0;
  for (int i = 0; i < 10'000'000; ++i) {
    const uint32_t w = rng();
    const pa::DecodedInsn d = pa::decode(w);
    REQUIRE(d.word == w);
    REQUIRE(static_cast<unsigned>(d.op) < static_cast<unsigned>(pa::Op::Count));
    if (d.op == pa::Op::Illegal) ++illegal;
  }
  // Sanity: most of the encoding space is populated, but not all of it.
  CHECK(illegal > 100'000);
  CHECK(illegal < 9'000'000);
}

TEST_CASE("every major opcode with random fields decodes to a valid operation", "[decoder][robustness]") {
  std::mt19937 rng(1994);
  for (uint32_t major = 0; major < 64; ++major) {
    for (int i = 0; i < 20000; ++i) {
      const uint32_t w = (major << 26) | (rng() & 0x03ffffffu);
      const pa::DecodedInsn d = pa::decode(w);
      REQUIRE(static_cast<unsigned>(d.op) < static_cast<unsigned>(pa::Op::Count));
      REQUIRE(d.op != pa::Op::Undecoded);
    }
  }
}

TEST_CASE("known encodings decode to the right operation", "[decoder]") {
  // Words taken from hppa-linux-gnu-objdump output of gcc-compiled code.
  CHECK(pa::decode(0x0fda1281).op == pa::Op::STWS);   // stw r26,-10(sp)
  CHECK(pa::decode(0x27c11016).op == pa::Op::FLDW);   // fldw -10(sp),fr22
  CHECK(pa::decode(0x23994000).op == pa::Op::LDIL);   // ldil L%72000,ret0
  CHECK(pa::decode(0x379c0710).op == pa::Op::LDO);    // ldo 388(ret0),ret0
  CHECK(pa::decode(0xe8431d70).op == pa::Op::BL);     // b,l 17244,rp
  CHECK(pa::decode(0xe840c000).op == pa::Op::BV);     // bv r0(rp)
  CHECK(pa::decode(0x4bc23f59).op == pa::Op::LDW);    // ldw -54(sp),rp
  CHECK(pa::decode(0x081a0259).op == pa::Op::OR);     // copy r26,r25
  CHECK(pa::decode(0x08000240).op == pa::Op::OR);     // nop
  CHECK(pa::decode(0x00000000).op == pa::Op::BREAK);  // break 0,0
}
