// The Linux system calls a static glibc program makes, served by the host.
//
// Numbers are those of Linux/hppa (32-bit).  Results follow the kernel's
// convention: r28 holds the value or a negative errno.  The path-taking
// calls are linux_paths.cpp's, the descriptor calls linux_files.cpp's.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <vector>

#include "sim/se/guest_errno.h"
#include "sim/se/guest_timespec.h"
#include "sim/se/linux_process.h"
#include "sim/se/guest_bytes.h"
#include "sim/se/syscall_names.h"

namespace sim::se {

namespace {

int32_t fail(int host) { return guest_fail(host); }

constexpr int32_t kAtFdCwd = -100;
constexpr uint32_t kRlimNlimits = 16;  // resources 0..15 (RLIMIT_RTTIME is the last)
constexpr int32_t kEBADF = 9, kESRCH = 3, kEFAULT = 14, kEINVAL = 22, kENOMEM = 12, kENOTTY = 25;


}  // namespace

int LinuxProcess::host_fd(int32_t guest_fd) const {
  auto it = fds_.find(guest_fd);
  return it == fds_.end() ? -1 : it->second;
}

TrapOutcome LinuxProcess::syscall() {
  pa::CpuState& s = core_.state();
  const uint32_t nr = s.gr[20];
  const uint32_t a0 = s.gr[26], a1 = s.gr[25], a2 = s.gr[24], a3 = s.gr[23], a4 = s.gr[22], a5 = s.gr[21];
  ++syscalls_;
  int32_t ret = 0;
  try {
    switch (nr) {
      case NR_exit: return sys_exit_thread(a0);
      case NR_exit_group:
        exit_status_ = static_cast<int>(a0 & 0xff);
        return TrapOutcome::Exited;
      case NR_clone: ret = sys_clone(a0, a1, a2, a3, a4); break;
      case NR_futex: ret = sys_futex(a0, a1, a2, a3, a4, a5, false); break;
      case NR_futex_time64: ret = sys_futex(a0, a1, a2, a3, a4, a5, true); break;
      case NR_nanosleep: ret = sys_clock_nanosleep(1, 0, a0, a1, false); break;
      case NR_clock_nanosleep: ret = sys_clock_nanosleep(a0, a1, a2, a3, false); break;
      case NR_clock_nanosleep_time64: ret = sys_clock_nanosleep(a0, a1, a2, a3, true); break;
      case NR_read: ret = sys_read(static_cast<int32_t>(a0), a1, a2); break;
      case NR_poll: ret = sys_poll(a0, a1, a2, true, false, 0, 0); break;
      case NR_ppoll: ret = sys_poll(a0, a1, a2, false, false, a3, a4); break;
      case NR_ppoll_time64: ret = sys_poll(a0, a1, a2, false, true, a3, a4); break;
      case NR__newselect: ret = sys_select(a0, a1, a2, a3, a4, true, false, 0); break;
      case NR_pselect6: ret = sys_select(a0, a1, a2, a3, a4, false, false, a5); break;
      case NR_pselect6_time64: ret = sys_select(a0, a1, a2, a3, a4, false, true, a5); break;
      case NR_getrusage: ret = sys_getrusage(static_cast<int32_t>(a0), a1); break;
      case NR_rt_sigtimedwait: ret = sys_rt_sigtimedwait(a0, a1, a2, a3, false); break;
      case NR_rt_sigtimedwait_time64: ret = sys_rt_sigtimedwait(a0, a1, a2, a3, true); break;
      case NR_rt_sigqueueinfo: ret = sys_rt_sigqueueinfo(a0, 0, a1, a2, false); break;
      case NR_rt_tgsigqueueinfo: ret = sys_rt_sigqueueinfo(a0, a1, a2, a3, true); break;
      case NR_timer_create: ret = sys_timer_create(a0, a1, a2); break;
      case NR_timer_settime: ret = sys_timer_settime(a0, a1, a2, a3, false); break;
      case NR_timer_settime64: ret = sys_timer_settime(a0, a1, a2, a3, true); break;
      case NR_timer_gettime: ret = sys_timer_gettime(a0, a1, false); break;
      case NR_timer_gettime64: ret = sys_timer_gettime(a0, a1, true); break;
      case NR_timer_getoverrun: ret = sys_timer_getoverrun(a0); break;
      case NR_timer_delete: ret = sys_timer_delete(a0); break;
      case NR_getpriority: ret = sys_getpriority(a0, a1); break;
      case NR_setpriority: ret = sys_setpriority(a0, a1, static_cast<int32_t>(a2)); break;
      case NR_sched_getscheduler: case NR_sched_setscheduler: case NR_sched_getparam: case NR_sched_setparam:
      case NR_sched_get_priority_max: case NR_sched_get_priority_min:
        ret = sys_sched_policy(nr, a0, a1, a2);
        break;
      case NR_sched_rr_get_interval: ret = sys_sched_rr_get_interval(a0, a1, false); break;
      case NR_sched_rr_get_interval_time64: ret = sys_sched_rr_get_interval(a0, a1, true); break;
      case NR_getpgrp: case NR_getpgid: case NR_getsid: case NR_setpgid: case NR_setsid:
        ret = sys_process_group(nr, a0, a1);
        break;
      case NR_umask: ret = sys_umask(a0); break;
      case NR_getgroups: ret = sys_getgroups(a0, a1); break;
      case NR_personality: ret = sys_personality(a0); break;
      case NR_getcpu: ret = sys_getcpu(a0, a1); break;
      case NR_wait4: case NR_waitid: ret = sys_wait_child(); break;
      case NR_clock_getres: ret = sys_clock_getres(a0, a1, false); break;
      case NR_clock_getres_time64: ret = sys_clock_getres(a0, a1, true); break;
      // parisc_pread64/pwrite64(fd, buf, count, high, low)
      case NR_pread64: case NR_pwrite64:
        ret = sys_pread(static_cast<int32_t>(a0), a1, a2, static_cast<int64_t>((static_cast<uint64_t>(a3) << 32) | a4),
                        nr == NR_pwrite64);
        break;
      case NR_readv: ret = sys_readv(static_cast<int32_t>(a0), a1, a2); break;
      case NR_chmod: ret = sys_fchmodat(kAtFdCwd, a0, a1); break;
      case NR_fchmodat: ret = sys_fchmodat(static_cast<int32_t>(a0), a1, a2); break;
      case NR_fchmod: ret = sys_fchmod(static_cast<int32_t>(a0), a1); break;
      case NR_utimensat: ret = sys_utimensat(static_cast<int32_t>(a0), a1, a2, a3, false); break;
      case NR_utimensat_time64: ret = sys_utimensat(static_cast<int32_t>(a0), a1, a2, a3, true); break;
      case NR_symlink: ret = sys_symlinkat(a0, kAtFdCwd, a1); break;
      case NR_symlinkat: ret = sys_symlinkat(a0, static_cast<int32_t>(a1), a2); break;
      case NR_link: ret = sys_linkat(kAtFdCwd, a0, kAtFdCwd, a1, 0); break;
      case NR_linkat: ret = sys_linkat(static_cast<int32_t>(a0), a1, static_cast<int32_t>(a2), a3, a4); break;
      case NR_statfs64: ret = sys_statfs64(-1, a0, a1, a2); break;
      case NR_fstatfs64: ret = sys_statfs64(static_cast<int32_t>(a0), 0, a1, a2); break;
      case NR_fsync: case NR_fdatasync: ret = sys_fsync(static_cast<int32_t>(a0)); break;
      case NR_sync: ret = 0; break;
      case NR_syncfs: ret = host_fd(static_cast<int32_t>(a0)) < 0 ? -kEBADF : 0; break;
      case NR_flock: ret = sys_flock(static_cast<int32_t>(a0), a1); break;
      // parisc_fadvise64_64(fd, offset high, low, len high, low, advice)
      case NR_fadvise64_64: ret = sys_fadvise(static_cast<int32_t>(a0), a5); break;
      // Memory is never paged out, and MAP_SHARED file mappings are not made:
      // locking and syncing have nothing to do.
      case NR_mlock: case NR_munlock: case NR_mlock2: case NR_mlockall: case NR_munlockall: ret = 0; break;
      case NR_msync: ret = (a0 & (pa::kPageSize - 1)) ? -kEINVAL : 0; break;
      case NR_write: ret = sys_write(static_cast<int32_t>(a0), a1, a2); break;
      case NR_writev: ret = sys_writev(static_cast<int32_t>(a0), a1, a2); break;
      case NR_open: ret = sys_openat(kAtFdCwd, a0, a1, a2); break;
      case NR_openat: ret = sys_openat(static_cast<int32_t>(a0), a1, a2, a3); break;
      case NR_close: ret = sys_close(static_cast<int32_t>(a0)); break;
      case NR_lseek: ret = sys_lseek(static_cast<int32_t>(a0), static_cast<int32_t>(a1), static_cast<int>(a2), 0); break;
      case NR__llseek:
        ret = sys_lseek(static_cast<int32_t>(a0), static_cast<int64_t>((static_cast<uint64_t>(a1) << 32) | a2),
                        static_cast<int>(a4), a3);
        break;
      case NR_getdents64: ret = sys_getdents64(static_cast<int32_t>(a0), a1, a2); break;
      case NR_fstat:
      case NR_fstat64: ret = sys_fstat64(static_cast<int32_t>(a0), a1); break;
      case NR_stat:
      case NR_stat64: ret = sys_fstatat64(kAtFdCwd, a0, a1, 0); break;
      case NR_fstatat64: ret = sys_fstatat64(static_cast<int32_t>(a0), a1, a2, a3); break;
      case NR_statx: ret = sys_statx(static_cast<int32_t>(a0), a1, a2, a3, a4); break;
      case NR_brk: ret = sys_brk(a0); break;
      case NR_mmap: ret = sys_mmap(a0, a1, a2, a3, static_cast<int32_t>(a4), a5); break;
      case NR_mmap2: ret = sys_mmap(a0, a1, a2, a3, static_cast<int32_t>(a4), static_cast<uint64_t>(a5) << 12); break;
      case NR_munmap: ret = sys_munmap(a0, a1); break;
      case NR_mremap: ret = sys_mremap(a0, a1, a2, a3); break;
      case NR_mprotect: ret = sys_mprotect(a0, a1, a2); break;
      case NR_madvise: ret = 0; break;
      case NR_uname: ret = sys_uname(a0); break;
      case NR_set_tid_address:
        me().clear_child_tid = a0;
        ret = static_cast<int32_t>(me().tid);
        break;
      case NR_gettid: ret = static_cast<int32_t>(me().tid); break;
      case NR_getpid: ret = static_cast<int32_t>(kGuestPid); break;
      case NR_getppid: ret = 1; break;
      case NR_getuid: case NR_geteuid: case NR_getgid: case NR_getegid: ret = 1000; break;
      case NR_set_robust_list:
        // Walked only when a thread dies holding a robust mutex, which a
        // thread here cannot (no thread is killed alone); Linux accepts any
        // head of the right size.
        ret = a1 == 12 ? 0 : -kEINVAL;
        break;
      case NR_rseq: ret = unsupported(nr); break;
      case NR_prctl: ret = sys_prctl(a0, a1); break;
      case NR_rt_sigaction: ret = sys_rt_sigaction(a0, a1, a2, a3); break;
      case NR_rt_sigprocmask: ret = sys_rt_sigprocmask(a0, a1, a2, a3); break;
      case NR_rt_sigpending: ret = sys_rt_sigpending(a0, a1); break;
      case NR_sigaltstack: ret = sys_sigaltstack(a0, a1); break;
      case NR_alarm: ret = sys_alarm(a0); break;
      case NR_setitimer: ret = sys_setitimer(a0, a1, a2); break;
      case NR_getitimer: ret = sys_getitimer(a0, a1); break;
      case NR_pause: ret = sys_pause(); break;
      case NR_rt_sigsuspend: ret = sys_rt_sigsuspend(a0, a1); break;
      case NR_rt_sigreturn: return sys_rt_sigreturn();
      case NR_ioctl: ret = sys_ioctl(static_cast<int32_t>(a0), a1, a2); break;
      case NR_fcntl: case NR_fcntl64: ret = sys_fcntl(static_cast<int32_t>(a0), a1, a2); break;
      case NR_getrandom: ret = sys_getrandom(a0, a1); break;
      case NR_clock_gettime: ret = sys_clock_gettime(a0, a1, false); break;
      case NR_clock_gettime64: ret = sys_clock_gettime(a0, a1, true); break;
      case NR_gettimeofday: ret = sys_gettimeofday(a0); break;
      case NR_time: {
        const uint32_t t = static_cast<uint32_t>(simulated_ns() / 1000000000ull);
        if (a0) mem_.host_store<uint32_t>(0, a0, t);
        ret = static_cast<int32_t>(t);
        break;
      }
      case NR_readlink: ret = sys_readlink(kAtFdCwd, a0, a1, a2); break;
      case NR_readlinkat: ret = sys_readlink(static_cast<int32_t>(a0), a1, a2, a3); break;
      case NR_getrlimit: ret = sys_getrlimit(a0, a1); break;
      case NR_prlimit64: ret = sys_prlimit64(a0, a1, a2, a3); break;
      case NR_access: ret = sys_access(kAtFdCwd, a0); break;
      case NR_faccessat: ret = sys_access(static_cast<int32_t>(a0), a1); break;
      case NR_sched_yield: reschedule_ = true; ret = 0; break;
      case NR_sched_getaffinity: ret = sys_sched_affinity(a0, a1, a2, false); break;
      case NR_sched_setaffinity: ret = sys_sched_affinity(a0, a1, a2, true); break;
      case NR_dup: ret = sys_dup(static_cast<int32_t>(a0)); break;
      case NR_dup2: ret = sys_dup3(static_cast<int32_t>(a0), static_cast<int32_t>(a1), 0, true); break;
      case NR_dup3: ret = sys_dup3(static_cast<int32_t>(a0), static_cast<int32_t>(a1), a2, false); break;
      case NR_pipe: ret = sys_pipe2(a0, 0); break;
      case NR_pipe2: ret = sys_pipe2(a0, a1); break;
      case NR_getcwd: ret = sys_getcwd(a0, a1); break;
      case NR_chdir: ret = sys_chdir(a0); break;
      case NR_fchdir: ret = sys_fchdir(static_cast<int32_t>(a0)); break;
      case NR_times: ret = sys_times(a0); break;
      case NR_sysinfo: ret = sys_sysinfo(a0); break;
      case NR_unlink: ret = sys_unlinkat(kAtFdCwd, a0, 0); break;
      case NR_unlinkat: ret = sys_unlinkat(static_cast<int32_t>(a0), a1, a2); break;
      case NR_rmdir: ret = sys_unlinkat(kAtFdCwd, a0, 0x200); break;  // AT_REMOVEDIR
      case NR_rename: ret = sys_renameat2(kAtFdCwd, a0, kAtFdCwd, a1, 0); break;
      case NR_renameat: ret = sys_renameat2(static_cast<int32_t>(a0), a1, static_cast<int32_t>(a2), a3, 0); break;
      case NR_renameat2: ret = sys_renameat2(static_cast<int32_t>(a0), a1, static_cast<int32_t>(a2), a3, a4); break;
      case NR_mkdir: ret = sys_mkdirat(kAtFdCwd, a0, a1); break;
      case NR_mkdirat: ret = sys_mkdirat(static_cast<int32_t>(a0), a1, a2); break;
      case NR_ftruncate: ret = sys_ftruncate(static_cast<int32_t>(a0), static_cast<int32_t>(a1)); break;
      case NR_ftruncate64:  // parisc_ftruncate64(fd, high, low)
        ret = sys_ftruncate(static_cast<int32_t>(a0), static_cast<int64_t>((static_cast<uint64_t>(a1) << 32) | a2));
        break;
      case NR_truncate: ret = sys_truncate(a0, static_cast<int32_t>(a1)); break;
      case NR_truncate64:  // parisc_truncate64(path, high, low)
        ret = sys_truncate(a0, static_cast<int64_t>((static_cast<uint64_t>(a1) << 32) | a2));
        break;
      case NR_kill: ret = sys_kill(a0, a1, 0); break;                       // SI_USER
      case NR_tkill: ret = sys_tgkill(0, a0, a1); break;
      case NR_tgkill: ret = sys_tgkill(a0, a1, a2); break;
      default: ret = unsupported(nr); break;
    }
  } catch (const pa::GuestTrap&) {
    ret = -kEFAULT;  // a bad user pointer: the kernel's copy_from/to_user fails
  }
  s.gr[28] = static_cast<uint32_t>(ret);
  return_from_gateway(s);
  // The CPU passes on when the thread waits or yields, and when its time
  // slice ran out (a thread that makes system calls all the time is
  // preempted too).
  if (reschedule_ || slice_over()) {
    reschedule_ = false;
    if (schedule(current_ + 1, true) == TrapOutcome::Exited) return TrapOutcome::Exited;
  }
  check_timers();
  return deliver_pending();  // signals are delivered on the way back to user mode
}

int32_t LinuxProcess::sys_read(int32_t fd, uint32_t buf, uint32_t len) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  // One fstat tells the cases apart: a file reads at once, a guest pipe or
  // the outside world may make the thread wait (linux_pipes.cpp).
  struct stat st;
  if (::fstat(h, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    PipeEnd end;
    if (guest_pipe_end(h, st, end)) return pipe_read(fd, h, end, buf, len);
    if (len && wait_for_external_read(fd, h, buf, len)) return 0;  // finished by the scheduler
  }
  const ssize_t n = read_into_guest(h, buf, len);
  return n < 0 ? fail(errno) : static_cast<int32_t>(n);
}

int32_t LinuxProcess::sys_write(int32_t fd, uint32_t buf, uint32_t len) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  std::vector<uint8_t> tmp(len);
  mem_.copy_out(0, buf, tmp.data(), len);
  return write_bytes(fd, h, std::move(tmp));
}

int32_t LinuxProcess::sys_writev(int32_t fd, uint32_t iov, uint32_t cnt) {
  // Gathered into one write, as Linux's pipe_write takes an iov_iter whole:
  // a blocking write to a pipe is then finished in one piece.
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  if (cnt > 1024) return -kEINVAL;
  std::vector<uint8_t> data;
  for (uint32_t i = 0; i < cnt; ++i) {
    const uint32_t base = mem_.host_load<uint32_t>(0, iov + 8 * i);
    const uint32_t len = mem_.host_load<uint32_t>(0, iov + 8 * i + 4);
    if (len > 0x7fffffffu - data.size()) return -kEINVAL;
    const size_t at = data.size();
    data.resize(at + len);
    mem_.copy_out(0, base, data.data() + at, len);
  }
  if (data.empty()) return 0;
  return write_bytes(fd, h, std::move(data));
}

int32_t LinuxProcess::sys_close(int32_t fd) {
  auto it = fds_.find(fd);
  if (it == fds_.end()) return -kEBADF;
  if (it->second > 2) ::close(it->second);
  fds_.erase(it);
  cloexec_.erase(fd);
  fd_paths_.erase(fd);
  dir_streams_.erase(fd);
  return 0;
}

int32_t LinuxProcess::sys_lseek(int32_t fd, int64_t off, int whence, uint32_t result_ptr) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  off_t r = static_cast<off_t>(off);
  if (dir_streams_.count(fd)) {  // a listing served from memory (linux_dirs.cpp)
    if (!seek_dir_stream(fd, off, whence)) return -kEINVAL;
  } else if ((r = ::lseek(h, off, whence)) < 0) {
    return fail(errno);
  }
  if (result_ptr) {
    mem_.host_store<uint64_t>(0, result_ptr, static_cast<uint64_t>(r));
    return 0;
  }
  return static_cast<int32_t>(r);
}

namespace {
// struct stat64 of Linux/hppa: 104 bytes, big-endian.
std::vector<uint8_t> encode_stat64(const struct stat& st) {
  std::vector<uint8_t> b(104, 0);
  put_be64(b, 0, st.st_dev);
  put_be32(b, 12, static_cast<uint32_t>(st.st_ino));
  put_be32(b, 16, st.st_mode);
  put_be32(b, 20, static_cast<uint32_t>(st.st_nlink));
  put_be32(b, 24, st.st_uid);
  put_be32(b, 28, st.st_gid);
  put_be64(b, 32, st.st_rdev);
  put_be64(b, 48, static_cast<uint64_t>(st.st_size));
  put_be32(b, 56, static_cast<uint32_t>(st.st_blksize));
  put_be64(b, 64, static_cast<uint64_t>(st.st_blocks));
  put_be32(b, 72, static_cast<uint32_t>(st.st_atim.tv_sec));
  put_be32(b, 76, static_cast<uint32_t>(st.st_atim.tv_nsec));
  put_be32(b, 80, static_cast<uint32_t>(st.st_mtim.tv_sec));
  put_be32(b, 84, static_cast<uint32_t>(st.st_mtim.tv_nsec));
  put_be32(b, 88, static_cast<uint32_t>(st.st_ctim.tv_sec));
  put_be32(b, 92, static_cast<uint32_t>(st.st_ctim.tv_nsec));
  put_be64(b, 96, st.st_ino);
  return b;
}

// struct statx: the same layout on every architecture; 256 bytes.
std::vector<uint8_t> encode_statx(const struct stat& st) {
  std::vector<uint8_t> b(256, 0);
  put_be32(b, 0, 0x7ff);  // STATX_BASIC_STATS
  put_be32(b, 4, static_cast<uint32_t>(st.st_blksize));
  put_be32(b, 16, static_cast<uint32_t>(st.st_nlink));
  put_be32(b, 20, st.st_uid);
  put_be32(b, 24, st.st_gid);
  b[28] = static_cast<uint8_t>(st.st_mode >> 8);
  b[29] = static_cast<uint8_t>(st.st_mode);
  put_be64(b, 32, st.st_ino);
  put_be64(b, 40, static_cast<uint64_t>(st.st_size));
  put_be64(b, 48, static_cast<uint64_t>(st.st_blocks));
  auto ts = [&](size_t off, const timespec& t) {
    put_be64(b, off, static_cast<uint64_t>(t.tv_sec));
    put_be32(b, off + 8, static_cast<uint32_t>(t.tv_nsec));
  };
  ts(64, st.st_atim);
  ts(96, st.st_ctim);
  ts(112, st.st_mtim);
  put_be32(b, 128, major(st.st_rdev));
  put_be32(b, 132, minor(st.st_rdev));
  put_be32(b, 136, major(st.st_dev));
  put_be32(b, 140, minor(st.st_dev));
  return b;
}
}  // namespace

int32_t LinuxProcess::sys_fstat64(int32_t fd, uint32_t buf) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  struct stat st;
  if (::fstat(h, &st) != 0) return fail(errno);
  const auto b = encode_stat64(st);
  mem_.copy_in(0, buf, b.data(), b.size());
  return 0;
}

int32_t LinuxProcess::sys_fstatat64(int32_t dirfd, uint32_t path_ptr, uint32_t buf, uint32_t flags) {
  struct stat st;
  if (const int32_t r = stat_at(dirfd, path_ptr, flags, st)) return r;
  const auto b = encode_stat64(st);
  mem_.copy_in(0, buf, b.data(), b.size());
  return 0;
}

int32_t LinuxProcess::sys_statx(int32_t dirfd, uint32_t path_ptr, uint32_t flags, uint32_t, uint32_t buf) {
  struct stat st;
  if (const int32_t r = stat_at(dirfd, path_ptr, flags, st)) return r;
  const auto b = encode_statx(st);
  mem_.copy_in(0, buf, b.data(), b.size());
  return 0;
}

int32_t LinuxProcess::sys_brk(uint32_t addr) {
  if (addr == 0 || addr < brk_start_) return static_cast<int32_t>(brk_);
  const uint32_t old_top = (brk_ + pa::kPageSize - 1) & ~(pa::kPageSize - 1);
  const uint32_t new_top = (addr + pa::kPageSize - 1) & ~(pa::kPageSize - 1);
  if (new_top > old_top) {
    if (!space_.is_free(old_top, new_top - old_top) || !space_.can_commit(new_top - old_top))
      return static_cast<int32_t>(brk_);
    space_.map(old_top, new_top - old_top, kProtRead | kProtWrite);
  } else if (new_top < old_top) {
    space_.unmap(new_top, old_top - new_top);
  }
  brk_ = addr;
  return static_cast<int32_t>(brk_);
}

int32_t LinuxProcess::sys_mmap(uint32_t addr, uint32_t len, uint32_t prot, uint32_t flags, int32_t fd,
                               uint64_t off) {
  constexpr uint32_t kMapFixed = 0x04, kMapAnonymous = 0x10;
  if (len == 0) return -kEINVAL;
  const uint32_t size = (len + pa::kPageSize - 1) & ~(pa::kPageSize - 1);
  uint32_t at;
  if (flags & kMapFixed) {
    if (addr & (pa::kPageSize - 1)) return -kEINVAL;
    at = addr;
  } else {
    at = space_.find_free(addr && space_.is_free(addr & ~(pa::kPageSize - 1), size) ? addr : mmap_base_, size);
    if (at == 0) return -kENOMEM;
  }
  if (prot != 0 && !space_.can_commit(size)) return -kENOMEM;
  uint8_t p = 0;
  if (prot & 1) p |= kProtRead;
  if (prot & 2) p |= kProtWrite;
  if (prot & 4) p |= kProtExec;
  if (!(flags & kMapAnonymous)) {
    // File mappings: copy the contents (private, read-only use only).
    const int h = host_fd(fd);
    if (h < 0) return -kEBADF;
    std::vector<uint8_t> data(size, 0);
    const ssize_t n = ::pread(h, data.data(), size, static_cast<off_t>(off));
    if (n < 0) return fail(errno);
    space_.map(at, size, p);
    space_.poke(at, data.data(), static_cast<size_t>(n));
  } else {
    space_.map(at, size, p);
  }
  return static_cast<int32_t>(at);
}

int32_t LinuxProcess::sys_mremap(uint32_t old_addr, uint32_t old_len, uint32_t new_len, uint32_t flags) {
  constexpr uint32_t kMayMove = 1;
  const uint32_t page = pa::kPageSize;
  if (old_addr & (page - 1)) return -kEINVAL;
  const uint32_t old_size = (old_len + page - 1) & ~(page - 1);
  const uint32_t new_size = (new_len + page - 1) & ~(page - 1);
  const Region* r = space_.region_at(old_addr);
  if (!r || new_size == 0) return -kEINVAL;
  const uint8_t prot = r->prot;
  if (new_size <= old_size) {
    if (new_size < old_size) space_.unmap(old_addr + new_size, old_size - new_size);
    return static_cast<int32_t>(old_addr);
  }
  if (!space_.can_commit(new_size - old_size)) return -kENOMEM;
  if (space_.is_free(old_addr + old_size, new_size - old_size)) {  // grow in place
    space_.map(old_addr + old_size, new_size - old_size, prot);
    return static_cast<int32_t>(old_addr);
  }
  if (!(flags & kMayMove)) return -kENOMEM;
  const uint32_t at = space_.find_free(mmap_base_, new_size);
  if (at == 0) return -kENOMEM;
  std::vector<uint8_t> data(old_size);
  for (uint32_t off = 0; off < old_size; off += page) space_.peek(old_addr + off, data.data() + off, page);
  space_.map(at, new_size, prot);
  space_.poke(at, data.data(), data.size());
  space_.unmap(old_addr, old_size);
  return static_cast<int32_t>(at);
}

int32_t LinuxProcess::sys_munmap(uint32_t addr, uint32_t len) {
  if (addr & (pa::kPageSize - 1)) return -kEINVAL;
  space_.unmap(addr, (len + pa::kPageSize - 1) & ~(pa::kPageSize - 1));
  return 0;
}

int32_t LinuxProcess::sys_mprotect(uint32_t addr, uint32_t len, uint32_t prot) {
  if (addr & (pa::kPageSize - 1)) return -kEINVAL;
  uint8_t p = 0;
  if (prot & 1) p |= kProtRead;
  if (prot & 2) p |= kProtWrite;
  if (prot & 4) p |= kProtExec;
  return space_.protect(addr, (len + pa::kPageSize - 1) & ~(pa::kPageSize - 1), p) ? 0 : -kENOMEM;
}

int32_t LinuxProcess::sys_uname(uint32_t buf) {
  // struct utsname: six fields of 65 bytes.
  const char* fields[6] = {"Linux", "pa730", "6.1.0-pa730", "#1 SMP pa730 simulated HP 9000/730", "parisc", "(none)"};
  std::vector<char> b(6 * 65, 0);
  for (int i = 0; i < 6; ++i) std::strncpy(&b[static_cast<size_t>(i) * 65], fields[i], 64);
  mem_.copy_in(0, buf, b.data(), b.size());
  return 0;
}

int32_t LinuxProcess::sys_getrandom(uint32_t buf, uint32_t len) {
  std::vector<uint8_t> b(std::min<uint32_t>(len, 1u << 16));
  for (auto& x : b) x = static_cast<uint8_t>(next_random());
  mem_.copy_in(0, buf, b.data(), b.size());
  return static_cast<int32_t>(b.size());
}

namespace {
// Linux's clock ids: the wall and monotonic clocks of every kind, and the
// CPU-time clocks of the process (2) and of the calling thread (3).
enum : uint32_t { kClockProcessCputime = 2, kClockThreadCputime = 3, kClockRealtimeCoarse = 5,
                  kClockMonotonicCoarse = 6 };
bool known_clock(uint32_t c) { return c <= 11 && c != 10; }
}  // namespace

int32_t LinuxProcess::sys_clock_gettime(uint32_t clock, uint32_t ts, bool time64) {
  // The wall and monotonic clocks read simulated time (cycles at the
  // configured clock); the CPU clocks leave out the cycles simulated time
  // jumped while every thread slept.
  if (!known_clock(clock)) return -kEINVAL;
  uint64_t ns = simulated_ns();
  if (clock == kClockProcessCputime) {
    ns = cycles_to_ns(timer_clock(1));
  } else if (clock == kClockThreadCputime) {
    ns = cycles_to_ns(me().cpu_cycles + (core_.state().cycles - slice_start_));
  }
  write_timespec(mem_, ts, time64, ns);
  return 0;
}

int32_t LinuxProcess::sys_clock_getres(uint32_t clock, uint32_t res, bool time64) {
  if (!known_clock(clock)) return -kEINVAL;
  // High-resolution timers: 1 ns; the coarse clocks advance once a tick
  // (HZ 250).
  const bool coarse = clock == kClockRealtimeCoarse || clock == kClockMonotonicCoarse;
  if (res) write_timespec(mem_, res, time64, coarse ? 4000000 : 1);
  return 0;
}

int32_t LinuxProcess::sys_gettimeofday(uint32_t tv) {
  const uint64_t ns = simulated_ns();
  if (tv) {
    mem_.host_store<uint32_t>(0, tv, static_cast<uint32_t>(ns / 1000000000ull));
    mem_.host_store<uint32_t>(0, tv + 4, static_cast<uint32_t>((ns % 1000000000ull) / 1000));
  }
  return 0;
}

uint64_t LinuxProcess::rlimit_cur(uint32_t resource) const {
  constexpr uint32_t kRlimitStack = 3, kRlimitNofile = 7, kRlimitSigpending = 11;
  if (resource == kRlimitStack) return opts_.stack_bytes;
  if (resource == kRlimitNofile) return kGuestMaxFds;
  if (resource == kRlimitSigpending) return sigpending_limit();
  return ~0ull;  // RLIM_INFINITY
}

int32_t LinuxProcess::sys_getrlimit(uint32_t resource, uint32_t buf) {
  if (resource >= kRlimNlimits) return -kEINVAL;
  const uint64_t cur = rlimit_cur(resource);
  mem_.host_store<uint32_t>(0, buf, static_cast<uint32_t>(std::min<uint64_t>(cur, 0xffffffffu)));
  mem_.host_store<uint32_t>(0, buf + 4, 0xffffffffu);
  return 0;
}

int32_t LinuxProcess::sys_prlimit64(uint32_t pid, uint32_t resource, uint32_t, uint32_t old) {
  // A new limit is accepted and not enforced; the old one is what getrlimit says.
  if (pid != 0 && pid != kGuestPid) return -kESRCH;
  if (resource >= kRlimNlimits) return -kEINVAL;
  if (old) {
    mem_.host_store<uint64_t>(0, old, rlimit_cur(resource));
    mem_.host_store<uint64_t>(0, old + 8, ~0ull);
  }
  return 0;
}

int32_t LinuxProcess::sys_ioctl(int32_t fd, uint32_t, uint32_t) {
  // No terminal is emulated: every request (TCGETS first) says "not a tty".
  return host_fd(fd) < 0 ? -kEBADF : -kENOTTY;
}

}  // namespace sim::se
