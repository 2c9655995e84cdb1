// File-descriptor services of syscall emulation: dup*, pipe*, fcntl,
// ftruncate, times, sysinfo.  The path-taking calls are linux_paths.cpp's.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <string>
#include <vector>

#include "sim/se/guest_bytes.h"
#include "sim/se/guest_errno.h"
#include "sim/se/linux_process.h"
#include "sim/se/syscall_names.h"

namespace sim::se {

namespace {

constexpr int32_t kEBADF = 9, kEINVAL = 22, kEMFILE = 24;

// Linux/hppa fcntl/open flag values (asm/fcntl.h for parisc).
constexpr uint32_t kO_APPEND = 0x8, kO_NONBLOCK = 0x10000, kO_LARGEFILE = 0x800,
                   kO_CLOEXEC = 0x200000;
constexpr uint32_t kF_DUPFD = 0, kF_GETFD = 1, kF_SETFD = 2, kF_GETFL = 3, kF_SETFL = 4, kF_GETLK = 5,
                   kF_SETLK = 6, kF_SETLKW = 7, kF_GETLK64 = 8, kF_SETLK64 = 9, kF_SETLKW64 = 10,
                   kF_GETOWN = 11, kF_SETOWN = 12, kF_DUPFD_CLOEXEC = 1030;
constexpr uint32_t kFD_CLOEXEC = 1;
constexpr uint16_t kF_UNLCK = 3;
constexpr int32_t kMaxGuestFd = 1024;

uint32_t host_to_guest_fl(int h) {
  uint32_t g = static_cast<uint32_t>(h & O_ACCMODE);
  if (h & O_APPEND) g |= kO_APPEND;
  if (h & O_NONBLOCK) g |= kO_NONBLOCK;
#ifdef O_LARGEFILE
  if (h & O_LARGEFILE) g |= kO_LARGEFILE;
#endif
  return g;
}

}  // namespace

int32_t LinuxProcess::unsupported(uint32_t nr) {
  if (reported_unknown_.insert(nr).second)
    fmt::print(stderr, "pa730: unsupported system call {} ({}) returns ENOSYS\n", syscall_name(nr), nr);
  return guest_fail(ENOSYS);
}

int32_t LinuxProcess::refuse_write(const std::string& path) {
  if (reported_refusals_.insert(path).second)
    fmt::print(stderr,
               "pa730: se: refused to write {} (host files are read-only; --set se.allow_writes=true allows it)\n",
               path);
  return guest_fail(EACCES);
}

int32_t LinuxProcess::new_guest_fd(int host, bool cloexec, int32_t lowest) {
  int32_t g = lowest < 0 ? 0 : lowest;
  while (fds_.count(g)) ++g;
  if (g >= kMaxGuestFd) {
    if (host > 2) ::close(host);
    return -kEMFILE;
  }
  fds_[g] = host;
  fd_paths_.erase(g);  // a descriptor opened by path says so after this
  dir_streams_.erase(g);
  if (cloexec) cloexec_.insert(g);
  else cloexec_.erase(g);
  return g;
}

int32_t LinuxProcess::sys_dup(int32_t fd) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  const int n = ::fcntl(h, F_DUPFD_CLOEXEC, 3);
  if (n < 0) return guest_fail(errno);
  const int32_t g = new_guest_fd(n, false);
  inherit_path(fd, g);
  return g;
}

int32_t LinuxProcess::sys_dup3(int32_t fd, int32_t newfd, uint32_t flags, bool is_dup2) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  if (newfd < 0 || newfd >= kMaxGuestFd) return -kEBADF;
  if (is_dup2) {
    if (fd == newfd) return newfd;
  } else {
    if (fd == newfd || (flags & ~kO_CLOEXEC)) return -kEINVAL;
  }
  const int n = ::fcntl(h, F_DUPFD_CLOEXEC, 3);
  if (n < 0) return guest_fail(errno);
  auto it = fds_.find(newfd);
  if (it != fds_.end()) {
    if (it->second > 2) ::close(it->second);
    fds_.erase(it);
  }
  const int32_t g = new_guest_fd(n, (flags & kO_CLOEXEC) != 0, newfd);
  inherit_path(fd, g);
  return g;
}

int32_t LinuxProcess::sys_pipe2(uint32_t fds_ptr, uint32_t flags) {
  if (flags & ~(kO_CLOEXEC | kO_NONBLOCK)) return -kEINVAL;
  int p[2];
  // Non-blocking on the host whatever the guest asked (linux_pipes.cpp).
  if (::pipe2(p, O_CLOEXEC | O_NONBLOCK) != 0) return guest_fail(errno);
  struct stat st;
  if (::fstat(p[0], &st) == 0) {
    guest_pipes_.insert(st.st_ino);
    pipe_nonblock_[{st.st_ino, false}] = pipe_nonblock_[{st.st_ino, true}] = (flags & kO_NONBLOCK) != 0;
  }
  const bool ce = (flags & kO_CLOEXEC) != 0;
  const int32_t r = new_guest_fd(p[0], ce);
  if (r < 0) {
    ::close(p[1]);
    return r;
  }
  const int32_t w = new_guest_fd(p[1], ce);
  if (w < 0) {
    sys_close(r);
    return w;
  }
  mem_.host_store<uint32_t>(0, fds_ptr, static_cast<uint32_t>(r));
  mem_.host_store<uint32_t>(0, fds_ptr + 4, static_cast<uint32_t>(w));
  return 0;
}

int32_t LinuxProcess::sys_fcntl(int32_t fd, uint32_t cmd, uint32_t arg) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  switch (cmd) {
    case kF_DUPFD:
    case kF_DUPFD_CLOEXEC: {
      if (static_cast<int32_t>(arg) < 0 || static_cast<int32_t>(arg) >= kMaxGuestFd) return -kEINVAL;
      const int n = ::fcntl(h, F_DUPFD_CLOEXEC, 3);
      if (n < 0) return guest_fail(errno);
      const int32_t g = new_guest_fd(n, cmd == kF_DUPFD_CLOEXEC, static_cast<int32_t>(arg));
      inherit_path(fd, g);
      return g;
    }
    case kF_GETFD: return cloexec_.count(fd) ? static_cast<int32_t>(kFD_CLOEXEC) : 0;
    case kF_SETFD:
      if (arg & kFD_CLOEXEC) cloexec_.insert(fd);
      else cloexec_.erase(fd);
      return 0;
    case kF_GETFL: {
      const int fl = ::fcntl(h, F_GETFL);
      if (fl < 0) return guest_fail(errno);
      uint32_t g = host_to_guest_fl(fl);
      PipeEnd end;
      if (guest_pipe_end(h, end)) g = pipe_nonblock(end) ? g | kO_NONBLOCK : g & ~kO_NONBLOCK;
      return static_cast<int32_t>(g);
    }
    case kF_SETFL: {
      const int fl = ::fcntl(h, F_GETFL);
      if (fl < 0) return guest_fail(errno);
      int nfl = fl & ~(O_APPEND | O_NONBLOCK);
      if (arg & kO_APPEND) nfl |= O_APPEND;
      if (arg & kO_NONBLOCK) nfl |= O_NONBLOCK;
      PipeEnd end;
      if (guest_pipe_end(h, end)) {  // the host end stays non-blocking
        pipe_nonblock(end) = (arg & kO_NONBLOCK) != 0;
        nfl |= O_NONBLOCK;
      }
      return ::fcntl(h, F_SETFL, nfl) == 0 ? 0 : guest_fail(errno);
    }
    case kF_GETLK:     // struct flock: short l_type, ...; no other process holds a lock
    case kF_GETLK64:
      mem_.host_store<uint16_t>(0, arg, kF_UNLCK);
      return 0;
    case kF_SETLK: case kF_SETLKW: case kF_SETLK64: case kF_SETLKW64:
      return 0;  // the guest is the only process: every lock is granted
    case kF_GETOWN: case kF_SETOWN: return 0;
    default: return -kEINVAL;
  }
}

int32_t LinuxProcess::sys_pread(int32_t fd, uint32_t buf, uint32_t len, int64_t pos, bool write) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  if (pos < 0) return -kEINVAL;
  std::vector<uint8_t> tmp(write ? len : std::min<uint32_t>(len, 1u << 20));
  if (write) mem_.copy_out(0, buf, tmp.data(), len);
  const ssize_t n = write ? ::pwrite(h, tmp.data(), tmp.size(), pos) : ::pread(h, tmp.data(), tmp.size(), pos);
  if (n < 0) return guest_fail(errno);  // ESPIPE for a pipe, as Linux
  if (!write) mem_.copy_in(0, buf, tmp.data(), static_cast<size_t>(n));
  return static_cast<int32_t>(n);
}

int32_t LinuxProcess::sys_readv(int32_t fd, uint32_t iov, uint32_t cnt) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  if (cnt > 1024) return -kEINVAL;
  std::vector<std::pair<uint32_t, uint32_t>> parts;
  uint64_t total = 0;
  for (uint32_t i = 0; i < cnt; ++i) {
    const uint32_t base = mem_.host_load<uint32_t>(0, iov + 8 * i), len = mem_.host_load<uint32_t>(0, iov + 8 * i + 4);
    if ((total += len) > 0x7fffffffu) return -kEINVAL;
    if (len) parts.emplace_back(base, len);
  }
  if (parts.empty()) return 0;
  // A guest pipe or the outside world fills the first buffer only: a short
  // read, which POSIX allows, and the case where the thread may wait.
  struct stat st;
  if (::fstat(h, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    PipeEnd end;
    if (guest_pipe_end(h, st, end)) return pipe_read(fd, h, end, parts[0].first, parts[0].second);
    if (wait_for_external_read(fd, h, parts[0].first, parts[0].second)) return 0;  // finished by the scheduler
  }
  std::vector<uint8_t> tmp(std::min<uint64_t>(total, 1u << 20));
  const ssize_t n = ::read(h, tmp.data(), tmp.size());
  if (n < 0) return guest_fail(errno);
  size_t at = 0;
  for (const auto& [base, len] : parts) {
    if (at >= static_cast<size_t>(n)) break;
    const size_t k = std::min<size_t>(len, static_cast<size_t>(n) - at);
    mem_.copy_in(0, base, tmp.data() + at, k);
    at += k;
  }
  return static_cast<int32_t>(n);
}

int32_t LinuxProcess::sys_fsync(int32_t fd) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  return ::fsync(h) == 0 ? 0 : guest_fail(errno);  // EINVAL for a pipe or a terminal, as Linux
}

int32_t LinuxProcess::sys_flock(int32_t fd, uint32_t op) {
  constexpr uint32_t kLockSh = 1, kLockEx = 2, kLockNb = 4, kLockUn = 8;
  if (host_fd(fd) < 0) return -kEBADF;
  const uint32_t kind = op & ~kLockNb;
  if (kind != kLockSh && kind != kLockEx && kind != kLockUn) return -kEINVAL;
  return 0;  // the guest is the only process: every lock is granted
}

int32_t LinuxProcess::sys_fadvise(int32_t fd, uint32_t advice) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  struct stat st;
  if (::fstat(h, &st) == 0 && S_ISFIFO(st.st_mode)) return guest_fail(ESPIPE);
  return advice <= 5 ? 0 : -kEINVAL;  // POSIX_FADV_NORMAL .. NOREUSE: advice only
}

int32_t LinuxProcess::sys_times(uint32_t buf) {
  // Clock ticks of 100 Hz; all simulated time is the guest's user time.
  const uint32_t ticks = static_cast<uint32_t>(simulated_ns() / 10000000ull);
  if (buf) {
    mem_.host_store<uint32_t>(0, buf, ticks);       // tms_utime
    mem_.host_store<uint32_t>(0, buf + 4, 0);       // tms_stime
    mem_.host_store<uint32_t>(0, buf + 8, 0);       // tms_cutime
    mem_.host_store<uint32_t>(0, buf + 12, 0);      // tms_cstime
  }
  return static_cast<int32_t>(ticks & 0x7fffffffu);
}

int32_t LinuxProcess::sys_getrusage(int32_t who, uint32_t buf) {
  // struct rusage of a 32-bit task: two timevals, then 14 longs (72 bytes).
  // The CPU time used is all user time; no child ever ran.
  constexpr int32_t kRusageSelf = 0, kRusageChildren = -1, kRusageThread = 1;
  if (who != kRusageSelf && who != kRusageChildren && who != kRusageThread) return -kEINVAL;
  std::vector<uint8_t> b(72, 0);
  auto put32 = [&](size_t off, uint32_t v) { put_be32(b, off, v); };
  if (who != kRusageChildren) {
    const uint64_t us = cycles_to_ns(timer_clock(1)) / 1000;
    put32(0, static_cast<uint32_t>(us / 1000000));  // ru_utime
    put32(4, static_cast<uint32_t>(us % 1000000));
    put32(16, static_cast<uint32_t>(space_.frames_in_use() * (pa::kPageSize / 1024)));  // ru_maxrss, KB
  }
  mem_.copy_in(0, buf, b.data(), b.size());
  return 0;
}

int32_t LinuxProcess::sys_sysinfo(uint32_t buf) {
  // struct sysinfo of a 32-bit kernel: 64 bytes, mem_unit 1.
  std::vector<uint8_t> b(64, 0);
  auto put32 = [&](size_t off, uint32_t v) { put_be32(b, off, v); };
  const uint64_t ram = std::min<uint64_t>(ram_bytes_, 0xffffffffull);
  const uint64_t used = static_cast<uint64_t>(space_.frames_in_use()) * pa::kPageSize;
  put32(0, static_cast<uint32_t>(simulated_ns() / 1000000000ull));  // uptime
  put32(16, static_cast<uint32_t>(ram));                            // totalram
  put32(20, static_cast<uint32_t>(used < ram ? ram - used : 0));    // freeram
  b[40] = 0;
  b[41] = 1;       // procs
  put32(52, 1);    // mem_unit
  mem_.copy_in(0, buf, b.data(), b.size());
  return 0;
}

int32_t LinuxProcess::sys_ftruncate(int32_t fd, int64_t len) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  if (len < 0) return -kEINVAL;
  struct stat st;
  if (::fstat(h, &st) == 0 && S_ISREG(st.st_mode) && !opts_.allow_host_writes) {
    const std::string path = fd_guest_path(fd);
    return refuse_write(path.empty() ? fmt::format("fd {}", fd) : path);
  }
  return ::ftruncate(h, static_cast<off_t>(len)) == 0 ? 0 : guest_fail(errno);
}

}  // namespace sim::se
