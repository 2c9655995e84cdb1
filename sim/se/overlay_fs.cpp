#include "sim/se/overlay_fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <deque>
#include <vector>

namespace sim::se {

namespace {

constexpr int kMaxSymlinks = 40;  // Linux's MAXSYMLINKS

// "a//b/./c/" -> {"a", "b", ".", "c"}: empty components vanish, "." and ".."
// stay (both require the component before them to be a directory).
std::deque<std::string> components(const std::string& path) {
  std::deque<std::string> out;
  size_t i = 0;
  while (i < path.size()) {
    const size_t j = path.find('/', i);
    const size_t end = j == std::string::npos ? path.size() : j;
    if (end > i) out.emplace_back(path.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

int read_host_link(const std::string& host, std::string& target) {
  std::vector<char> buf(4096);
  const ssize_t n = ::readlink(host.c_str(), buf.data(), buf.size());
  if (n < 0) return errno;
  target.assign(buf.data(), static_cast<size_t>(n));
  return 0;
}

// Copy an open file's bytes into another; 0 or errno.
int copy_bytes(int from, int to) {
  std::vector<char> buf(1 << 16);
  for (;;) {
    const ssize_t n = ::read(from, buf.data(), buf.size());
    if (n == 0) return 0;
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    for (ssize_t done = 0; done < n;) {
      const ssize_t w = ::write(to, buf.data() + done, static_cast<size_t>(n - done));
      if (w < 0) {
        if (errno == EINTR) continue;
        return errno;
      }
      done += w;
    }
  }
}

}  // namespace

OverlayFs::OverlayFs(bool writable, std::string root, bool keep_root)
    : writable_(writable), sandbox_(writable ? std::move(root) : std::string(), keep_root) {}

std::string OverlayFs::parent_of(const std::string& p) {
  const size_t slash = p.find_last_of('/');
  return slash == 0 || slash == std::string::npos ? "/" : p.substr(0, slash);
}

std::string OverlayFs::child_of(const std::string& dir, const std::string& name) {
  return dir == "/" ? "/" + name : dir + "/" + name;
}

bool OverlayFs::passthrough(const std::string& p) {
  for (const char* top : {"/proc", "/sys"}) {
    const std::string t = top;
    if (p.compare(0, t.size(), t) == 0 && (p.size() == t.size() || p[t.size()] == '/')) return true;
  }
  return false;
}

bool OverlayFs::is_own_stdio(const std::string& p) {
  for (const char* fd : {"/proc/self/fd/", "/proc/thread-self/fd/"}) {
    const std::string prefix = fd;
    if (p.size() == prefix.size() + 1 && p.compare(0, prefix.size(), prefix) == 0 && p.back() >= '0' && p.back() <= '2')
      return true;
  }
  return false;
}

int OverlayFs::resolve(const std::string& base, const std::string& path, bool follow_last,
                       std::string& out) const {
  if (path.empty()) return ENOENT;
  const bool must_be_dir = path.back() == '/';
  std::deque<std::string> todo = components(path);
  std::string cur = path[0] == '/' ? "/" : base;
  int links = 0;
  while (!todo.empty()) {
    std::string name = std::move(todo.front());
    todo.pop_front();
    if (name == ".") continue;
    if (name == "..") {
      cur = parent_of(cur);
      continue;
    }
    std::string next = child_of(cur, name);
    if (passthrough(next)) {  // the rest is the host kernel's to walk
      for (const auto& rest : todo) next += "/" + rest;
      if (must_be_dir) next += "/";
      out = next;
      return 0;
    }
    const bool last = todo.empty();
    if (last && !follow_last && !must_be_dir) {
      cur = std::move(next);
      break;
    }
    struct stat st;
    std::string host;
    if (const int e = lstat(next, st, &host)) {
      if (last && e == ENOENT) {
        cur = std::move(next);
        break;
      }
      return e;
    }
    if (S_ISLNK(st.st_mode)) {
      if (++links > kMaxSymlinks) return ELOOP;
      std::string target;
      if (const int e = read_host_link(host, target)) return e;
      if (target.empty()) return ENOENT;
      const auto parts = components(target);
      todo.insert(todo.begin(), parts.begin(), parts.end());
      if (target[0] == '/') cur = "/";
      continue;
    }
    if ((!last || must_be_dir) && !S_ISDIR(st.st_mode)) return ENOTDIR;
    cur = std::move(next);
  }
  out = cur;
  return 0;
}

bool OverlayFs::hidden(const std::string& p) const {
  if (whiteouts_.empty()) return false;
  for (size_t slash = p.find('/', 1);; slash = p.find('/', slash + 1)) {
    if (whiteouts_.count(slash == std::string::npos ? p : p.substr(0, slash))) return true;
    if (slash == std::string::npos) return false;
  }
}

bool OverlayFs::in_upper(const std::string& p) const {
  struct stat st;
  // The sandbox directory itself is not the guest's "/": "/" is always the host's.
  return p != "/" && !sandbox_.existing().empty() && ::lstat(upper(p).c_str(), &st) == 0;
}

bool OverlayFs::host_visible(const std::string& p) const {
  struct stat st;
  return !hidden(p) && ::lstat(p.c_str(), &st) == 0;
}

int OverlayFs::lstat(const std::string& p, struct stat& st, std::string* host) const {
  if (!passthrough(p) && p != "/" && !sandbox_.existing().empty() && ::lstat(upper(p).c_str(), &st) == 0) {
    if (host) *host = upper(p);
    return 0;
  }
  if (!passthrough(p) && hidden(p)) return ENOENT;
  if (::lstat(p.c_str(), &st) != 0) return errno;
  if (host) *host = p;
  return 0;
}

int OverlayFs::stat(const std::string& p, struct stat& st, bool follow) const {
  if (passthrough(p)) return (follow ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st)) == 0 ? 0 : errno;
  return lstat(p, st);
}

bool OverlayFs::dir_empty(const std::string& p) const {
  auto any_entry = [&](const std::string& dir, bool check_hidden) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return false;
    bool found = false;
    while (const dirent* e = ::readdir(d)) {
      const std::string name = e->d_name;
      if (name == "." || name == "..") continue;
      if (check_hidden && hidden(child_of(p, name))) continue;
      found = true;
      break;
    }
    ::closedir(d);
    return found;
  };
  if (in_upper(p) && any_entry(upper(p), false)) return false;
  return !(host_visible(p) && any_entry(p, true));
}

int OverlayFs::may_modify(const std::string& dir) const {
  // Permissions are the host's: the guest may change a directory the host
  // user could change (a directory only the sandbox holds is the guest's).
  if (!host_visible(dir)) return 0;
  return ::access(dir.c_str(), W_OK | X_OK) == 0 ? 0 : errno;
}

int OverlayFs::ensure_upper_dir(const std::string& dir) {
  const std::string& root = sandbox_.path();
  if (root.empty()) return errno ? errno : EIO;
  if (dir == "/") return 0;
  for (size_t slash = dir.find('/', 1);; slash = dir.find('/', slash + 1)) {
    const std::string prefix = slash == std::string::npos ? dir : dir.substr(0, slash);
    struct stat st;
    if (::lstat(upper(prefix).c_str(), &st) == 0) {
      if (!S_ISDIR(st.st_mode)) return ENOTDIR;
    } else {
      struct stat merged;
      const mode_t mode = lstat(prefix, merged) == 0 ? (merged.st_mode & 07777) | S_IRWXU : 0755;
      if (::mkdir(upper(prefix).c_str(), mode) != 0 && errno != EEXIST) return errno;
    }
    if (slash == std::string::npos) return 0;
  }
}

int OverlayFs::prepare_to_create_in(const std::string& dir) {
  struct stat st;
  if (const int e = lstat(dir, st)) return e;
  if (!S_ISDIR(st.st_mode)) return ENOTDIR;
  if (const int e = may_modify(dir)) return e;
  return ensure_upper_dir(dir);
}

int OverlayFs::copy_up(const std::string& p, const struct stat& st, bool empty) {
  if (const int e = ensure_upper_dir(parent_of(p))) return e;
  const std::string dst = upper(p);
  if (S_ISLNK(st.st_mode)) {
    std::string target;
    if (const int e = read_host_link(p, target)) return e;
    return ::symlink(target.c_str(), dst.c_str()) == 0 ? 0 : errno;
  }
  if (!S_ISREG(st.st_mode)) return EXDEV;  // devices, FIFOs, sockets stay on the host
  const int out = ::open(dst.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, (st.st_mode & 07777) | S_IRUSR | S_IWUSR);
  if (out < 0) return errno;
  int e = 0;
  if (!empty) {
    const int in = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
    e = in < 0 ? errno : copy_bytes(in, out);
    if (in >= 0) ::close(in);
    if (e == 0) {
      const struct timespec times[2] = {st.st_atim, st.st_mtim};  // a copy is not a change
      ::futimens(out, times);
    }
  }
  ::close(out);
  if (e) ::unlink(dst.c_str());
  return e;
}

int OverlayFs::host_open(const std::string& host, int flags, mode_t mode, int& fd) const {
  fd = ::open(host.c_str(), flags | O_CLOEXEC, mode);
  return fd < 0 ? errno : 0;
}

int OverlayFs::open(const std::string& p, int flags, mode_t mode, int& fd) {
  const int acc = flags & O_ACCMODE;
  const bool writes = acc != O_RDONLY || (flags & O_TRUNC);
  if (passthrough(p)) {
    // The host kernel follows the links there, which lead anywhere on the
    // host (/proc/self/root, /proc/self/cwd): no writing, but for the
    // guest's own standard streams, which are pa730's (/dev/stdout).
    if ((writes || (flags & O_CREAT)) && !is_own_stdio(p)) return EACCES;
    return host_open(p, flags, mode, fd);
  }
  struct stat st;
  std::string host;
  if ((flags & O_TMPFILE) == O_TMPFILE) {  // an unnamed file in directory P: in the sandbox
    if (const int e = lstat(p, st)) return e;
    if (!S_ISDIR(st.st_mode)) return ENOTDIR;
    if (acc == O_RDONLY) return EINVAL;
    if (!writable_) return EACCES;
    if (const int d = prepare_to_create_in(p)) return d;
    return host_open(upper(p), flags, mode, fd);
  }
  const int e = lstat(p, st, &host);
  if (e == 0) {
    if ((flags & O_CREAT) && (flags & O_EXCL)) return EEXIST;
    if (S_ISLNK(st.st_mode)) return ELOOP;
    if (S_ISDIR(st.st_mode) && (writes || (flags & O_CREAT))) return EISDIR;
    if ((flags & O_DIRECTORY) && !S_ISDIR(st.st_mode)) return ENOTDIR;
    flags &= ~(O_CREAT | O_EXCL);
    // Reading, a file already in the sandbox, or a device: open where it is.
    if (!writes || host != p || !S_ISREG(st.st_mode)) return host_open(host, flags, mode, fd);
    if (!writable_) return EACCES;
    if (::access(p.c_str(), W_OK) != 0) return errno;
    if (const int c = copy_up(p, st, (flags & O_TRUNC) != 0)) return c;
    return host_open(upper(p), flags, mode, fd);
  }
  if (e != ENOENT || !(flags & O_CREAT)) return e;
  if (!writable_) return EACCES;
  if (const int d = prepare_to_create_in(parent_of(p))) return d;
  return host_open(upper(p), flags, mode, fd);
}

int OverlayFs::unlink(const std::string& p, bool directory) {
  if (!writable_ || passthrough(p)) return EACCES;
  struct stat st;
  if (const int e = lstat(p, st)) return e;
  if (directory) {
    if (!S_ISDIR(st.st_mode)) return ENOTDIR;
    if (p == "/") return EBUSY;
    if (!dir_empty(p)) return ENOTEMPTY;
  } else if (S_ISDIR(st.st_mode)) {
    return EISDIR;
  }
  if (const int e = may_modify(parent_of(p))) return e;
  if (in_upper(p) && (directory ? ::rmdir(upper(p).c_str()) : ::unlink(upper(p).c_str())) != 0) return errno;
  if (host_visible(p)) whiteouts_.insert(p);
  return 0;
}

int OverlayFs::mkdir(const std::string& p, mode_t mode) {
  if (!writable_ || passthrough(p)) return EACCES;
  struct stat st;
  const int e = lstat(p, st);
  if (e == 0) return EEXIST;
  if (e != ENOENT) return e;
  if (const int d = prepare_to_create_in(parent_of(p))) return d;
  // A whiteout of P stays: it keeps what the host has under P hidden (the
  // new directory is "opaque", as overlayfs makes it).
  return ::mkdir(upper(p).c_str(), mode) == 0 ? 0 : errno;
}

int OverlayFs::rename(const std::string& from, const std::string& to, unsigned flags) {
  constexpr unsigned kNoReplace = 1, kExchange = 2;  // RENAME_NOREPLACE, RENAME_EXCHANGE
  if (!writable_ || passthrough(from) || passthrough(to)) return EACCES;
  if (flags & ~(kNoReplace | kExchange) || (flags & kNoReplace && flags & kExchange)) return EINVAL;
  struct stat s, t;
  if (const int e = lstat(from, s)) return e;
  const int te = lstat(to, t);
  if (te != 0 && te != ENOENT) return te;
  const bool target_exists = te == 0;
  if ((flags & kNoReplace) && target_exists) return EEXIST;
  if (from == to) return 0;
  if (from == "/" || to == "/") return EBUSY;
  if (to.compare(0, from.size() + 1, from + "/") == 0) return EINVAL;  // into itself
  if (flags & kExchange) {
    if (!target_exists) return ENOENT;
  } else if (target_exists) {
    if (S_ISDIR(s.st_mode) && !S_ISDIR(t.st_mode)) return ENOTDIR;
    if (!S_ISDIR(s.st_mode) && S_ISDIR(t.st_mode)) return EISDIR;
    if (S_ISDIR(t.st_mode) && !dir_empty(to)) return ENOTEMPTY;
  }
  if (const int e = may_modify(parent_of(from))) return e;
  if (const int e = prepare_to_create_in(parent_of(to))) return e;
  // Moving a directory the host has would mean copying its whole tree up;
  // overlayfs answers EXDEV there (and mv(1) then copies), so does this.
  if (S_ISDIR(s.st_mode) && host_visible(from)) return EXDEV;
  if ((flags & kExchange) && S_ISDIR(t.st_mode) && host_visible(to)) return EXDEV;
  if (!in_upper(from))
    if (const int e = copy_up(from, s, false)) return e;
  if ((flags & kExchange) && !in_upper(to))
    if (const int e = copy_up(to, t, false)) return e;
  // A directory moved onto a host path must not let the host's entries
  // under that path show through: whiting the path out makes it opaque.
  struct stat h;
  const bool opaque = S_ISDIR(s.st_mode) && !(flags & kExchange) && ::lstat(to.c_str(), &h) == 0;
  const int r = flags ? ::renameat2(AT_FDCWD, upper(from).c_str(), AT_FDCWD, upper(to).c_str(), flags)
                      : ::rename(upper(from).c_str(), upper(to).c_str());
  if (r != 0) return errno;
  if (opaque) whiteouts_.insert(to);
  if (!(flags & kExchange) && host_visible(from)) whiteouts_.insert(from);
  return 0;
}

int OverlayFs::truncate(const std::string& p, off_t len) {
  if (!writable_ || passthrough(p)) return EACCES;
  struct stat st;
  std::string host;
  if (const int e = lstat(p, st, &host)) return e;
  if (S_ISDIR(st.st_mode)) return EISDIR;
  if (!S_ISREG(st.st_mode)) return EINVAL;
  if (host == p) {
    if (::access(p.c_str(), W_OK) != 0) return errno;
    if (const int e = copy_up(p, st, len == 0)) return e;
  }
  return ::truncate(upper(p).c_str(), len) == 0 ? 0 : errno;
}

int OverlayFs::upper_for_change(const std::string& p, std::string& up) {
  if (!writable_ || passthrough(p)) return EACCES;
  struct stat st;
  std::string host;
  if (const int e = lstat(p, st, &host)) return e;
  if (host == p) {  // the host's entry: the guest's change goes to a copy
    if (::geteuid() != 0 && st.st_uid != ::geteuid()) return EPERM;
    if (S_ISDIR(st.st_mode)) {
      if (const int e = ensure_upper_dir(p)) return e;
    } else if (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)) {
      if (const int e = copy_up(p, st, false)) return e;
    } else {
      return EPERM;
    }
  }
  up = upper(p);
  return 0;
}

int OverlayFs::chmod(const std::string& p, mode_t mode) {
  std::string up;
  if (const int e = upper_for_change(p, up)) return e;
  return ::fchmodat(AT_FDCWD, up.c_str(), mode & 07777, 0) == 0 ? 0 : errno;
}

int OverlayFs::utimens(const std::string& p, const struct timespec times[2]) {
  std::string up;
  if (const int e = upper_for_change(p, up)) return e;
  return ::utimensat(AT_FDCWD, up.c_str(), times, AT_SYMLINK_NOFOLLOW) == 0 ? 0 : errno;
}

int OverlayFs::symlink(const std::string& target, const std::string& p) {
  if (!writable_ || passthrough(p)) return EACCES;
  if (target.empty()) return ENOENT;
  struct stat st;
  const int e = lstat(p, st);
  if (e == 0) return EEXIST;
  if (e != ENOENT) return e;
  if (const int d = prepare_to_create_in(parent_of(p))) return d;
  // A whiteout of P stays: the sandbox's entry shows over it, and hides the
  // host's again once removed.
  return ::symlink(target.c_str(), upper(p).c_str()) == 0 ? 0 : errno;
}

int OverlayFs::link(const std::string& from, const std::string& to) {
  if (!writable_ || passthrough(from) || passthrough(to)) return EACCES;
  struct stat s, t;
  std::string host;
  if (const int e = lstat(from, s, &host)) return e;
  if (S_ISDIR(s.st_mode)) return EPERM;
  const int te = lstat(to, t);
  if (te == 0) return EEXIST;
  if (te != ENOENT) return te;
  if (const int d = prepare_to_create_in(parent_of(to))) return d;
  if (host == from) {
    if (!S_ISREG(s.st_mode) && !S_ISLNK(s.st_mode)) return EXDEV;  // devices stay on the host
    if (const int e = copy_up(from, s, false)) return e;
  }
  return ::link(upper(from).c_str(), upper(to).c_str()) == 0 ? 0 : errno;
}

int OverlayFs::statfs(const std::string& p, struct statfs& out) const {
  std::string host = p;
  struct stat st;
  if (!passthrough(p))
    if (const int e = lstat(p, st, &host)) return e;
  return ::statfs(host.c_str(), &out) == 0 ? 0 : errno;
}

int OverlayFs::readlink(const std::string& p, std::string& target) const {
  if (passthrough(p)) return read_host_link(p, target);
  struct stat st;
  std::string host;
  if (const int e = lstat(p, st, &host)) return e;
  if (!S_ISLNK(st.st_mode)) return EINVAL;
  return read_host_link(host, target);
}

int OverlayFs::list(const std::string& p, std::vector<DirEntry>& out) const {
  struct stat st;
  if (const int e = stat(p, st, true)) return e;
  if (!S_ISDIR(st.st_mode)) return ENOTDIR;
  out.clear();
  std::set<std::string> seen;
  auto add = [&](const std::string& dir, bool check_hidden) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return errno;
    while (const dirent* e = ::readdir(d)) {
      const std::string name = e->d_name;
      if (seen.count(name) || (check_hidden && name != "." && name != ".." && hidden(child_of(p, name)))) continue;
      seen.insert(name);
      out.push_back({name, e->d_ino, e->d_type});
    }
    ::closedir(d);
    return 0;
  };
  if (passthrough(p)) return add(p, false);
  struct stat up;
  const bool in_sandbox = !sandbox_.existing().empty() && ::lstat(upper(p).c_str(), &up) == 0 && S_ISDIR(up.st_mode);
  if (in_sandbox)
    if (const int e = add(upper(p), false)) return e;
  if (host_visible(p)) return add(p, true);
  return 0;
}

std::string OverlayFs::guest_path_of_host(const std::string& host) const {
  const std::string& root = sandbox_.existing();
  if (!root.empty() && host.compare(0, root.size(), root) == 0 &&
      (host.size() == root.size() || host[root.size()] == '/'))
    return host.size() == root.size() ? "/" : host.substr(root.size());
  return host;
}

}  // namespace sim::se
