// POSIX timers: timer_create, timer_settime, timer_gettime,
// timer_getoverrun, timer_delete, as Linux's kernel/time/posix-timers.c
// serves them, on simulated time (the wall and monotonic clocks) or on the
// process's CPU time (the CPU-time clocks), so that runs stay deterministic.
//
// An expiry sends the timer's signal with si_code SI_TIMER, its id, value
// and overrun count, to the process (SIGEV_SIGNAL) or to one thread
// (SIGEV_THREAD_ID, which glibc's SIGEV_THREAD timers use with a helper
// thread).  While that signal is still pending, further expiries only
// count as overruns, as Linux counts them.
#include <algorithm>

#include "sim/se/guest_timespec.h"
#include "sim/se/linux_process.h"

namespace sim::se {

namespace {
constexpr int32_t kEINVAL = 22, kEAGAIN = 11;
constexpr int kSigevSignal = 0, kSigevNone = 1, kSigevThreadId = 4;
constexpr int kSigAlrm = 14;
constexpr uint32_t kTimerAbstime = 1;
constexpr size_t kMaxTimers = 1024;
enum : uint32_t { kClockRealtime = 0, kClockMonotonic = 1, kClockProcessCputime = 2, kClockThreadCputime = 3,
                  kClockBoottime = 7 };
}  // namespace

uint64_t LinuxProcess::posix_timer_clock(const PosixTimer& t) const {
  return t.cpu_clock ? timer_clock(1) : core_.state().cycles;
}

int32_t LinuxProcess::sys_timer_create(uint32_t clock, uint32_t sevp, uint32_t idp) {
  PosixTimer t;
  t.used = true;
  switch (clock) {
    case kClockRealtime: case kClockMonotonic: case kClockBoottime: break;
    // A thread's CPU clock counts as the process's: one CPU, and the
    // thread's own share is not tracked per timer.
    case kClockProcessCputime: case kClockThreadCputime: t.cpu_clock = true; break;
    default: return -kEINVAL;
  }
  const uint32_t id = static_cast<uint32_t>(
      std::find_if(posix_timers_.begin(), posix_timers_.end(), [](const PosixTimer& p) { return !p.used; }) -
      posix_timers_.begin());
  if (id >= kMaxTimers) return -kEAGAIN;
  if (sevp) {  // struct sigevent: sigev_value, sigev_signo, sigev_notify, then the thread id
    t.value = mem_.host_load<uint32_t>(0, sevp);
    t.signo = static_cast<int>(mem_.host_load<uint32_t>(0, sevp + 4));
    t.notify = static_cast<int>(mem_.host_load<uint32_t>(0, sevp + 8));
    t.tid = mem_.host_load<uint32_t>(0, sevp + 12);
    if (t.notify != kSigevSignal && t.notify != kSigevNone && t.notify != kSigevThreadId) return -kEINVAL;
    if (t.notify != kSigevNone && (t.signo < 1 || t.signo > 64)) return -kEINVAL;
    if (t.notify == kSigevThreadId && !thread_by_tid(t.tid)) return -kEINVAL;
  } else {
    t.notify = kSigevSignal;
    t.signo = kSigAlrm;
    t.value = id;
  }
  mem_.host_store<uint32_t>(0, idp, id);
  if (id == posix_timers_.size()) posix_timers_.push_back(t);
  else posix_timers_[id] = t;
  return 0;
}

int32_t LinuxProcess::sys_timer_gettime(uint32_t id, uint32_t cur, bool time64) {
  if (!posix_timer_exists(id)) return -kEINVAL;
  const PosixTimer& t = posix_timers_[id];
  const uint64_t now = posix_timer_clock(t);
  const uint64_t left = t.deadline > now ? t.deadline - now : (t.deadline ? 1 : 0);
  const uint32_t size = time64 ? 16 : 8;
  write_timespec(mem_, cur, time64, cycles_to_ns(t.interval));  // it_interval
  write_timespec(mem_, cur + size, time64, cycles_to_ns(left));  // it_value
  return 0;
}

int32_t LinuxProcess::sys_timer_settime(uint32_t id, uint32_t flags, uint32_t value, uint32_t old, bool time64) {
  if (!posix_timer_exists(id)) return -kEINVAL;
  const uint32_t size = time64 ? 16 : 8;
  uint64_t interval_ns, value_ns;
  if (!read_timespec(mem_, value, time64, interval_ns) || !read_timespec(mem_, value + size, time64, value_ns))
    return -kEINVAL;
  if (old) sys_timer_gettime(id, old, time64);
  PosixTimer& t = posix_timers_[id];
  t.interval = interval_ns ? std::max<uint64_t>(1, ns_to_cycles(interval_ns)) : 0;
  t.overrun = 0;
  if (value_ns == 0) {
    t.deadline = 0;  // disarmed
    return 0;
  }
  const uint64_t now = posix_timer_clock(t);
  if (flags & kTimerAbstime) {
    // An absolute time on the timer's clock; one already past fires now.
    const uint64_t at = ns_to_cycles(value_ns);
    t.deadline = std::max(at, now + 1);
  } else {
    t.deadline = now + std::max<uint64_t>(1, ns_to_cycles(value_ns));
  }
  return 0;
}

int32_t LinuxProcess::sys_timer_getoverrun(uint32_t id) {
  if (!posix_timer_exists(id)) return -kEINVAL;
  return static_cast<int32_t>(posix_timers_[id].last_overrun);
}

int32_t LinuxProcess::sys_timer_delete(uint32_t id) {
  if (!posix_timer_exists(id)) return -kEINVAL;
  posix_timers_[id] = PosixTimer{};
  return 0;
}

void LinuxProcess::check_posix_timers() {
  for (uint32_t id = 0; id < posix_timers_.size(); ++id) {
    PosixTimer& t = posix_timers_[id];
    if (!t.used || !t.deadline) continue;
    const uint64_t now = posix_timer_clock(t);
    if (now < t.deadline) continue;
    uint32_t missed = 0;
    if (t.interval) {
      const uint64_t periods = (now - t.deadline) / t.interval;
      missed = static_cast<uint32_t>(std::min<uint64_t>(periods, INT32_MAX));
      t.deadline += (periods + 1) * t.interval;
    } else {
      t.deadline = 0;
    }
    if (t.notify == kSigevNone) continue;
    Thread* target = t.notify == kSigevThreadId ? thread_by_tid(t.tid) : nullptr;
    if (t.notify == kSigevThreadId && !target) continue;  // its thread has gone
    // A timer owns one preallocated siginfo (Linux's sigq): while it is
    // still queued, expiries count as overruns instead of queueing again.
    if (SigInfo* queued = (target ? target->pending : group_pending_).find_timer(t.signo, id)) {
      t.overrun += 1 + missed;
      queued->overrun = t.overrun;
    } else {
      t.overrun = missed;
      send_signal(target, t.signo, SigInfo{kSiTimer, 0, false, t.value, id, t.overrun});
    }
    t.last_overrun = t.overrun;
  }
}

uint64_t LinuxProcess::next_posix_timer(bool running) const {
  // While the CPU idles only the timers on simulated time advance.
  uint64_t next = ~uint64_t{0};
  for (const PosixTimer& t : posix_timers_) {
    if (!t.used || !t.deadline || (!running && t.cpu_clock)) continue;
    const uint64_t now = posix_timer_clock(t);
    next = std::min(next, t.deadline > now ? t.deadline - now : 0);
  }
  return next;
}

}  // namespace sim::se
