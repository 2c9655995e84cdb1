// poll, ppoll, select and pselect6: waiting for descriptors.
//
// Readiness is the host's (a poll of the host descriptors with no timeout).
// A call that finds nothing ready and may wait makes its thread wait
// (Wait::Poll); the scheduler scans again each time it runs and finishes
// the call when a descriptor is ready or its timeout, in simulated time,
// has come.  When every thread waits and one of them polls a descriptor of
// the outside world (a terminal, a pipe from the shell), the host waits for
// that descriptor, up to the earliest simulated timeout taken as host time:
// input still to come arrives as it would under Linux, and a run whose
// input is all there already does not depend on host timing.
#include <poll.h>

#include <cerrno>
#include <cmath>

#include "sim/se/guest_errno.h"
#include "sim/se/guest_timespec.h"
#include "sim/se/linux_process.h"

namespace sim::se {

namespace {

constexpr int32_t kEINVAL = 22, kEBADF = 9;
// select's classes of readiness (fs/select.c).
constexpr short kSelectIn = POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR;
constexpr short kSelectOut = POLLOUT | POLLWRNORM | POLLWRBAND | POLLERR;
constexpr short kSelectEx = POLLPRI;

// One descriptor of a call: where its answer goes, and the host's question.
struct Probe {
  uint32_t index;  // poll: entry index; select: the guest fd
  int host;        // -1: the guest fd is not open
  short events;
};

// Calls f(index, guest fd, events) for each descriptor a call asks about:
// poll's entries (index: the entry; a negative fd is skipped, its revents
// stays 0), or select's descriptors with a bit in some set (index: the fd;
// events POLLIN, POLLOUT, POLLPRI for the read, write and except sets).
template <class Call, class F>  // Call: LinuxProcess::PollCall
void each_polled(pa::GuestMemory& mem, const Call& c, F&& f) {
  if (!c.select) {
    for (uint32_t i = 0; i < c.nfds; ++i) {
      const int32_t fd = static_cast<int32_t>(mem.host_load<uint32_t>(0, c.fds + 8 * i));
      const short events = static_cast<short>(mem.host_load<uint16_t>(0, c.fds + 8 * i + 4));
      if (fd >= 0) f(i, fd, events);
    }
    return;
  }
  for (uint32_t fd = 0; fd < c.nfds; ++fd) {
    short events = 0;
    for (int k = 0; k < 3; ++k)
      if (c.sets[k] && (mem.host_load<uint32_t>(0, c.sets[k] + 4 * (fd / 32)) & (1u << (fd % 32))))
        events |= k == 0 ? POLLIN : k == 1 ? POLLOUT : POLLPRI;
    if (events) f(fd, static_cast<int32_t>(fd), events);
  }
}

}  // namespace

int32_t LinuxProcess::scan_poll_call(const PollCall& c, bool write_back) {
  std::vector<Probe> probes;
  bool bad_fd = false;
  each_polled(mem_, c, [&](uint32_t index, int32_t fd, short events) {
    probes.push_back(Probe{index, host_fd(fd), events});
    bad_fd |= c.select && probes.back().host < 0;
  });
  if (bad_fd) return -kEBADF;  // select; poll answers POLLNVAL for that entry
  std::vector<pollfd> host;
  for (const Probe& p : probes)
    if (p.host >= 0) host.push_back(pollfd{p.host, p.events, 0});
  if (!host.empty() && ::poll(host.data(), host.size(), 0) < 0) return guest_fail(errno);

  // The answers, in the probes' order.
  std::vector<short> revents(probes.size());
  for (size_t i = 0, h = 0; i < probes.size(); ++i)
    revents[i] = probes[i].host < 0 ? short{POLLNVAL} : host[h++].revents;
  int32_t ready = 0;
  if (!c.select) {
    if (write_back)
      for (uint32_t i = 0; i < c.nfds; ++i) mem_.host_store<uint16_t>(0, c.fds + 8 * i + 6, 0);
    for (size_t i = 0; i < probes.size(); ++i) {
      const short r = static_cast<short>(revents[i] & (probes[i].events | POLLERR | POLLHUP | POLLNVAL));
      if (!r) continue;
      ++ready;
      if (write_back) mem_.host_store<uint16_t>(0, c.fds + 8 * probes[i].index + 6, static_cast<uint16_t>(r));
    }
    return ready;
  }
  const uint32_t words = (c.nfds + 31) / 32;
  std::vector<uint32_t> out[3];
  for (auto& o : out) o.assign(words, 0);
  for (size_t i = 0; i < probes.size(); ++i) {
    const uint32_t fd = probes[i].index, bit = 1u << (fd % 32);
    const short r = revents[i];
    const bool hit[3] = {(probes[i].events & POLLIN) && (r & kSelectIn),
                         (probes[i].events & POLLOUT) && (r & kSelectOut),
                         (probes[i].events & POLLPRI) && (r & kSelectEx)};
    for (int k = 0; k < 3; ++k)
      if (hit[k]) {
        out[k][fd / 32] |= bit;
        ++ready;
      }
  }
  if (write_back)
    for (int k = 0; k < 3; ++k)
      if (c.sets[k])
        for (uint32_t w = 0; w < words; ++w) mem_.host_store<uint32_t>(0, c.sets[k] + 4 * w, out[k][w]);
  return ready;
}

int32_t LinuxProcess::poll_now_or_wait(const PollCall& c, uint64_t timeout_ns, bool has_timeout) {
  // Counted first, written only when the call returns: the fd_sets a wait
  // goes on scanning are also where select's answer goes.
  const int32_t n = scan_poll_call(c, false);
  if (n != 0 || (has_timeout && timeout_ns == 0)) return n < 0 ? n : scan_poll_call(c, true);
  return start_poll_wait(c, timeout_ns, has_timeout);
}

int32_t LinuxProcess::start_poll_wait(const PollCall& c, uint64_t timeout_ns, bool has_timeout) {
  PollCall& w = me().poll = c;
  // Only the guest can make its own pipes ready; anything else (not a
  // regular file, which is always ready) is the outside world.
  w.external = false;
  each_polled(mem_, c, [&](uint32_t, int32_t fd, short) {
    const int h = host_fd(fd);
    PipeEnd end;
    if (h >= 0 && !guest_pipe_end(h, end)) w.external = true;
  });
  block(Wait::Poll, has_timeout ? core_.state().cycles + std::max<uint64_t>(1, ns_to_cycles(timeout_ns)) : 0);
  return 0;  // replaced when the scheduler finishes the call
}

bool LinuxProcess::retry_poll_call(Thread& t, uint64_t now) {
  const bool timed_out = t.deadline && now >= t.deadline;
  int32_t n;
  try {
    n = scan_poll_call(t.poll, false);
    if (n == 0 && !timed_out) return false;
    if (n >= 0) n = scan_poll_call(t.poll, true);
    // The time left, written back as Linux's select, pselect6 and ppoll do.
    if (n >= 0 && t.poll.timeout && t.deadline) {
      const uint64_t left = t.deadline > now ? cycles_to_ns(t.deadline - now) : 0;
      if (t.poll.timeout_timeval) {
        mem_.host_store<uint32_t>(0, t.poll.timeout, static_cast<uint32_t>(left / kNsPerSec));
        mem_.host_store<uint32_t>(0, t.poll.timeout + 4, static_cast<uint32_t>(left % kNsPerSec / 1000));
      } else {
        write_timespec(mem_, t.poll.timeout, t.poll.time64, left);
      }
    }
  } catch (const pa::GuestTrap&) {
    n = guest_fail(EFAULT);
  }
  t.regs.gr[28] = static_cast<uint32_t>(n);
  t.poll = PollCall{};
  return true;
}

void LinuxProcess::poll_external_fds(int timeout_ms) {
  std::vector<pollfd> host;
  for (const Thread& t : threads_) {
    if (t.wait == Wait::Pipe && t.pipe.external) host.push_back(pollfd{t.pipe.host, POLLIN, 0});
    if (t.wait != Wait::Poll || !t.poll.external) continue;
    try {
      each_polled(mem_, t.poll, [&](uint32_t, int32_t fd, short events) {
        if (const int h = host_fd(fd); h >= 0) host.push_back(pollfd{h, events, 0});
      });
    } catch (const pa::GuestTrap&) {
      return;  // the scan of that call reports EFAULT
    }
  }
  if (!host.empty()) ::poll(host.data(), host.size(), timeout_ms);
}

int32_t LinuxProcess::sys_poll(uint32_t fds, uint32_t nfds, uint32_t tsp, bool tsp_is_ms, bool time64,
                               uint32_t sigmask, uint32_t sigsetsize) {
  if (nfds > kGuestMaxFds) return -kEINVAL;
  uint64_t timeout_ns = 0;
  bool has_timeout = true;
  PollCall c;
  c.fds = fds;
  c.nfds = nfds;
  if (tsp_is_ms) {  // poll: milliseconds, negative for none
    const int32_t ms = static_cast<int32_t>(tsp);
    has_timeout = ms >= 0;
    timeout_ns = ms >= 0 ? static_cast<uint64_t>(ms) * 1000000ull : 0;
  } else if (tsp) {  // ppoll: a timespec, updated with the time left
    if (!read_timespec(mem_, tsp, time64, timeout_ns)) return -kEINVAL;
    c.timeout = tsp;
    c.time64 = time64;
  } else {
    has_timeout = false;
  }
  if (sigmask && !set_wait_sigmask(sigmask, sigsetsize)) return -kEINVAL;
  return poll_now_or_wait(c, timeout_ns, has_timeout);
}

int32_t LinuxProcess::sys_select(uint32_t nfds, uint32_t r, uint32_t w, uint32_t e, uint32_t tsp, bool timeval,
                                 bool time64, uint32_t sigmask_arg) {
  if (static_cast<int32_t>(nfds) < 0) return -kEINVAL;
  PollCall c;
  c.select = true;
  c.nfds = std::min(nfds, kGuestMaxFds);
  c.sets[0] = r;
  c.sets[1] = w;
  c.sets[2] = e;
  uint64_t timeout_ns = 0;
  bool has_timeout = tsp != 0;
  if (tsp && timeval) {
    const int32_t sec = static_cast<int32_t>(mem_.host_load<uint32_t>(0, tsp));
    const int32_t usec = static_cast<int32_t>(mem_.host_load<uint32_t>(0, tsp + 4));
    if (sec < 0 || usec < 0) return -kEINVAL;
    // Linux rounds microseconds beyond a second into seconds (poll_select_set_timeout).
    timeout_ns = static_cast<uint64_t>(sec) * kNsPerSec + static_cast<uint64_t>(usec) * 1000ull;
  } else if (tsp && !read_timespec(mem_, tsp, time64, timeout_ns)) {
    return -kEINVAL;
  }
  c.timeout = tsp;
  c.timeout_timeval = timeval;
  c.time64 = time64;
  if (sigmask_arg) {  // pselect6: { const sigset_t *ss; size_t ss_len }
    const uint32_t ss = mem_.host_load<uint32_t>(0, sigmask_arg);
    const uint32_t len = mem_.host_load<uint32_t>(0, sigmask_arg + 4);
    if (ss && !set_wait_sigmask(ss, len)) return -kEINVAL;
  }
  return poll_now_or_wait(c, timeout_ns, has_timeout);
}

}  // namespace sim::se
