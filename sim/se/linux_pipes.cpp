// Pipes the guest makes, and the writes that find no reader.
//
// Both ends of a guest pipe are held by the guest alone (there is no second
// process), so only another guest thread can fill an empty pipe or drain a
// full one.  A blocking call on a host pipe would stop the one simulated
// CPU, that thread included, for ever.  The host pipe is therefore always
// non-blocking; the guest's O_NONBLOCK lives here, per pipe end, and a call
// that would block makes its thread wait (Wait::Pipe) as Linux's pipe_read
// and pipe_write sleep.  The scheduler finishes the call when the pipe is
// ready, and when no thread can run, the run ends as a deadlock.
//
// Descriptors of the outside world (the standard streams, FIFOs opened by
// path) are not guest pipes.  A read of one with nothing to give yet waits
// in the same way, so the other threads run; when no thread can run, the
// host waits for the input (linux_poll.cpp, poll_external_fds), as Linux
// sleeps until it comes.  The call is finished only once the host says the
// descriptor is readable, so a run whose input is all there already (a
// file, a finished pipe) never waits and does not depend on host timing.
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "sim/se/guest_errno.h"
#include "sim/se/linux_process.h"

namespace sim::se {

namespace {
constexpr int kSigPipe = 13;
constexpr int32_t kSiUser = 0;
constexpr size_t kPipeChunk = 1u << 20;
}  // namespace

bool LinuxProcess::guest_pipe_end(int host, PipeEnd& end) const {
  struct stat st;
  if (guest_pipes_.empty() || ::fstat(host, &st) != 0 || !S_ISFIFO(st.st_mode) || !guest_pipes_.count(st.st_ino))
    return false;
  const int fl = ::fcntl(host, F_GETFL);
  end = PipeEnd{st.st_ino, fl >= 0 && (fl & O_ACCMODE) == O_WRONLY};
  return true;
}

void LinuxProcess::send_sigpipe(Thread& t) {
  t.sigpending |= sig_bit(kSigPipe);
  siginfo_[kSigPipe] = SigInfo{kSiUser, 0, false};
}

int32_t LinuxProcess::pipe_read(int32_t fd, int host, const PipeEnd& end, uint32_t buf, uint32_t len) {
  std::vector<uint8_t> tmp(std::min<size_t>(len, kPipeChunk));
  const ssize_t n = ::read(host, tmp.data(), tmp.size());
  if (n >= 0) {
    mem_.copy_in(0, buf, tmp.data(), static_cast<size_t>(n));
    return static_cast<int32_t>(n);
  }
  if (errno != EAGAIN || pipe_nonblock(end)) return guest_fail(errno);
  me().pipe = PipeCall{host, fd, false, buf, len, {}, 0};
  block(Wait::Pipe, 0);
  return 0;  // replaced when the scheduler finishes the call
}

int32_t LinuxProcess::pipe_write(int32_t fd, int host, const PipeEnd& end, std::vector<uint8_t> data) {
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(host, data.data() + done, data.size() - done);
    if (n > 0) {
      done += static_cast<size_t>(n);
      continue;
    }
    if (errno == EPIPE) {
      send_sigpipe(me());
      return done ? static_cast<int32_t>(done) : guest_fail(EPIPE);
    }
    if (errno != EAGAIN) return done ? static_cast<int32_t>(done) : guest_fail(errno);
    if (pipe_nonblock(end)) return done ? static_cast<int32_t>(done) : guest_fail(EAGAIN);
    // A blocking write returns when all of it is written (Linux's
    // pipe_write), however many times it must wait for a reader.
    me().pipe = PipeCall{host, fd, true, 0, 0, std::move(data), done};
    block(Wait::Pipe, 0);
    return 0;
  }
  return static_cast<int32_t>(done);
}

namespace {
bool readable_now(int host) {
  pollfd p{host, POLLIN, 0};
  return ::poll(&p, 1, 0) != 0;  // readable, at its end, or in error: a read will not block
}
}  // namespace

bool LinuxProcess::wait_for_external_read(int32_t fd, int host, uint32_t buf, uint32_t len) {
  struct stat st;
  if (::fstat(host, &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) return false;
  const int fl = ::fcntl(host, F_GETFL);
  if (fl < 0 || (fl & O_NONBLOCK) || readable_now(host)) return false;  // the host read answers at once
  me().pipe = PipeCall{host, fd, false, buf, len, {}, 0, true};
  block(Wait::Pipe, 0);
  return true;
}

bool LinuxProcess::retry_pipe_call(Thread& t) {
  PipeCall& c = t.pipe;
  auto finish = [&](int64_t result) {
    t.regs.gr[28] = static_cast<uint32_t>(static_cast<int32_t>(result));
    c = PipeCall{};
    return true;
  };
  if (host_fd(c.guest_fd) != c.host) return finish(guest_fail(EBADF));  // closed by another thread
  if (c.external && !readable_now(c.host)) return false;
  if (!c.write) {
    std::vector<uint8_t> tmp(std::min<size_t>(c.len, kPipeChunk));
    const ssize_t n = ::read(c.host, tmp.data(), tmp.size());
    if (n < 0) return errno == EAGAIN ? false : finish(guest_fail(errno));
    try {
      mem_.copy_in(0, c.buf, tmp.data(), static_cast<size_t>(n));
    } catch (const pa::GuestTrap&) {
      return finish(guest_fail(EFAULT));
    }
    return finish(n);
  }
  while (c.done < c.data.size()) {
    const ssize_t n = ::write(c.host, c.data.data() + c.done, c.data.size() - c.done);
    if (n > 0) {
      c.done += static_cast<size_t>(n);
      continue;
    }
    if (errno == EAGAIN) return false;
    if (errno == EPIPE) send_sigpipe(t);
    return finish(c.done ? static_cast<int64_t>(c.done) : guest_fail(errno));
  }
  return finish(static_cast<int64_t>(c.done));
}

int32_t LinuxProcess::write_bytes(int32_t fd, int host, std::vector<uint8_t> data) {
  PipeEnd end;
  if (guest_pipe_end(host, end)) return pipe_write(fd, host, end, std::move(data));
  const ssize_t n = ::write(host, data.data(), data.size());
  if (n >= 0) return static_cast<int32_t>(n);
  // A host pipe or socket with no reader (pa730's stdout into a pipeline that
  // ended): the guest gets SIGPIPE and EPIPE, as from Linux; pa730 itself
  // ignores the host's SIGPIPE.
  if (errno == EPIPE) send_sigpipe(me());
  return guest_fail(errno);
}

}  // namespace sim::se
