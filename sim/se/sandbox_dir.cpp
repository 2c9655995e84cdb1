#include "sim/se/sandbox_dir.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <system_error>
#include <vector>

namespace sim::se {

SandboxDir::SandboxDir(std::string explicit_root, bool keep)
    : temporary_(explicit_root.empty()), keep_(keep) {
  if (!temporary_) {
    // Absolute, so that nothing depends on where pa730 was started from.
    std::error_code ec;
    const auto abs = std::filesystem::absolute(explicit_root, ec);
    path_ = ec ? explicit_root : abs.lexically_normal().string();
    while (path_.size() > 1 && path_.back() == '/') path_.pop_back();
  }
}

SandboxDir::~SandboxDir() {
  if (!temporary_ || path_.empty()) return;
  if (keep_) {
    fmt::print(stderr, "pa730: se: guest files kept in {}\n", path_);
    return;
  }
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);  // best effort: the run's result does not depend on it
}

const std::string& SandboxDir::path() {
  if (!path_.empty() || !temporary_) return path_;
  if (failed_) {
    errno = failed_;
    return path_;
  }
  const char* tmp = std::getenv("TMPDIR");
  std::string base = tmp && *tmp ? tmp : "/tmp";
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  std::string templ = base + "/pa730-se-root.XXXXXX";
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  if (::mkdtemp(buf.data())) {
    std::error_code ec;
    const auto abs = std::filesystem::absolute(buf.data(), ec);
    path_ = ec ? std::string(buf.data()) : abs.string();
  } else {
    // Said once; the guest's writes then fail with this errno.
    failed_ = errno;
    fmt::print(stderr, "pa730: se: cannot make a sandbox directory in {}: {}\n", base, std::strerror(failed_));
    errno = failed_;
  }
  return path_;
}

}  // namespace sim::se
