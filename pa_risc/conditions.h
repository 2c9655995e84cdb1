// The condition completers of PA-RISC 1.1 (manual chapter 5, "Conditions").
//
// `cond` packs c (bits 0..2) and f (bit 3, negate).  Add and subtract share
// one table because the hardware evaluates both from the same adder outputs:
// for a subtract the adder computes r1 + ~r2 + 1, so "carry" means "no borrow".
#pragma once
#include <cstdint>

namespace pa {

struct AdderResult {
  uint32_t value;
  uint32_t carry_vector;  // carry out of every bit position
  bool overflow;          // signed overflow
  bool carry() const { return carry_vector >> 31; }
};

[[gnu::always_inline]] inline AdderResult add_with_carry(uint32_t x, uint32_t y, uint32_t carry_in) {
  const uint32_t r = x + y + carry_in;
  // Carry out of bit i: majority of x_i, y_i and the carry into bit i
  // (carry into bit i = x_i ^ y_i ^ r_i).
  const uint32_t cv = (x & y) | ((x | y) & ~r);
  const bool ovf = ((~(x ^ y)) & (x ^ r)) >> 31;
  return {r, cv, ovf};
}

// Arithmetic conditions: never, =, <, <=, << (NUV), <<= (ZNV), SV, OD.
[[gnu::always_inline]] inline bool arith_condition(unsigned cond, const AdderResult& a) {
  // Most instructions carry no condition: decide that before anything else,
  // so that the common case needs neither the flags nor a jump table.
  if (__builtin_expect(cond == 0, 1)) return false;
  bool r;
  switch (cond & 7u) {
    case 0: r = false; break;
    case 1: r = a.value == 0; break;
    case 2: r = (static_cast<int32_t>(a.value) < 0) != a.overflow; break;
    case 3: r = ((static_cast<int32_t>(a.value) < 0) != a.overflow) || a.value == 0; break;
    case 4: r = !a.carry(); break;
    case 5: r = !a.carry() || a.value == 0; break;
    case 6: r = a.overflow; break;
    default: r = a.value & 1u; break;
  }
  return r != ((cond >> 3) & 1u);
}

// Logical conditions: never, =, <, <=, (reserved x3), OD.
[[gnu::always_inline]] inline bool logical_condition(unsigned cond, uint32_t v) {
  if (__builtin_expect(cond == 0, 1)) return false;  // no condition (see arith_condition)
  bool r;
  switch (cond & 7u) {
    case 0: r = false; break;
    case 1: r = v == 0; break;
    case 2: r = static_cast<int32_t>(v) < 0; break;
    case 3: r = static_cast<int32_t>(v) <= 0; break;
    case 7: r = v & 1u; break;
    default: r = false; break;
  }
  return r != ((cond >> 3) & 1u);
}

// Unit conditions: never, (reserved), SBZ, SHZ, SDC, (reserved), SBC, SHC.
// `carries` is the carry-out vector of a unit add (ignored for UXOR).
inline bool unit_condition(unsigned cond, uint32_t v, uint32_t carries) {
  if (__builtin_expect(cond == 0, 1)) return false;  // no condition (see arith_condition)
  bool r;
  switch (cond & 7u) {
    case 2: r = ((v - 0x01010101u) & ~v & 0x80808080u) != 0; break;
    case 3: r = ((v - 0x00010001u) & ~v & 0x80008000u) != 0; break;
    case 4: r = (carries & 0x88888888u) != 0; break;
    case 6: r = (carries & 0x80808080u) != 0; break;
    case 7: r = (carries & 0x80008000u) != 0; break;
    default: r = false; break;
  }
  return r != ((cond >> 3) & 1u);
}

// Shift/extract/deposit conditions (also MOVB): never, =, <, OD, TR, <>, >=, EV.
[[gnu::always_inline]] inline bool shift_condition(unsigned c, uint32_t v) {
  if (__builtin_expect(c == 0, 1)) return false;  // no condition (see arith_condition)
  switch (c & 7u) {
    case 0: return false;
    case 1: return v == 0;
    case 2: return static_cast<int32_t>(v) < 0;
    case 3: return v & 1u;
    case 4: return true;
    case 5: return v != 0;
    case 6: return static_cast<int32_t>(v) >= 0;
    default: return (v & 1u) == 0;
  }
}

}  // namespace pa
