// Threads of a syscall-emulated Linux/hppa process, as glibc's NPTL makes
// and synchronises them: clone with the thread flags, futex wait and wake,
// thread exit with its clear-child-tid wake-up, tgkill, and sleeps.
//
// There is one simulated CPU.  Each thread is a register context; the one
// on the CPU keeps its registers in the core, the others in their Thread.
// The CPU passes round robin, in creation order, when the running thread's
// time slice (se.time_slice_cycles, counted in cycles, so on the same
// instruction however the run is cut into quanta) ends or it must wait, so
// a run is as deterministic as a single-threaded one.  When every thread waits,
// simulated time jumps to the earliest timeout (a sleep, a timed futex wait,
// the interval timer); when none has a timeout the run ends with a deadlock
// report instead of hanging.
#include <algorithm>
#include <cerrno>
#include <fmt/format.h>

#include "sim/se/guest_errno.h"
#include "sim/se/guest_timespec.h"
#include "sim/se/linux_process.h"

namespace sim::se {

namespace {

// clone flags (include/uapi/linux/sched.h).
constexpr uint32_t kCloneVm = 0x100, kCloneFs = 0x200, kCloneFiles = 0x400, kCloneSighand = 0x800,
                   kCloneThread = 0x10000, kCloneSysvsem = 0x40000, kCloneSettls = 0x80000,
                   kCloneParentSettid = 0x100000, kCloneChildCleartid = 0x200000, kCloneDetached = 0x400000,
                   kCloneUntraced = 0x800000, kCloneChildSettid = 0x1000000, kCloneNewns = 0x20000;
// What glibc's pthread_create asks for, and the extras a thread may carry.
constexpr uint32_t kThreadFlags = kCloneVm | kCloneFs | kCloneFiles | kCloneSighand | kCloneThread;
constexpr uint32_t kThreadExtras = kCloneSysvsem | kCloneSettls | kCloneParentSettid | kCloneChildCleartid |
                                   kCloneDetached | kCloneUntraced | kCloneChildSettid | 0xff;
constexpr size_t kMaxThreads = 1024;

// futex operations (include/uapi/linux/futex.h).
enum : uint32_t {
  FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_REQUEUE = 3, FUTEX_CMP_REQUEUE = 4, FUTEX_WAKE_OP = 5,
  FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 10,
  FUTEX_PRIVATE_FLAG = 128, FUTEX_CLOCK_REALTIME = 256,
};
constexpr uint32_t kBitsetAny = 0xffffffffu;
constexpr uint32_t kTimerAbstime = 1;  // clock_nanosleep

constexpr int32_t kEINTR = 4, kEAGAIN = 11, kEFAULT = 14, kEINVAL = 22, kESRCH = 3;
const int32_t kETIMEDOUT = guest_errno(ETIMEDOUT);
const int32_t kENOSYS = guest_errno(ENOSYS);


// The sign-extended 12-bit fields of FUTEX_WAKE_OP's encoded operation.
int32_t sext12(uint32_t v) { return static_cast<int32_t>(v << 20) >> 20; }

const char* futex_op_name(uint32_t cmd) {
  switch (cmd) {
    case 6: return "FUTEX_LOCK_PI";
    case 7: return "FUTEX_UNLOCK_PI";
    case 8: return "FUTEX_TRYLOCK_PI";
    case 11: return "FUTEX_WAIT_REQUEUE_PI";
    case 12: return "FUTEX_CMP_REQUEUE_PI";
    case 13: return "FUTEX_LOCK_PI2";
    default: return "an unknown operation";
  }
}

}  // namespace


// --- clone, exit, tgkill ---------------------------------------------------

int32_t LinuxProcess::sys_clone(uint32_t flags, uint32_t newsp, uint32_t ptid, uint32_t tls, uint32_t ctid) {
  // Linux's own consistency checks come first (copy_process).
  if ((flags & kCloneThread) && !(flags & kCloneSighand)) return -kEINVAL;
  if ((flags & kCloneSighand) && !(flags & kCloneVm)) return -kEINVAL;
  if ((flags & kCloneFs) && (flags & kCloneNewns)) return -kEINVAL;
  if ((flags & kThreadFlags) != kThreadFlags || (flags & ~(kThreadFlags | kThreadExtras))) {
    // fork, vfork, posix_spawn: a second process cannot run here.
    if (reported_clone_flags_.insert(flags).second)
      fmt::print(stderr,
                 "pa730: se: clone with flags 0x{:x} would make a new process (only threads, flags 0x{:x}, are "
                 "supported); it returns ENOSYS\n",
                 flags, kThreadFlags);
    return -kENOSYS;
  }
  if (threads_.size() >= kMaxThreads) return -kEAGAIN;

  Thread child;
  child.tid = next_tid_;
  child.sigmask = me().sigmask;  // inherited; a new thread has no alternate signal stack
  child.name = me().name;
  child.regs = core_.state();
  return_from_gateway(child.regs);  // the child starts where the parent returns, with 0
  child.regs.gr[28] = 0;
  if (newsp) child.regs.gr[30] = (newsp + 3) & ~3u;
  if (flags & kCloneSettls) child.regs.cr[pa::cr::Tr3] = tls;  // cr27, the thread pointer
  if (flags & kCloneChildCleartid) child.clear_child_tid = ctid;
  // Both tid stores happen before either thread runs again (the parent's
  // pthread_create may read its copy at once).
  if (flags & kCloneParentSettid) mem_.host_store<uint32_t>(0, ptid, child.tid);
  if (flags & kCloneChildSettid) mem_.host_store<uint32_t>(0, ctid, child.tid);
  ++next_tid_;
  threads_.push_back(child);  // runs when the CPU next passes round
  return static_cast<int32_t>(child.tid);
}

TrapOutcome LinuxProcess::sys_exit_thread(uint32_t code) {
  // The status of a process whose threads all called exit() is its first
  // thread's (Linux reports the group leader's exit code).
  if (me().tid == kGuestPid) leader_exit_code_ = static_cast<int>(code & 0xff);
  if (threads_.size() == 1) {
    exit_status_ = leader_exit_code_;
    return TrapOutcome::Exited;
  }
  // CLONE_CHILD_CLEARTID: zero the tid word and wake one waiter (a joiner).
  if (const uint32_t ctid = me().clear_child_tid) {
    try {
      mem_.host_store<uint32_t>(0, ctid, 0);
      futex_wake(ctid, 1, kBitsetAny);
    } catch (const pa::GuestTrap&) {
      // Linux ignores a fault here too.
    }
  }
  const size_t gone = current_;
  threads_.erase(threads_.begin() + static_cast<std::ptrdiff_t>(gone));
  current_ = 0;
  // The thread that followed it in the ring is now at the same index.
  const TrapOutcome out = schedule(gone % threads_.size(), false);
  return out == TrapOutcome::Exited ? out : deliver_pending();
}

int32_t LinuxProcess::sys_tgkill(uint32_t tgid, uint32_t tid, uint32_t sig) {
  // tgid 0 stands for tkill, which names no process.
  if (static_cast<int32_t>(tid) <= 0 || static_cast<int32_t>(tgid) < 0 || sig > 64) return -kEINVAL;
  if (tgid != 0 && tgid != kGuestPid) return -kESRCH;
  Thread* target = thread_by_tid(tid);
  if (!target) return -kESRCH;
  if (sig == 0) return 0;
  return send_signal(target, static_cast<int>(sig), SigInfo{-6, 0, false});  // SI_TKILL
}

int32_t LinuxProcess::sys_sched_affinity(uint32_t pid, uint32_t len, uint32_t mask, bool set) {
  // The 730 has one CPU: every thread's mask is {0}, in one 32-bit word
  // (Linux's cpumask_size() for one CPU), and a mask without CPU 0 is
  // refused.  glibc's sched_getaffinity clears the rest of the caller's set.
  if (pid != 0 && std::none_of(threads_.begin(), threads_.end(), [pid](const Thread& t) { return t.tid == pid; }))
    return -kESRCH;
  if (set) {
    if (len == 0) return -kEINVAL;
    return (mem_.host_load<uint8_t>(0, mask + std::min<uint32_t>(len, 4) - 1) & 1) ? 0 : -kEINVAL;
  }
  if (len < 4 || (len & 3)) return -kEINVAL;
  mem_.host_store<uint32_t>(0, mask, 1);
  return 4;
}

// --- futex -----------------------------------------------------------------

std::vector<LinuxProcess::Thread*> LinuxProcess::futex_waiters(uint32_t uaddr, uint32_t bitset) {
  std::vector<Thread*> waiters;
  for (Thread& t : threads_)
    if (t.wait == Wait::Futex && t.futex_addr == uaddr && (t.futex_bitset & bitset)) waiters.push_back(&t);
  std::sort(waiters.begin(), waiters.end(), [](const Thread* a, const Thread* b) { return a->wait_seq < b->wait_seq; });
  return waiters;
}

uint32_t LinuxProcess::futex_wake(uint32_t uaddr, uint32_t count, uint32_t bitset) {
  uint32_t woken = 0;
  for (Thread* t : futex_waiters(uaddr, bitset)) {
    if (woken == count) break;
    t->wait = Wait::None;  // its futex call returns the 0 it was left with
    ++woken;
  }
  return woken;
}

int32_t LinuxProcess::sys_futex(uint32_t uaddr, uint32_t op, uint32_t val, uint32_t timeout, uint32_t uaddr2,
                                uint32_t val3, bool time64) {
  // One process: every futex is private, and its key is the guest address.
  const uint32_t cmd = op & ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME);
  if ((op & FUTEX_CLOCK_REALTIME) && cmd != FUTEX_WAIT_BITSET && cmd != FUTEX_WAIT)
    return futex_unsupported(fmt::format("operation {} with FUTEX_CLOCK_REALTIME", cmd));
  if (uaddr & 3) return -kEINVAL;
  switch (cmd) {
    case FUTEX_WAIT:
    case FUTEX_WAIT_BITSET: {
      const uint32_t bitset = cmd == FUTEX_WAIT ? kBitsetAny : val3;
      if (!bitset) return -kEINVAL;
      uint64_t deadline = 0;
      if (timeout) {
        uint64_t ns;
        if (!read_timespec(mem_, timeout, time64, ns)) return -kEINVAL;
        // FUTEX_WAIT's timeout is relative; FUTEX_WAIT_BITSET's an absolute
        // time on its clock (every clock reads simulated time here).
        const uint64_t now_ns = simulated_ns();
        const uint64_t rel = cmd == FUTEX_WAIT ? ns : (ns > now_ns ? ns - now_ns : 0);
        deadline = rel ? core_.state().cycles + std::max<uint64_t>(1, ns_to_cycles(rel)) : 0;
        if (!rel) {  // already past: the value is still checked first
          if (mem_.host_load<uint32_t>(0, uaddr) != val) return -kEAGAIN;
          return -kETIMEDOUT;
        }
      }
      if (mem_.host_load<uint32_t>(0, uaddr) != val) return -kEAGAIN;
      me().futex_addr = uaddr;
      me().futex_bitset = bitset;
      block(Wait::Futex, deadline);
      return 0;
    }
    case FUTEX_WAKE:
      return static_cast<int32_t>(futex_wake(uaddr, val, kBitsetAny));
    case FUTEX_WAKE_BITSET:
      if (!val3) return -kEINVAL;
      return static_cast<int32_t>(futex_wake(uaddr, val, val3));
    case FUTEX_REQUEUE:
    case FUTEX_CMP_REQUEUE: {
      if (uaddr2 & 3) return -kEINVAL;
      if (cmd == FUTEX_CMP_REQUEUE && mem_.host_load<uint32_t>(0, uaddr) != val3) return -kEAGAIN;
      const uint32_t nr_requeue = timeout;  // passed in the timeout argument
      uint32_t done = futex_wake(uaddr, val, kBitsetAny);
      const std::vector<Thread*> rest = futex_waiters(uaddr, kBitsetAny);
      for (uint32_t i = 0; i < rest.size() && i < nr_requeue; ++i, ++done) rest[i]->futex_addr = uaddr2;
      return static_cast<int32_t>(done);
    }
    case FUTEX_WAKE_OP: {
      if (uaddr2 & 3) return -kEINVAL;
      const uint32_t fop = (val3 >> 28) & 7, cmp = (val3 >> 24) & 15;
      int32_t oparg = sext12(val3 >> 12), cmparg = sext12(val3);
      if (val3 & 0x80000000u) oparg = static_cast<int32_t>(1u << (oparg & 31));  // FUTEX_OP_OPARG_SHIFT
      const int32_t old = static_cast<int32_t>(mem_.host_load<uint32_t>(0, uaddr2));
      int32_t next;
      switch (fop) {
        case 0: next = oparg; break;          // SET
        case 1: next = static_cast<int32_t>(static_cast<uint32_t>(old) + static_cast<uint32_t>(oparg)); break;
        case 2: next = old | oparg; break;    // OR
        case 3: next = old & ~oparg; break;   // ANDN
        case 4: next = old ^ oparg; break;    // XOR
        default: return futex_unsupported(fmt::format("FUTEX_WAKE_OP operation {}", fop));
      }
      bool hit;
      switch (cmp) {
        case 0: hit = old == cmparg; break;
        case 1: hit = old != cmparg; break;
        case 2: hit = old < cmparg; break;
        case 3: hit = old <= cmparg; break;
        case 4: hit = old > cmparg; break;
        case 5: hit = old >= cmparg; break;
        default: return futex_unsupported(fmt::format("FUTEX_WAKE_OP comparison {}", cmp));
      }
      mem_.host_store<uint32_t>(0, uaddr2, static_cast<uint32_t>(next));
      uint32_t woken = futex_wake(uaddr, val, kBitsetAny);
      if (hit) woken += futex_wake(uaddr2, timeout, kBitsetAny);  // nr_wake2 in the timeout argument
      return static_cast<int32_t>(woken);
    }
    default:
      // The priority-inheritance operations (PTHREAD_PRIO_INHERIT mutexes).
      return futex_unsupported(fmt::format("operation {} ({})", cmd, futex_op_name(cmd)));
  }
}

int32_t LinuxProcess::futex_unsupported(const std::string& what) {
  if (reported_futex_ops_.insert(what).second)
    fmt::print(stderr, "pa730: se: futex {} is not supported; it returns ENOSYS\n", what);
  return -kENOSYS;
}

// --- sleeps ----------------------------------------------------------------

int32_t LinuxProcess::sys_clock_nanosleep(uint32_t clock, uint32_t flags, uint32_t req, uint32_t rem, bool time64) {
  // REALTIME, MONOTONIC, PROCESS_CPUTIME, BOOTTIME: all read simulated time.
  if (clock != 0 && clock != 1 && clock != 2 && clock != 7) return -kEINVAL;
  uint64_t ns;
  if (!read_timespec(mem_, req, time64, ns)) return -kEINVAL;
  const uint64_t now_ns = simulated_ns();
  const bool absolute = flags & kTimerAbstime;
  const uint64_t rel = absolute ? (ns > now_ns ? ns - now_ns : 0) : ns;
  if (rel == 0) return 0;
  me().sleep_rem = absolute ? 0 : rem;  // an absolute sleep reports nothing left
  me().sleep_rem_time64 = time64;
  block(Wait::Sleep, core_.state().cycles + std::max<uint64_t>(1, ns_to_cycles(rel)));
  return 0;
}

// --- the scheduler ---------------------------------------------------------

void LinuxProcess::block(Wait why, uint64_t deadline) {
  me().wait = why;
  me().deadline = deadline;
  me().wait_seq = ++wait_seq_;
  reschedule_ = true;
}

bool LinuxProcess::signal_wakes(const Thread& t) const {
  uint64_t ready = (t.pending.set() | group_pending_.set()) & ~t.sigmask;
  while (ready) {
    const int sig = __builtin_ctzll(ready) + 1;
    if (!signal_ignored(sig)) return true;
    ready &= ready - 1;
  }
  return false;
}

void LinuxProcess::wake_ready_threads() {
  const uint64_t now = core_.state().cycles;
  for (Thread& t : threads_) {
    if (t.wait == Wait::None) continue;
    if (t.wait == Wait::SigWait) {
      // rt_sigtimedwait takes a signal of its set before any is delivered.
      int sig = 0;
      try {
        sig = take_waited_signal(t, t.sigwait_set, t.sigwait_info);
      } catch (const pa::GuestTrap&) {
        sig = -kEFAULT;
      }
      if (sig) {
        t.regs.gr[28] = static_cast<uint32_t>(sig);
        t.wait = Wait::None;
        continue;
      }
    }
    if (signal_wakes(t)) {
      // Interrupted: the call returns EINTR, the handler runs first.
      if (t.wait == Wait::Sleep && t.sleep_rem) {
        const uint64_t left = t.deadline > now ? cycles_to_ns(t.deadline - now) : 0;
        try {
          write_timespec(mem_, t.sleep_rem, t.sleep_rem_time64, left);
        } catch (const pa::GuestTrap&) {
          t.regs.gr[28] = static_cast<uint32_t>(-kEFAULT);
          t.wait = Wait::None;
          continue;
        }
      }
      if (t.wait == Wait::Pipe && t.pipe.done) {
        // A write interrupted after some bytes went returns their count.
        t.regs.gr[28] = static_cast<uint32_t>(t.pipe.done);
        t.pipe = PipeCall{};
        t.restart = Thread::Restart::None;
        t.wait = Wait::None;
        continue;
      }
      t.pipe = PipeCall{};
      t.poll = PollCall{};
      t.regs.gr[28] = static_cast<uint32_t>(-kEINTR);
      // -ERESTARTSYS: an untimed futex wait or a pipe call runs again after a
      // handler with SA_RESTART, or when none ran.
      t.restart = (t.wait == Wait::Futex && !t.deadline) || t.wait == Wait::Pipe ? Thread::Restart::Sys
                  : t.wait == Wait::Signal || t.wait == Wait::Poll ? Thread::Restart::NoHandler
                                                       : Thread::Restart::None;
      t.wait = Wait::None;
    } else if (t.wait == Wait::Pipe) {
      if (retry_pipe_call(t)) t.wait = Wait::None;
    } else if (t.wait == Wait::Poll) {
      if (retry_poll_call(t, now)) t.wait = Wait::None;
    } else if (t.deadline && now >= t.deadline) {
      if (t.wait == Wait::Futex) t.regs.gr[28] = static_cast<uint32_t>(-kETIMEDOUT);
      if (t.wait == Wait::SigWait) t.regs.gr[28] = static_cast<uint32_t>(-kEAGAIN);
      t.wait = Wait::None;  // a sleep's 0 stands
    }
  }
}

void LinuxProcess::load_thread(size_t index) {
  // Time and the interval timer belong to the CPU, not to a thread.
  pa::CpuState& s = core_.state();
  const pa::CpuState& r = threads_[index].regs;
  const uint64_t cycles = s.cycles, timer_target = s.timer_target;
  const uint32_t timer_compare = s.timer_compare;
  const bool timer_armed = s.timer_armed;
  s = r;
  s.cycles = cycles;
  s.timer_target = timer_target;
  s.timer_compare = timer_compare;
  s.timer_armed = timer_armed;
  current_ = index;
  slice_start_ = cycles;
}

uint64_t LinuxProcess::cycles_until_event() const {
  const uint64_t now = core_.state().cycles;
  uint64_t next = ~uint64_t{0};
  if (threads_.size() > 1) {
    const uint64_t end = slice_start_ + opts_.time_slice_cycles;
    next = end > now ? end - now : 0;
  }
  // Every timer's clock advances one cycle per cycle while the CPU runs.
  for (unsigned which = 0; which < 3; ++which) {
    const uint64_t deadline = itimers_[which].deadline, clock = timer_clock(which);
    if (deadline) next = std::min(next, deadline > clock ? deadline - clock : 0);
  }
  return std::min(next, next_posix_timer(true));
}

TrapOutcome LinuxProcess::schedule(size_t start, bool save_current) {
  const uint32_t was = save_current ? me().tid : 0;
  if (save_current) {
    me().regs = core_.state();
    me().cpu_cycles += core_.state().cycles - slice_start_;
  }
  for (;;) {
    wake_ready_threads();
    const size_t n = threads_.size();
    for (size_t k = 0; k < n; ++k) {
      const size_t i = (start + k) % n;
      if (threads_[i].wait != Wait::None) continue;
      if (threads_[i].tid != was) ++context_switches_;
      load_thread(i);
      return TrapOutcome::Resume;
    }
    // Every thread waits: the CPU idles until the first timeout, or until
    // the interval timer sends a signal some thread would take.
    uint64_t next = 0;
    auto consider = [&next](uint64_t at) {
      if (at && (!next || at < next)) next = at;
    };
    constexpr int kSigAlrm = 14;
    for (const Thread& t : threads_) {
      consider(t.deadline);
      // Only ITIMER_REAL runs while the CPU idles.
      if (!(t.sigmask & sig_bit(kSigAlrm)) && !signal_ignored(kSigAlrm)) consider(itimers_[0].deadline);
    }
    if (const uint64_t in = next_posix_timer(false); in != ~uint64_t{0}) consider(core_.state().cycles + std::max<uint64_t>(in, 1));
    // A poll or a read of the outside world: the host waits for it, up to
    // the first simulated timeout taken as host time (linux_poll.cpp).
    const bool external = std::any_of(threads_.begin(), threads_.end(), [](const Thread& t) {
      return (t.wait == Wait::Poll && t.poll.external) || (t.wait == Wait::Pipe && t.pipe.external);
    });
    if (external) {
      const uint64_t now = core_.state().cycles;
      const uint64_t ms = next > now ? (cycles_to_ns(next - now) + 999999) / 1000000 : 0;
      poll_external_fds(next ? static_cast<int>(std::min<uint64_t>(ms, INT32_MAX)) : -1);
      if (!next) continue;
    }
    if (!next) return report_deadlock();
    pa::CpuState& s = core_.state();
    if (next > s.cycles) {
      idle_cycles_ += next - s.cycles;
      s.cycles = next;
    }
    check_timers();
  }
}

TrapOutcome LinuxProcess::report_deadlock() {
  // Linux would leave the process asleep for ever; the run ends as a hang
  // does (status 124), naming where each thread waits.
  std::string r = "guest deadlocked: every thread waits and nothing can wake one";
  for (const Thread& t : threads_) {
    // Each waits inside a system call; its saved pc is the return point,
    // 8 bytes after the gateway branch (be,l plus its delay slot).
    const uint32_t call = (t.regs.iaoq_front & ~3u) - 8;
    switch (t.wait) {
      case Wait::Futex:
        r += fmt::format("\n  thread {}: futex wait on 0x{:08x}, called at {}", t.tid, t.futex_addr, code_address(call));
        break;
      case Wait::Signal:
        r += fmt::format("\n  thread {}: waits for a signal, called at {}", t.tid, code_address(call));
        break;
      case Wait::SigWait:
        r += fmt::format("\n  thread {}: sigwait for signals no one can send, called at {}", t.tid, code_address(call));
        break;
      case Wait::Poll:
        r += fmt::format("\n  thread {}: {} on descriptors only the guest can make ready, called at {}", t.tid,
                         t.poll.select ? "select" : "poll", code_address(call));
        break;
      case Wait::Pipe:
        r += fmt::format("\n  thread {}: {} fd {}, a pipe only the guest can {}, called at {}", t.tid,
                         t.pipe.write ? "write to a full" : "read of an empty", t.pipe.guest_fd,
                         t.pipe.write ? "drain" : "fill", code_address(call));
        break;
      default:
        r += fmt::format("\n  thread {}: waits, called at {}", t.tid, code_address(call));
        break;
    }
  }
  report_ = r;
  exit_status_ = 124;
  return TrapOutcome::Exited;
}

// --- the debugger's view --------------------------------------------------

std::vector<uint32_t> LinuxProcess::thread_ids() const {
  std::vector<uint32_t> ids;
  for (const Thread& t : threads_) ids.push_back(t.tid);
  return ids;
}

pa::CpuState* LinuxProcess::saved_registers(uint32_t tid) {
  for (size_t i = 0; i < threads_.size(); ++i)
    if (threads_[i].tid == tid) return i == current_ ? nullptr : &threads_[i].regs;
  return nullptr;
}

bool LinuxProcess::thread_waiting(uint32_t tid) const {
  const Thread* t = thread_by_tid(tid);
  return t && t->wait != Wait::None;
}

std::string LinuxProcess::describe_thread(uint32_t tid) const {
  for (size_t i = 0; i < threads_.size(); ++i) {
    const Thread& t = threads_[i];
    if (t.tid != tid) continue;
    std::string what;
    switch (t.wait) {
      case Wait::None: what = i == current_ ? "running" : "runnable"; break;
      case Wait::Futex: what = fmt::format("futex wait on 0x{:08x}", t.futex_addr); break;
      case Wait::Sleep: what = "sleeping"; break;
      case Wait::Signal: what = "waiting for a signal"; break;
      case Wait::Poll: what = t.poll.select ? "in select" : "in poll"; break;
      case Wait::SigWait: what = "in sigwait"; break;
      case Wait::Pipe: what = fmt::format("{} pipe fd {}", t.pipe.write ? "writing to" : "reading from", t.pipe.guest_fd); break;
    }
    return t.name.empty() ? what : fmt::format("{}, {}", t.name, what);
  }
  return {};
}

uint64_t LinuxProcess::ns_to_cycles(uint64_t ns) const {
  return static_cast<uint64_t>(static_cast<double>(ns) * opts_.clock_hz / 1e9 + 0.5);
}

uint64_t LinuxProcess::cycles_to_ns(uint64_t cycles) const {
  return static_cast<uint64_t>(static_cast<double>(cycles) * 1e9 / opts_.clock_hz);
}

}  // namespace sim::se
