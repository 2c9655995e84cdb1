// Instruction semantics of PA-RISC 1.1 and the run loop around them.
//
// One switch over predecoded operations: no allocation, no virtual call and
// no table lookup per instruction on the hot path.  The instruction address
// queue (front = executing, back = next) is kept in locals and written back
// at every exit, including traps.
#include "pa_risc/core.h"

#include <algorithm>
#include <cstdint>

#include "pa_risc/bits.h"
#include "pa_risc/conditions.h"
#include "pa_risc/fpu.h"

namespace pa {

namespace {

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
  CpuState& s = st_;
  RunResult result;
  uint64_t cycle = s.cycles;
  const uint64_t end_cycle = cycle + cycle_budget;
  uint64_t n = 0;
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
    uint32_t page_base = 1;  // never equal to a page-aligned offset
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
          page_base = 1;
        }
        if (p & kNullifyNext) {
          // A nullified instruction still occupies its slot in the queue.
          ++n;
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
      ++n;  // undone by the trap handler if this instruction does not complete
      if (__builtin_expect((front & 3u) != ctx_priv, 0)) {
        // Privilege changed (GATE, or a branch to a less privileged level):
        // translations cached under the old level may not hold.
        ctx_priv = front & 3u;
        s.iaoq_front = front;
        context_changed();
        page_base = 1;
        modes_.switch_to(exec_mode_of_privilege(ctx_priv), counters_.instructions + n - 1, cycle, s.iasq_front);
      }
      const uint32_t pc = front & ~3u;
      if constexpr (kTimed) counted = nullptr;
      if ((pc & ~(kPageSize - 1)) != page_base) {
        page = mem_.template code_page<kTagged>(s.iasq_front, pc);
        page_base = pc & ~(kPageSize - 1);
      }
      DecodedInsn* slot = &page->insn[(pc >> 2) & (kPageSize / 4 - 1)];
      if (__builtin_expect(slot->op == Op::Undecoded, 0)) {
        // Look the page up again: a store may have replaced its mapping.
        page = mem_.template code_page<kTagged>(s.iasq_front, pc);
        slot = &page->insn[(pc >> 2) & (kPageSize / 4 - 1)];
        mem_.predecode(pc, *slot);
      }
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
          fetch_stall = icache_->access(s.iasq_front, pc, mem_.code_paddr(pc), false);
          issue += fetch_stall;
          stalls_[static_cast<unsigned>(StallCause::ICacheMiss)] += fetch_stall;
        }
        // Interlock stalls are charged only if the instruction completes.
        fetched = issue;
        issue = pipeline_.issue_cycle(d, issue, issue_stalls_);
      }
      uint32_t next = back + 4;
      uint32_t* gr = s.gr;
      const uint32_t cur_priv = front & 3u;

      switch (d.op) {
        case Op::Undecoded:
        case Op::Count:
        case Op::Illegal:
          raise_trap(Interruption::IllegalInstruction);

        // ---------------- logical ----------------
        case Op::OR: { uint32_t v = gr[d.a] | gr[d.b]; gr[d.t] = v; pending |= logical_condition(d.cond, v); break; }
        case Op::AND: { uint32_t v = gr[d.a] & gr[d.b]; gr[d.t] = v; pending |= logical_condition(d.cond, v); break; }
        case Op::XOR: { uint32_t v = gr[d.a] ^ gr[d.b]; gr[d.t] = v; pending |= logical_condition(d.cond, v); break; }
        case Op::ANDCM: { uint32_t v = gr[d.a] & ~gr[d.b]; gr[d.t] = v; pending |= logical_condition(d.cond, v); break; }
        case Op::UXOR: { uint32_t v = gr[d.a] ^ gr[d.b]; gr[d.t] = v; pending |= unit_condition(d.cond, v, 0); break; }
        case Op::UADDCM:
        case Op::UADDCMT: {
          const AdderResult r = add_with_carry(gr[d.a], ~gr[d.b], 0);
          const bool c = unit_condition(d.cond, r.value, r.carry_vector);
          if (d.op == Op::UADDCMT && c) raise_trap(Interruption::Conditional);
          gr[d.t] = r.value;
          if (d.op == Op::UADDCM) pending |= c;
          break;
        }
        case Op::DCOR:
        case Op::IDCOR: {
          const uint32_t carries = (s.carry_vector >> 3) & 0x11111111u;
          const uint32_t v = (d.op == Op::IDCOR) ? gr[d.b] + carries * 6
                                                 : gr[d.b] - ((~carries & 0x11111111u) * 6);
          gr[d.t] = v;
          pending |= unit_condition(d.cond, v, s.carry_vector);
          break;
        }

        // ---------------- add ----------------
        case Op::ADD: case Op::ADDO: case Op::ADDC: case Op::ADDCO: case Op::ADDL: {
          const uint32_t cin = (d.op == Op::ADDC || d.op == Op::ADDCO) ? (s.carry_vector >> 31) : 0;
          const AdderResult r = add_with_carry(gr[d.a], gr[d.b], cin);
          if ((d.op == Op::ADDO || d.op == Op::ADDCO) && r.overflow) raise_trap(Interruption::Overflow);
          if (d.op != Op::ADDL) s.carry_vector = r.carry_vector;
          gr[d.t] = r.value;
          pending |= arith_condition(d.cond, r);
          break;
        }
        case Op::SH1ADD: case Op::SH1ADDL: case Op::SH1ADDO:
        case Op::SH2ADD: case Op::SH2ADDL: case Op::SH2ADDO:
        case Op::SH3ADD: case Op::SH3ADDL: case Op::SH3ADDO: {
          const unsigned idx = static_cast<unsigned>(d.op) - static_cast<unsigned>(Op::SH1ADD);
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
          break;
        }

        // ---------------- subtract / compare ----------------
        case Op::SUB: case Op::SUBO: case Op::SUBB: case Op::SUBBO: case Op::SUBT: case Op::SUBTO: {
          const uint32_t cin = (d.op == Op::SUBB || d.op == Op::SUBBO) ? (s.carry_vector >> 31) : 1;
          const AdderResult r = add_with_carry(gr[d.a], ~gr[d.b], cin);
          const bool c = arith_condition(d.cond, r);
          if ((d.op == Op::SUBO || d.op == Op::SUBBO || d.op == Op::SUBTO) && r.overflow)
            raise_trap(Interruption::Overflow);
          if ((d.op == Op::SUBT || d.op == Op::SUBTO) && c) raise_trap(Interruption::Conditional);
          s.carry_vector = r.carry_vector;
          gr[d.t] = r.value;
          if (d.op != Op::SUBT && d.op != Op::SUBTO) pending |= c;
          break;
        }
        case Op::COMCLR: {
          const AdderResult r = add_with_carry(gr[d.a], ~gr[d.b], 1);
          gr[d.t] = 0;
          pending |= arith_condition(d.cond, r);
          break;
        }
        case Op::DS: {
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
        case Op::ADDI: case Op::ADDIO: case Op::ADDIT: case Op::ADDITO: {
          const AdderResult r = add_with_carry(static_cast<uint32_t>(d.imm), gr[d.b], 0);
          const bool c = arith_condition(d.cond, r);
          if ((d.op == Op::ADDIO || d.op == Op::ADDITO) && r.overflow) raise_trap(Interruption::Overflow);
          if ((d.op == Op::ADDIT || d.op == Op::ADDITO) && c) raise_trap(Interruption::Conditional);
          s.carry_vector = r.carry_vector;
          gr[d.t] = r.value;
          if (d.op == Op::ADDI || d.op == Op::ADDIO) pending |= c;
          break;
        }
        case Op::SUBI: case Op::SUBIO: {
          const AdderResult r = add_with_carry(static_cast<uint32_t>(d.imm), ~gr[d.b], 1);
          if (d.op == Op::SUBIO && r.overflow) raise_trap(Interruption::Overflow);
          s.carry_vector = r.carry_vector;
          gr[d.t] = r.value;
          pending |= arith_condition(d.cond, r);
          break;
        }
        case Op::COMICLR: {
          const AdderResult r = add_with_carry(static_cast<uint32_t>(d.imm), ~gr[d.b], 1);
          gr[d.t] = 0;
          pending |= arith_condition(d.cond, r);
          break;
        }
        case Op::LDIL: gr[d.t] = static_cast<uint32_t>(d.imm); break;
        case Op::ADDIL: gr[1] = gr[d.t] + static_cast<uint32_t>(d.imm); break;
        case Op::LDO: gr[d.t] = gr[d.b] + static_cast<uint32_t>(d.imm); break;

        // ---------------- loads and stores, 14-bit displacement ----------------
        case Op::LDB: { const uint32_t b = gr[d.b]; gr[d.t] = mem_.template load<uint8_t, kTagged>(select_space(s, d.sub, b), b + d.imm); break; }
        case Op::LDH: { const uint32_t b = gr[d.b]; gr[d.t] = mem_.template load<uint16_t, kTagged>(select_space(s, d.sub, b), b + d.imm); break; }
        case Op::LDW: { const uint32_t b = gr[d.b]; gr[d.t] = mem_.template load<uint32_t, kTagged>(select_space(s, d.sub, b), b + d.imm); break; }
        case Op::STB: { const uint32_t b = gr[d.b]; mem_.template store<uint8_t, kTagged>(select_space(s, d.sub, b), b + d.imm, static_cast<uint8_t>(gr[d.t])); break; }
        case Op::STH: { const uint32_t b = gr[d.b]; mem_.template store<uint16_t, kTagged>(select_space(s, d.sub, b), b + d.imm, static_cast<uint16_t>(gr[d.t])); break; }
        case Op::STW: { const uint32_t b = gr[d.b]; mem_.template store<uint32_t, kTagged>(select_space(s, d.sub, b), b + d.imm, gr[d.t]); break; }
        case Op::LDWM: {
          // Negative displacement: modify before; otherwise modify after.
          const uint32_t b = gr[d.b], nb = b + d.imm;
          const uint32_t v = mem_.template load<uint32_t, kTagged>(select_space(s, d.sub, b), d.imm < 0 ? nb : b);
          gr[d.b] = nb;
          gr[d.t] = v;
          break;
        }
        case Op::STWM: {
          const uint32_t b = gr[d.b], nb = b + d.imm;
          mem_.template store<uint32_t, kTagged>(select_space(s, d.sub, b), d.imm < 0 ? nb : b, gr[d.t]);
          gr[d.b] = nb;
          break;
        }

        // ---------------- indexed and short loads ----------------
        case Op::LDBX: case Op::LDHX: case Op::LDWX: case Op::LDCWX:
        case Op::LDBS: case Op::LDHS: case Op::LDWS: case Op::LDCWS: {
          const bool indexed = d.op <= Op::LDCWX;
          const Op base_op = indexed ? d.op : static_cast<Op>(static_cast<unsigned>(d.op) - 5);
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
          break;
        }
        case Op::STBS: case Op::STHS: case Op::STWS: {
          const EffectiveAddress ea = short_address(s, d);
          const uint32_t space = select_space(s, d.sub & 3u, gr[d.b]);
          if (d.op == Op::STBS) mem_.template store<uint8_t, kTagged>(space, ea.offset, static_cast<uint8_t>(gr[d.t]));
          else if (d.op == Op::STHS) mem_.template store<uint16_t, kTagged>(space, ea.offset, static_cast<uint16_t>(gr[d.t]));
          else mem_.template store<uint32_t, kTagged>(space, ea.offset, gr[d.t]);
          if (ea.modify) gr[d.b] = ea.new_base;
          break;
        }
        case Op::STBYS: {
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
        case Op::FLDW: {
          if (!fp_enabled(s)) raise_trap(Interruption::AssistEmulation);
          const EffectiveAddress ea = fp_address(s, d, 2);
          const uint32_t v = mem_.template load<uint32_t, kTagged>(select_space(s, d.sub, gr[d.b]), ea.offset);
          if (ea.modify) gr[d.b] = ea.new_base;
          const bool right = d.flags & insn_flag::kRightHalf;
          if (d.t == 0 && !right) fp_write_status(s, v);
          else s.fp.set_single(d.t, right, v);
          break;
        }
        case Op::FLDD: {
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
        case Op::FSTW: {
          if (!fp_enabled(s)) raise_trap(Interruption::AssistEmulation);
          const EffectiveAddress ea = fp_address(s, d, 2);
          const bool right = d.flags & insn_flag::kRightHalf;
          const uint32_t v = (d.t == 0 && !right) ? fp_read_status(s) : s.fp.single(d.t, right);
          mem_.template store<uint32_t, kTagged>(select_space(s, d.sub, gr[d.b]), ea.offset, v);
          if (ea.modify) gr[d.b] = ea.new_base;
          break;
        }
        case Op::FSTD: {
          if (!fp_enabled(s)) raise_trap(Interruption::AssistEmulation);
          const EffectiveAddress ea = fp_address(s, d, 3);
          uint64_t v = s.fp.fr[d.t];
          if (d.t == 0) v = (static_cast<uint64_t>(fp_read_status(s)) << 32) | (v & 0xffffffffull);
          mem_.template store<uint64_t, kTagged>(select_space(s, d.sub, gr[d.b]), ea.offset, v);
          if (ea.modify) gr[d.b] = ea.new_base;
          break;
        }

        // ---------------- FP operations ----------------
        case Op::FCPY: case Op::FABS: case Op::FSQRT: case Op::FRND:
        case Op::FCNVFF: case Op::FCNVXF: case Op::FCNVFX: case Op::FCNVFXT:
        case Op::FADD: case Op::FSUB: case Op::FMPY: case Op::FDIV: case Op::FREM:
        case Op::FCMP: case Op::FTEST: case Op::XMPYU: case Op::FMPYADD: case Op::FMPYSUB:
        case Op::FID:
          if (!fp_enabled(s)) raise_trap(Interruption::AssistEmulation);
          pending |= fp_execute(s, d);
          break;

        // ---------------- branches ----------------
        case Op::BL:
        case Op::GATE: {
          // GATE records the caller's privilege in the link register's low bits.
          const uint32_t link = back + 4;
          uint32_t new_priv = cur_priv;
          // With code translation off, GATE promotes to privilege 0; with it
          // on, through a gateway page (access-rights type 4..7) to the
          // page's level, never to a less privileged one.
          if (d.op == Op::GATE)
            new_priv = !(s.psw & psw::C) ? 0u : mem_.backend()->gateway_privilege(s.iasq_front, pc, cur_priv);
          next = (((front & ~3u) + 8 + d.imm) & ~3u) | new_priv;
          if (d.t) gr[d.t] = (d.op == Op::GATE) ? ((link & ~3u) | cur_priv) : link;
          pending |= d.flags & insn_flag::kNullify;
          break;
        }
        case Op::BLR: {
          const uint32_t target = (front & ~3u) + 8 + (gr[d.a] << 3);
          gr[d.b] = back + 4;
          next = (target & ~3u) | cur_priv;
          pending |= d.flags & insn_flag::kNullify;
          break;
        }
        case Op::BV: {
          const uint32_t target = gr[d.b] + (gr[d.a] << 3);
          // The low bits of the target carry a privilege level, which may
          // only be lowered (numerically raised) by a branch.
          next = (target & ~3u) | std::max(target & 3u, cur_priv);
          pending |= d.flags & insn_flag::kNullify;
          break;
        }
        case Op::BE:
        case Op::BLE: {
          const uint32_t target = gr[d.b] + static_cast<uint32_t>(d.imm);
          const uint32_t space = s.sr[d.sub];
          if (d.op == Op::BLE) {
            gr[31] = back + 4;
            s.sr[0] = s.iasq_back;
          }
          next = (target & ~3u) | std::max(target & 3u, cur_priv);
          // The delay slot runs in the old back space; the target in SR[s].
          s.iasq_front = s.iasq_back;
          s.iasq_back = space;
          page_base = 1;
          pending |= kSpaceLater | ((d.flags & insn_flag::kNullify) ? kNullifyNext : 0);
          cycle = issue + 1;
          if constexpr (kTimed) {
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
        case Op::COMBT: case Op::COMBF: case Op::COMIBT: case Op::COMIBF: {
          const uint32_t x = (d.op == Op::COMIBT || d.op == Op::COMIBF) ? static_cast<uint32_t>(im5(d.a)) : gr[d.a];
          const unsigned cond = d.cond | ((d.op == Op::COMBF || d.op == Op::COMIBF) ? 8u : 0u);
          const bool taken = arith_condition(cond, add_with_carry(x, ~gr[d.b], 1));
          if (taken) next = (((front & ~3u) + 8 + d.imm) & ~3u) | cur_priv;
          pending |= cond_branch_nullifies(d, taken);
          break;
        }
        case Op::ADDBT: case Op::ADDBF: case Op::ADDIBT: case Op::ADDIBF: {
          const uint32_t x = (d.op == Op::ADDIBT || d.op == Op::ADDIBF) ? static_cast<uint32_t>(im5(d.a)) : gr[d.a];
          const unsigned cond = d.cond | ((d.op == Op::ADDBF || d.op == Op::ADDIBF) ? 8u : 0u);
          const AdderResult r = add_with_carry(x, gr[d.b], 0);
          gr[d.b] = r.value;
          const bool taken = arith_condition(cond, r);
          if (taken) next = (((front & ~3u) + 8 + d.imm) & ~3u) | cur_priv;
          pending |= cond_branch_nullifies(d, taken);
          break;
        }
        case Op::MOVB: case Op::MOVIB: {
          const uint32_t v = (d.op == Op::MOVIB) ? static_cast<uint32_t>(im5(d.a)) : gr[d.a];
          gr[d.b] = v;
          const bool taken = shift_condition(d.cond, v);
          if (taken) next = (((front & ~3u) + 8 + d.imm) & ~3u) | cur_priv;
          pending |= cond_branch_nullifies(d, taken);
          break;
        }
        case Op::BB: case Op::BVB: {
          const unsigned pos = (d.op == Op::BVB) ? s.sar() : d.b;
          const bool bit = (gr[d.a] >> (31 - pos)) & 1u;
          const bool taken = d.cond ? !bit : bit;  // "<": bit set; ">=": bit clear
          if (taken) next = (((front & ~3u) + 8 + d.imm) & ~3u) | cur_priv;
          pending |= cond_branch_nullifies(d, taken);
          break;
        }

        // ---------------- shift, extract, deposit ----------------
        case Op::SHD: case Op::VSHD: {
          const unsigned sa = (d.op == Op::VSHD) ? s.sar() : 31u - d.sub;
          const uint32_t v = shift_double(gr[d.a], gr[d.b], sa);
          gr[d.t] = v;
          pending |= shift_condition(d.cond, v);
          break;
        }
        case Op::EXTRU: case Op::VEXTRU: case Op::EXTRS: case Op::VEXTRS: {
          const unsigned pos = (d.op == Op::VEXTRU || d.op == Op::VEXTRS) ? s.sar() : d.sub;
          const bool sign = d.op == Op::EXTRS || d.op == Op::VEXTRS;
          const uint32_t v = sign ? extract_signed(gr[d.b], pos, d.flags) : extract_unsigned(gr[d.b], pos, d.flags);
          gr[d.t] = v;
          pending |= shift_condition(d.cond, v);
          break;
        }
        case Op::DEP: case Op::ZDEP: case Op::VDEP: case Op::ZVDEP:
        case Op::DEPI: case Op::ZDEPI: case Op::VDEPI: case Op::ZVDEPI: {
          const bool imm = d.op == Op::DEPI || d.op == Op::ZDEPI || d.op == Op::VDEPI || d.op == Op::ZVDEPI;
          const bool zero = d.op == Op::ZDEP || d.op == Op::ZVDEP || d.op == Op::ZDEPI || d.op == Op::ZVDEPI;
          const bool variable = d.op == Op::VDEP || d.op == Op::ZVDEP || d.op == Op::VDEPI || d.op == Op::ZVDEPI;
          const unsigned shl = variable ? 31u - s.sar() : d.sub;
          const uint32_t value = imm ? static_cast<uint32_t>(im5(d.a)) : gr[d.a];
          const uint32_t v = deposit(gr[d.t], value, shl, d.flags, zero);
          gr[d.t] = v;
          pending |= shift_condition(d.cond, v);
          break;
        }

        // ---------------- system control ----------------
        case Op::BREAK: raise_trap(Interruption::Break);
        case Op::SYNC: case Op::SYNCDMA: break;
        case Op::MFSP: gr[d.t] = s.sr[d.sub]; break;
        case Op::MTSP:
          if (d.sub >= 5 && cur_priv != 0) raise_trap(Interruption::PrivilegedRegister);
          s.sr[d.sub] = gr[d.a];
          break;
        case Op::MFCTL:
          if (!control_register_readable(s, cur_priv, d.b)) raise_trap(Interruption::PrivilegedRegister);
          switch (d.b) {
            case cr::IntervalTimer: gr[d.t] = static_cast<uint32_t>(issue); break;
            case cr::Iiasq: gr[d.t] = s.iiasq[0]; break;
            case cr::Iiaoq: gr[d.t] = s.iiaoq[0]; break;
            default: gr[d.t] = s.cr[d.b]; break;
          }
          break;
        case Op::MTCTL: {
          const uint32_t v = gr[d.a];
          if (d.b == cr::Sar) { s.cr[cr::Sar] = v & 31u; break; }
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedRegister);
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
              page_base = 1;
              break;
            default: s.cr[d.b] = v; break;
          }
          break;
        }
        case Op::LDSID: gr[d.t] = select_space(s, d.sub, gr[d.b]); break;
        case Op::FDC: case Op::FIC: case Op::PDC: {
          // Cache maintenance by address.  Architecturally invisible here
          // (stores to code are tracked by the predecoder): they cost cache
          // time and may fault.  PDC (purge: no write-back) is privileged.
          if (d.op == Op::PDC && cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
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
        case Op::FDCE: case Op::FICE: {
          // Flush the cache entry an index selects, whatever it holds (the
          // "flush entire cache" loops of an OS).  Privileged.
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
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
        case Op::PROBER: case Op::PROBEW: case Op::PROBERI: case Op::PROBEWI: {
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
        case Op::RFI:
        case Op::RFIR: {
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
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
          page_base = 1;
          s.iaoq_front = front;
          ctx_priv = front & 3u;
          context_changed();
          pending = ((ipsw & psw::N) ? kNullifyNext : 0) | kResync;
          cycle = issue + 1;
          if constexpr (kTimed) {
            commit_issue_stalls();
            cycle += pipeline_.retire(d, issue, timing_, stalls_);
          }
          modes_.switch_to(exec_mode_of_privilege(ctx_priv), counters_.instructions + n, cycle, s.iasq_front);
          if constexpr (kObserved) {
            s.iaoq_front = front;
            s.iaoq_back = back;
            s.nullify_next = pending & kNullifyNext;
            observer_->after(s, s.iasq_front, pc, d.word, false);
          }
          continue;
        }
        case Op::SSM: case Op::RSM: case Op::MTSM: {
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
          // The system mask is PSW bits 27..31 (R, Q, P, D, I).
          constexpr uint32_t kSystemMask = psw::R | psw::Q | psw::P | psw::D | psw::I;
          const uint32_t old_mask = s.psw & kSystemMask;
          if (d.op == Op::SSM) s.psw |= static_cast<uint32_t>(d.imm) & kSystemMask;
          else if (d.op == Op::RSM) s.psw &= ~(static_cast<uint32_t>(d.imm) & kSystemMask);
          else s.psw = (s.psw & ~kSystemMask) | (gr[d.a] & kSystemMask);
          if (d.op != Op::MTSM) gr[d.t] = old_mask;
          s.iaoq_front = front;
          context_changed();  // translation or protection checking may have changed
          page_base = 1;
          pending |= kResync;  // interrupts may have become enabled
          break;
        }
        case Op::DIAG:
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
          if (static_cast<uint32_t>(d.imm) == kFirmwareCall) {
            // The simulated boot firmware (PDC): see sim/fs/full_system.h.
            if (!mem_.backend()->firmware_call(s)) raise_trap(Interruption::IllegalInstruction);
            break;
          }
          // Stage markers: DIAG's immediate names the stage (DESIGN.md).
          ++counters_.stage_markers;
          if (stage_listener_) {
            s.cycles = issue;
            stage_listener_->on_stage(static_cast<uint32_t>(d.imm), s);
          }
          break;
        case Op::LDWAX: case Op::LDWAS: {
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
          const EffectiveAddress ea = d.op == Op::LDWAX ? indexed_address(s, d, 2) : short_address(s, d);
          const uint32_t v = mem_.load_absolute<uint32_t>(ea.offset);
          if (ea.modify) gr[d.b] = ea.new_base;
          gr[d.t] = v;
          break;
        }
        case Op::STWAS: {
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
          const EffectiveAddress ea = short_address(s, d);
          mem_.store_absolute<uint32_t>(ea.offset, gr[d.t]);
          if (ea.modify) gr[d.b] = ea.new_base;
          break;
        }
        case Op::IITLBA: case Op::IITLBP: case Op::IDTLBA: case Op::IDTLBP: {
          // TLB insertion, in two steps: address, then protection (mmu/tlb.h).
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
          const bool iside = d.op == Op::IITLBA || d.op == Op::IITLBP;
          const uint32_t space = iside ? s.sr[d.sub] : select_space(s, d.sub, gr[d.b]);
          const auto op = (d.op == Op::IITLBA || d.op == Op::IDTLBA) ? MemoryBackend::TlbOp::InsertAddress
                                                                     : MemoryBackend::TlbOp::InsertProtection;
          mem_.backend()->tlb_operation(iside, op, space, gr[d.b], gr[d.a]);
          break;
        }
        case Op::PITLB: case Op::PITLBE: case Op::PDTLB: case Op::PDTLBE: {
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
          const bool iside = d.op == Op::PITLB || d.op == Op::PITLBE;
          const uint32_t base = gr[d.b];
          const uint32_t off = (d.flags & insn_flag::kModify) ? base : base + gr[d.a];
          const uint32_t space = iside ? s.sr[d.sub] : select_space(s, d.sub, base);
          const auto op = (d.op == Op::PITLB || d.op == Op::PDTLB) ? MemoryBackend::TlbOp::Purge
                                                                   : MemoryBackend::TlbOp::PurgeEntry;
          mem_.backend()->tlb_operation(iside, op, space, off, 0);
          if (d.flags & insn_flag::kModify) gr[d.b] = base + gr[d.a];
          break;
        }
        case Op::LPA: {
          // Load physical address (data translation), privileged.
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
          const uint32_t base = gr[d.b];
          const uint32_t off = (d.flags & insn_flag::kModify) ? base : base + gr[d.a];
          const uint32_t pa = (s.psw & psw::D) ? mem_.backend()->translate_data(select_space(s, d.sub, base), off) : off;
          if (d.flags & insn_flag::kModify) gr[d.b] = base + gr[d.a];
          gr[d.t] = pa;
          break;
        }
        case Op::LCI: {
          // Load coherence index: the cache index bits of space.offset (the
          // D-cache set, or the page-frame bits when no cache is modelled).
          if (cur_priv != 0) raise_trap(Interruption::PrivilegedOperation);
          const uint32_t off = gr[d.b] + gr[d.a];
          const uint32_t space = select_space(s, d.sub, gr[d.b]);
          gr[d.t] = dcache_ ? dcache_->set_index(space, off) : (off >> kPageBits);
          break;
        }
        case Op::SPOP:
        case Op::COPR:
          // No special-function unit or non-FP coprocessor on the 730.
          raise_trap(Interruption::AssistEmulation);
      }
      gr[0] = 0;
      front = back;
      back = next;
      cycle = issue + 1;
      if constexpr (kTimed) {
        if (issue != fetched) commit_issue_stalls();
        cycle += pipeline_.retire(d, issue, timing_, stalls_);
        if (const uint32_t miss = mem_.take_data_stall()) {
          cycle += miss;
          stalls_[static_cast<unsigned>(StallCause::DCacheMiss)] += miss;
        }
        if (const uint32_t refill = mem_.take_tlb_stall()) {
          cycle += refill;
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
    --n;
    if (kTimed && counted) --counters_.by_op[static_cast<unsigned>(counted->op)];
    if constexpr (kTimed) {
      cycle += fetch_stall;  // the fetch did happen
      discard_issue_stalls();
    }
    s.gr[0] = 0;
    // A delay slot of an inter-space branch that traps keeps both spaces:
    // it is re-run (or its IIASQ saved) in the space it was fetched from.
    pending &= ~(kNullifyNext | kSpaceNow);
    (void)mem_.take_data_stall();
    result.reason = StopReason::Trap;
    result.trap = t;
  } catch (const HaltRequest& h) {
    --n;  // the halting store does not complete
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
  counters_.instructions += n;
  return result;
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
