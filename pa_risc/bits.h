// Bit-field helpers in the PA-RISC manual's vocabulary.
//
// The manual numbers bits from the most significant end (bit 0 = MSB of a
// 32-bit word).  Every instruction format in the manual is written that way,
// so decoding uses the same numbering: field(w, 6, 5) is "bits 6..10".
#pragma once
#include <cstdint>

namespace pa {

// Bits first..first+len-1 of w, PA numbering (bit 0 is the MSB).
constexpr uint32_t field(uint32_t w, unsigned first, unsigned len) {
  return (w >> (32u - first - len)) & ((len == 32) ? ~0u : ((1u << len) - 1u));
}

constexpr int32_t sign_extend(uint32_t value, unsigned len) {
  const uint32_t m = 1u << (len - 1);
  return static_cast<int32_t>((value ^ m) - m);
}

// "low_sign_ext" of the manual: the sign lives in the least significant bit
// of the field and the magnitude in the bits above it.
constexpr int32_t low_sign_ext(uint32_t x, unsigned len) {
  return sign_extend(((x & 1u) << (len - 1)) | ((x >> 1) & ((1u << (len - 1)) - 1u)), len);
}

// assemble_3: space-register number of BE/BLE/MTSP/MFSP, LSB moved to the top.
constexpr unsigned assemble_3(uint32_t x) { return ((x & 1u) << 2) | (x >> 1); }

// assemble_12(w1, w): conditional-branch displacement, in words.
constexpr int32_t assemble_12(uint32_t w1, uint32_t w) {
  return sign_extend((w << 11) | ((w1 & 1u) << 10) | (w1 >> 1), 12);
}

// assemble_17(w1, w2, w): BL/GATE/BE/BLE displacement, in words.
constexpr int32_t assemble_17(uint32_t w1, uint32_t w2, uint32_t w) {
  return sign_extend((w << 16) | (w1 << 11) | ((w2 & 1u) << 10) | (w2 >> 1), 17);
}

// assemble_21: LDIL/ADDIL immediate, already shifted into the left 21 bits.
constexpr uint32_t assemble_21(uint32_t x) {
  // x is bits 11..31 of the instruction (21 bits). Manual order of pieces:
  // x{20} x{9..19} x{5..6} x{0..4} x{7..8}  (PA numbering within x).
  const uint32_t b = x;
  auto xb = [b](unsigned first, unsigned len) { return (b >> (21u - first - len)) & ((1u << len) - 1u); };
  uint32_t r = xb(20, 1);
  r = (r << 11) | xb(9, 11);
  r = (r << 2) | xb(5, 2);
  r = (r << 5) | xb(0, 5);
  r = (r << 2) | xb(7, 2);
  return r << 11;
}

constexpr uint32_t bswap32(uint32_t v) { return __builtin_bswap32(v); }
constexpr uint16_t bswap16(uint16_t v) { return __builtin_bswap16(v); }
constexpr uint64_t bswap64(uint64_t v) { return __builtin_bswap64(v); }

}  // namespace pa
