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
constexpr size_t kReadChunk = 1u << 20;  // one host read at most; the guest gets a short read
}  // namespace

bool LinuxProcess::guest_pipe_end(int host, PipeEnd& end) const {
  struct stat st;
  return !guest_pipes_.empty() && ::fstat(host, &st) == 0 && guest_pipe_end(host, st, end);
}

bool LinuxProcess::guest_pipe_end(int host, const struct stat& st, PipeEnd& end) const {
  if (!S_ISFIFO(st.st_mode) || !guest_pipes_.count(st.st_ino)) return false;
  const int fl = ::fcntl(host, F_GETFL);
  end = PipeEnd{st.st_ino, fl >= 0 && (fl & O_ACCMODE) == O_WRONLY};
  return true;
}

void LinuxProcess::send_sigpipe(Thread& t) {
  send_signal(&t, kSigPipe, SigInfo{kSiUser, 0, false});
}

ssize_t LinuxProcess::read_into_guest(int host, uint32_t buf, uint32_t len) {
  std::vector<uint8_t> tmp(std::min<size_t>(len, kReadChunk));
  const ssize_t n = ::read(host, tmp.data(), tmp.size());
  if (n > 0) mem_.copy_in(0, buf, tmp.data(), static_cast<size_t>(n));
  return n;
}

bool LinuxProcess::advance_pipe_call(Thread& t, int32_t& result) {
  PipeCall& c = t.pipe;
  if (!c.write) {
    const ssize_t n = read_into_guest(c.host, c.buf, c.len);
    if (n < 0 && errno == EAGAIN) return false;
    result = n < 0 ? guest_fail(errno) : static_cast<int32_t>(n);
    return true;
  }
  while (c.done < c.data.size()) {
    const ssize_t n = ::write(c.host, c.data.data() + c.done, c.data.size() - c.done);
    if (n > 0) {
      c.done += static_cast<size_t>(n);
      continue;
    }
    if (errno == EAGAIN) return false;
    if (errno == EPIPE) send_sigpipe(t);
    result = c.done ? static_cast<int32_t>(c.done) : guest_fail(errno);
    return true;
  }
  result = static_cast<int32_t>(c.done);
  return true;
}

int32_t LinuxProcess::start_pipe_call(const PipeEnd& end, PipeCall call) {
  me().pipe = std::move(call);
  int32_t result;
  bool finished;
  try {
    finished = advance_pipe_call(me(), result);
  } catch (const pa::GuestTrap&) {
    me().pipe = PipeCall{};
    throw;  // the call answers EFAULT
  }
  if (finished) {
    me().pipe = PipeCall{};
    return result;
  }
  if (pipe_nonblock(end)) {  // what a non-blocking write got through, or EAGAIN
    result = me().pipe.done ? static_cast<int32_t>(me().pipe.done) : guest_fail(EAGAIN);
    me().pipe = PipeCall{};
    return result;
  }
  // A blocking write returns when all of it is written (Linux's
  // pipe_write), however many times it must wait for a reader.
  block(Wait::Pipe, 0);
  return 0;  // replaced when the scheduler finishes the call
}

int32_t LinuxProcess::pipe_read(int32_t fd, int host, const PipeEnd& end, uint32_t buf, uint32_t len) {
  return start_pipe_call(end, PipeCall{host, fd, false, buf, len, {}, 0});
}

int32_t LinuxProcess::pipe_write(int32_t fd, int host, const PipeEnd& end, std::vector<uint8_t> data) {
  return start_pipe_call(end, PipeCall{host, fd, true, 0, 0, std::move(data), 0});
}

namespace {
bool readable_now(int host) {
  pollfd p{host, POLLIN, 0};
  return ::poll(&p, 1, 0) != 0;  // readable, at its end, or in error: a read will not block
}
}  // namespace

bool LinuxProcess::wait_for_external_read(int32_t fd, int host, uint32_t buf, uint32_t len) {
  const int fl = ::fcntl(host, F_GETFL);
  if (fl < 0 || (fl & O_NONBLOCK) || readable_now(host)) return false;  // the host read answers at once
  me().pipe = PipeCall{host, fd, false, buf, len, {}, 0, true};
  block(Wait::Pipe, 0);
  return true;
}

bool LinuxProcess::retry_pipe_call(Thread& t) {
  PipeCall& c = t.pipe;
  int32_t result;
  if (host_fd(c.guest_fd) != c.host) {
    result = guest_fail(EBADF);  // closed by another thread
  } else if (c.external && !readable_now(c.host)) {
    return false;
  } else {
    try {
      if (!advance_pipe_call(t, result)) return false;
    } catch (const pa::GuestTrap&) {
      result = guest_fail(EFAULT);
    }
  }
  t.regs.gr[28] = static_cast<uint32_t>(result);
  c = PipeCall{};
  return true;
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
