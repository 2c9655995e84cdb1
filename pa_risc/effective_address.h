// Address formation of PA-RISC loads and stores (1.1 manual, chapter 5):
// space selection and the effective address and base update of the
// indexed and short-displacement forms.  The core executes with these; the
// syscall-emulation layer replays an unaligned access with them, as Linux's
// unaligned-access handler does.
#pragma once
#include <cstdint>

#include "pa_risc/bits.h"
#include "pa_risc/cpu_state.h"
#include "pa_risc/decoded_insn.h"

namespace pa {

// Space selection for loads and stores: s = 0 picks SR4..SR7 from the top
// two bits of the base register ("short pointer"), otherwise SR[s].
inline uint32_t select_space(const CpuState& s, unsigned sfield, uint32_t base) {
  return sfield ? s.sr[sfield] : s.sr[4 + (base >> 30)];
}

// Effective address and base update of the indexed / short-displacement forms.
struct EffectiveAddress {
  uint32_t offset;
  uint32_t new_base;
  bool modify;
};

inline EffectiveAddress indexed_address(const CpuState& s, const DecodedInsn& d, unsigned log2size) {
  const uint32_t base = s.gr[d.b()];
  const uint32_t dx = d.scale() ? (s.gr[d.x()] << log2size) : s.gr[d.x()];
  if (d.modify()) return {base, base + dx, true};  // post-modify
  return {base + dx, base, false};
}

inline EffectiveAddress short_address(const CpuState& s, const DecodedInsn& d) {
  const uint32_t base = s.gr[d.b()];
  const uint32_t target = base + static_cast<uint32_t>(d.disp());
  if (!d.modify()) return {target, base, false};
  if (d.modify_before()) return {target, target, true};
  return {base, target, true};
}

inline EffectiveAddress fp_address(const CpuState& s, const DecodedInsn& d, unsigned log2size) {
  return field(d.word, 19, 1) ? short_address(s, d) : indexed_address(s, d, log2size);
}

}  // namespace pa
