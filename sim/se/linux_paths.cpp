// The path-taking system calls of syscall emulation: open/openat, stat and
// friends, access, readlink, getcwd/chdir/fchdir and the calls that change
// the file system (unlink, rmdir, rename, mkdir, truncate).
//
// Every path is resolved to a canonical guest path in the guest's own view
// (sim/se/overlay_fs.h): relative to the guest's cwd (a guest path string,
// so chdir in the guest never moves the simulator) or to the guest path a
// directory descriptor was opened with.  Without se.allow_writes the view is
// the host's tree, read-only, and a call that would change it is refused
// (refuse_write); with it, changes land in the sandbox directory.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fmt/format.h>
#include <functional>
#include <string>
#include <vector>

#include "sim/se/guest_bytes.h"
#include "sim/se/guest_errno.h"
#include "sim/se/linux_process.h"
#include "sim/se/machine_files.h"

namespace sim::se {

namespace {

constexpr int32_t kAtFdCwd = -100;
constexpr int32_t kEBADF = 9, kEINVAL = 22, kERANGE = 34;
constexpr uint32_t kAtSymlinkNofollow = 0x100, kAtRemoveDir = 0x200, kAtEmptyPath = 0x1000;

// Linux/hppa open flags (asm/fcntl.h for parisc; they differ from x86's).
constexpr uint32_t kO_WRONLY = 1, kO_RDWR = 2, kO_CREAT = 0x100, kO_TRUNC = 0x200, kO_APPEND = 0x8,
                   kO_EXCL = 0x400, kO_NONBLOCK = 0x10000, kO_DIRECTORY = 0x1000, kO_NOFOLLOW = 0x80,
                   kO_CLOEXEC = 0x200000;
constexpr uint32_t kO_TMPFILE = 0x800000 | kO_DIRECTORY;  // __O_TMPFILE (040000000) | O_DIRECTORY

bool is_proc_self_exe(const std::string& p) { return p == "/proc/self/exe" || p == "/proc/thread-self/exe"; }

}  // namespace

void LinuxProcess::inherit_path(int32_t from, int32_t to) {
  if (to < 0) return;
  auto it = fd_paths_.find(from);
  if (it != fd_paths_.end()) fd_paths_[to] = it->second;
  else fd_paths_.erase(to);
}

std::string LinuxProcess::fd_guest_path(int32_t fd) const {
  auto it = fd_paths_.find(fd);
  if (it != fd_paths_.end()) return it->second;
  // Not opened by path (or before the path was known): ask the host.
  std::vector<char> tmp(PATH_MAX);
  const ssize_t n = ::readlink(fmt::format("/proc/self/fd/{}", host_fd(fd)).c_str(), tmp.data(), tmp.size());
  return n > 0 ? fs_.guest_path_of_host(std::string(tmp.data(), static_cast<size_t>(n))) : std::string();
}

int32_t LinuxProcess::resolve_at(int32_t dirfd, const std::string& path, bool follow_last, std::string& out,
                                 bool proc_self) {
  std::string base = cwd_;
  if (!path.empty() && path[0] != '/' && dirfd != kAtFdCwd) {  // an absolute path ignores dirfd
    const int h = host_fd(dirfd);
    if (h < 0) return -kEBADF;
    struct stat st;
    if (::fstat(h, &st) != 0) return guest_fail(errno);
    if (!S_ISDIR(st.st_mode)) return guest_fail(ENOTDIR);
    base = fd_guest_path(dirfd);
    if (base.empty() || base[0] != '/') return guest_fail(ENOENT);
  }
  if (const int e = fs_.resolve(base, path, follow_last, out)) return guest_fail(e);
  return proc_self ? proc_self_path(out) : 0;
}

int32_t LinuxProcess::proc_self_path(std::string& p) const {
  // The host kernel would answer for pa730: its executable, its descriptors.
  if (is_proc_self_exe(p)) {
    p = exe_path_;
    return 0;
  }
  for (const std::string fd_dir : {"/proc/self/fd/", "/proc/thread-self/fd/"}) {
    if (p.compare(0, fd_dir.size(), fd_dir) != 0) continue;
    const size_t end = p.find('/', fd_dir.size());
    const std::string num = p.substr(fd_dir.size(), end == std::string::npos ? std::string::npos : end - fd_dir.size());
    if (num.empty() || num.size() > 4 || num.find_first_not_of("0123456789") != std::string::npos) return 0;
    const int h = host_fd(std::stoi(num));
    if (h < 0) return guest_fail(ENOENT);
    p = fmt::format("/proc/self/fd/{}{}", h, end == std::string::npos ? "" : p.substr(end));
    return 0;
  }
  return 0;
}

int32_t LinuxProcess::sys_openat(int32_t dirfd, uint32_t path_ptr, uint32_t flags, uint32_t mode) {
  const std::string path = read_guest_string(path_ptr);
  int hflags = 0;
  const uint32_t acc = flags & 3;
  if (acc != 0 || (flags & (kO_CREAT | kO_TRUNC | kO_APPEND))) {
    if (!opts_.allow_host_writes) return refuse_write(path);
    hflags |= acc == kO_WRONLY ? O_WRONLY : acc == kO_RDWR ? O_RDWR : O_RDONLY;
    if (flags & kO_CREAT) hflags |= O_CREAT;
    if (flags & kO_TRUNC) hflags |= O_TRUNC;
    if (flags & kO_APPEND) hflags |= O_APPEND;
    if (flags & kO_EXCL) hflags |= O_EXCL;
  }
  if (flags & kO_NONBLOCK) hflags |= O_NONBLOCK;
  if (flags & kO_DIRECTORY) hflags |= O_DIRECTORY;
  if (flags & kO_NOFOLLOW) hflags |= O_NOFOLLOW;
  if ((flags & kO_CREAT) && !path.empty() && path.back() == '/') return guest_fail(EISDIR);  // as Linux
  const bool tmpfile = (flags & kO_TMPFILE) == kO_TMPFILE;
  if (tmpfile) hflags |= O_TMPFILE;
  // O_CREAT|O_EXCL never follows a final link (it must not exist at all).
  const bool follow = !(flags & kO_NOFOLLOW) && !((flags & kO_CREAT) && (flags & kO_EXCL));
  std::string p;
  if (const int32_t r = resolve_at(dirfd, path, follow, p)) return r;
  if (const auto text = machine_file(p, machine_)) return open_text(*text, flags, path);
  int h = -1;
  if (const int e = fs_.open(p, hflags, mode, h)) return guest_fail(e);
  const int32_t g = new_guest_fd(h, (flags & kO_CLOEXEC) != 0);
  if (g >= 0 && !tmpfile) fd_paths_[g] = p;
  return g;
}

int32_t LinuxProcess::open_text(const std::string& text, uint32_t flags, const std::string& path) {
  if (flags & 3) return refuse_write(path);  // these are never writable, even under se.allow_writes
  const int h = ::memfd_create("pa730-machine-file", MFD_CLOEXEC);
  if (h < 0) return guest_fail(errno);
  if (::write(h, text.data(), text.size()) != static_cast<ssize_t>(text.size()) || ::lseek(h, 0, SEEK_SET) != 0) {
    ::close(h);
    return guest_fail(EIO);
  }
  return new_guest_fd(h, (flags & kO_CLOEXEC) != 0);
}

// Resolve (dirfd, path, AT_* flags) as fstatat does; 0 or a negative errno.
int32_t LinuxProcess::stat_at(int32_t dirfd, uint32_t path_ptr, uint32_t flags, struct stat& st) {
  const std::string path = read_guest_string(path_ptr);
  if (path.empty() && (flags & kAtEmptyPath)) {
    const int h = host_fd(dirfd);
    if (h < 0) return -kEBADF;
    return ::fstat(h, &st) == 0 ? 0 : guest_fail(errno);
  }
  const bool follow = !(flags & kAtSymlinkNofollow);
  std::string p;
  if (const int32_t r = resolve_at(dirfd, path, follow, p)) return r;
  const int e = fs_.stat(p, st, follow);
  return e ? guest_fail(e) : 0;
}

int32_t LinuxProcess::sys_access(int32_t dirfd, uint32_t path_ptr) {
  struct stat st;
  return stat_at(dirfd, path_ptr, 0, st);  // F_OK: the mode is not checked
}

int32_t LinuxProcess::sys_readlink(int32_t dirfd, uint32_t path_ptr, uint32_t buf, uint32_t len) {
  const std::string path = read_guest_string(path_ptr);
  std::string target, p;
  if (const int32_t r = resolve_at(dirfd, path, false, p, false)) return r;
  if (is_proc_self_exe(p)) {
    target = exe_path_;
  } else {
    const std::string link = p;
    if (const int32_t r = proc_self_path(p)) return r;
    if (const int e = fs_.readlink(p, target)) return guest_fail(e);
    if (p != link) target = fs_.guest_path_of_host(target);  // a descriptor's file, as the guest names it
  }
  const uint32_t n = std::min<uint32_t>(len, static_cast<uint32_t>(target.size()));
  mem_.copy_in(0, buf, target.data(), n);
  return static_cast<int32_t>(n);
}

int32_t LinuxProcess::sys_getcwd(uint32_t buf, uint32_t size) {
  if (cwd_.size() + 1 > size) return -kERANGE;
  mem_.copy_in(0, buf, cwd_.c_str(), cwd_.size() + 1);
  return static_cast<int32_t>(cwd_.size() + 1);
}

int32_t LinuxProcess::change_cwd(const std::string& p) {
  struct stat st;
  if (const int e = fs_.stat(p, st, true)) return guest_fail(e);
  if (!S_ISDIR(st.st_mode)) return guest_fail(ENOTDIR);
  cwd_ = p;
  return 0;
}

int32_t LinuxProcess::sys_chdir(uint32_t path_ptr) {
  std::string p;
  if (const int32_t r = resolve_at(kAtFdCwd, read_guest_string(path_ptr), true, p)) return r;
  return change_cwd(p);
}

int32_t LinuxProcess::sys_fchdir(int32_t fd) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  struct stat st;
  if (::fstat(h, &st) != 0) return guest_fail(errno);
  if (!S_ISDIR(st.st_mode)) return guest_fail(ENOTDIR);
  const std::string p = fd_guest_path(fd);
  return p.empty() ? guest_fail(ENOENT) : change_cwd(p);
}

int32_t LinuxProcess::change_path(int32_t dirfd, const std::string& path, bool follow_last,
                                  const std::function<int(const std::string&)>& change) {
  if (!opts_.allow_host_writes) return refuse_write(path);
  std::string p;
  if (const int32_t r = resolve_at(dirfd, path, follow_last, p)) return r;
  const int e = change(p);
  return e ? guest_fail(e) : 0;
}

int32_t LinuxProcess::sys_unlinkat(int32_t dirfd, uint32_t path_ptr, uint32_t flags) {
  const std::string path = read_guest_string(path_ptr);
  if (flags & ~kAtRemoveDir) return -kEINVAL;
  return change_path(dirfd, path, false, [&](const std::string& p) { return fs_.unlink(p, (flags & kAtRemoveDir) != 0); });
}

int32_t LinuxProcess::sys_renameat2(int32_t olddirfd, uint32_t oldpath, int32_t newdirfd, uint32_t newpath,
                                    uint32_t flags) {
  const std::string from = read_guest_string(oldpath), to = read_guest_string(newpath);
  if (!opts_.allow_host_writes) return refuse_write(from);
  std::string f, t;
  if (const int32_t r = resolve_at(olddirfd, from, false, f)) return r;
  if (const int32_t r = resolve_at(newdirfd, to, false, t)) return r;
  // RENAME_NOREPLACE (1) and RENAME_EXCHANGE (2) have the same values everywhere.
  const int e = fs_.rename(f, t, flags);
  return e ? guest_fail(e) : 0;
}

int32_t LinuxProcess::sys_mkdirat(int32_t dirfd, uint32_t path_ptr, uint32_t mode) {
  return change_path(dirfd, read_guest_string(path_ptr), false,
                     [&](const std::string& p) { return fs_.mkdir(p, static_cast<mode_t>(mode)); });
}

int32_t LinuxProcess::sys_truncate(uint32_t path_ptr, int64_t len) {
  const std::string path = read_guest_string(path_ptr);
  if (len < 0) return -kEINVAL;
  return change_path(kAtFdCwd, path, true, [&](const std::string& p) { return fs_.truncate(p, static_cast<off_t>(len)); });
}

int32_t LinuxProcess::sys_fchmodat(int32_t dirfd, uint32_t path_ptr, uint32_t mode) {
  return change_path(dirfd, read_guest_string(path_ptr), true,
                     [&](const std::string& p) { return fs_.chmod(p, static_cast<mode_t>(mode)); });
}

int32_t LinuxProcess::sys_fchmod(int32_t fd, uint32_t mode) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  PipeEnd end;
  if (guest_pipe_end(h, end)) return ::fchmod(h, static_cast<mode_t>(mode & 07777)) == 0 ? 0 : guest_fail(errno);
  const std::string path = fd_guest_path(fd);
  if (path.empty())  // a standard stream: the terminal is not the guest's
    return opts_.allow_host_writes ? guest_fail(EPERM) : refuse_write(fmt::format("fd {}", fd));
  return change_path(kAtFdCwd, path, false,
                     [&](const std::string& p) { return fs_.chmod(p, static_cast<mode_t>(mode)); });
}

int32_t LinuxProcess::sys_utimensat(int32_t dirfd, uint32_t path_ptr, uint32_t times_ptr, uint32_t flags,
                                    bool time64) {
  if (flags & ~(kAtSymlinkNofollow | kAtEmptyPath)) return -kEINVAL;
  constexpr long kUtimeNow = (1l << 30) - 1, kUtimeOmit = (1l << 30) - 2;
  // "Now" is simulated time, the guest's clock.
  const uint64_t now = simulated_ns();
  struct timespec times[2];
  for (int i = 0; i < 2; ++i) {
    long nsec = kUtimeNow;
    int64_t sec = 0;
    if (times_ptr) {
      const uint32_t at = times_ptr + static_cast<uint32_t>(i) * (time64 ? 16 : 8);
      sec = time64 ? static_cast<int64_t>(mem_.host_load<uint64_t>(0, at))
                   : static_cast<int32_t>(mem_.host_load<uint32_t>(0, at));
      nsec = static_cast<long>(mem_.host_load<uint32_t>(0, at + (time64 ? 12 : 4)));
      if (nsec != kUtimeNow && nsec != kUtimeOmit && (nsec < 0 || nsec >= 1000000000l)) return -kEINVAL;
    }
    if (nsec == kUtimeNow) {
      sec = static_cast<int64_t>(now / 1000000000ull);
      nsec = static_cast<long>(now % 1000000000ull);
    }
    times[i].tv_sec = static_cast<time_t>(sec);
    times[i].tv_nsec = nsec;
  }
  std::string path;
  if (path_ptr) {
    path = read_guest_string(path_ptr);
  } else {  // futimens: the descriptor's file
    if (host_fd(dirfd) < 0) return -kEBADF;
    path = fd_guest_path(dirfd);
    if (path.empty()) return guest_fail(EPERM);
  }
  return change_path(path_ptr ? dirfd : kAtFdCwd, path, !(flags & kAtSymlinkNofollow),
                     [&](const std::string& p) { return fs_.utimens(p, times); });
}

int32_t LinuxProcess::sys_symlinkat(uint32_t target_ptr, int32_t dirfd, uint32_t path_ptr) {
  const std::string target = read_guest_string(target_ptr);
  return change_path(dirfd, read_guest_string(path_ptr), false,
                     [&](const std::string& p) { return fs_.symlink(target, p); });
}

int32_t LinuxProcess::sys_linkat(int32_t olddirfd, uint32_t old_ptr, int32_t newdirfd, uint32_t new_ptr,
                                 uint32_t flags) {
  constexpr uint32_t kAtSymlinkFollow = 0x400;
  if (flags & ~(kAtSymlinkFollow | kAtEmptyPath)) return -kEINVAL;
  const std::string from_path = read_guest_string(old_ptr), to_path = read_guest_string(new_ptr);
  if (!opts_.allow_host_writes) return refuse_write(to_path);
  std::string from, to;
  // linkat links a final symbolic link itself unless AT_SYMLINK_FOLLOW.
  if (const int32_t r = resolve_at(olddirfd, from_path, (flags & kAtSymlinkFollow) != 0, from)) return r;
  if (const int32_t r = resolve_at(newdirfd, to_path, false, to)) return r;
  const int e = fs_.link(from, to);
  return e ? guest_fail(e) : 0;
}

namespace {
// struct statfs64 of a 32-bit parisc task: 88 bytes, big-endian.
constexpr uint32_t kStatfs64Size = 88;
void store_statfs64(pa::GuestMemory& mem, uint32_t buf, const struct statfs& f) {
  std::vector<uint8_t> b(kStatfs64Size, 0);
  put_be32(b, 0, static_cast<uint32_t>(f.f_type));
  put_be32(b, 4, static_cast<uint32_t>(f.f_bsize));
  put_be64(b, 8, f.f_blocks);
  put_be64(b, 16, f.f_bfree);
  put_be64(b, 24, f.f_bavail);
  put_be64(b, 32, f.f_files);
  put_be64(b, 40, f.f_ffree);
  int fsid[2];
  std::memcpy(fsid, &f.f_fsid, sizeof fsid);
  put_be32(b, 48, static_cast<uint32_t>(fsid[0]));
  put_be32(b, 52, static_cast<uint32_t>(fsid[1]));
  put_be32(b, 56, static_cast<uint32_t>(f.f_namelen));
  put_be32(b, 60, static_cast<uint32_t>(f.f_frsize));
  put_be32(b, 64, static_cast<uint32_t>(f.f_flags));
  mem.copy_in(0, buf, b.data(), b.size());
}
}  // namespace

int32_t LinuxProcess::sys_statfs64(int32_t fd, uint32_t path_ptr, uint32_t size, uint32_t buf) {
  if (size != kStatfs64Size) return -kEINVAL;
  struct statfs f;
  if (path_ptr) {
    std::string p;
    if (const int32_t r = resolve_at(kAtFdCwd, read_guest_string(path_ptr), true, p)) return r;
    if (const int e = fs_.statfs(p, f)) return guest_fail(e);
  } else {
    const int h = host_fd(fd);
    if (h < 0) return -kEBADF;
    if (::fstatfs(h, &f) != 0) return guest_fail(errno);
  }
  store_statfs64(mem_, buf, f);
  return 0;
}

}  // namespace sim::se
