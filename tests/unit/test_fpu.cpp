// Floating-point coprocessor operations: decode of real encodings and
// semantics checked against the reference emulator.
//
// Instruction words come from hppa-linux-gnu-as + objdump (the assembly is
// in the comment beside each word).  Unless a test says otherwise, every
// expected result and FPSR value was observed under qemu-hppa 7.2 by
// running the same instruction word on the same register contents (a
// hppa-linux test program loading fr0..fr31, executing the word and storing
// fr0..fr31 back).  Operands and results are bit patterns throughout, so the
// test itself does no floating-point arithmetic inside the guest bracket.
#include <catch2/catch.hpp>

#include <cstdint>

#include "pa_risc/cpu_state.h"
#include "pa_risc/decoded_insn.h"
#include "pa_risc/fpu.h"
#include "pa_risc/fpu_status.h"
#include "pa_risc/interruptions.h"

namespace {

using pa::Op;

// Encodings (hppa-linux-gnu-as, .level 1.1).
constexpr uint32_t kFaddDbl = 0x30850e06;        // fadd,dbl fr4,fr5,fr6
constexpr uint32_t kFaddSgl = 0x30850606;        // fadd,sgl fr4,fr5,fr6
constexpr uint32_t kFsubSgl = 0x30852606;        // fsub,sgl fr4,fr5,fr6
constexpr uint32_t kFmpyDbl = 0x30854e06;        // fmpy,dbl fr4,fr5,fr6
constexpr uint32_t kFdivDbl = 0x30856e06;        // fdiv,dbl fr4,fr5,fr6
constexpr uint32_t kFremDbl = 0x30858e06;        // frem,dbl fr4,fr5,fr6
constexpr uint32_t kFremSgl = 0x30858606;        // frem,sgl fr4,fr5,fr6
constexpr uint32_t kFsqrtDbl = 0x30808806;       // fsqrt,dbl fr4,fr6
constexpr uint32_t kFsqrtSgl = 0x30808006;       // fsqrt,sgl fr4,fr6
constexpr uint32_t kFrndDbl = 0x3080a806;        // frnd,dbl fr4,fr6
constexpr uint32_t kFcpyDbl = 0x30804806;        // fcpy,dbl fr4,fr6
constexpr uint32_t kFabsDbl = 0x30806806;        // fabs,dbl fr4,fr6
constexpr uint32_t kFabsSglRL = 0x38806086;      // fabs,sgl fr4R,fr6
constexpr uint32_t kFcnvffSD = 0x30802206;       // fcnvff,sgl,dbl fr4,fr6
constexpr uint32_t kFcnvffDS = 0x30800a06;       // fcnvff,dbl,sgl fr4,fr6
constexpr uint32_t kFcnvxfSS = 0x30808206;       // fcnvxf,sgl,sgl fr4,fr6
constexpr uint32_t kFcnvxfSD = 0x3080a206;       // fcnvxf,sgl,dbl fr4,fr6
constexpr uint32_t kFcnvxfDD = 0x3080aa06;       // fcnvxf,dbl,dbl fr4,fr6
constexpr uint32_t kFcnvxfDS = 0x30808a06;       // fcnvxf,dbl,sgl fr4,fr6
constexpr uint32_t kFcnvfxDS = 0x30810a06;       // fcnvfx,dbl,sgl fr4,fr6
constexpr uint32_t kFcnvfxDD = 0x30812a06;       // fcnvfx,dbl,dbl fr4,fr6
constexpr uint32_t kFcnvfxtDS = 0x30818a06;      // fcnvfxt,dbl,sgl fr4,fr6
constexpr uint32_t kFcnvfxtDD = 0x3081aa06;      // fcnvfxt,dbl,dbl fr4,fr6
constexpr uint32_t kFcnvfxtSS = 0x30818206;      // fcnvfxt,sgl,sgl fr4,fr6
constexpr uint32_t kFcnvfxtSSRR = 0x388182c6;    // fcnvfxt,sgl,sgl fr4R,fr6R
constexpr uint32_t kFcmpEq = 0x30850c04;         // fcmp,dbl,= fr4,fr5
constexpr uint32_t kFcmpLt = 0x30850c09;         // fcmp,dbl,< fr4,fr5
constexpr uint32_t kFcmpNotLt = 0x30850c17;      // fcmp,dbl,!< fr4,fr5
constexpr uint32_t kFcmpUnord = 0x30850c02;      // fcmp,dbl,? fr4,fr5
constexpr uint32_t kFcmpNotUle = 0x30850c10;     // fcmp,dbl,!?<= fr4,fr5
constexpr uint32_t kFcmpLtGt = 0x30850c19;       // fcmp,dbl,<> fr4,fr5
constexpr uint32_t kFcmpNe = 0x30850c1a;         // fcmp,dbl,!= fr4,fr5
constexpr uint32_t kFcmpTrue = 0x30850c1f;       // fcmp,dbl,true fr4,fr5
constexpr uint32_t kFcmpFalse = 0x30850c01;      // fcmp,dbl,false fr4,fr5
constexpr uint32_t kFcmpSglGt = 0x38850491;      // fcmp,sgl,> fr4R,fr5
constexpr uint32_t kFtest = 0x30002420;          // ftest
constexpr uint32_t kXmpyu = 0x38854786;          // xmpyu fr4R,fr5,fr6
constexpr uint32_t kFaddSglHalves = 0x388506c6;  // fadd,sgl fr4R,fr5,fr6R
constexpr uint32_t kFmpyaddDbl = 0x188541c6;     // fmpyadd,dbl fr4,fr5,fr6,fr7,fr8
constexpr uint32_t kFmpysubDbl = 0x988541c6;     // fmpysub,dbl fr4,fr5,fr6,fr7,fr8
constexpr uint32_t kFmpyaddSgl = 0x1811a0f2;     // fmpyadd,sgl fr16,fr17R,fr18R,fr19,fr20R
constexpr uint32_t kFaddFr0 = 0x30050e06;        // fadd,dbl fr0,fr5,fr6
constexpr uint32_t kFid = 0x30000000;            // fid

// Bit patterns.
constexpr uint64_t kOne = 0x3ff0000000000000, kMinusOne = 0xbff0000000000000, kTwo = 0x4000000000000000,
                   kThree = 0x4008000000000000, kTen = 0x4024000000000000, kZero = 0,
                   kMinusZero = 0x8000000000000000, kInf = 0x7ff0000000000000, kMinusInf = 0xfff0000000000000;
constexpr uint64_t kDefaultNaN = 0x7ff4000000000000;
constexpr uint32_t kDefaultNaNSgl = 0x7fa00000;
constexpr uint32_t kOneSgl = 0x3f800000, kTwoSgl = 0x40000000, kThreeSgl = 0x40400000, kInfSgl = 0x7f800000;

constexpr uint32_t kV = pa::fpsr::kExcV << pa::fpsr::kFlagShift, kZ = pa::fpsr::kExcZ << pa::fpsr::kFlagShift,
                   kO = pa::fpsr::kExcO << pa::fpsr::kFlagShift, kI = pa::fpsr::kExcI << pa::fpsr::kFlagShift;
constexpr uint32_t rm(uint32_t mode) { return mode << pa::fpsr::kRmShift; }

constexpr uint64_t left(uint32_t v) { return static_cast<uint64_t>(v) << 32; }

// A CPU inside the run-loop bracket (host rounding mode = guest's).
struct Fpu {
  pa::CpuState s;
  explicit Fpu(uint32_t status = 0) {
    s.fp.set_status(status);
    pa::fp_enter_guest(s);
  }
  ~Fpu() { pa::fp_leave_guest(s); }
  Fpu(const Fpu&) = delete;
  Fpu& operator=(const Fpu&) = delete;

  bool run(uint32_t word) { return pa::fp_execute(s, pa::decode(word)); }
  uint32_t status() { return pa::fp_read_status(s); }
  uint32_t flags() { return status() & pa::fpsr::kFlagMask; }
  uint64_t& fr(unsigned r) { return s.fp.fr[r]; }
  // Run a two-operand double operation on fr4, fr5 into fr6.
  uint64_t op2(uint32_t word, uint64_t a, uint64_t b) {
    fr(4) = a;
    fr(5) = b;
    run(word);
    return fr(6);
  }
  uint64_t op1(uint32_t word, uint64_t a) {
    fr(4) = a;
    run(word);
    return fr(6);
  }
};

}  // namespace

TEST_CASE("FP decode: real encodings map to operations and fields", "[fpu][decode]") {
  auto d = pa::decode(kFaddSglHalves);
  CHECK(d.op == Op::FADD);
  CHECK(d.r1() == 4);
  CHECK(d.r2() == 5);
  CHECK(d.t() == 6);
  CHECK((d.flags_ & pa::fpf::kR1Right) != 0);
  CHECK((d.flags_ & pa::fpf::kR2Right) == 0);
  CHECK((d.flags_ & pa::fpf::kTRight) != 0);
  CHECK((d.flags_ & pa::fpf::kSrcDbl) == 0);

  d = pa::decode(kFcnvfxtDS);
  CHECK(d.op == Op::FCNVFXT);
  CHECK((d.flags_ & pa::fpf::kSrcDbl) != 0);
  CHECK((d.flags_ & pa::fpf::kDstDbl) == 0);

  d = pa::decode(kFcmpNotUle);
  CHECK(d.op == Op::FCMP);
  CHECK(d.cond() == 16);
  CHECK(d.sub_ == 0);

  d = pa::decode(kFmpyaddSgl);
  CHECK(d.op == Op::FMPYADD);
  CHECK(d.r1() == 16);
  CHECK(d.r2() == 17);
  CHECK(d.t() == 18);
  CHECK((d.flags_ & (pa::fpf::kR1Right | pa::fpf::kR2Right | pa::fpf::kTRight)) ==
        (pa::fpf::kR2Right | pa::fpf::kTRight));
  CHECK(pa::fpf::mpyadd_ra(d) == 19);
  CHECK_FALSE(pa::fpf::mpyadd_ra_right(d));
  CHECK(pa::fpf::mpyadd_ta(d) == 20);
  CHECK(pa::fpf::mpyadd_ta_right(d));

  CHECK(pa::decode(kFtest).op == Op::FTEST);
  CHECK(pa::decode(kXmpyu).op == Op::XMPYU);
  CHECK(pa::decode(kFmpysubDbl).op == Op::FMPYSUB);
  CHECK(pa::decode(kFremSgl).op == Op::FREM);
  CHECK(pa::decode(kFid).op == Op::FID);
  CHECK(pa::decode(0x3000c006).op == Op::FCPY);  // fneg,sgl fr0,fr6 (PA 2.0, accepted as QEMU does)
}

TEST_CASE("FP decode: reserved formats are illegal", "[fpu][decode]") {
  CHECK(pa::decode(0x30851e06).op == Op::Illegal);  // fadd with fmt 3 (quad)
  CHECK(pa::decode(0x30851606).op == Op::Illegal);  // fadd with fmt 2
  CHECK(pa::decode(0x30800206).op == Op::Illegal);  // fcnvff,sgl,sgl
  CHECK(pa::decode(0x30820206).op == Op::Illegal);  // class 1 sub-op 4
  CHECK(pa::decode(0x30806006 | 0x00010000).op == Op::Illegal);  // fabs with a non-zero r2 field
  CHECK(pa::decode(0x38807086).op == Op::Illegal);  // fabs,sgl fr4R,fr6 with bit 19 set
  CHECK(pa::decode(0x30002000).op == Op::Illegal);  // class 0 sub-op 1
}

TEST_CASE("FADD/FDIV follow the FPSR rounding mode", "[fpu][rounding]") {
  struct Case {
    uint32_t mode;
    uint64_t third, minus_third;
    uint32_t sgl_up, sgl_down;
  };
  // 1/3, -1/3 (fdiv,dbl) and 1 + 2^-24, -1 - 2^-24 (fadd,sgl: an exact tie).
  const Case cases[] = {{0, 0x3fd5555555555555, 0xbfd5555555555555, 0x3f800000, 0xbf800000},
                        {1, 0x3fd5555555555555, 0xbfd5555555555555, 0x3f800000, 0xbf800000},
                        {2, 0x3fd5555555555556, 0xbfd5555555555555, 0x3f800001, 0xbf800000},
                        {3, 0x3fd5555555555555, 0xbfd5555555555556, 0x3f800000, 0xbf800001}};
  for (const Case& c : cases) {
    INFO("rounding mode " << c.mode);
    Fpu f(rm(c.mode));
    CHECK(f.op2(kFdivDbl, kOne, kThree) == c.third);
    CHECK(f.op2(kFdivDbl, kMinusOne, kThree) == c.minus_third);
    CHECK(f.op2(kFaddSgl, left(kOneSgl), left(0x33800000)) >> 32 == c.sgl_up);
    CHECK(f.op2(kFaddSgl, left(0xbf800000), left(0xb3800000)) >> 32 == c.sgl_down);
    CHECK(f.status() == (rm(c.mode) | kI));
  }
}

TEST_CASE("FP writes of the status register change the host rounding mode", "[fpu][rounding]") {
  Fpu f;
  CHECK(f.op2(kFdivDbl, kOne, kThree) == 0x3fd5555555555555);
  pa::fp_write_status(f.s, rm(pa::fpsr::kUpward));  // as FLDW/FLDD of fr0 would
  CHECK(f.op2(kFdivDbl, kOne, kThree) == 0x3fd5555555555556);
  pa::fp_write_status(f.s, rm(pa::fpsr::kNearest));
  CHECK(f.op2(kFdivDbl, kOne, kThree) == 0x3fd5555555555555);
}

TEST_CASE("FCNVFX rounds by the FPSR, FCNVFXT truncates", "[fpu][convert]") {
  // 2.5, -2.5 (fcnvfx,dbl,sgl) and 2.7, -2.7 (fcnvfxt,dbl,sgl), per rounding mode.
  const uint64_t p25 = 0x4004000000000000, m25 = 0xc004000000000000;
  const uint64_t p27 = 0x400599999999999a, m27 = 0xc00599999999999a;
  const int32_t expect_p25[4] = {2, 2, 3, 2}, expect_m25[4] = {-2, -2, -2, -3};
  for (uint32_t mode = 0; mode < 4; ++mode) {
    INFO("rounding mode " << mode);
    Fpu f(rm(mode));
    CHECK(static_cast<int32_t>(f.op1(kFcnvfxDS, p25) >> 32) == expect_p25[mode]);
    CHECK(static_cast<int32_t>(f.op1(kFcnvfxDS, m25) >> 32) == expect_m25[mode]);
    CHECK(static_cast<int32_t>(f.op1(kFcnvfxtDS, p27) >> 32) == 2);
    CHECK(static_cast<int32_t>(f.op1(kFcnvfxtDS, m27) >> 32) == -2);
    CHECK(f.flags() == kI);
  }
}

TEST_CASE("FCNVXF and FRND round by the FPSR", "[fpu][convert]") {
  const uint64_t two62p1 = (1ull << 62) + 1;
  const uint32_t sgl_16777217[4] = {0x4b800000, 0x4b800000, 0x4b800001, 0x4b800000};
  const uint64_t dbl_two62p1[4] = {0x43d0000000000000, 0x43d0000000000000, 0x43d0000000000001,
                                   0x43d0000000000000};
  const uint64_t rnd_25[4] = {0x4000000000000000, 0x4000000000000000, 0x4008000000000000, 0x4000000000000000};
  const uint64_t rnd_m05[4] = {kMinusZero, kMinusZero, kMinusZero, kMinusOne};
  for (uint32_t mode = 0; mode < 4; ++mode) {
    INFO("rounding mode " << mode);
    Fpu f(rm(mode));
    CHECK(f.op1(kFcnvxfSS, left(16777217)) >> 32 == sgl_16777217[mode]);
    CHECK(f.op1(kFcnvxfDD, two62p1) == dbl_two62p1[mode]);
    CHECK(f.op1(kFrndDbl, 0x4004000000000000) == rnd_25[mode]);
    CHECK(f.op1(kFrndDbl, 0xbfe0000000000000) == rnd_m05[mode]);
    CHECK(f.flags() == kI);
  }
  Fpu f;
  CHECK(f.op1(kFcnvxfSD, left(0xfffffffe)) == 0xc000000000000000);  // -2 exactly
  CHECK(f.op1(kFcnvxfDS, 0xfffffffffffffffd) >> 32 == 0xc0400000);  // -3 exactly
  CHECK(f.flags() == 0);
}

TEST_CASE("float to integer conversions saturate and raise invalid only", "[fpu][convert]") {
  struct Case {
    uint32_t word;
    uint64_t in;
    uint64_t out;  // target register as a whole (single results in the left half)
    uint32_t flags;
  };
  const Case cases[] = {
      {kFcnvfxDS, 0x4202a05f20000000, 0x7fffffff00000000, kV},    // 1e10
      {kFcnvfxDS, 0xc202a05f20000000, 0x8000000000000000, kV},    // -1e10
      {kFcnvfxDS, 0x7ff4000000000000, 0x7fffffff00000000, kV},    // quiet NaN
      {kFcnvfxDS, 0xfff4000000000000, 0x7fffffff00000000, kV},    // negative quiet NaN: still max
      {kFcnvfxDS, kMinusInf, 0x8000000000000000, kV},             // -inf
      {kFcnvfxtDD, 0x43e158e460913d00, 0x7fffffffffffffff, kV},   // 1e19
      {kFcnvfxtDD, 0xc3e158e460913d00, 0x8000000000000000, kV},   // -1e19
      {kFcnvfxtDD, 0xc3e0000000000000, 0x8000000000000000, 0},    // -2^63 fits exactly
      {kFcnvfxtSS, left(0x4f32d05e), 0x7fffffff00000000, kV},     // 3e9f
      {kFcnvfxtDS, 0x41dfffffffe00000, 0x7fffffff00000000, kI},   // 2147483647.5 truncates into range
      {kFcnvfxtDS, 0x7ff8000000000000, 0x7fffffff00000000, kV},   // signalling NaN
      {kFcnvfxDD, 0x43e0000000000000, 0x7fffffffffffffff, kV},    // 2^63
  };
  for (const Case& c : cases) {
    INFO("word " << std::hex << c.word << " input " << c.in);
    Fpu f;
    f.fr(6) = 0;
    CHECK(f.op1(c.word, c.in) == c.out);
    CHECK(f.flags() == c.flags);
  }
}

TEST_CASE("invalid operations give the PA-RISC default NaN", "[fpu][nan]") {
  Fpu f;
  CHECK(f.op2(kFdivDbl, kZero, kZero) == kDefaultNaN);
  CHECK(f.flags() == kV);
  pa::fp_write_status(f.s, 0);
  CHECK(f.op2(kFsubSgl, left(kInfSgl), left(kInfSgl)) >> 32 == kDefaultNaNSgl);
  CHECK(f.op2(kFmpyDbl, kZero, kInf) == kDefaultNaN);
  CHECK(f.op1(kFsqrtDbl, kMinusOne) == kDefaultNaN);
  CHECK(f.op1(kFsqrtSgl, left(0xbf800000)) >> 32 == kDefaultNaNSgl);
  CHECK(f.flags() == kV);
  pa::fp_write_status(f.s, 0);
  CHECK(f.op1(kFsqrtDbl, kMinusZero) == kMinusZero);
  CHECK(f.op1(kFsqrtDbl, kTwo) == 0x3ff6a09e667f3bcd);
  CHECK(f.flags() == kI);
}

TEST_CASE("NaN operands propagate with PA-RISC 1.x quiet/signalling sense", "[fpu][nan]") {
  // Fraction MSB clear = quiet, set = signalling.  Preference: a signalling,
  // b signalling, a quiet, b quiet; a signalling NaN is quieted.
  const uint64_t q1 = 0x7ff4000000000123, q2 = 0xfff0000000000456;
  const uint64_t s1 = 0x7ff8000000000789, s2 = 0xfffc000000000abc;
  struct Case {
    uint64_t a, b, out;
    uint32_t flags;
  };
  const Case cases[] = {{q1, kOne, q1, 0},
                        {kOne, q2, q2, 0},
                        {q1, q2, q1, 0},
                        {q2, q1, q2, 0},
                        {s1, kOne, 0x7ff4000000000789, kV},
                        {q1, s2, 0xfff4000000000abc, kV},
                        {s1, s2, 0x7ff4000000000789, kV}};
  for (const Case& c : cases) {
    INFO("a " << std::hex << c.a << " b " << c.b);
    Fpu f;
    CHECK(f.op2(kFaddDbl, c.a, c.b) == c.out);
    CHECK(f.flags() == c.flags);
  }
  Fpu f;
  CHECK(f.op2(kFaddSgl, left(0x7fc00456), left(kOneSgl)) >> 32 == 0x7fa00456);
  CHECK(f.flags() == kV);
}

TEST_CASE("FCNVFF converts NaNs as QEMU's softfloat does", "[fpu][nan][convert]") {
  Fpu f;
  CHECK(f.op1(kFcnvffSD, left(0x7fa00123)) == 0x7ff4002460000000);  // quiet: payload kept
  CHECK(f.flags() == 0);
  CHECK(f.op1(kFcnvffSD, left(0x7fc00456)) == 0x7ff4008ac0000000);  // signalling: quieted
  CHECK(f.flags() == kV);
  pa::fp_write_status(f.s, 0);
  // A quiet NaN whose payload is all in the low bits narrows to infinity.
  CHECK(f.op1(kFcnvffDS, 0xfff0000000000456) >> 32 == 0xff800000);
  CHECK(f.flags() == 0);
  CHECK(f.op1(kFcnvffDS, 0x3fd5555555555555) >> 32 == 0x3eaaaaab);
  CHECK(f.flags() == kI);
}

TEST_CASE("FCMP sets C by condition, FTEST nullifies when C is set", "[fpu][compare]") {
  const uint64_t qnan = 0x7ff4000000000000, snan = 0x7ff8000000000000;
  struct Case {
    uint32_t word;
    uint64_t a, b;
    bool c;
    uint32_t flags;
  };
  const Case cases[] = {
      {kFcmpEq, kOne, kOne, true, 0},        {kFcmpEq, kOne, kThree, false, 0},
      {kFcmpEq, kMinusZero, kZero, true, 0}, {kFcmpLt, kOne, kThree, true, 0},
      {kFcmpLt, qnan, kOne, false, kV},      // "<" signals on any NaN
      {kFcmpNotLt, qnan, kOne, true, kV},    {kFcmpUnord, qnan, kOne, true, 0},  // "?" is quiet
      {kFcmpUnord, snan, kOne, true, kV},    // ... except for signalling NaNs
      {kFcmpNotUle, kThree, kOne, true, 0},  {kFcmpNotUle, kOne, kThree, false, 0},
      {kFcmpLtGt, qnan, kOne, false, kV},    {kFcmpNe, qnan, kOne, true, 0},
      {kFcmpTrue, kOne, kOne, true, 0},      {kFcmpFalse, kOne, kOne, false, 0},
  };
  for (const Case& c : cases) {
    INFO("word " << std::hex << c.word << " a " << c.a << " b " << c.b);
    Fpu f;
    f.fr(4) = c.a;
    f.fr(5) = c.b;
    CHECK_FALSE(f.run(c.word));
    CHECK(f.status() == ((c.c ? pa::fpsr::kC : 0u) | c.flags));
    CHECK(f.run(kFtest) == c.c);
  }
  Fpu f;
  f.fr(4) = kThreeSgl;     // fr4R = 3
  f.fr(5) = left(kOneSgl);  // fr5L = 1
  f.run(kFcmpSglGt);
  CHECK(f.status() == pa::fpsr::kC);
}

TEST_CASE("FCMP shifts the compare queue", "[fpu][compare]") {
  // C moves to CQ0 (bit 21) and the queue (bits 11..21) shifts toward bit 11.
  Fpu f(pa::fpsr::kC | 0x00155000);
  f.fr(4) = kOne;
  f.fr(5) = kThree;
  f.run(kFcmpEq);  // false
  CHECK(f.status() == 0x002aa800);
}

TEST_CASE("XMPYU multiplies unsigned words into a doubleword", "[fpu]") {
  Fpu f;
  f.fr(4) = 0x00000000ffffffff;  // fr4R
  f.fr(5) = 0xfffffffe00000000;  // fr5L
  f.run(kXmpyu);
  CHECK(f.fr(6) == 0xfffffffd00000002);
  CHECK(f.flags() == 0);
}

TEST_CASE("0x0E singles address register halves", "[fpu]") {
  Fpu f;
  f.fr(4) = kOneSgl;               // fr4R = 1
  f.fr(5) = left(kTwoSgl);         // fr5L = 2
  f.fr(6) = 0x1111111122222222;
  f.run(kFaddSglHalves);
  CHECK(f.fr(6) == 0x1111111140400000);  // fr6R = 3, fr6L untouched
  f.fr(4) = 0xbf800000ffc00001;
  f.fr(6) = 0x0123456789abcdef;
  f.run(kFabsSglRL);  // |fr4R| into fr6L, no NaN processing
  CHECK(f.fr(6) == 0x7fc0000189abcdef);
  f.fr(4) = 0xc0000000c039999a;  // fr4R = -2.9
  f.fr(6) = 0;
  f.run(kFcnvfxtSSRR);
  CHECK(f.fr(6) == 0x00000000fffffffe);
}

TEST_CASE("FMPYADD and FMPYSUB", "[fpu]") {
  // QEMU 7.2 decodes the format bit (26) inverted; these expectations come
  // from running the word with bit 26 flipped (the 1.1 manual: 1 = single).
  Fpu f;
  f.fr(4) = kThree;
  f.fr(5) = kThree;
  f.fr(7) = kOne;
  f.fr(8) = kTen;
  f.run(kFmpyaddDbl);
  CHECK(f.fr(6) == 0x4022000000000000);  // 9
  CHECK(f.fr(8) == 0x4026000000000000);  // 11
  f.fr(8) = kTen;
  f.run(kFmpysubDbl);
  CHECK(f.fr(8) == 0x4022000000000000);  // 9
  // fmpyadd,sgl fr16,fr17R,fr18R,fr19,fr20R
  f.fr(16) = left(kTwoSgl);
  f.fr(17) = kThreeSgl;
  f.fr(18) = 0x5555555566666666;
  f.fr(19) = left(kOneSgl);
  f.fr(20) = 0x7777777740a00000;  // fr20R = 5
  f.run(kFmpyaddSgl);
  CHECK(f.fr(18) == 0x5555555540c00000);  // fr18R = 6
  CHECK(f.fr(20) == 0x7777777740c00000);  // fr20R = 6
  CHECK(f.flags() == 0);
}

TEST_CASE("FREM is the IEEE remainder", "[fpu]") {
  // QEMU 7.2 does not implement FREM (SIGILL); these are the IEEE 754
  // remainder values (Linux emulates FREM in its FP assist code).
  Fpu f;
  CHECK(f.op2(kFremDbl, 0x4014000000000000, kThree) == kMinusOne);               // 5 rem 3 = -1
  CHECK(f.op2(kFremDbl, 0x401e000000000000, kTwo) == 0xbfe0000000000000);        // 7.5 rem 2 = -0.5
  CHECK(f.op2(kFremSgl, left(0x40e00000), left(kTwoSgl)) >> 32 == 0xbf800000);   // 7 rem 2 = -1
  CHECK(f.flags() == 0);
  CHECK(f.op2(kFremDbl, kOne, kZero) == kDefaultNaN);
  CHECK(f.flags() == kV);
}

TEST_CASE("FPSR flags accumulate and are read through fp_read_status", "[fpu][status]") {
  pa::CpuState s;
  s.fp.set_status(0);
  {
    pa::fp_enter_guest(s);
    s.fp.fr[4] = kOne;
    s.fp.fr[5] = kThree;
    pa::fp_execute(s, pa::decode(kFdivDbl));
    CHECK(pa::fp_read_status(s) == kI);
    s.fp.fr[5] = kZero;
    pa::fp_execute(s, pa::decode(kFdivDbl));
    CHECK(pa::fp_read_status(s) == (kI | kZ));
    s.fp.fr[4] = 0x7fe1ccf385ebc8a0;  // 1e308
    s.fp.fr[5] = kTen;
    pa::fp_execute(s, pa::decode(kFmpyDbl));
    pa::fp_leave_guest(s);
  }
  // Leaving the bracket folds the pending flags into the register.
  CHECK(s.fp.status() == (kI | kZ | kO));
  CHECK(s.fp.fr[6] == kInf);
  {
    // A program load of fr0 replaces the flags (here: clears them).
    pa::fp_enter_guest(s);
    pa::fp_write_status(s, 0);
    s.fp.fr[4] = kOne;
    s.fp.fr[5] = kOne;
    pa::fp_execute(s, pa::decode(kFaddDbl));
    CHECK(pa::fp_read_status(s) == 0);
    pa::fp_leave_guest(s);
  }
  CHECK(s.fp.status() == 0);
}

TEST_CASE("an enabled exception traps before the result is written", "[fpu][status]") {
  Fpu f(pa::fpsr::kExcV);
  f.fr(4) = kZero;
  f.fr(5) = kZero;
  f.fr(6) = 0x1234;
  try {
    f.run(kFdivDbl);
    FAIL("expected an assist exception trap");
  } catch (const pa::GuestTrap& t) {
    CHECK(t.code == pa::Interruption::AssistException);
  }
  CHECK(f.fr(6) == 0x1234);
  CHECK(f.status() == (pa::fpsr::kExcV | kV));  // the flag is recorded, as QEMU does
  // Exceptions that are not enabled do not trap.
  f.fr(4) = kOne;
  f.fr(5) = kThree;
  f.run(kFdivDbl);
  CHECK(f.fr(6) == 0x3fd5555555555555);
  CHECK(f.status() == (pa::fpsr::kExcV | kV | kI));
  // Flags raised before the enable do not make a later operation trap.
  pa::fp_write_status(f.s, pa::fpsr::kExcI | kI);
  f.fr(5) = kOne;
  f.run(kFdivDbl);  // exact
  CHECK(f.fr(6) == kOne);
  f.fr(5) = kThree;
  CHECK_THROWS_AS(f.run(kFdivDbl), pa::GuestTrap);
}

TEST_CASE("fr0 reads as zero and its right half is cleared by FP arithmetic", "[fpu][status]") {
  Fpu f(0x12345600);  // some non-flag status bits
  f.fr(0) |= 0xdeadbeef;
  f.fr(4) = kThree;
  f.run(kFcpyDbl);  // a move leaves the exception register alone
  CHECK(f.fr(6) == kThree);
  CHECK((f.fr(0) & 0xffffffff) == 0xdeadbeef);
  f.fr(5) = kThree;
  f.run(kFaddFr0);  // fr0 + fr5: fr0 reads as +0
  CHECK(f.fr(6) == kThree);
  CHECK(f.status() == 0x12345600);
  CHECK((f.fr(0) & 0xffffffff) == 0);
  f.run(kFid);  // nothing observable
  CHECK(f.status() == 0x12345600);
  // fr0 - fr0 rounding toward -inf is -0 (the zero must not be folded as a constant).
  Fpu down(rm(pa::fpsr::kDownward));
  down.fr(6) = kOne;
  down.run(0x30002e06);  // fsub,dbl fr0,fr0,fr6
  CHECK(down.fr(6) == kMinusZero);
}

TEST_CASE("FABS, FCPY and the PA 2.0 sign operations are bitwise", "[fpu]") {
  Fpu f;
  CHECK(f.op1(kFabsDbl, 0xfff8000000000001) == 0x7ff8000000000001);  // no NaN processing
  CHECK(f.op1(kFcpyDbl, 0x7ff8000000000001) == 0x7ff8000000000001);
  CHECK(f.op1(0x3080c806, kOne) == kMinusOne);  // fneg,dbl fr4,fr6 (.level 2.0)
  CHECK(f.op1(0x3080e806, kOne) == kMinusOne);  // fnegabs,dbl fr4,fr6
  CHECK(f.op1(0x3080e806, kMinusOne) == kMinusOne);
  CHECK(f.flags() == 0);
}

TEST_CASE("unsigned conversions (PA 2.0 forms QEMU accepts)", "[fpu][convert]") {
  constexpr uint32_t kFcnvTDblUw = 0x30838a06;   // fcnv,t,dbl,uw fr4,fr6 (.level 2.0)
  constexpr uint32_t kFcnvUdwDbl = 0x3082aa06;   // fcnv,udw,dbl fr4,fr6
  struct Case {
    uint64_t in;
    uint32_t out, flags;
  };
  const Case cases[] = {{0xbfe0000000000000, 0, kI},            // -0.5 truncates to -0: fine
                        {kMinusOne, 0, kV},                     // -1: invalid
                        {0x41efffffffe66666, 0xffffffff, kI},   // 4294967295.7
                        {0x41f2a05f20000000, 0xffffffff, kV},   // 5e9
                        {0x7ff4000000000000, 0xffffffff, kV},   // NaN
                        {kMinusInf, 0, kV},
                        {0x4004000000000000, 2, kI}};
  for (const Case& c : cases) {
    INFO("input " << std::hex << c.in);
    Fpu f;
    CHECK(f.op1(kFcnvTDblUw, c.in) >> 32 == c.out);
    CHECK(f.flags() == c.flags);
  }
  const uint64_t expect[4] = {0x43f0000000000000, 0x43efffffffffffff, 0x43f0000000000000, 0x43efffffffffffff};
  for (uint32_t mode = 0; mode < 4; ++mode) {
    Fpu f(rm(mode));
    CHECK(f.op1(kFcnvUdwDbl, 0xffffffffffffffff) == expect[mode]);
    CHECK(f.flags() == kI);
  }
}
