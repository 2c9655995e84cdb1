// Signals of a syscall-emulated Linux/hppa process: sigaction and the
// signal mask, signals a process sends itself, synchronous signals raised
// by faulting instructions, and delivery to handlers through a signal frame
// on the user stack, as Linux/hppa's arch/parisc/kernel/signal.c builds it.
//
// The frame (compat_rt_sigframe of a 32-bit process) starts at sp rounded up
// to 64 bytes (the stack grows up):
// (or at the sigaltstack's base for an SA_ONSTACK handler not already on it)
//   +0    tramp[9]      (Linux's in-frame trampoline; here the trampoline
//                        lives in a read/execute page of its own, and two of
//                        these words keep the PSW carry bits and the state
//                        the sigcontext has no room for)
//   +36   siginfo       (128 bytes)
//   +168  ucontext      uc_flags, uc_link, uc_stack, then at +24 the
//                       sigcontext: sc_flags, sc_gr[32], sc_fr[32] (64-bit,
//                       at +136), sc_iasq[2], sc_iaoq[2], sc_sar; then the
//                       saved mask at +440
// The handler runs with sp 704 bytes above the frame start, r26 = signo,
// r25 = &siginfo, r24 = &ucontext and rp = the trampoline, which calls
// rt_sigreturn: the registers and the mask come back from the frame.
// Signals are delivered on the way back from a system call or a fault, and
// at the instruction where an interval timer comes due.
#include <algorithm>

#include <fmt/format.h>

#include "sim/se/guest_timespec.h"
#include "sim/se/linux_process.h"
#include "sim/se/syscall_names.h"

namespace sim::se {

namespace {

constexpr int kSigKill = 9, kSigSegv = 11, kSigStop = 24;
constexpr int kNsig = 64;
constexpr int32_t kEINVAL = 22, kESRCH = 3;
constexpr uint32_t kSigDfl = 0, kSigIgn = 1;
constexpr uint32_t kSaNodefer = 0x20, kSaResethand = 0x04, kSaOnstack = 0x01, kSaRestart = 0x40;
constexpr uint32_t kSsOnstack = 1, kSsDisable = 2, kMinSigStkSz = 2048;
constexpr int32_t kEPERM = 1, kENOMEM = 12;
constexpr uint32_t kPrivilegeUser = 3;

// Frame layout (see the header comment).
constexpr uint32_t kFrameInfo = 36, kFrameUc = 168, kUcMcontext = 24, kScGr = 4, kScFr = 136,
                   kScIasq = 392, kScIaoq = 400, kScSar = 408, kUcSigmask = 440;
constexpr uint32_t kFrameNullify = 28, kFrameCarry = 32, kFrameSize = 704;
constexpr int kSigAlrm = 14, kSigVtalrm = 20, kSigProf = 21;
constexpr int32_t kEINTR = 4, kEAGAIN = 11, kSiKernel = 0x80, kSiTkill = -6;
constexpr uint32_t kTrampolinePage = 0xf9fff000;  // just below the stack

constexpr uint64_t kUnblockable = sig_bit(kSigKill) | sig_bit(kSigStop);

// Signals whose default action is to do nothing.  The stop signals are
// treated alike: a stopped process could never be continued here.
bool ignored_by_default(int sig) {
  switch (sig) {
    case 18: case 23: case 26: case 29:  // SIGCHLD SIGWINCH SIGCONT SIGURG
    case 25: case 27: case 28:           // SIGTSTP SIGTTIN SIGTTOU
      return true;
    default:
      return false;
  }
}

uint64_t load_sigset(pa::GuestMemory& mem, uint32_t addr) {
  const uint64_t lo = mem.host_load<uint32_t>(0, addr), hi = mem.host_load<uint32_t>(0, addr + 4);
  return lo | (hi << 32);
}
void store_sigset(pa::GuestMemory& mem, uint32_t addr, uint64_t set) {
  mem.host_store<uint32_t>(0, addr, static_cast<uint32_t>(set));
  mem.host_store<uint32_t>(0, addr + 4, static_cast<uint32_t>(set >> 32));
}

}  // namespace

int32_t LinuxProcess::sys_rt_sigaction(uint32_t sig, uint32_t act, uint32_t oldact, uint32_t size) {
  // struct sigaction of the hppa kernel: handler, flags, mask (no restorer).
  if (size != 8 || sig < 1 || sig > kNsig) return -kEINVAL;
  const int n = static_cast<int>(sig);
  if (act && (n == kSigKill || n == kSigStop)) return -kEINVAL;
  SigAction next = sigactions_[n];
  if (act) {
    next.handler = mem_.host_load<uint32_t>(0, act);
    next.flags = mem_.host_load<uint32_t>(0, act + 4);
    next.mask = load_sigset(mem_, act + 8) & ~kUnblockable;
  }
  if (oldact) {
    const SigAction& old = sigactions_[n];
    mem_.host_store<uint32_t>(0, oldact, old.handler);
    mem_.host_store<uint32_t>(0, oldact + 4, old.flags);
    store_sigset(mem_, oldact + 8, old.mask);
  }
  if (act) {
    sigactions_[n] = next;
    // Setting an action that ignores the signal discards it if pending.
    if (next.handler == kSigIgn || (next.handler == kSigDfl && ignored_by_default(n))) {
      group_pending_.discard(n);
      for (Thread& t : threads_) t.pending.discard(n);
    }
  }
  return 0;
}

int32_t LinuxProcess::sys_rt_sigprocmask(uint32_t how, uint32_t set, uint32_t oldset, uint32_t size) {
  if (size != 8) return -kEINVAL;
  const uint64_t old = me().sigmask;
  uint64_t mask = me().sigmask;
  if (set) {
    const uint64_t n = load_sigset(mem_, set);
    switch (how) {  // SIG_BLOCK 0, SIG_UNBLOCK 1, SIG_SETMASK 2 on hppa
      case 0: mask |= n; break;
      case 1: mask &= ~n; break;
      case 2: mask = n; break;
      default: return -kEINVAL;
    }
  }
  if (oldset) store_sigset(mem_, oldset, old);
  me().sigmask = mask & ~kUnblockable;
  return 0;
}

int32_t LinuxProcess::sys_rt_sigpending(uint32_t set, uint32_t size) {
  if (size > 8) return -kEINVAL;
  store_sigset(mem_, set, (me().pending.set() | group_pending_.set()) & me().sigmask);
  return 0;
}

int32_t LinuxProcess::sys_kill(uint32_t pid, uint32_t sig, int32_t code) {
  if (pid != kGuestPid && pid != 0 && pid != 0xffffffffu) return -kESRCH;
  if (sig > kNsig) return -kEINVAL;
  if (sig == 0) return 0;  // the probe: the process exists
  return send_signal(nullptr, static_cast<int>(sig), SigInfo{code, 0, false});
}

uint64_t LinuxProcess::sigpending_limit() const {
  // fork_init: max_threads is RAM over eight 16 KB thread stacks (hppa's
  // THREAD_SIZE), at least 20, and the limit is half of it.
  return std::max<uint64_t>(ram_bytes_ / (8 * 16384), 20) / 2;
}

int32_t LinuxProcess::send_signal(Thread* target, int sig, const SigInfo& info) {
  SigPending& pending = target ? target->pending : group_pending_;
  size_t queued = group_pending_.queued();
  for (const Thread& t : threads_) queued += t.pending.queued();
  // As __send_signal: a standard signal from kill or the kernel, and a
  // timer's (its siginfo is preallocated), always get a siginfo.
  const bool override_rlimit = info.code == kSiTimer || (sig < kSigRtmin && info.code >= 0);
  if (queued < sigpending_limit() || override_rlimit) {
    pending.add(sig, info);  // dropped if a standard signal already pends
  } else if (sig >= kSigRtmin && info.code != kSiUser) {
    return -kEAGAIN;  // sigqueue, tgkill: the queue is full
  } else {
    pending.mark(sig);  // still sent, without its siginfo
  }
  return 0;
}

int32_t LinuxProcess::sys_sigaltstack(uint32_t ss, uint32_t old) {
  // stack_t of hppa: ss_sp, ss_flags, ss_size.
  const bool on = on_alt_stack(core_.state().gr[30]);
  uint32_t sp = me().altstack_sp, size = me().altstack_size;
  if (ss) {
    const uint32_t nsp = mem_.host_load<uint32_t>(0, ss);
    const uint32_t nflags = mem_.host_load<uint32_t>(0, ss + 4);
    const uint32_t nsize = mem_.host_load<uint32_t>(0, ss + 8);
    if (on) return -kEPERM;
    if (nflags == kSsDisable) {
      sp = size = 0;
    } else {
      if (nflags != 0 && nflags != kSsOnstack) return -kEINVAL;
      if (nsize < kMinSigStkSz) return -kENOMEM;
      sp = nsp;
      size = nsize;
    }
  }
  if (old) {
    mem_.host_store<uint32_t>(0, old, me().altstack_sp);
    mem_.host_store<uint32_t>(0, old + 4, me().altstack_size == 0 ? kSsDisable : on ? kSsOnstack : 0);
    mem_.host_store<uint32_t>(0, old + 8, me().altstack_size);
  }
  me().altstack_sp = sp;
  me().altstack_size = size;
  return 0;
}

uint32_t LinuxProcess::signal_trampoline() {
  if (sigtramp_) return sigtramp_;
  uint32_t at = kTrampolinePage;
  if (!space_.is_free(at, pa::kPageSize)) at = space_.find_free(mmap_base_, pa::kPageSize);
  space_.map(at, pa::kPageSize, kProtRead | kProtExec);
  const uint32_t code[4] = {
      0x34190000,  // ldi 0,%r25
      0x3414015a,  // ldi __NR_rt_sigreturn,%r20
      0xe4008200,  // be,l 0x100(%sr2,%r0),%sr0,%r31
      0x08000240,  // nop
  };
  for (int i = 0; i < 4; ++i) {
    const uint32_t be = pa::bswap32(code[i]);
    space_.poke(at + 4 * static_cast<uint32_t>(i), &be, 4);
  }
  sigtramp_ = at;
  return at;
}

void LinuxProcess::write_siginfo(uint32_t at, int signo, const SigInfo& info) {
  auto put = [&](uint32_t off, uint32_t v) { mem_.host_store<uint32_t>(0, at + off, v); };
  mem_.fill_bytes(0, at, 0, 128);
  put(0, static_cast<uint32_t>(signo));
  put(8, static_cast<uint32_t>(info.code));
  if (info.fault) {
    put(12, info.addr);
  } else if (info.code == kSiTimer) {  // _timer: si_tid, si_overrun, si_sigval
    put(12, info.timer_id);
    put(16, info.overrun);
    put(20, info.value);
  } else if (info.code != kSiKernel && !info.lost) {  // _rt: si_pid, si_uid, si_sigval (the kernel's own: 0)
    put(12, kGuestPid);
    put(16, 1000);  // uid
    put(20, info.value);
  }
}

int LinuxProcess::take_waited_signal(Thread& t, uint64_t set, uint32_t info) {
  const uint64_t own = t.pending.set() & set;
  const uint64_t ready = own ? own : group_pending_.set() & set;
  if (!ready) return 0;
  const int sig = next_signal(ready);
  const SigInfo taken = (own ? t.pending : group_pending_).take(sig);
  if (info) write_siginfo(info, sig, taken);
  return sig;
}

int32_t LinuxProcess::sys_rt_sigtimedwait(uint32_t set, uint32_t info, uint32_t timeout, uint32_t size,
                                          bool time64) {
  if (size != 8) return -kEINVAL;
  // SIGKILL and SIGSTOP cannot be waited for (they are never blocked).
  const uint64_t wanted = load_sigset(mem_, set) & ~kUnblockable;
  uint64_t ns = 0;
  if (timeout && !read_timespec(mem_, timeout, time64, ns)) return -kEINVAL;
  if (const int sig = take_waited_signal(me(), wanted, info)) return sig;
  if (timeout && ns == 0) return -kEAGAIN;
  // Linux unblocks the set for the wait, but a signal of it is taken here,
  // not delivered: the scheduler hands it over (wake_ready_threads).
  me().sigwait_set = wanted;
  me().sigwait_info = info;
  block(Wait::SigWait, timeout ? core_.state().cycles + std::max<uint64_t>(1, ns_to_cycles(ns)) : 0);
  return 0;  // replaced by the signal, -EAGAIN at the timeout or -EINTR
}

int32_t LinuxProcess::sys_rt_sigqueueinfo(uint32_t tgid, uint32_t tid, uint32_t sig, uint32_t uinfo,
                                          bool to_thread) {
  if (tgid != kGuestPid) return -kESRCH;
  if (sig == 0 || sig > kNsig) return sig == 0 ? 0 : -kEINVAL;
  const int32_t code = static_cast<int32_t>(mem_.host_load<uint32_t>(0, uinfo + 8));
  const uint32_t value = mem_.host_load<uint32_t>(0, uinfo + 20);
  Thread* target = to_thread ? thread_by_tid(tid) : nullptr;
  if (to_thread && !target) return -kESRCH;
  // The kernel's own codes cannot be forged for another task; to itself a
  // process may send any (Linux's do_rt_sigqueueinfo).
  if ((code >= 0 || code == kSiTkill) && to_thread && target != &me()) return -kEPERM;
  return send_signal(target, static_cast<int>(sig), SigInfo{code, 0, false, value});
}

void LinuxProcess::setup_frame(int signo, const SigAction& act, const SigInfo& info) {
  pa::CpuState& s = core_.state();
  const uint32_t tramp = signal_trampoline();
  // SA_ONSTACK: the first handler on the alternate stack starts at its base.
  const bool was_on_alt = on_alt_stack(s.gr[30]);
  const bool use_alt = (act.flags & kSaOnstack) && me().altstack_size && !was_on_alt;
  const uint32_t sp = use_alt ? me().altstack_sp : s.gr[30];
  const uint32_t frame = (sp + 63) & ~63u;
  auto put = [&](uint32_t off, uint32_t v) { mem_.host_store<uint32_t>(0, frame + off, v); };

  write_siginfo(frame + kFrameInfo, signo, info);
  put(kFrameCarry, s.carry_vector);
  put(kFrameNullify, s.nullify_next ? 1 : 0);  // a quantum can end between an insn and the one it nullifies

  // ucontext
  const uint32_t uc = kFrameUc, sc = kFrameUc + kUcMcontext;
  put(uc + 0, 0);   // uc_flags
  put(uc + 4, 0);   // uc_link
  put(uc + 8, me().altstack_sp);  // uc_stack
  put(uc + 12, me().altstack_size == 0 ? kSsDisable : was_on_alt ? kSsOnstack : 0);
  put(uc + 16, me().altstack_size);
  put(sc, use_alt || was_on_alt ? 1 : 0);  // sc_flags: PARISC_SC_FLAG_ONSTACK
  put(sc + kScGr, s.psw);  // sc_gr[0] holds the PSW, as Linux keeps it
  for (unsigned i = 1; i < 32; ++i) put(sc + kScGr + 4 * i, s.gr[i]);
  for (unsigned i = 0; i < 32; ++i) mem_.host_store<uint64_t>(0, frame + sc + kScFr + 8 * i, s.fp.fr[i]);
  put(sc + kScIasq, s.iasq_front);
  put(sc + kScIasq + 4, s.iasq_back);
  put(sc + kScIaoq, s.iaoq_front);
  put(sc + kScIaoq + 4, s.iaoq_back);
  put(sc + kScSar, s.cr[pa::cr::Sar]);
  store_sigset(mem_, frame + uc + kUcSigmask, me().suspend_mask_set ? me().suspend_mask : me().sigmask);
  if (me().suspend_mask_set) {
    me().sigmask = me().suspend_mask;  // the handler's mask is built on the mask before rt_sigsuspend
    me().suspend_mask_set = false;
  }

  // The handler: a plabel (bit 1 set) points at its address and gp.
  uint32_t handler = act.handler;
  if (handler & 2) {
    const uint32_t desc = handler & ~3u;
    handler = mem_.host_load<uint32_t>(0, desc);
    s.gr[19] = mem_.host_load<uint32_t>(0, desc + 4);
  }
  s.gr[26] = static_cast<uint32_t>(signo);
  s.gr[25] = frame + kFrameInfo;
  s.gr[24] = frame + kFrameUc;
  s.gr[2] = tramp | kPrivilegeUser;
  s.gr[30] = frame + kFrameSize;
  s.iaoq_front = (handler & ~3u) | kPrivilegeUser;
  s.iaoq_back = s.iaoq_front + 4;
  s.nullify_next = false;

  me().sigmask |= act.mask;
  if (!(act.flags & kSaNodefer)) me().sigmask |= sig_bit(signo);
  me().sigmask &= ~kUnblockable;
  if (act.flags & kSaResethand) sigactions_[signo].handler = kSigDfl;
}

TrapOutcome LinuxProcess::sys_rt_sigreturn() {
  pa::CpuState& s = core_.state();
  const uint32_t frame = s.gr[30] - kFrameSize;
  const uint32_t sc = frame + kFrameUc + kUcMcontext;
  try {
    uint32_t gr[32];
    for (unsigned i = 1; i < 32; ++i) gr[i] = mem_.host_load<uint32_t>(0, sc + kScGr + 4 * i);
    uint64_t fr[32];
    for (unsigned i = 0; i < 32; ++i) fr[i] = mem_.host_load<uint64_t>(0, sc + kScFr + 8 * i);
    const uint32_t iasq0 = mem_.host_load<uint32_t>(0, sc + kScIasq);
    const uint32_t iasq1 = mem_.host_load<uint32_t>(0, sc + kScIasq + 4);
    const uint32_t iaoq0 = mem_.host_load<uint32_t>(0, sc + kScIaoq);
    const uint32_t iaoq1 = mem_.host_load<uint32_t>(0, sc + kScIaoq + 4);
    const uint32_t sar = mem_.host_load<uint32_t>(0, sc + kScSar);
    const uint64_t mask = load_sigset(mem_, frame + kFrameUc + kUcSigmask);
    const uint32_t carry = mem_.host_load<uint32_t>(0, frame + kFrameCarry);
    const bool nullify = mem_.host_load<uint32_t>(0, frame + kFrameNullify) != 0;
    for (unsigned i = 1; i < 32; ++i) s.gr[i] = gr[i];
    for (unsigned i = 0; i < 32; ++i) s.fp.fr[i] = fr[i];
    s.iasq_front = iasq0;
    s.iasq_back = iasq1;
    s.iaoq_front = iaoq0 | kPrivilegeUser;  // never a way into a more privileged level
    s.iaoq_back = iaoq1 | kPrivilegeUser;
    s.cr[pa::cr::Sar] = sar;
    s.carry_vector = carry;
    s.nullify_next = nullify;
    me().sigmask = mask & ~kUnblockable;
  } catch (const pa::GuestTrap&) {
    return terminate_by_signal(kSigSegv, "bad signal frame at rt_sigreturn");
  }
  return deliver_pending();
}

TrapOutcome LinuxProcess::deliver_pending() {
  for (;;) {
    // A signal sent to this thread goes first, then one sent to the process.
    const uint64_t own = me().pending.set() & ~me().sigmask;
    const uint64_t ready = own ? own : group_pending_.set() & ~me().sigmask;
    if (!ready) {
      if (me().suspend_mask_set) {  // rt_sigsuspend delivered nothing: its mask ends
        me().sigmask = me().suspend_mask;
        me().suspend_mask_set = false;
      }
      // Woken by a signal another thread took: no handler ran here, so the
      // wait starts again, as Linux restarts it.
      if (me().restart != Thread::Restart::None) restart_syscall();
      return TrapOutcome::Resume;
    }
    const int sig = next_signal(ready);
    const SigInfo info = (own ? me().pending : group_pending_).take(sig);
    const SigAction act = sigactions_[sig];
    if (act.handler == kSigIgn) continue;
    if (act.handler == kSigDfl) {
      if (ignored_by_default(sig)) continue;
      // A process signalling itself (abort, raise): the default action ends it.
      constexpr int kSigPipe = 13;
      report_ = info.code == kSiKernel ? fmt::format("guest terminated by signal {} (its timer)", sig)
                : sig == kSigPipe ? fmt::format("guest terminated by signal {} (SIGPIPE: a write found no reader)", sig)
                                  : fmt::format("guest terminated by signal {} it sent itself", sig);
      exit_status_ = 128 + sig;
      return TrapOutcome::Exited;
    }
    // The interrupted call returns EINTR to the handler's caller, or runs
    // again after it with SA_RESTART (the frame keeps the call's address).
    if (me().restart == Thread::Restart::Sys && (act.flags & kSaRestart)) restart_syscall();
    me().restart = Thread::Restart::None;
    try {
      setup_frame(sig, act, info);
    } catch (const pa::GuestTrap&) {
      return terminate_by_signal(kSigSegv, fmt::format("signal {} frame not writable", sig));
    }
  }
}

void LinuxProcess::restart_syscall() {
  // As Linux/hppa's check_syscallno_in_delay_branch: back r31 and the queue
  // up to the gateway branch, which runs again with its delay slot; a
  // number copied into r20 there gets its source register back.
  pa::CpuState& s = core_.state();
  me().restart = Thread::Restart::None;
  s.gr[31] -= 8;
  const uint32_t call = s.gr[31] & ~3u;
  s.iaoq_front = call | kPrivilegeUser;
  s.iaoq_back = (call + 4) | kPrivilegeUser;
  uint32_t slot;
  try {
    slot = mem_.host_load<uint32_t>(s.iasq_front, call + 4);
  } catch (const pa::GuestTrap&) {
    return;
  }
  if ((slot & 0xffe0ffffu) == 0x08000254u) s.gr[(slot >> 16) & 31] = s.gr[20];  // copy rX,r20
}

TrapOutcome LinuxProcess::force_fault_signal(int signo, int32_t code, uint32_t addr, int report_signo,
                                             const std::string& why) {
  // As Linux's force_sig: a blocked or ignored fault signal kills the process.
  const SigAction act = sigactions_[signo];
  if (act.handler == kSigDfl || act.handler == kSigIgn || (me().sigmask & sig_bit(signo)))
    return terminate_by_signal(report_signo, why);
  try {
    setup_frame(signo, act, SigInfo{code, addr, true});
  } catch (const pa::GuestTrap&) {
    return terminate_by_signal(kSigSegv, fmt::format("{}; its signal frame not writable", why));
  }
  return deliver_pending();
}

// ITIMER_REAL (alarm, setitimer) runs on simulated time, cycles at
// clock_hz; ITIMER_VIRTUAL and ITIMER_PROF on the CPU time used.
uint64_t LinuxProcess::timer_clock(unsigned which) const {
  return which == 0 ? core_.state().cycles : core_.state().cycles - idle_cycles_;
}

void LinuxProcess::check_timers() {
  static constexpr int kSignal[3] = {kSigAlrm, kSigVtalrm, kSigProf};
  for (unsigned which = 0; which < 3; ++which) {
    IntervalTimer& t = itimers_[which];
    const uint64_t now = timer_clock(which);
    if (!t.deadline || now < t.deadline) continue;
    send_signal(nullptr, kSignal[which], SigInfo{kSiKernel, 0, false});
    if (t.interval) {
      while (t.deadline <= now) t.deadline += t.interval;
    } else {
      t.deadline = 0;
    }
  }
  check_posix_timers();
}

TrapOutcome LinuxProcess::on_quantum() {
  check_timers();
  if (slice_over() && schedule(current_ + 1, true) == TrapOutcome::Exited) return TrapOutcome::Exited;
  return deliver_pending();
}

namespace {
uint64_t usec_to_cycles(uint64_t us, double hz) { return static_cast<uint64_t>(static_cast<double>(us) * hz / 1e6); }
}  // namespace

int32_t LinuxProcess::sys_getitimer(uint32_t which, uint32_t value) {
  if (which > 2) return -kEINVAL;
  uint64_t left_us = 0;
  const IntervalTimer& t = itimers_[which];
  const uint64_t now = timer_clock(which);
  const double hz = opts_.clock_hz;
  if (t.deadline > now)
    left_us = std::max<uint64_t>(1, static_cast<uint64_t>(static_cast<double>(t.deadline - now) * 1e6 / hz));
  const uint64_t interval_us = static_cast<uint64_t>(static_cast<double>(t.interval) * 1e6 / hz);
  // struct itimerval: it_interval then it_value, each {tv_sec, tv_usec}.
  mem_.host_store<uint32_t>(0, value, static_cast<uint32_t>(interval_us / 1000000));
  mem_.host_store<uint32_t>(0, value + 4, static_cast<uint32_t>(interval_us % 1000000));
  mem_.host_store<uint32_t>(0, value + 8, static_cast<uint32_t>(left_us / 1000000));
  mem_.host_store<uint32_t>(0, value + 12, static_cast<uint32_t>(left_us % 1000000));
  return 0;
}

int32_t LinuxProcess::sys_setitimer(uint32_t which, uint32_t value, uint32_t old) {
  if (which > 2) return -kEINVAL;
  if (old)
    if (const int32_t r = sys_getitimer(which, old)) return r;
  if (!value) return 0;
  const uint64_t isec = mem_.host_load<uint32_t>(0, value), iusec = mem_.host_load<uint32_t>(0, value + 4);
  const uint64_t vsec = mem_.host_load<uint32_t>(0, value + 8), vusec = mem_.host_load<uint32_t>(0, value + 12);
  if (iusec >= 1000000 || vusec >= 1000000) return -kEINVAL;
  const uint64_t v = usec_to_cycles(vsec * 1000000 + vusec, opts_.clock_hz);
  IntervalTimer& t = itimers_[which];
  t.interval = usec_to_cycles(isec * 1000000 + iusec, opts_.clock_hz);
  t.deadline = (vsec || vusec) ? timer_clock(which) + std::max<uint64_t>(v, 1) : 0;
  if (!t.deadline) t.interval = 0;
  return 0;
}

int32_t LinuxProcess::sys_alarm(uint32_t seconds) {
  const uint64_t now = core_.state().cycles;
  uint32_t left = 0;
  IntervalTimer& t = itimers_[0];
  if (t.deadline > now) {
    const double secs = static_cast<double>(t.deadline - now) / opts_.clock_hz;
    left = std::max<uint32_t>(1, static_cast<uint32_t>(secs + 0.5));  // as Linux rounds it
  }
  t.interval = 0;
  t.deadline = seconds ? now + static_cast<uint64_t>(seconds * opts_.clock_hz) : 0;
  return static_cast<int32_t>(left);
}

int32_t LinuxProcess::sys_pause() {
  // The thread sleeps until a signal it takes arrives (linux_threads.cpp:
  // simulated time jumps to the timer that will send one; with none, and no
  // other thread to send one, the run ends as a deadlock).
  if (!signal_wakes(me())) block(Wait::Signal, 0);
  return -kEINTR;
}

bool LinuxProcess::signal_ignored(int sig) const {
  const uint32_t h = sigactions_[sig].handler;
  return h == kSigIgn || (h == kSigDfl && ignored_by_default(sig));
}

bool LinuxProcess::set_wait_sigmask(uint32_t set, uint32_t size) {
  if (size != 8) return false;
  const uint64_t mask = load_sigset(mem_, set) & ~kUnblockable;
  me().suspend_mask = me().sigmask;
  me().suspend_mask_set = true;
  me().sigmask = mask;
  return true;
}

int32_t LinuxProcess::sys_rt_sigsuspend(uint32_t set, uint32_t size) {
  if (!set_wait_sigmask(set, size)) return -kEINVAL;
  return sys_pause();  // the handler's frame restores the mask from before
}

}  // namespace sim::se
