// Table-driven decoder: bucket the patterns by major opcode once, then match.
#include <array>
#include <vector>

#include "pa_risc/bits.h"
#include "pa_risc/fp_decode.h"
#include "pa_risc/insn_table.h"
#include "pa_risc/operand_use.h"

namespace pa {

namespace {

struct MajorBuckets {
  std::array<std::vector<InsnPattern>, 64> by_major;
  MajorBuckets() {
    for (const auto& p : integer_patterns()) by_major[p.match >> 26].push_back(p);
    for (const auto& p : fp_patterns()) by_major[p.match >> 26].push_back(p);
  }
};

const MajorBuckets& buckets() {
  static const MajorBuckets b;
  return b;
}

}  // namespace

DecodedInsn decode(uint32_t word) {
  DecodedInsn d;
  d.word = word;
  d.stored_word = bswap32(word);
  d.op = Op::Illegal;
  for (const auto& p : buckets().by_major[word >> 26]) {
    if ((word & p.mask) == p.match) {
      d.op = p.op;
      if (p.format == Format::Fp)
        fp_extract(word, d);
      else
        extract(p.format, word, d);
      annotate_operands(d);
      return d;
    }
  }
  return d;
}

}  // namespace pa
