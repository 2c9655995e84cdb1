// Process start-up and trap handling of syscall-emulation mode.
#include "sim/se/linux_process.h"

#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>

#include "pa_risc/decoded_insn.h"
#include "pa_risc/disasm.h"
#include "pa_risc/fpu_status.h"
#include "sim/se/syscall_names.h"

namespace sim::se {

namespace {

constexpr uint32_t kStackBase = 0xfa000000;  // the stack grows up on PA-RISC
constexpr uint32_t kPrivilegeUser = 3;

// Gateway-page entry points of Linux/hppa.
constexpr uint32_t kGatewayLws = 0xb0;
constexpr uint32_t kGatewaySetThreadPointer = 0xe0;
constexpr uint32_t kGatewaySyscall = 0x100;

// Auxiliary vector tags (generic Linux values).
enum : uint32_t {
  AT_NULL = 0, AT_PHDR = 3, AT_PHENT = 4, AT_PHNUM = 5, AT_PAGESZ = 6, AT_BASE = 7,
  AT_FLAGS = 8, AT_ENTRY = 9, AT_UID = 11, AT_EUID = 12, AT_GID = 13, AT_EGID = 14,
  AT_PLATFORM = 15, AT_HWCAP = 16, AT_CLKTCK = 17, AT_SECURE = 23, AT_RANDOM = 25, AT_EXECFN = 31,
};

enum Signal { SIGILL = 4, SIGTRAP = 5, SIGFPE = 8, SIGBUS = 10, SIGSEGV = 11 };  // hppa numbering

const char* signal_name(int s) {
  switch (s) {
    case SIGILL: return "SIGILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGSEGV: return "SIGSEGV";
    case 6: return "SIGABRT";
    case 9: return "SIGKILL";
    default: return "signal";
  }
}

// LWS operation 2: *addr = *new_ptr if *addr == *old_ptr.
template <typename T>
bool compare_and_swap(pa::GuestMemory& mem, uint32_t addr, uint32_t old_ptr, uint32_t new_ptr) {
  const T expected = mem.host_load<T>(0, old_ptr), desired = mem.host_load<T>(0, new_ptr);
  if (mem.host_load<T>(0, addr) != expected) return false;
  mem.host_store<T>(0, addr, desired);
  return true;
}

uint32_t page_round_up(uint64_t v) { return static_cast<uint32_t>((v + pa::kPageSize - 1) & ~uint64_t{pa::kPageSize - 1}); }

}  // namespace

LinuxProcess::LinuxProcess(pa::Core& core, uint8_t* ram, uint64_t ram_bytes, const ElfImage& elf,
                           ProcessOptions opts)
    : core_(core),
      mem_(core.memory()),
      space_(core.memory(), ram, ram_bytes, opts.tlb),
      opts_(std::move(opts)),
      fs_(opts_.allow_host_writes, opts_.sandbox_root, opts_.keep_sandbox),
      ram_bytes_(ram_bytes),
      rng_state_(opts_.random_seed * 0x9e3779b97f4a7c15ull + 1) {
  mem_.set_backend(&space_);
  char resolved[PATH_MAX];
  exe_path_ = realpath(elf.path.c_str(), resolved) ? resolved : elf.path;
  names_.functions = elf.functions;
  machine_.clock_hz = opts_.clock_hz;
  machine_.itlb_entries = opts_.tlb.itlb.entries;
  machine_.dtlb_entries = opts_.tlb.dtlb.entries;
  cwd_ = ::getcwd(resolved, sizeof resolved) ? resolved : "/";  // the guest starts where pa730 was started
  fds_[0] = 0;
  fds_[1] = 1;
  fds_[2] = 2;
  umask_ = ::umask(022);  // inherited from pa730, as a process inherits its parent's
  ::umask(static_cast<mode_t>(umask_));
  threads_.push_back(Thread{});
  threads_[0].tid = kGuestPid;
  // Linux's comm: the executable's base name, 15 characters at most.
  const std::string& exe = opts_.argv.empty() ? elf.path : opts_.argv[0];
  threads_[0].name = exe.substr(exe.find_last_of('/') == std::string::npos ? 0 : exe.find_last_of('/') + 1, 15);
  next_tid_ = kGuestPid + 1;
  load(elf);
  build_stack(elf);
}

void LinuxProcess::load(const ElfImage& elf) {
  for (const auto& seg : elf.segments) {
    const uint32_t start = seg.vaddr & ~(pa::kPageSize - 1);
    const uint32_t end = page_round_up(static_cast<uint64_t>(seg.vaddr) + seg.memsz);
    uint8_t prot = 0;
    if (seg.flags & 4) prot |= kProtRead;   // PF_R
    if (seg.flags & 2) prot |= kProtWrite;  // PF_W
    if (seg.flags & 1) prot |= kProtExec;   // PF_X
    space_.map(start, end - start, prot);
    space_.poke(seg.vaddr, seg.bytes.data(), seg.bytes.size());
  }
  brk_start_ = brk_ = page_round_up(elf.end_of_data());
}

void LinuxProcess::build_stack(const ElfImage& elf) {
  space_.map(kStackBase, opts_.stack_bytes, kProtRead | kProtWrite | (elf.executable_stack ? kProtExec : 0));
  uint32_t p = kStackBase;
  auto put_string = [&](const std::string& s) {
    const uint32_t at = p;
    space_.poke(p, s.c_str(), s.size() + 1);
    p += static_cast<uint32_t>(s.size() + 1);
    return at;
  };
  std::vector<uint32_t> argv_ptrs, env_ptrs;
  for (const auto& a : opts_.argv) argv_ptrs.push_back(put_string(a));
  for (const auto& e : opts_.envp) env_ptrs.push_back(put_string(e));
  const uint32_t platform = put_string("PARISC");
  const uint32_t execfn = argv_ptrs.empty() ? platform : argv_ptrs[0];
  p = (p + 3) & ~3u;
  const uint32_t random_bytes = p;
  for (int i = 0; i < 4; ++i) {
    const uint32_t r = pa::bswap32(static_cast<uint32_t>(next_random()));
    space_.poke(p, &r, 4);
    p += 4;
  }
  p = (p + 15) & ~15u;

  std::vector<uint32_t> table;
  table.push_back(static_cast<uint32_t>(argv_ptrs.size()));
  table.insert(table.end(), argv_ptrs.begin(), argv_ptrs.end());
  table.push_back(0);
  table.insert(table.end(), env_ptrs.begin(), env_ptrs.end());
  table.push_back(0);
  const std::pair<uint32_t, uint32_t> auxv[] = {
      {AT_PHDR, elf.phdr_vaddr}, {AT_PHENT, elf.phentsize}, {AT_PHNUM, elf.phnum},
      {AT_PAGESZ, pa::kPageSize}, {AT_BASE, 0}, {AT_FLAGS, 0}, {AT_ENTRY, elf.entry},
      {AT_UID, 1000}, {AT_EUID, 1000}, {AT_GID, 1000}, {AT_EGID, 1000},
      {AT_PLATFORM, platform}, {AT_HWCAP, 0}, {AT_CLKTCK, 100}, {AT_SECURE, 0},
      {AT_RANDOM, random_bytes}, {AT_EXECFN, execfn}, {AT_NULL, 0}};
  for (const auto& [k, v] : auxv) {
    table.push_back(k);
    table.push_back(v);
  }
  const uint32_t table_at = p;
  for (uint32_t w : table) {
    const uint32_t be = pa::bswap32(w);
    space_.poke(p, &be, 4);
    p += 4;
  }
  // The stack pointer points past the data, leaving room for the frame
  // marker the PA-RISC calling convention keeps below sp.
  const uint32_t sp = ((p + 63) & ~63u) + 64;

  pa::CpuState& s = core_.state();
  s.gr[25] = static_cast<uint32_t>(argv_ptrs.size());  // argc
  s.gr[24] = table_at + 4;                              // argv
  s.gr[23] = 0;                                         // no rtld_fini
  s.gr[30] = sp;
  s.iaoq_front = elf.entry | kPrivilegeUser;
  s.iaoq_back = (elf.entry + 4) | kPrivilegeUser;
  s.psw = pa::psw::C | pa::psw::D | pa::psw::Q | pa::psw::P | pa::psw::I;  // as a Linux user process runs
  s.fp.set_status(0);
  s.cr[pa::cr::Ccr] = 0xc0;  // the FP coprocessor is enabled for user processes
}

void LinuxProcess::return_from_gateway(pa::CpuState& s) {
  const uint32_t ret = (s.gr[31] & ~3u) | kPrivilegeUser;
  s.iaoq_front = ret;
  s.iaoq_back = ret + 4;
  s.iasq_front = s.iasq_back = s.sr[0];
}

TrapOutcome LinuxProcess::terminate_by_signal(int signo, const std::string& why) {
  const pa::CpuState& s = core_.state();
  const uint32_t pc = s.iaoq_front & ~3u;
  std::string insn;
  try {
    const uint32_t w = mem_.host_load<uint32_t>(s.iasq_front, pc);
    insn = fmt::format(" [{:08x}  {}]", w, pa::disassemble(w, pc));
  } catch (const pa::GuestTrap&) {
    insn = " [instruction not readable]";
  }
  report_ = fmt::format("guest terminated by {} ({}) at pc {}{}", signal_name(signo), why, code_address(pc), insn);
  exit_status_ = 128 + signo;
  return TrapOutcome::Exited;
}

namespace {
// si_code of an FP assist exception trap, as Linux's decode_fpu derives it
// from the exception field: invalid, division by zero, overflow, underflow,
// and inexact alone (also an overflow or underflow whose own trap is
// disabled while inexact's is enabled).  QEMU 7.2 answers 0 to all.
int32_t fp_trap_code(uint32_t trapped) {
  namespace f = pa::fpsr;
  enum : int32_t { FPE_FLTDIV = 3, FPE_FLTOVF = 4, FPE_FLTUND = 5, FPE_FLTRES = 6, FPE_FLTINV = 7 };
  if (trapped & f::kExcV) return FPE_FLTINV;
  if (trapped & f::kExcZ) return FPE_FLTDIV;
  if (trapped & f::kExcO) return FPE_FLTOVF;
  if (trapped & f::kExcU) return FPE_FLTUND;
  return FPE_FLTRES;
}
}  // namespace

TrapOutcome LinuxProcess::handle_trap(const pa::RunResult& r) {
  using pa::Interruption;
  pa::CpuState& s = core_.state();
  const uint32_t pc = s.iaoq_front & ~3u;
  const Interruption code = r.trap.code;
  if (code == Interruption::InstructionTlbMiss && pc < pa::kPageSize) {
    switch (pc) {
      case kGatewayLws:
        light_weight_syscall();
        return TrapOutcome::Resume;
      case kGatewaySetThreadPointer:
        s.cr[27] = s.gr[26];
        return_from_gateway(core_.state());
        return TrapOutcome::Resume;
      case kGatewaySyscall:
        return syscall();
      default:
        return force_fault_signal(SIGSEGV, 1, pc, SIGSEGV, fmt::format("branch into the gateway page at 0x{:x}", pc));
    }
  }
  if ((code == Interruption::NonAccessDataTlbMiss || code == Interruption::NonAccessInstructionTlbMiss) &&
      emulate_non_access_miss())
    return TrapOutcome::Resume;
  // Synchronous signals, with the si_code and si_addr Linux/hppa gives them
  // (arch/parisc/kernel/traps.c, mm/fault.c).  A handler gets them; without
  // one the process ends as reported here.  The traps of an instruction
  // report regs->iaoq[0] as it is, privilege level in its low bits (a user
  // program sees pc | 3); only the break trap masks them off.
  const std::string what = pa::interruption_name(code);
  const uint32_t iaoq = s.iaoq_front;
  enum : int32_t { MAPERR = 1, ACCERR = 2, FPE_INTOVF = 2, FPE_CONDTRAP = 15,
                   TRAP_BRKPT = 1, ILL_ILLOPC = 1, ILL_PRVOPC = 5, ILL_PRVREG = 6 };
  switch (code) {
    case Interruption::InstructionTlbMiss:
    case Interruption::InstructionMemoryProtection:
      // An unmapped page, or a mapping without PROT_EXEC: Linux answers
      // SEGV_MAPERR to both (do_page_fault's default case; the protection
      // trap falls through to the protection-id case).
      return force_fault_signal(SIGSEGV, MAPERR, iaoq, SIGSEGV, what);
    case Interruption::DataTlbMiss:
    case Interruption::NonAccessDataTlbMiss:
    case Interruption::DataMemoryAccessRights:
    case Interruption::DataMemoryProtection:
    case Interruption::DataMemoryProtectionId: {
      // As do_page_fault: outside every mapping SEGV_MAPERR, inside one that
      // lacks the right SEGV_ACCERR, whichever trap the core raised (which
      // one depends only on whether the page was touched before).
      const int32_t si_code = space_.region_at(r.trap.offset) ? ACCERR : MAPERR;
      return force_fault_signal(SIGSEGV, si_code, r.trap.offset, SIGSEGV,
                                fmt::format("{} at 0x{:08x}", what, r.trap.offset));
    }
    case Interruption::UnalignedDataReference:
      return handle_unaligned(r.trap.offset);
    case Interruption::Overflow:
      return force_fault_signal(SIGFPE, FPE_INTOVF, iaoq, SIGFPE, what);
    case Interruption::Conditional:
      return force_fault_signal(SIGFPE, FPE_CONDTRAP, iaoq, SIGFPE, what);
    case Interruption::AssistException:
      return force_fault_signal(SIGFPE, fp_trap_code(s.fp.trapped_exceptions), iaoq, SIGFPE, what);
    case Interruption::Break:
      return force_fault_signal(SIGTRAP, TRAP_BRKPT, pc, SIGTRAP, what);
    case Interruption::PrivilegedOperation:
      return force_fault_signal(SIGILL, ILL_PRVOPC, iaoq, SIGILL, what);
    case Interruption::PrivilegedRegister:
      return force_fault_signal(SIGILL, ILL_PRVREG, iaoq, SIGILL, what);
    default:
      return force_fault_signal(SIGILL, ILL_ILLOPC, iaoq, SIGILL, what);
  }
}

bool LinuxProcess::emulate_non_access_miss() {
  // Linux's non-access TLB miss handler (nadtlb_emulate): a cache flush or
  // probe of an unmapped address is not an error.  The flush is skipped
  // (its base register still modified), a probe answers 0.
  pa::CpuState& s = core_.state();
  uint32_t word;
  try {
    word = mem_.host_load<uint32_t>(s.iasq_front, s.iaoq_front & ~3u);
  } catch (const pa::GuestTrap&) {
    return false;
  }
  const pa::DecodedInsn d = pa::decode(word);
  switch (d.op) {
    case pa::Op::FDC: case pa::Op::FIC: case pa::Op::PDC:
      if (d.modify() && d.b()) s.gr[d.b()] += s.gr[d.x()];
      break;
    case pa::Op::PROBER: case pa::Op::PROBEW: case pa::Op::PROBERI: case pa::Op::PROBEWI:
      if (d.t()) s.gr[d.t()] = 0;
      break;
    default:
      return false;
  }
  s.iaoq_front = s.iaoq_back;
  s.iaoq_back = s.iaoq_front + 4;
  return true;
}

void LinuxProcess::light_weight_syscall() {
  // Linux's light-weight syscalls: atomic compare-and-swap for user space.
  // r20 = operation, r26 = address; result in r28, error in r21.
  pa::CpuState& s = core_.state();
  const uint32_t op = s.gr[20], addr = s.gr[26];
  constexpr int32_t kEFAULT = 14, kENOSYS = 251;
  s.gr[21] = 0;
  try {
    if (op == 0) {  // 32-bit cmpxchg: r25 old, r24 new; r28 = value found
      const uint32_t cur = mem_.host_load<uint32_t>(0, addr);
      if (cur == s.gr[25]) mem_.host_store<uint32_t>(0, addr, s.gr[24]);
      s.gr[28] = cur;
    } else if (op == 2) {  // sized cmpxchg: r25 -> old, r24 -> new, r23 = log2 size
      const uint32_t size = s.gr[23];
      const uint32_t po = s.gr[25], pn = s.gr[24];
      bool swapped = false;
      switch (size) {
        case 0: swapped = compare_and_swap<uint8_t>(mem_, addr, po, pn); break;
        case 1: swapped = compare_and_swap<uint16_t>(mem_, addr, po, pn); break;
        case 2: swapped = compare_and_swap<uint32_t>(mem_, addr, po, pn); break;
        case 3: swapped = compare_and_swap<uint64_t>(mem_, addr, po, pn); break;
        default: s.gr[21] = static_cast<uint32_t>(-kENOSYS); break;
      }
      s.gr[28] = swapped ? 0 : 1;
    } else {
      s.gr[21] = static_cast<uint32_t>(-kENOSYS);
    }
  } catch (const pa::GuestTrap&) {
    s.gr[21] = static_cast<uint32_t>(-kEFAULT);
  }
  return_from_gateway(core_.state());
}

std::string LinuxProcess::code_address(uint32_t addr) const {
  const std::string f = names_.function_at(addr);
  return f.empty() ? fmt::format("0x{:08x}", addr) : fmt::format("0x{:08x} ({})", addr, f);
}

std::string LinuxProcess::read_guest_string(uint32_t addr, size_t max) {
  std::string out;
  for (size_t i = 0; i < max; ++i) {
    const char c = static_cast<char>(mem_.host_load<uint8_t>(0, addr + static_cast<uint32_t>(i)));
    if (!c) break;
    out.push_back(c);
  }
  return out;
}

uint64_t LinuxProcess::next_random() {
  // splitmix64: deterministic for a given se.random_seed.
  uint64_t z = (rng_state_ += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

uint64_t LinuxProcess::simulated_ns() const {
  return static_cast<uint64_t>(static_cast<double>(core_.state().cycles) * 1e9 / opts_.clock_hz);
}

}  // namespace sim::se
