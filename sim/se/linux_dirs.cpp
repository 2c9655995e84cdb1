// Directory listings of syscall emulation: getdents64 on a directory
// descriptor lists the guest's merged view (OverlayFs::list), not the one
// layer the host descriptor happens to be open on, so that the sandbox's
// files show and whited-out host entries do not.
//
// The listing is taken at the first getdents64 (and again after a rewind
// to 0, as Linux reads the directory again) and served from memory; its
// positions (d_off) are entry indexes, which lseek(SEEK_SET) accepts back
// (seekdir).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

#include "sim/se/guest_errno.h"
#include "sim/se/linux_process.h"

namespace sim::se {

namespace {

constexpr int32_t kEBADF = 9, kEINVAL = 22;

void put_be(std::vector<uint8_t>& b, size_t off, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) b[off + static_cast<size_t>(i)] = static_cast<uint8_t>(v >> (8 * (bytes - 1 - i)));
}

}  // namespace

int32_t LinuxProcess::sys_getdents64(int32_t fd, uint32_t buf, uint32_t count) {
  const int h = host_fd(fd);
  if (h < 0) return -kEBADF;
  auto it = dir_streams_.find(fd);
  if (it == dir_streams_.end()) {
    struct stat st;
    if (::fstat(h, &st) != 0) return guest_fail(errno);
    if (!S_ISDIR(st.st_mode)) return guest_fail(ENOTDIR);
    const std::string path = fd_guest_path(fd);
    if (path.empty() || path[0] != '/') return guest_fail(ENOENT);
    DirStream s;
    if (const int e = fs_.list(path, s.entries)) return guest_fail(e);
    it = dir_streams_.emplace(fd, std::move(s)).first;
  }
  DirStream& s = it->second;
  // struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type,
  // the name and its NUL, padded to 8 bytes.
  std::vector<uint8_t> out;
  while (s.next < s.entries.size()) {
    const DirEntry& e = s.entries[s.next];
    const size_t reclen = (19 + e.name.size() + 1 + 7) & ~size_t{7};
    if (out.size() + reclen > count) break;
    const size_t at = out.size();
    out.resize(at + reclen, 0);
    put_be(out, at, e.ino, 8);
    put_be(out, at + 8, s.next + 1, 8);
    put_be(out, at + 16, reclen, 2);
    out[at + 18] = e.type;
    std::copy(e.name.begin(), e.name.end(), out.begin() + static_cast<std::ptrdiff_t>(at + 19));
    ++s.next;
  }
  if (out.empty() && s.next < s.entries.size()) return -kEINVAL;  // the buffer holds not even one entry
  mem_.copy_in(0, buf, out.data(), out.size());
  return static_cast<int32_t>(out.size());
}

bool LinuxProcess::seek_dir_stream(int32_t fd, int64_t off, int whence) {
  auto it = dir_streams_.find(fd);
  if (it == dir_streams_.end() || whence != SEEK_SET || off < 0) return false;
  if (off == 0) dir_streams_.erase(it);  // rewinddir: the next read lists the directory afresh
  else it->second.next = static_cast<size_t>(off);
  return true;
}

}  // namespace sim::se
