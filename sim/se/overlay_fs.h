// The file system a syscall-emulated guest sees: guest paths mapped to host
// paths across two layers, as Linux's overlayfs stacks them.
//
// The lower layer is the host's own tree, always read-only to the guest; the
// upper layer is a sandbox directory (sim/se/sandbox_dir.h) that exists only
// under se.allow_writes.  A guest path P names the sandbox's DIR+P if that
// exists, else nothing if the guest removed P (a whiteout, kept in memory),
// else the host's P.  Whatever the guest creates or changes lands in DIR+P:
// parents are copied up as directories, an existing host file is copied up
// before it is opened for writing, and unlink/rmdir/rename of a host entry
// only records a whiteout.  Host files are never modified.
//
// Paths are resolved here, not by the host kernel, so that a symbolic link
// and ".." mean what they mean in the merged view: the walk follows links
// found in either layer and ".." of a canonical path is its lexical parent
// (it cannot climb above "/").  /proc and /sys are the host kernel's own
// views and are handed to the host unresolved (their "magic" links, such as
// /proc/self/fd/0, only the kernel can follow); nothing is created or
// written there but the guest's own standard streams (/dev/stdout).
//
// Every operation takes canonical guest paths (resolve()'s output) and
// returns 0 or a host errno value.
#pragma once
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/types.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "sim/se/sandbox_dir.h"

namespace sim::se {

// One entry of a directory listing (getdents64).
struct DirEntry {
  std::string name;
  uint64_t ino = 0;
  unsigned char type = 0;  // DT_* (the same values everywhere)
};

class OverlayFs {
 public:
  // writable false: the host alone, read-only; no sandbox is ever made.
  OverlayFs(bool writable, std::string root, bool keep_root);

  bool writable() const { return writable_; }

  // The canonical guest path of `path` as seen from the directory `base` (a
  // canonical guest path), walked as the kernel walks it: every component but
  // the last must be a directory, symbolic links on the way are followed (the
  // last one only if follow_last, or if `path` ends in "/"), 40 at most
  // (ELOOP).  A missing last component is not an error (open with O_CREAT,
  // mkdir and rename name one).
  int resolve(const std::string& base, const std::string& path, bool follow_last, std::string& out) const;

  // lstat of P in the merged view.  host (optional): where the entry lives.
  int lstat(const std::string& p, struct stat& st, std::string* host = nullptr) const;
  // stat of a resolved path: lstat, except that under /proc and /sys the
  // host follows a final link when `follow` (resolve() left it to the host).
  int stat(const std::string& p, struct stat& st, bool follow) const;

  // open(2) of P with host open flags.  An existing final symbolic link is
  // ELOOP (resolve() has already followed it when the guest asked to).
  int open(const std::string& p, int flags, mode_t mode, int& fd);
  int unlink(const std::string& p, bool directory);  // unlink, or rmdir when directory
  int mkdir(const std::string& p, mode_t mode);
  int rename(const std::string& from, const std::string& to, unsigned flags);  // RENAME_* flags
  int truncate(const std::string& p, off_t len);
  // chmod and utimensat of P (not following a final link): a host entry is
  // copied up first, a directory as a directory; only its owner may change
  // it (EPERM), as Linux checks, and devices, FIFOs and sockets, which stay
  // on the host, are never changed (EPERM).  times: as utimensat's, never null.
  int chmod(const std::string& p, mode_t mode);
  int utimens(const std::string& p, const struct timespec times[2]);
  int symlink(const std::string& target, const std::string& p);
  // A hard link `to` of `from` (not a directory), both in the sandbox: a host
  // file is copied up first, so the two names share the copy.
  int link(const std::string& from, const std::string& to);
  // statfs of the file system that holds P (the sandbox's for its entries).
  int statfs(const std::string& p, struct statfs& out) const;
  int readlink(const std::string& p, std::string& target) const;
  // The entries of directory P in the merged view, each name once: the
  // sandbox's, then the host's that are not hidden, in readdir order.
  int list(const std::string& p, std::vector<DirEntry>& out) const;

  // The guest path of a host path (one inside the sandbox loses its prefix).
  std::string guest_path_of_host(const std::string& host) const;

  // Purely lexical helpers on canonical paths ("/" has no parent but itself).
  static std::string parent_of(const std::string& p);
  static std::string child_of(const std::string& dir, const std::string& name);

 private:
  static bool passthrough(const std::string& p);  // under /proc or /sys
  static bool is_own_stdio(const std::string& p);  // /proc/self/fd/0..2
  std::string upper(const std::string& p) const { return sandbox_.existing() + p; }
  bool hidden(const std::string& p) const;        // P or a parent of P whited out
  bool host_visible(const std::string& p) const;  // the host's P shows in the merged view
  bool in_upper(const std::string& p) const;
  bool dir_empty(const std::string& p) const;     // in the merged view
  int may_modify(const std::string& dir) const;   // the host's permission to change dir
  int ensure_upper_dir(const std::string& dir);   // DIR+dir and its parents
  // Before an entry is made in dir: it is a directory of the merged view
  // that the guest may change, and the sandbox holds it.
  int prepare_to_create_in(const std::string& dir);
  int copy_up(const std::string& p, const struct stat& st, bool empty);
  int upper_for_change(const std::string& p, std::string& up);  // chmod, utimens: DIR+P, copied up
  int host_open(const std::string& host, int flags, mode_t mode, int& fd) const;

  bool writable_;
  mutable SandboxDir sandbox_;
  std::set<std::string> whiteouts_;
};

}  // namespace sim::se
