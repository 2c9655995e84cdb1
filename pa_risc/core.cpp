// The run loop of the PA-RISC 1.1 core: fetch from predecoded pages, the
// deferred work between instructions (nullification, space changes),
// PA7000 interlock staging and I-cache time, execution-mode accounting,
// tracing, the end of each instruction (complete()) and trap unwinding.
//
// The semantics of the operations are in pa_risc/insns/, one file per
// instruction class of the manual, included textually into run_loop: each
// operation is a case label of one switch, and dispatch is a single
// indirect jump through a table of those labels (GCC's computed goto), so
// the hot path has no allocation, no virtual call and no compare chain per
// instruction.  The instruction address queue (front = executing, back =
// next) is kept in locals and written back at every exit, including traps.
#include "pa_risc/core.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <type_traits>

#include "pa_risc/bits.h"
#include "pa_risc/conditions.h"
#include "pa_risc/effective_address.h"
#include "pa_risc/fpu.h"

namespace pa {

namespace {

// An operation as a type, so that grouped semantics can be instantiated per
// operation and fold their opcode tests away.
template <Op kOp>
using OpTag = std::integral_constant<Op, kOp>;

#define PA_FORCE_INLINE __attribute__((always_inline))

// The FP coprocessor answers only when CCR (CR10) enables it (bits 6..7,
// coprocessor ids 0 and 1); otherwise its instructions raise the assist
// emulation trap -- how a kernel switches FP state lazily.
inline bool fp_enabled(const CpuState& s) { return (s.cr[cr::Ccr] & 0xc0u) == 0xc0u; }

// Is a move from this control register allowed at privilege level `priv`?
inline bool control_register_readable(const CpuState& s, unsigned priv, unsigned r) {
  if (priv == 0) return true;
  if (r == cr::Sar || r == 26 || r == 27) return true;
  return r == cr::IntervalTimer && !(s.psw & psw::S);
}

// Conditional-branch nullification rule: with ",n", a taken forward branch
// or an untaken backward branch nullifies its delay slot.
inline bool cond_branch_nullifies(const DecodedInsn& d, bool taken) {
  if (!d.nullify()) return false;
  return taken ? d.disp() >= 0 : d.disp() < 0;
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

// How an instruction ends (`complete` in Core::run_loop).
enum class End : uint8_t {
  Normal,        // every operation but the ones below
  NoDataStalls,  // BE/BLE, RFI/RFIR: no data access, so no memory stalls are taken here
                 // (a TLB stall of their own fetch, SE's TLB stand-in, goes to the next one)
  Marker,        // a stage marker: not an instruction -- no count, no cycle, no pipeline effect
};
template <End k>
using EndTag = std::integral_constant<End, k>;
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
      // Nothing of this instruction is counted yet: a fetch that traps at
      // its translation (below) must not take back the previous one's class
      // or charge its I-cache time again.
      if constexpr (kTimed) {
        counted = nullptr;
        fetch_stall = 0;
      }
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
      // The end of an instruction, written once: r0 reads as zero again, the
      // queue advances (front <- back <- next), the cycle moves past the
      // instruction -- in timed runs its interlock stalls are committed, the
      // pipeline records what it leaves behind, and the data-memory stalls
      // it met are added -- and the observer sees it.  Which of these apply
      // is fixed at compile time by `End`.  Most instructions end after the
      // switch; those that end inside it call this and `continue`.
      auto complete = [&](auto how) PA_FORCE_INLINE {
        constexpr End k = decltype(how)::value;
        gr[0] = 0;
        front = back;
        back = next;
        if constexpr (k == End::Marker) {
          cycle = issue;
        } else {
          cycle = issue + 1;
          if constexpr (kTimed) {
            ++n;
            if (issue != fetched) commit_issue_stalls();
            cycle += pipeline_.retire(d, issue, timing_, stalls_);
            if constexpr (k == End::Normal) {
              if (const uint64_t memory_stalls = mem_.take_stalls()) {
                const uint32_t miss = GuestMemory::data_stall_of(memory_stalls);
                const uint32_t refill = GuestMemory::tlb_stall_of(memory_stalls);
                cycle += miss + refill;
                stalls_[static_cast<unsigned>(StallCause::DCacheMiss)] += miss;
                stalls_[static_cast<unsigned>(StallCause::TlbMiss)] += refill;
              }
            }
          }
        }
        if constexpr (kObserved) {
          s.iaoq_front = front;
          s.iaoq_back = back;
          s.nullify_next = pending & kNullifyNext;
          s.cycles = cycle;
          observer_->after(s, s.iasq_front, pc, d.word, false);
        }
      };

      // The operations live in one file per instruction class of the
      // PA-RISC 1.1 manual, pa_risc/insns/*.inc, each included twice: here
      // for the semantics a family of operations shares (lambdas written
      // once and instantiated per operation through OpTag, so no dispatch
      // target tests its opcode at run time), and in the switch below for
      // the case bodies, which stay labels of this function.
#define PA_INSN_FAMILIES
#include "pa_risc/insns/arith.inc"
#include "pa_risc/insns/memory.inc"
#include "pa_risc/insns/fp.inc"
#include "pa_risc/insns/branch.inc"
#include "pa_risc/insns/shift_extract_deposit.inc"
#include "pa_risc/insns/system.inc"
#include "pa_risc/insns/markers.inc"
#undef PA_INSN_FAMILIES
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
#define PA_INSN_CASES
#include "pa_risc/insns/arith.inc"
#include "pa_risc/insns/memory.inc"
#include "pa_risc/insns/fp.inc"
#include "pa_risc/insns/branch.inc"
#include "pa_risc/insns/shift_extract_deposit.inc"
#include "pa_risc/insns/system.inc"
#include "pa_risc/insns/markers.inc"
#undef PA_INSN_CASES
      }
      complete(EndTag<End::Normal>{});
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
