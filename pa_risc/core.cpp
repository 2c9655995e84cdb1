// Instruction semantics of PA-RISC 1.1 and the run loop around them.
//
// One switch over predecoded operations: no allocation, no virtual call and
// no table lookup per instruction on the hot path.  The instruction address
// queue (front = executing, back = next) is kept in locals and written back
// at every exit, including traps.
#include "pa_risc/core.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <type_traits>

#include "pa_risc/bits.h"
#include "pa_risc/conditions.h"
#include "pa_risc/fpu.h"

namespace pa {

namespace {

// An operation as a type, so that grouped semantics can be instantiated per
// operation and fold their opcode tests away.
template <Op kOp>
using OpTag = std::integral_constant<Op, kOp>;

#define PA_FORCE_INLINE __attribute__((always_inline))

// Space selection for loads and stores: s = 0 picks SR4..SR7 from the top
// two bits of the base register ("short pointer"), otherwise SR[s].
inline uint32_t select_space(const CpuState& s, unsigned sfield, uint32_t base) {
  return sfield ? s.sr[sfield] : s.sr[4 + (base >> 30)];
}

inline int32_t im5(uint8_t raw) { return low_sign_ext(raw, 5); }

// The FP coprocessor answers only when CCR (CR10) enables it (bits 6..7,
// coprocessor ids 0 and 1); otherwise its instructions raise the assist
// emulation trap -- how a kernel switches FP state lazily.
inline bool fp_enabled(const CpuState& s) { return (s.cr[cr::Ccr] & 0xc0u) == 0xc0u; }

// Effective address and base update of the indexed / short-displacement forms.
struct EffectiveAddress {
  uint32_t offset;
  uint32_t new_base;
  bool modify;
};

inline EffectiveAddress indexed_address(const CpuState& s, const DecodedInsn& d, unsigned log2size) {
  const uint32_t base = s.gr[d.b];
  const uint32_t dx = (d.flags & insn_flag::kScale) ? (s.gr[d.a] << log2size) : s.gr[d.a];
  if (d.flags & insn_flag::kModify) return {base, base + dx, true};  // post-modify
  return {base + dx, base, false};
}

inline EffectiveAddress short_address(const CpuState& s, const DecodedInsn& d) {
  const uint32_t base = s.gr[d.b];
  const uint32_t target = base + static_cast<uint32_t>(d.imm);
  if (!(d.flags & insn_flag::kModify)) return {target, base, false};
  if (d.flags & insn_flag::kModifyBefore) return {target, target, true};
  return {base, target, true};
}

inline EffectiveAddress fp_address(const CpuState& s, const DecodedInsn& d, unsigned log2size) {
  return field(d.word, 19, 1) ? short_address(s, d) : indexed_address(s, d, log2size);
}

// Is a move from this control register allowed at privilege level `priv`?
inline bool control_register_readable(const CpuState& s, unsigned priv, unsigned r) {
  if (priv == 0) return true;
  if (r == cr::Sar || r == 26 || r == 27) return true;
  return r == cr::IntervalTimer && !(s.psw & psw::S);
}

// Conditional-branch nullification rule: with ",n", a taken forward branch
// or an untaken backward branch nullifies its delay slot.
inline bool cond_branch_nullifies(const DecodedInsn& d, bool taken) {
  if (!(d.flags & insn_flag::kNullify)) return false;
  return taken ? d.imm >= 0 : d.imm < 0;
}

inline uint32_t extract_unsigned(uint32_t v, unsigned pos, unsigned len) {
  len = std::min(len, pos + 1);
  const uint32_t x = v >> (31 - pos);
  return len == 32 ? x : x & ((1u << len) - 1u);
}

inline uint32_t extract_signed(uint32_t v, unsigned pos, unsigned len) {
  len = std::min(len, pos + 1);
  const uint32_t x = v << (pos + 1 - len);  // field now ends at bit 31 (PA bit 0 side)
  return static_cast<uint32_t>(static_cast<int32_t>(x) >> (32 - len));
}

inline uint32_t deposit(uint32_t old, uint32_t value, unsigned shl, unsigned len, bool zero) {
  len = std::min(len, 32 - shl);
  const uint32_t field_mask = (len == 32 ? ~0u : ((1u << len) - 1u)) << shl;
  return ((zero ? 0u : old) & ~field_mask) | ((value << shl) & field_mask);
}

inline uint32_t shift_double(uint32_t hi, uint32_t lo, unsigned sa) {
  const uint64_t pair = (static_cast<uint64_t>(hi) << 32) | lo;
  return static_cast<uint32_t>(pair >> sa);
}

}  // namespace

namespace {
// Work deferred to the start of the next instruction (kept in one byte so
// the common case costs a single test).
constexpr uint8_t kNullifyNext = 1;  // PSW[N]: the next instruction is nullified
constexpr uint8_t kSpaceNow = 2;     // IASQ front takes the back's value
constexpr uint8_t kSpaceLater = 4;   // ... one instruction later (after BE's delay slot)
constexpr uint8_t kResync = 8;       // leave the loop: interrupts or the timer need a look
static_assert(kNullifyNext == insn_flag::kNullify, "branches OR their ,n bit straight in");
}  // namespace

template <bool kObserved, bool kTimed, bool kTagged>
RunResult Core::run_loop(uint64_t cycle_budget) {
// A semantics case that the dispatch table can jump to directly.
#define PA_CASE(name) \
  case Op::name:      \
  op_##name:
// A case whose semantics are a family's, instantiated for this operation.
#define PA_FAMILY_CASE(name, family) \
  PA_CASE(name) family(OpTag<Op::name>{}); \
  break;
  CpuState& s = st_;
  RunResult result;
  uint64_t cycle = s.cycles;
  const uint64_t end_cycle = cycle + cycle_budget;
  // Instructions completed in this call (counted when they complete, so a
  // trapping one never is).  Without timing every instruction takes exactly
  // one cycle, so the count is the cycle count's advance and is not kept
  // separately: one memory counter less per instruction.
  [[maybe_unused]] uint64_t n = 0;
  const uint64_t start_cycle = cycle;
  auto completed = [&] { return kTimed ? n : cycle - start_cycle; };
  uint32_t front = s.iaoq_front, back = s.iaoq_back;
  // Front and back spaces differ when we stopped (or an RFI resumed) between
  // an inter-space branch and its delay slot: the slot runs in the front
  // space, the target in the back one.
  uint8_t pending = (s.nullify_next ? kNullifyNext : 0) | (s.iasq_front != s.iasq_back ? kSpaceLater : 0);
  const DecodedInsn* counted = nullptr;  // the instruction whose class was counted last
  uint32_t fetch_stall = 0;              // I-cache cycles of the current instruction
  uint64_t fetched = 0;                  // the cycle its fetch completed (before interlocks)
  uint32_t ctx_priv = front & 3u;        // privilege the cached translations were made for
  try {
    DecodedPage* page = nullptr;
    // The code page and privilege `page` was looked up for, as the bits of
    // the front offset that select them: one compare per instruction covers
    // both.  kNoFetchKey (offset bits set) matches no offset.
    constexpr uint32_t kFetchKeyMask = ~(kPageSize - 1) | 3u;
    constexpr uint32_t kNoFetchKey = 4;
    uint32_t fetch_key = kNoFetchKey;
    while (cycle < end_cycle) {
      if (__builtin_expect(pending != 0, 0)) {
        if (pending & kResync) {
          pending &= ~kResync;
          break;  // no instruction has started
        }
        const uint8_t p = pending;
        pending = (p & kSpaceLater) ? kSpaceNow : 0;
        if (p & kSpaceNow) {
          s.iasq_front = s.iasq_back;
          fetch_key = kNoFetchKey;
        }
        if (p & kNullifyNext) {
          // A nullified instruction still occupies its slot in the queue.
          if constexpr (kTimed) ++n;
          ++counters_.nullified;
          if constexpr (kObserved) {
            s.iaoq_front = front;
            s.iaoq_back = back;
            s.nullify_next = true;
            s.cycles = cycle;
            observer_->before(s);
            s.nullify_next = false;
            observer_->after(s, s.iasq_front, front, 0, true);
          }
          ++cycle;
          front = back;
          back += 4;
          continue;
        }
      }
      const uint32_t pc = front & ~3u;
      if (__builtin_expect((front & kFetchKeyMask) != fetch_key, 0)) {
        if ((front & 3u) != ctx_priv) {
          // Privilege changed (GATE, or a branch to a less privileged level):
          // translations cached under the old level may not hold.
          ctx_priv = front & 3u;
          s.iaoq_front = front;
          context_changed();
          modes_.switch_to(exec_mode_of_privilege(ctx_priv), counters_.instructions + completed(), cycle, s.iasq_front);
        }
        page = mem_.template code_page<kTagged>(s.iasq_front, pc);
        fetch_key = front & kFetchKeyMask;
      }
      if constexpr (kTimed) counted = nullptr;
      DecodedInsn* slot = &page->insn[(pc >> 2) & (kPageSize / 4 - 1)];
      // A predecoded instruction holds while memory still holds its word, so
      // stores (through any mapping, by the guest or a loader) need no
      // tracking: a changed word is decoded again here.
      if (__builtin_expect(slot->stored_word != page->stored_word_at(pc), 0)) *slot = decode(page->word_at(pc));
      const DecodedInsn& d = *slot;
      if constexpr (kObserved) {
        s.iaoq_front = front;
        s.iaoq_back = back;
        s.cycles = cycle;
        observer_->before(s);
      }
      // The cycle this instruction issues in: one per instruction, later by
      // every interlock the PA7000 imposes (timing.h).
      uint64_t issue = cycle;
      if constexpr (kTimed) {
        ++counters_.by_op[static_cast<unsigned>(d.op)];
        counted = &d;
        // The I-cache is looked up when fetch enters a new line: within a
        // line the previous fetch has already brought it in.  A fetch
        // happens even if the instruction then traps, so it is charged now.
        fetch_stall = 0;
        if (icache_ && (pc >> 5) != last_fetch_line_) {
          last_fetch_line_ = pc >> 5;
          fetch_stall = icache_->access(s.iasq_front, pc, mem_.code_paddr(*page, pc), false);
          issue += fetch_stall;
          stalls_[static_cast<unsigned>(StallCause::ICacheMiss)] += fetch_stall;
        }
        // Interlock stalls are charged only if the instruction completes.
        fetched = issue;
        issue = pipeline_.issue_cycle(d, issue, issue_stalls_);
      }
      uint32_t next = back + 4;
      uint32_t* gr = s.gr;
      // The privilege level the instruction runs at, read from the queue
      // when needed rather than kept (one stack slot less per instruction).
      auto cur_priv = [&front] { return front & 3u; };

      // Semantics shared by a family of operations, written once and
      // instantiated per operation (OpTag): each dispatch target then
      // tests no opcode at run time.
      auto unit_add_complement_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const AdderResult r = add_with_carry(gr[d.a], ~gr[d.b], 0);
        const bool c = unit_condition(d.cond, r.value, r.carry_vector);
        if (k == Op::UADDCMT && c) raise_trap(Interruption::Conditional);
        gr[d.t] = r.value;
        if (k == Op::UADDCM) pending |= c;
      };
      auto add_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const uint32_t cin = (k == Op::ADDC || k == Op::ADDCO) ? (s.carry_vector >> 31) : 0;
        const AdderResult r = add_with_carry(gr[d.a], gr[d.b], cin);
        if ((k == Op::ADDO || k == Op::ADDCO) && r.overflow) raise_trap(Interruption::Overflow);
        if (k != Op::ADDL) s.carry_vector = r.carry_vector;
        gr[d.t] = r.value;
        pending |= arith_condition(d.cond, r);
      };
      auto shift_add_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const unsigned idx = static_cast<unsigned>(k) - static_cast<unsigned>(Op::SH1ADD);
        const unsigned sh = idx / 3 + 1, kind = idx % 3;  // kind: 0 plain, 1 L, 2 O
        const uint32_t x = gr[d.a], y = gr[d.b];
        AdderResult r = add_with_carry(x << sh, y, 0);
        // Overflow also counts bits shifted out of the sign position.
        const int64_t wide = (static_cast<int64_t>(static_cast<int32_t>(x)) << sh) +
                             static_cast<int32_t>(y);
        r.overflow = wide != static_cast<int32_t>(r.value);
        if (kind == 2 && r.overflow) raise_trap(Interruption::Overflow);
        if (kind != 1) s.carry_vector = r.carry_vector;
        gr[d.t] = r.value;
        pending |= arith_condition(d.cond, r);
      };
      auto subtract_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const uint32_t cin = (k == Op::SUBB || k == Op::SUBBO) ? (s.carry_vector >> 31) : 1;
        const AdderResult r = add_with_carry(gr[d.a], ~gr[d.b], cin);
        const bool c = arith_condition(d.cond, r);
        if ((k == Op::SUBO || k == Op::SUBBO || k == Op::SUBTO) && r.overflow)
          raise_trap(Interruption::Overflow);
        if ((k == Op::SUBT || k == Op::SUBTO) && c) raise_trap(Interruption::Conditional);
        s.carry_vector = r.carry_vector;
        gr[d.t] = r.value;
        if (k != Op::SUBT && k != Op::SUBTO) pending |= c;
      };
      auto add_immediate_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const AdderResult r = add_with_carry(static_cast<uint32_t>(d.imm), gr[d.b], 0);
        const bool c = arith_condition(d.cond, r);
        if ((k == Op::ADDIO || k == Op::ADDITO) && r.overflow) raise_trap(Interruption::Overflow);
        if ((k == Op::ADDIT || k == Op::ADDITO) && c) raise_trap(Interruption::Conditional);
        s.carry_vector = r.carry_vector;
        gr[d.t] = r.value;
        if (k == Op::ADDI || k == Op::ADDIO) pending |= c;
      };
      auto subtract_immediate_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const AdderResult r = add_with_carry(static_cast<uint32_t>(d.imm), ~gr[d.b], 1);
        if (k == Op::SUBIO && r.overflow) raise_trap(Interruption::Overflow);
        s.carry_vector = r.carry_vector;
        gr[d.t] = r.value;
        pending |= arith_condition(d.cond, r);
      };
      auto indexed_or_short_load_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const bool indexed = k <= Op::LDCWX;
        const Op base_op = indexed ? k : static_cast<Op>(static_cast<unsigned>(k) - 5);
        const unsigned log2 = base_op == Op::LDBX ? 0 : base_op == Op::LDHX ? 1 : 2;
        const EffectiveAddress ea = indexed ? indexed_address(s, d, log2) : short_address(s, d);
        const uint32_t space = select_space(s, d.sub, gr[d.b]);
        uint32_t v;
        if (base_op == Op::LDCWX) {
          // Load and clear word: the semaphore primitive.  The 1.1 manual
          // leaves addresses that are not 16-byte aligned undefined; glibc
          // uses 8-byte aligned words, so (like qemu-hppa) only the natural
          // word alignment is enforced.
          v = mem_.template load<uint32_t, kTagged>(space, ea.offset);
          mem_.template store<uint32_t, kTagged>(space, ea.offset, 0);
        } else if (log2 == 0) {
          v = mem_.template load<uint8_t, kTagged>(space, ea.offset);
        } else if (log2 == 1) {
          v = mem_.template load<uint16_t, kTagged>(space, ea.offset);
        } else {
          v = mem_.template load<uint32_t, kTagged>(space, ea.offset);
        }
        if (ea.modify) gr[d.b] = ea.new_base;
        gr[d.t] = v;
      };
      auto short_store_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const EffectiveAddress ea = short_address(s, d);
        const uint32_t space = select_space(s, d.sub & 3u, gr[d.b]);
        if (k == Op::STBS) mem_.template store<uint8_t, kTagged>(space, ea.offset, static_cast<uint8_t>(gr[d.t]));
        else if (k == Op::STHS) mem_.template store<uint16_t, kTagged>(space, ea.offset, static_cast<uint16_t>(gr[d.t]));
        else mem_.template store<uint32_t, kTagged>(space, ea.offset, gr[d.t]);
        if (ea.modify) gr[d.b] = ea.new_base;
      };
      auto compare_and_branch_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const uint32_t x = (k == Op::COMIBT || k == Op::COMIBF) ? static_cast<uint32_t>(im5(d.a)) : gr[d.a];
        const unsigned cond = d.cond | ((k == Op::COMBF || k == Op::COMIBF) ? 8u : 0u);
        const bool taken = arith_condition(cond, add_with_carry(x, ~gr[d.b], 1));
        if (taken) next = (((front & ~3u) + 8 + d.imm) & ~3u) | cur_priv();
        pending |= cond_branch_nullifies(d, taken);
      };
      auto add_and_branch_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const uint32_t x = (k == Op::ADDIBT || k == Op::ADDIBF) ? static_cast<uint32_t>(im5(d.a)) : gr[d.a];
        const unsigned cond = d.cond | ((k == Op::ADDBF || k == Op::ADDIBF) ? 8u : 0u);
        const AdderResult r = add_with_carry(x, gr[d.b], 0);
        gr[d.b] = r.value;
        const bool taken = arith_condition(cond, r);
        if (taken) next = (((front & ~3u) + 8 + d.imm) & ~3u) | cur_priv();
        pending |= cond_branch_nullifies(d, taken);
      };
      auto move_and_branch_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const uint32_t v = (k == Op::MOVIB) ? static_cast<uint32_t>(im5(d.a)) : gr[d.a];
        gr[d.b] = v;
        const bool taken = shift_condition(d.cond, v);
        if (taken) next = (((front & ~3u) + 8 + d.imm) & ~3u) | cur_priv();
        pending |= cond_branch_nullifies(d, taken);
      };
      auto branch_on_bit_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const unsigned pos = (k == Op::BVB) ? s.sar() : d.b;
        const bool bit = (gr[d.a] >> (31 - pos)) & 1u;
        const bool taken = d.cond ? !bit : bit;  // "<": bit set; ">=": bit clear
        if (taken) next = (((front & ~3u) + 8 + d.imm) & ~3u) | cur_priv();
        pending |= cond_branch_nullifies(d, taken);
      };
      auto shift_pair_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const unsigned sa = (k == Op::VSHD) ? s.sar() : 31u - d.sub;
        const uint32_t v = shift_double(gr[d.a], gr[d.b], sa);
        gr[d.t] = v;
        pending |= shift_condition(d.cond, v);
      };
      auto extract_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const unsigned pos = (k == Op::VEXTRU || k == Op::VEXTRS) ? s.sar() : d.sub;
        const bool sign = k == Op::EXTRS || k == Op::VEXTRS;
        const uint32_t v = sign ? extract_signed(gr[d.b], pos, d.flags) : extract_unsigned(gr[d.b], pos, d.flags);
        gr[d.t] = v;
        pending |= shift_condition(d.cond, v);
      };
      auto deposit_op = [&](auto op) PA_FORCE_INLINE {
        constexpr Op k = decltype(op)::value;
        const bool imm = k == Op::DEPI || k == Op::ZDEPI || k == Op::VDEPI || k == Op::ZVDEPI;
        const bool zero = k == Op::ZDEP || k == Op::ZVDEP || k == Op::ZDEPI || k == Op::ZVDEPI;
        const bool variable = k == Op::VDEP || k == Op::ZVDEP || k == Op::VDEPI || k == Op::ZVDEPI;
        const unsigned shl = variable ? 31u - s.sar() : d.sub;
        const uint32_t value = imm ? static_cast<uint32_t>(im5(d.a)) : gr[d.a];
        const uint32_t v = deposit(gr[d.t], value, shl, d.flags, zero);
        gr[d.t] = v;
        pending |= shift_condition(d.cond, v);
      };
      // Dispatch is one indirect jump through a table of the case labels
      // (GCC's computed goto): the switch below only gives the handlers their
      // scope and their `break`.  Left to itself the compiler lowers this
      // switch to a tree of compares and bit tests in front of three jump
      // tables, which cost more than most instructions' semantics.
      static const void* const kDispatch[] = {
#define PA_X(name, cls) &&op_##name,
          PA_OPCODES(PA_X)
#undef PA_X
      };
      static_assert(std::size(kDispatch) == static_cast<size_t>(Op::Count));
      goto* kDispatch[static_cast<unsigned>(d.op)];
      switch (d.op) {
        case Op::Count:
        PA_CASE(Undecoded)  // never in a predecoded page (GuestMemory decodes it whole)
        PA_CASE(Illegal)
          raise_trap(Interruption::IllegalInstruction);

        // ---------------- logical ----------------
        PA_CASE(OR) { uint32_t v = gr[d.a] | gr[d.b]; gr[d.t] = v; pending |= logical_condition(d.cond, v); break; }
        PA_CASE(AND) { uint32_t v = gr[d.a] & gr[d.b]; gr[d.t] = v; pending |= logical_condition(d.cond, v); break; }
        PA_CASE(XOR) { uint32_t v = gr[d.a] ^ gr[d.b]; gr[d.t] = v; pending |= logical_condition(d.cond, v); break; }
        PA_CASE(ANDCM) { uint32_t v = gr[d.a] & ~gr[d.b]; gr[d.t] = v; pending |= logical_condition(d.cond, v); break; }
        PA_CASE(UXOR) { uint32_t v = gr[d.a] ^ gr[d.b]; gr[d.t] = v; pending |= unit_condition(d.cond, v, 0); break; }
        PA_FAMILY_CASE(UADDCM, unit_add_complement_op)
        PA_FAMILY_CASE(UADDCMT, unit_add_complement_op)
        PA_CASE(DCOR)
        PA_CASE(IDCOR) {
          const uint32_t carries = (s.carry_vector >> 3) & 0x11111111u;
          const uint32_t v = (d.op == Op::IDCOR) ? gr[d.b] + carries * 6
                                                 : gr[d.b] - ((~carries & 0x11111111u) * 6);
          gr[d.t] = v;
          pending |= unit_condition(d.cond, v, s.carry_vector);
          break;
        }

        // ---------------- add ----------------
        PA_FAMILY_CASE(ADD, add_op)
        PA_FAMILY_CASE(ADDO, add_op)
        PA_FAMILY_CASE(ADDC, add_op)
        PA_FAMILY_CASE(ADDCO, add_op)
        PA_FAMILY_CASE(ADDL, add_op)
        PA_FAMILY_CASE(SH1ADD, shift_add_op)
        PA_FAMILY_CASE(SH1ADDL, shift_add_op)
        PA_FAMILY_CASE(SH1ADDO, shift_add_op)
        PA_FAMILY_CASE(SH2ADD, shift_add_op)
        PA_FAMILY_CASE(SH2ADDL, shift_add_op)
        PA_FAMILY_CASE(SH2ADDO, shift_add_op)
        PA_FAMILY_CASE(SH3ADD, shift_add_op)
        PA_FAMILY_CASE(SH3ADDL, shift_add_op)
        PA_FAMILY_CASE(SH3ADDO, shift_add_op)

        // ---------------- subtract / compare ----------------
        PA_FAMILY_CASE(SUB, subtract_op)
        PA_FAMILY_CASE(SUBO, subtract_op)
        PA_FAMILY_CASE(SUBB, subtract_op)
        PA_FAMILY_CASE(SUBBO, subtract_op)
        PA_FAMILY_CASE(SUBT, subtract_op)
        PA_FAMILY_CASE(SUBTO, subtract_op)
        PA_CASE(COMCLR) {
          const AdderResult r = add_with_carry(gr[d.a], ~gr[d.b], 1);
          gr[d.t] = 0;
          pending |= arith_condition(d.cond, r);
          break;
        }
        PA_CASE(DS) {
          // Divide step: shift r1 left through the carry, then add or
          // subtract r2 as PSW[V] says; V becomes carry-out XOR r2's sign.
          const uint32_t r2 = gr[d.b];
          const uint32_t add1 = (gr[d.a] << 1) | (s.carry_vector >> 31);
          const bool subtract = s.psw & psw::V;
          const AdderResult r = add_with_carry(add1, subtract ? ~r2 : r2, subtract ? 1 : 0);
          s.carry_vector = r.carry_vector;
          if (r.carry() != static_cast<bool>(r2 >> 31)) s.psw |= psw::V; else s.psw &= ~psw::V;
          gr[d.t] = r.value;
          pending |= arith_condition(d.cond, r);
          break;
        }

        // ---------------- immediates ----------------
        PA_FAMILY_CASE(ADDI, add_immediate_op)
        PA_FAMILY_CASE(ADDIO, add_immediate_op)
        PA_FAMILY_CASE(ADDIT, add_immediate_op)
        PA_FAMILY_CASE(ADDITO, add_immediate_op)
        PA_FAMILY_CASE(SUBI, subtract_immediate_op)
        PA_FAMILY_CASE(SUBIO, subtract_immediate_op)
        PA_CASE(COMICLR) {
          const AdderResult r = add_with_carry(static_cast<uint32_t>(d.imm), ~gr[d.b], 1);
          gr[d.t] = 0;
          pending |= arith_condition(d.cond, r);
          break;
        }
        PA_CASE(LDIL) gr[d.t] = static_cast<uint32_t>(d.imm); break;
        PA_CASE(ADDIL) gr[1] = gr[d.t] + static_cast<uint32_t>(d.imm); break;
        PA_CASE(LDO) gr[d.t] = gr[d.b] + static_cast<uint32_t>(d.imm); break;

        // ---------------- loads and stores, 14-bit displacement ----------------
        PA_CASE(LDB) { const uint32_t b = gr[d.b]; gr[d.t] = mem_.template load<uint8_t, kTagged>(select_space(s, d.sub, b), b + d.imm); break; }
        PA_CASE(LDH) { const uint32_t b = gr[d.b]; gr[d.t] = mem_.template load<uint16_t, kTagged>(select_space(s, d.sub, b), b + d.imm); break; }
        PA_CASE(LDW) { const uint32_t b = gr[d.b]; gr[d.t] = mem_.template load<uint32_t, kTagged>(select_space(s, d.sub, b), b + d.imm); break; }
        PA_CASE(STB) { const uint32_t b = gr[d.b]; mem_.template store<uint8_t, kTagged>(select_space(s, d.sub, b), b + d.imm, static_cast<uint8_t>(gr[d.t])); break; }
        PA_CASE(STH) { const uint32_t b = gr[d.b]; mem_.template store<uint16_t, kTagged>(select_space(s, d.sub, b), b + d.imm, static_cast<uint16_t>(gr[d.t])); break; }
        PA_CASE(STW) { const uint32_t b = gr[d.b]; mem_.template store<uint32_t, kTagged>(select_space(s, d.sub, b), b + d.imm, gr[d.t]); break; }
        PA_CASE(LDWM) {
          // Negative displacement: modify before; otherwise modify after.
          const uint32_t b = gr[d.b], nb = b + d.imm;
          const uint32_t v = mem_.template load<uint32_t, kTagged>(select_space(s, d.sub, b), d.imm < 0 ? nb : b);
          gr[d.b] = nb;
          gr[d.t] = v;
          break;
        }
        PA_CASE(STWM) {
          const uint32_t b = gr[d.b], nb = b + d.imm;
          mem_.template store<uint32_t, kTagged>(select_space(s, d.sub, b), d.imm < 0 ? nb : b, gr[d.t]);
          gr[d.b] = nb;
          break;
        }

        // ---------------- indexed and short loads ----------------
        PA_FAMILY_CASE(LDBX, indexed_or_short_load_op)
        PA_FAMILY_CASE(LDHX, indexed_or_short_load_op)
        PA_FAMILY_CASE(LDWX, indexed_or_short_load_op)
        PA_FAMILY_CASE(LDCWX, indexed_or_short_load_op)
        PA_FAMILY_CASE(LDBS, indexed_or_short_load_op)
        PA_FAMILY_CASE(LDHS, indexed_or_short_load_op)
        PA_FAMILY_CASE(LDWS, indexed_or_short_load_op)
        PA_FAMILY_CASE(LDCWS, indexed_or_short_load_op)
        PA_FAMILY_CASE(STBS, short_store_op)
        PA_FAMILY_CASE(STHS, short_store_op)
        PA_FAMILY_CASE(STWS, short_store_op)
        PA_CASE(STBYS) {
          // Store bytes: ",b" writes from the addressed byte to the end of
          // the word, ",e" writes the bytes before it.
          const uint32_t base = gr[d.b];
          const uint32_t off = base + d.imm;
          const uint32_t space = select_space(s, d.sub & 3u, base);
          const unsigned k = off & 3u;
          const bool end = d.sub & 4u;
          const uint32_t data = gr[d.t];
          const unsigned first = end ? 0 : k, last = end ? k : 4;
          for (unsigned i = first; i < last; ++i)
            mem_.store_byte(space, (off & ~3u) + i, static_cast<uint8_t>(data >> (24 - 8 * i)));
          if (d.flags & insn_flag::kModify) gr[d.b] = off & ~3u;
          break;
        }

        // ---------------- FP loads and stores ----------------
        PA_CASE(FLDW) {
          if (!fp_enabled(s)) raise_trap(Interruption::AssistEmulation);
          const EffectiveAddress ea = fp_address(s, d, 2);
          const uint32_t v = mem_.template load<uint32_t, kTagged>(select_space(s, d.sub, gr[d.b]), ea.offset);
          if (ea.modify) gr[d.b] = ea.new_base;
          const bool right = d.flags & insn_flag::kRightHalf;
          if (d.t == 0 && !right) fp_write_status(s, v);
          else s.fp.set_single(d.t, right, v);
          break;
        }
        PA_CASE(FLDD) {
          if (!fp_enabled(s)) raise_trap(Interruption::AssistEmulation);
          const EffectiveAddress ea = fp_address(s, d, 3);
          const uint64_t v = mem_.template load<uint64_t, kTagged>(select_space(s, d.sub, gr[d.b]), ea.offset);
          if (ea.modify) gr[d.b] = ea.new_base;
          if (d.t == 0) {
            s.fp.fr[0] = (s.fp.fr[0] & ~0xffffffffull) | (v & 0xffffffffull);
            fp_write_status(s, static_cast<uint32_t>(v >> 32));
          } else {
            s.fp.fr[d.t] = v;
          }
          break;
        }
        PA_CASE(FSTW) {
          if (!fp_enabled(s)) raise_trap(Interruption::AssistEmulation);
          const EffectiveAddress ea = fp_address(s, d, 2);
          const bool right = d.flags & insn_flag::kRightHalf;
          const uint32_t v = (d.t == 0 && !right) ? fp_read_status(s) : s.fp.single(d.t, right);
          mem_.template store<uint32_t, kTagged>(select_space(s, d.sub, gr[d.b]), ea.offset, v);
          if (ea.modify) gr[d.b] = ea.new_base;
          break;
        }
        PA_CASE(FSTD) {
          if (!fp_enabled(s)) raise_trap(Interruption::AssistEmulation);
          const EffectiveAddress ea = fp_address(s, d, 3);
          uint64_t v = s.fp.fr[d.t];
          if (d.t == 0) v = (static_cast<uint64_t>(fp_read_status(s)) << 32) | (v & 0xffffffffull);
          mem_.template store<uint64_t, kTagged>(select_space(s, d.sub, gr[d.b]), ea.offset, v);
          if (ea.modify) gr[d.b] = ea.new_base;
          break;
        }

        // ---------------- FP operations ----------------
        PA_CASE(FCPY) PA_CASE(FABS) PA_CASE(FSQRT) PA_CASE(FRND)
        PA_CASE(FCNVFF) PA_CASE(FCNVXF) PA_CASE(FCNVFX) PA_CASE(FCNVFXT)
        PA_CASE(FADD) PA_CASE(FSUB) PA_CASE(FMPY) PA_CASE(FDIV) PA_CASE(FREM)
        PA_CASE(FCMP) PA_CASE(FTEST) PA_CASE(XMPYU) PA_CASE(FMPYADD) PA_CASE(FMPYSUB)
        PA_CASE(FID)
          if (!fp_enabled(s)) raise_trap(Interruption::AssistEmulation);
          pending |= fp_execute(s, d);
          break;

        // ---------------- branches ----------------
        PA_CASE(BL)
        PA_CASE(GATE) {
          // GATE records the caller's privilege in the link register's low bits.
          const uint32_t link = back + 4;
          uint32_t new_priv = cur_priv();
          // With code translation off, GATE promotes to privilege 0; with it
          // on, through a gateway page (access-rights type 4..7) to the
          // page's level, never to a less privileged one.
          if (d.op == Op::GATE)
            new_priv = !(s.psw & psw::C) ? 0u : mem_.backend()->gateway_privilege(s.iasq_front, front & ~3u, cur_priv());
          next = (((front & ~3u) + 8 + d.imm) & ~3u) | new_priv;
          if (d.t) gr[d.t] = (d.op == Op::GATE) ? ((link & ~3u) | cur_priv()) : link;
          pending |= d.flags & insn_flag::kNullify;
          break;
        }
        PA_CASE(BLR) {
          const uint32_t target = (front & ~3u) + 8 + (gr[d.a] << 3);
          gr[d.b] = back + 4;
          next = (target & ~3u) | cur_priv();
          pending |= d.flags & insn_flag::kNullify;
          break;
        }
        PA_CASE(BV) {
          const uint32_t target = gr[d.b] + (gr[d.a] << 3);
          // The low bits of the target carry a privilege level, which may
          // only be lowered (numerically raised) by a branch.
          next = (target & ~3u) | std::max(target & 3u, cur_priv());
          pending |= d.flags & insn_flag::kNullify;
          break;
        }
        PA_CASE(BE)
        PA_CASE(BLE) {
          const uint32_t target = gr[d.b] + static_cast<uint32_t>(d.imm);
          const uint32_t space = s.sr[d.sub];
          if (d.op == Op::BLE) {
            gr[31] = back + 4;
            s.sr[0] = s.iasq_back;
          }
          next = (target & ~3u) | std::max(target & 3u, cur_priv());
          // The delay slot runs in the old back space; the target in SR[s].
          s.iasq_front = s.iasq_back;
          s.iasq_back = space;
          fetch_key = kNoFetchKey;
          pending |= kSpaceLater | ((d.flags & insn_flag::kNullify) ? kNullifyNext : 0);
          cycle = issue + 1;
          if constexpr (kTimed) {
            ++n;
            commit_issue_stalls();
            (void)pipeline_.retire(d, issue, timing_, stalls_);
          }
          gr[0] = 0;
          front = back;
          back = next;
          if constexpr (kObserved) {
            s.iaoq_front = front;
            s.iaoq_back = back;
            s.nullify_next = pending & kNullifyNext;
            observer_->after(s, s.iasq_front, pc, d.word, false);
          }
          continue;
        }
        PA_FAMILY_CASE(COMBT, compare_and_branch_op)
        PA_FAMILY_CASE(COMBF, compare_and_branch_op)
        PA_FAMILY_CASE(COMIBT, compare_and_branch_op)
        PA_FAMILY_CASE(COMIBF, compare_and_branch_op)
        PA_FAMILY_CASE(ADDBT, add_and_branch_op)
        PA_FAMILY_CASE(ADDBF, add_and_branch_op)
        PA_FAMILY_CASE(ADDIBT, add_and_branch_op)
        PA_FAMILY_CASE(ADDIBF, add_and_branch_op)
        PA_FAMILY_CASE(MOVB, move_and_branch_op)
        PA_FAMILY_CASE(MOVIB, move_and_branch_op)
        PA_FAMILY_CASE(BB, branch_on_bit_op)
        PA_FAMILY_CASE(BVB, branch_on_bit_op)

        // ---------------- shift, extract, deposit ----------------
        PA_FAMILY_CASE(SHD, shift_pair_op)
        PA_FAMILY_CASE(VSHD, shift_pair_op)
        PA_FAMILY_CASE(EXTRU, extract_op)
        PA_FAMILY_CASE(VEXTRU, extract_op)
        PA_FAMILY_CASE(EXTRS, extract_op)
        PA_FAMILY_CASE(VEXTRS, extract_op)
        PA_FAMILY_CASE(DEP, deposit_op)
        PA_FAMILY_CASE(ZDEP, deposit_op)
        PA_FAMILY_CASE(VDEP, deposit_op)
        PA_FAMILY_CASE(ZVDEP, deposit_op)
        PA_FAMILY_CASE(DEPI, deposit_op)
        PA_FAMILY_CASE(ZDEPI, deposit_op)
        PA_FAMILY_CASE(VDEPI, deposit_op)
        PA_FAMILY_CASE(ZVDEPI, deposit_op)

        // ---------------- system control ----------------
        PA_CASE(BREAK) raise_trap(Interruption::Break);
        PA_CASE(SYNC) PA_CASE(SYNCDMA) break;
        PA_CASE(MFSP) gr[d.t] = s.sr[d.sub]; break;
        PA_CASE(MTSP)
          if (d.sub >= 5 && cur_priv() != 0) raise_trap(Interruption::PrivilegedRegister);
          s.sr[d.sub] = gr[d.a];
          break;
        PA_CASE(MFCTL)
          if (!control_register_readable(s, cur_priv(), d.b)) raise_trap(Interruption::PrivilegedRegister);
          switch (d.b) {
            case cr::IntervalTimer: gr[d.t] = static_cast<uint32_t>(issue); break;
            case cr::Iiasq: gr[d.t] = s.iiasq[0]; break;
            case cr::Iiaoq: gr[d.t] = s.iiaoq[0]; break;
            default: gr[d.t] = s.cr[d.b]; break;
          }
          break;
        PA_CASE(MTCTL) {
          const uint32_t v = gr[d.a];
          if (d.b == cr::Sar) { s.cr[cr::Sar] = v & 31u; break; }
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedRegister);
          switch (d.b) {
            case cr::IntervalTimer:
              // Arms the interval timer; the run loop stops at the match.
              s.timer_compare = v;
              s.timer_armed = true;
              s.timer_target = issue + (static_cast<uint32_t>(v - static_cast<uint32_t>(issue))
                                            ? static_cast<uint32_t>(v - static_cast<uint32_t>(issue))
                                            : (1ull << 32));
              pending |= kResync;
              break;
            case cr::Eirr: s.cr[cr::Eirr] &= ~v; break;  // writing ones clears
            case cr::Eiem: s.cr[cr::Eiem] = v; pending |= kResync; break;
            case cr::Iiasq: s.iiasq[0] = s.iiasq[1]; s.iiasq[1] = v; s.cr[cr::Iiasq] = s.iiasq[0]; break;
            case cr::Iiaoq: s.iiaoq[0] = s.iiaoq[1]; s.iiaoq[1] = v; s.cr[cr::Iiaoq] = s.iiaoq[0]; break;
            case cr::Pid1: case cr::Pid2: case cr::Pid3: case cr::Pid4:
              s.cr[d.b] = v;
              s.iaoq_front = front;
              context_changed();
              fetch_key = kNoFetchKey;
              break;
            default: s.cr[d.b] = v; break;
          }
          break;
        }
        PA_CASE(LDSID) gr[d.t] = select_space(s, d.sub, gr[d.b]); break;
        PA_CASE(FDC) PA_CASE(FIC) PA_CASE(PDC) {
          // Cache maintenance by address.  Architecturally invisible here
          // (stores to code are tracked by the predecoder): they cost cache
          // time and may fault.  PDC (purge: no write-back) is privileged.
          if (d.op == Op::PDC && cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          const uint32_t off = (d.flags & insn_flag::kModify) ? gr[d.b] : gr[d.b] + gr[d.a];
          const bool ifetch = d.op == Op::FIC;
          const uint32_t space = ifetch ? s.sr[d.sub] : select_space(s, d.sub, gr[d.b]);
          cache::Cache* c = ifetch ? icache_ : dcache_;
          if (c) {
            const uint32_t paddr = mem_.maintenance_paddr(space, off, ifetch);
            const uint32_t cost = d.op == Op::PDC ? c->purge_line(space, off, paddr) : c->flush_line(space, off, paddr);
            stalls_[static_cast<unsigned>(StallCause::DCacheMiss)] += cost;
            issue += cost;
            if (ifetch) last_fetch_line_ = ~0u;
          }
          if (d.flags & insn_flag::kModify) gr[d.b] += gr[d.a];
          break;
        }
        PA_CASE(FDCE) PA_CASE(FICE) {
          // Flush the cache entry an index selects, whatever it holds (the
          // "flush entire cache" loops of an OS).  Privileged.
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          const uint32_t off = (d.flags & insn_flag::kModify) ? gr[d.b] : gr[d.b] + gr[d.a];
          const bool ifetch = d.op == Op::FICE;
          const uint32_t space = ifetch ? s.sr[d.sub] : select_space(s, d.sub, gr[d.b]);
          if (cache::Cache* c = ifetch ? icache_ : dcache_) {
            const uint32_t cost = c->flush_entry(space, off);
            stalls_[static_cast<unsigned>(StallCause::DCacheMiss)] += cost;
            issue += cost;
            if (ifetch) last_fetch_line_ = ~0u;
          }
          if (d.flags & insn_flag::kModify) gr[d.b] += gr[d.a];
          break;
        }
        PA_CASE(PROBER) PA_CASE(PROBEW) PA_CASE(PROBERI) PA_CASE(PROBEWI) {
          // Would a read/write at the requested privilege (GR[r] or the
          // immediate, low two bits) be allowed?  GR[t] = 1 or 0.
          const uint32_t off = gr[d.b];
          const uint32_t space = select_space(s, d.sub, off);
          const bool write = d.op == Op::PROBEW || d.op == Op::PROBEWI;
          const unsigned requested = (d.op == Op::PROBERI || d.op == Op::PROBEWI) ? (d.a & 3u) : (gr[d.a] & 3u);
          int ok = (s.psw & psw::D) ? mem_.backend()->probe(space, off, write, requested, s) : -1;
          if (ok < 0) {
            // No access-rights model (syscall emulation, or translation off):
            // try the access itself at the current privilege.
            ok = 1;
            try {
              if (write) ok = mem_.probe_write(space, off) ? 1 : 0;
              else (void)mem_.host_load<uint8_t>(space, off);
            } catch (const GuestTrap&) {
              ok = 0;
            }
          }
          gr[d.t] = static_cast<uint32_t>(ok);
          break;
        }
        PA_CASE(RFI)
        PA_CASE(RFIR) {
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          // Return from interruption: PSW and both queue entries come back.
          const uint32_t ipsw = s.cr[cr::Ipsw];
          if (d.op == Op::RFIR)
            for (unsigned i = 0; i < 7; ++i) gr[kShadowedGr[i]] = s.shadow[i];
          s.psw = ipsw & ~(psw::CB | psw::N);
          s.set_psw_cb_bits((ipsw & psw::CB) >> 8);
          s.iasq_front = s.iiasq[0];
          s.iasq_back = s.iiasq[1];
          gr[0] = 0;
          front = s.iiaoq[0];
          back = s.iiaoq[1];
          fetch_key = kNoFetchKey;
          s.iaoq_front = front;
          ctx_priv = front & 3u;
          context_changed();
          pending = ((ipsw & psw::N) ? kNullifyNext : 0) | kResync;
          cycle = issue + 1;
          if constexpr (kTimed) {
            ++n;
            commit_issue_stalls();
            cycle += pipeline_.retire(d, issue, timing_, stalls_);
          }
          modes_.switch_to(exec_mode_of_privilege(ctx_priv), counters_.instructions + completed(), cycle, s.iasq_front);
          if constexpr (kObserved) {
            s.iaoq_front = front;
            s.iaoq_back = back;
            s.nullify_next = pending & kNullifyNext;
            observer_->after(s, s.iasq_front, pc, d.word, false);
          }
          continue;
        }
        PA_CASE(SSM) PA_CASE(RSM) PA_CASE(MTSM) {
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          // The system mask is PSW bits 27..31 (R, Q, P, D, I).
          constexpr uint32_t kSystemMask = psw::R | psw::Q | psw::P | psw::D | psw::I;
          const uint32_t old_mask = s.psw & kSystemMask;
          if (d.op == Op::SSM) s.psw |= static_cast<uint32_t>(d.imm) & kSystemMask;
          else if (d.op == Op::RSM) s.psw &= ~(static_cast<uint32_t>(d.imm) & kSystemMask);
          else s.psw = (s.psw & ~kSystemMask) | (gr[d.a] & kSystemMask);
          if (d.op != Op::MTSM) gr[d.t] = old_mask;
          s.iaoq_front = front;
          context_changed();  // translation or protection checking may have changed
          fetch_key = kNoFetchKey;
          pending |= kResync;  // interrupts may have become enabled
          break;
        }
        PA_CASE(DIAG)
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          if (static_cast<uint32_t>(d.imm) == kFirmwareCall) {
            // The simulated boot firmware (PDC): see sim/fs/full_system.h.
            if (!mem_.backend()->firmware_call(s)) raise_trap(Interruption::IllegalInstruction);
            fetch_key = kNoFetchKey;  // it may change the block TLB under this very page
            break;
          }
          break;  // other DIAG operations do nothing on this model
        PA_CASE(MARKER_DIAG)
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          [[fallthrough]];
        PA_CASE(MARKER_LDO) {
          // A stage marker (stages.h) is not an instruction: no cycle, no
          // count, no pipeline effect (it reads and writes no register, so
          // it could not have waited).  Only its fetch happened: a new
          // I-cache line was looked up, and `issue` includes that miss.
          if constexpr (kTimed) --counters_.by_op[static_cast<unsigned>(d.op)];
          ++counters_.stage_markers;
          if (stage_listener_) {
            s.cycles = issue;
            stage_listener_->on_marker(static_cast<uint32_t>(d.imm), *this, counters_.instructions + completed(), issue,
                                       cur_priv());
          }
          cycle = issue;
          front = back;
          back = next;
          if constexpr (kObserved) {
            s.iaoq_front = front;
            s.iaoq_back = back;
            s.nullify_next = false;
            s.cycles = cycle;
            observer_->after(s, s.iasq_front, pc, d.word, false);
          }
          continue;
        }
        PA_CASE(LDWAX) PA_CASE(LDWAS) {
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          const EffectiveAddress ea = d.op == Op::LDWAX ? indexed_address(s, d, 2) : short_address(s, d);
          const uint32_t v = mem_.load_absolute<uint32_t>(ea.offset);
          if (ea.modify) gr[d.b] = ea.new_base;
          gr[d.t] = v;
          break;
        }
        PA_CASE(STWAS) {
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          const EffectiveAddress ea = short_address(s, d);
          mem_.store_absolute<uint32_t>(ea.offset, gr[d.t]);
          if (ea.modify) gr[d.b] = ea.new_base;
          break;
        }
        PA_CASE(IITLBA) PA_CASE(IITLBP) PA_CASE(IDTLBA) PA_CASE(IDTLBP) {
          // TLB insertion, in two steps: address, then protection (mmu/tlb.h).
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          const bool iside = d.op == Op::IITLBA || d.op == Op::IITLBP;
          const uint32_t space = iside ? s.sr[d.sub] : select_space(s, d.sub, gr[d.b]);
          const auto op = (d.op == Op::IITLBA || d.op == Op::IDTLBA) ? MemoryBackend::TlbOp::InsertAddress
                                                                     : MemoryBackend::TlbOp::InsertProtection;
          mem_.backend()->tlb_operation(iside, op, space, gr[d.b], gr[d.a]);
          fetch_key = kNoFetchKey;  // the fetch must see the TLB as it is now
          break;
        }
        PA_CASE(PITLB) PA_CASE(PITLBE) PA_CASE(PDTLB) PA_CASE(PDTLBE) {
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          const bool iside = d.op == Op::PITLB || d.op == Op::PITLBE;
          const uint32_t base = gr[d.b];
          const uint32_t off = (d.flags & insn_flag::kModify) ? base : base + gr[d.a];
          const uint32_t space = iside ? s.sr[d.sub] : select_space(s, d.sub, base);
          const auto op = (d.op == Op::PITLB || d.op == Op::PDTLB) ? MemoryBackend::TlbOp::Purge
                                                                   : MemoryBackend::TlbOp::PurgeEntry;
          mem_.backend()->tlb_operation(iside, op, space, off, 0);
          fetch_key = kNoFetchKey;  // the fetch must see the TLB as it is now
          if (d.flags & insn_flag::kModify) gr[d.b] = base + gr[d.a];
          break;
        }
        PA_CASE(LPA) {
          // Load physical address (data translation), privileged.
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          const uint32_t base = gr[d.b];
          const uint32_t off = (d.flags & insn_flag::kModify) ? base : base + gr[d.a];
          const uint32_t pa = (s.psw & psw::D) ? mem_.backend()->translate_data(select_space(s, d.sub, base), off) : off;
          if (d.flags & insn_flag::kModify) gr[d.b] = base + gr[d.a];
          gr[d.t] = pa;
          break;
        }
        PA_CASE(LCI) {
          // Load coherence index: the cache index bits of space.offset (the
          // D-cache set, or the page-frame bits when no cache is modelled).
          if (cur_priv() != 0) raise_trap(Interruption::PrivilegedOperation);
          const uint32_t off = gr[d.b] + gr[d.a];
          const uint32_t space = select_space(s, d.sub, gr[d.b]);
          gr[d.t] = dcache_ ? dcache_->set_index(space, off) : (off >> kPageBits);
          break;
        }
        PA_CASE(SPOP)
        PA_CASE(COPR)
          // No special-function unit or non-FP coprocessor on the 730.
          raise_trap(Interruption::AssistEmulation);
      }
      gr[0] = 0;
      front = back;
      back = next;
      cycle = issue + 1;
      if constexpr (kTimed) {
        ++n;
        if (issue != fetched) commit_issue_stalls();
        cycle += pipeline_.retire(d, issue, timing_, stalls_);
        if (const uint64_t memory_stalls = mem_.take_stalls()) {
          const uint32_t miss = GuestMemory::data_stall_of(memory_stalls);
          const uint32_t refill = GuestMemory::tlb_stall_of(memory_stalls);
          cycle += miss + refill;
          stalls_[static_cast<unsigned>(StallCause::DCacheMiss)] += miss;
          stalls_[static_cast<unsigned>(StallCause::TlbMiss)] += refill;
        }
      }
      if constexpr (kObserved) {
        s.iaoq_front = front;
        s.iaoq_back = back;
        s.nullify_next = pending & kNullifyNext;
        s.cycles = cycle;
        observer_->after(s, s.iasq_front, pc, d.word, false);
      }
    }
    result.reason = StopReason::BudgetExhausted;
  } catch (const GuestTrap& t) {
    // The trapping instruction did not execute: it is not counted, and the
    // queue still points at it.
    if (kTimed && counted) --counters_.by_op[static_cast<unsigned>(counted->op)];
    if constexpr (kTimed) {
      cycle += fetch_stall;  // the fetch did happen
      discard_issue_stalls();
    }
    s.gr[0] = 0;
    // A delay slot of an inter-space branch that traps keeps both spaces:
    // it is re-run (or its IIASQ saved) in the space it was fetched from.
    pending &= ~(kNullifyNext | kSpaceNow);
    mem_.discard_data_stall();
    result.reason = StopReason::Trap;
    result.trap = t;
  } catch (const HaltRequest& h) {
    s.gr[0] = 0;
    pending &= ~(kNullifyNext | kSpaceNow);
    result.reason = StopReason::Halt;
    result.halt_status = h.status;
  }
  if (pending & kSpaceNow) s.iasq_front = s.iasq_back;
  s.iaoq_front = front;
  s.iaoq_back = back;
  s.nullify_next = pending & kNullifyNext;
  s.cycles = cycle;
  counters_.instructions += completed();
  return result;
#undef PA_FAMILY_CASE
#undef PA_CASE
}

template RunResult Core::run_loop<true, true, true>(uint64_t);
template RunResult Core::run_loop<true, false, true>(uint64_t);
template RunResult Core::run_loop<false, true, true>(uint64_t);
template RunResult Core::run_loop<false, false, true>(uint64_t);
template RunResult Core::run_loop<true, true, false>(uint64_t);
template RunResult Core::run_loop<true, false, false>(uint64_t);
template RunResult Core::run_loop<false, true, false>(uint64_t);
template RunResult Core::run_loop<false, false, false>(uint64_t);

}  // namespace pa
