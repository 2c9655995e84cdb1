// Unaligned data references of a syscall-emulated Linux/hppa process.
//
// PA-RISC traps every load or store that is not naturally aligned.  Linux
// does not pass that trap on: its handler (arch/parisc/kernel/unaligned.c)
// replays the access byte by byte and the program goes on, slower but
// correct, leaving a rate-limited line in the kernel log.  Only a process
// that asked with prctl(PR_SET_UNALIGN, PR_UNALIGN_SIGBUS), or one whose
// access the handler cannot replay (LDCW), gets SIGBUS with BUS_ADRALN.
// This file does the same; the line goes to stderr, once per run.  It also
// serves prctl, whose PR_SET_UNALIGN is that choice (and which keeps the
// thread names of PR_SET_NAME beside it).
#include <fmt/format.h>

#include "pa_risc/decoded_insn.h"
#include "pa_risc/disasm.h"
#include "pa_risc/effective_address.h"
#include "sim/se/linux_process.h"

namespace sim::se {

namespace {

constexpr int kSigBus = 10, kSigSegv = 11;  // hppa's numbers
constexpr int32_t kBusAdraln = 1, kSegvMaperr = 1;
constexpr uint32_t kUnalignNoprint = 1, kUnalignSigbus = 2;  // PR_SET_UNALIGN flags

// One access the handler can replay.
struct Access {
  bool valid = false;
  bool store = false;
  bool fp = false;
  unsigned size = 0;          // bytes
  pa::EffectiveAddress ea{};  // offset, base update
};

Access classify(const pa::CpuState& s, const pa::DecodedInsn& d) {
  Access a;
  a.valid = true;
  const uint32_t base = s.gr[d.b()];
  const uint32_t target = base + static_cast<uint32_t>(d.disp());
  switch (d.op) {
    case pa::Op::LDH: a.size = 2; a.ea = {target, base, false}; break;
    case pa::Op::LDW: a.size = 4; a.ea = {target, base, false}; break;
    case pa::Op::STH: a.size = 2; a.store = true; a.ea = {target, base, false}; break;
    case pa::Op::STW: a.size = 4; a.store = true; a.ea = {target, base, false}; break;
    case pa::Op::LDWM:  // a negative displacement modifies before, else after
    case pa::Op::STWM:
      a.size = 4;
      a.store = d.op == pa::Op::STWM;
      a.ea = {d.disp() < 0 ? target : base, target, true};
      break;
    case pa::Op::LDHX: a.size = 2; a.ea = pa::indexed_address(s, d, 1); break;
    case pa::Op::LDWX: a.size = 4; a.ea = pa::indexed_address(s, d, 2); break;
    case pa::Op::LDHS: a.size = 2; a.ea = pa::short_address(s, d); break;
    case pa::Op::LDWS: a.size = 4; a.ea = pa::short_address(s, d); break;
    case pa::Op::STHS: a.size = 2; a.store = true; a.ea = pa::short_address(s, d); break;
    case pa::Op::STWS: a.size = 4; a.store = true; a.ea = pa::short_address(s, d); break;
    case pa::Op::FLDW: case pa::Op::FSTW: case pa::Op::FLDD: case pa::Op::FSTD: {
      const bool dbl = d.op == pa::Op::FLDD || d.op == pa::Op::FSTD;
      // fr0 holds the status and exception registers: not replayed
      // (Linux replays it into the saved context; no program moves it
      // unaligned).
      if (d.t() == 0) return Access{};
      a.fp = true;
      a.size = dbl ? 8 : 4;
      a.store = d.op == pa::Op::FSTW || d.op == pa::Op::FSTD;
      a.ea = pa::fp_address(s, d, dbl ? 3 : 2);
      break;
    }
    default:  // LDCW (the semaphore needs its alignment), anything else
      return Access{};
  }
  return a;
}

}  // namespace

TrapOutcome LinuxProcess::handle_unaligned(uint32_t ior) {
  pa::CpuState& s = core_.state();
  const uint32_t pc = s.iaoq_front & ~3u;
  const std::string why = fmt::format("unaligned data reference trap at 0x{:08x}", ior);
  if (unalign_ctl_ & kUnalignSigbus) return force_fault_signal(kSigBus, kBusAdraln, ior, kSigBus, why);
  uint32_t word;
  try {
    word = mem_.host_load<uint32_t>(s.iasq_front, pc);
  } catch (const pa::GuestTrap&) {
    return force_fault_signal(kSigBus, kBusAdraln, ior, kSigBus, why);
  }
  const pa::DecodedInsn d = pa::decode(word);
  const Access a = classify(s, d);
  if (!a.valid)
    return force_fault_signal(kSigBus, kBusAdraln, ior, kSigBus,
                              fmt::format("{}; {} cannot be replayed", why, pa::disassemble(word, pc)));
  const uint32_t space = pa::select_space(s, d.s(), s.gr[d.b()]);
  try {
    if (a.store) {
      uint64_t v;
      if (!a.fp) v = s.gr[d.r()];
      else if (a.size == 8) v = s.fp.fr[d.t()];
      else v = s.fp.single(d.t(), d.right_half());
      for (unsigned i = 0; i < a.size; ++i)
        mem_.host_store<uint8_t>(space, a.ea.offset + i, static_cast<uint8_t>(v >> (8 * (a.size - 1 - i))));
      if (a.ea.modify) s.gr[d.b()] = a.ea.new_base;
    } else {
      uint64_t v = 0;
      for (unsigned i = 0; i < a.size; ++i) v = (v << 8) | mem_.host_load<uint8_t>(space, a.ea.offset + i);
      if (a.ea.modify) s.gr[d.b()] = a.ea.new_base;
      if (!a.fp) {
        if (d.t()) s.gr[d.t()] = static_cast<uint32_t>(v);
      } else if (a.size == 8) {
        s.fp.fr[d.t()] = v;
      } else {
        s.fp.set_single(d.t(), d.right_half(), static_cast<uint32_t>(v));
      }
    }
  } catch (const pa::GuestTrap&) {
    // A byte of it is not mapped: Linux's replay faults and sends SIGSEGV.
    return force_fault_signal(kSigSegv, kSegvMaperr, ior, kSigSegv,
                              fmt::format("{}, replayed, reached an unmapped page", why));
  }
  ++unaligned_emulated_;
  if (!(unalign_ctl_ & kUnalignNoprint) && !reported_unaligned_) {
    reported_unaligned_ = true;
    fmt::print(stderr,
               "pa730: se: unaligned access to 0x{:08x} at pc {} replayed, as Linux does (this line once; "
               "se.unaligned_replayed counts them)\n",
               ior, code_address(pc));
  }
  // The instruction completes: on to the next one in the queue.
  s.iaoq_front = s.iaoq_back;
  s.iaoq_back = s.iaoq_front + 4;
  s.nullify_next = false;
  return TrapOutcome::Resume;
}

int32_t LinuxProcess::sys_prctl(uint32_t option, uint32_t arg2) {
  constexpr uint32_t kPrGetUnalign = 5, kPrSetUnalign = 6, kPrSetName = 15, kPrGetName = 16;
  constexpr int32_t kEINVAL = 22;
  switch (option) {
    case kPrGetUnalign:
      mem_.host_store<uint32_t>(0, arg2, unalign_ctl_);
      return 0;
    case kPrSetUnalign:
      if (arg2 & ~(kUnalignNoprint | kUnalignSigbus)) return -kEINVAL;
      unalign_ctl_ = arg2;
      return 0;
    case kPrSetName: {  // the thread's name: 15 characters and a NUL
      std::string name = read_guest_string(arg2, 15);
      me().name = name;
      return 0;
    }
    case kPrGetName: {
      char buf[16] = {};
      me().name.copy(buf, 15);
      mem_.copy_in(0, arg2, buf, 16);
      return 0;
    }
    default:
      if (reported_prctl_options_.insert(option).second)
        fmt::print(stderr, "pa730: se: prctl option {} is not supported; it returns EINVAL\n", option);
      return -kEINVAL;
  }
}

}  // namespace sim::se
