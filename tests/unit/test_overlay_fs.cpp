// The guest's view of the file system (sim/se/overlay_fs.h): path walks in
// the merged view, and writes that land in the sandbox, never on the host.
// Guest paths are host paths, so each case builds its "host" tree in a fresh
// directory H and gives the overlay a sandbox directory R of its own.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "sim/se/overlay_fs.h"

namespace fs = std::filesystem;
using sim::se::OverlayFs;

namespace {

struct Tree {
  std::string host, root;  // H and R
  Tree() : host(make()), root(make()) {}
  ~Tree() {
    std::error_code ec;
    fs::remove_all(host, ec);
    fs::remove_all(root, ec);
  }
  static std::string make() {
    std::string t = (fs::temp_directory_path() / "pa730-overlay-test.XXXXXX").string();
    REQUIRE(::mkdtemp(t.data()));
    return fs::canonical(t).string();
  }
  std::string h(const std::string& rel) const { return host + "/" + rel; }
  std::string r(const std::string& rel) const { return root + host + "/" + rel; }
};

void write_file(const std::string& p, const std::string& text) { std::ofstream(p) << text; }
std::string read_file(const std::string& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
std::string read_fd(int fd) {
  std::string out;
  char buf[256];
  ::lseek(fd, 0, SEEK_SET);
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  return out;
}
int exists(const OverlayFs& o, const std::string& p) {
  struct stat st;
  return o.lstat(p, st);
}

}  // namespace

TEST_CASE("paths are walked in the merged view", "[overlay_fs]") {
  Tree t;
  fs::create_directories(t.h("a/b"));
  write_file(t.h("file"), "x");
  fs::create_directory_symlink("a/b", t.h("deep"));
  fs::create_symlink("loop", t.h("loop"));
  const OverlayFs o(false, "", false);
  std::string out;
  CHECK(o.resolve(t.host, "a/./b/../b//", true, out) == 0);
  CHECK(out == t.h("a/b"));
  CHECK(o.resolve("/", "../../..", true, out) == 0);
  CHECK(out == "/");
  // ".." after a link leaves the link's target, not the link's directory.
  CHECK(o.resolve(t.host, "deep/../x", true, out) == 0);
  CHECK(out == t.h("a/x"));
  CHECK(o.resolve(t.host, "deep", false, out) == 0);
  CHECK(out == t.h("deep"));
  CHECK(o.resolve(t.host, "deep/", false, out) == 0);  // a trailing "/" follows it
  CHECK(out == t.h("a/b"));
  CHECK(o.resolve(t.host, "file/x", true, out) == ENOTDIR);
  CHECK(o.resolve(t.host, "file/..", true, out) == ENOTDIR);
  CHECK(o.resolve(t.host, "missing/x", true, out) == ENOENT);
  CHECK(o.resolve(t.host, "missing", true, out) == 0);  // a name to create
  CHECK(out == t.h("missing"));
  CHECK(o.resolve(t.host, "loop", true, out) == ELOOP);
  CHECK(o.resolve(t.host, "", true, out) == ENOENT);
  // /proc is the host kernel's to walk: its magic links stay unresolved.
  CHECK(o.resolve("/", "/proc/self/fd/0", true, out) == 0);
  CHECK(out == "/proc/self/fd/0");
}

TEST_CASE("without se.allow_writes the view is read-only", "[overlay_fs]") {
  Tree t;
  write_file(t.h("f"), "host");
  OverlayFs o(false, "", false);
  int fd = -1;
  CHECK(o.open(t.h("f"), O_WRONLY, 0, fd) == EACCES);
  CHECK(o.open(t.h("new"), O_WRONLY | O_CREAT, 0644, fd) == EACCES);
  CHECK(o.mkdir(t.h("d"), 0755) == EACCES);
  CHECK(o.unlink(t.h("f"), false) == EACCES);
  REQUIRE(o.open(t.h("f"), O_RDONLY, 0, fd) == 0);
  CHECK(read_fd(fd) == "host");
  ::close(fd);
  CHECK(!fs::exists(t.h("new")));
}

TEST_CASE("created and changed files land in the sandbox", "[overlay_fs]") {
  Tree t;
  write_file(t.h("f"), "host");
  OverlayFs o(true, t.root, false);
  int fd = -1;
  REQUIRE(o.open(t.h("new"), O_WRONLY | O_CREAT | O_EXCL, 0644, fd) == 0);
  CHECK(::write(fd, "guest", 5) == 5);
  ::close(fd);
  CHECK(!fs::exists(t.h("new")));
  CHECK(read_file(t.r("new")) == "guest");
  CHECK(o.open(t.h("new"), O_WRONLY | O_CREAT | O_EXCL, 0644, fd) == EEXIST);
  CHECK(o.open(t.h("f"), O_WRONLY | O_CREAT | O_EXCL, 0644, fd) == EEXIST);  // the host's counts
  // A host file opened for writing is copied up first.
  REQUIRE(o.open(t.h("f"), O_RDWR, 0, fd) == 0);
  CHECK(::write(fd, "X", 1) == 1);
  CHECK(read_fd(fd) == "Xost");
  ::close(fd);
  CHECK(read_file(t.h("f")) == "host");
  CHECK(read_file(t.r("f")) == "Xost");
  // O_TRUNC needs no copy.
  write_file(t.h("g"), "old");
  REQUIRE(o.open(t.h("g"), O_WRONLY | O_TRUNC, 0, fd) == 0);
  ::close(fd);
  CHECK(fs::file_size(t.r("g")) == 0);
  CHECK(read_file(t.h("g")) == "old");
  CHECK(o.truncate(t.h("g"), 0) == 0);
  // Parents exist in the merged view or the creation fails as Linux's would.
  CHECK(o.open(t.h("no/such"), O_WRONLY | O_CREAT, 0644, fd) == ENOENT);
  fs::create_directories(t.h("d/e"));
  REQUIRE(o.mkdir(t.h("d/e/sub"), 0755) == 0);
  CHECK(fs::is_directory(t.r("d/e/sub")));
  CHECK(!fs::exists(t.h("d/e/sub")));
  CHECK(o.mkdir(t.h("d/e"), 0755) == EEXIST);
  CHECK(o.open(t.h("d/e"), O_RDONLY | O_CREAT, 0644, fd) == EISDIR);
  CHECK(o.open(t.h("d/e"), O_WRONLY, 0, fd) == EISDIR);
  // An unnamed temporary file (O_TMPFILE) in a host directory.
  REQUIRE(o.open(t.h("d"), O_RDWR | O_TMPFILE, 0600, fd) == 0);
  ::close(fd);
  CHECK(fs::is_empty(t.h("d/e")));
}

TEST_CASE("removing a host entry only hides it", "[overlay_fs]") {
  Tree t;
  write_file(t.h("f"), "host");
  fs::create_directories(t.h("d"));
  write_file(t.h("d/x"), "x");
  OverlayFs o(true, t.root, false);
  CHECK(o.unlink(t.h("d"), false) == EISDIR);
  CHECK(o.unlink(t.h("f"), true) == ENOTDIR);
  REQUIRE(o.unlink(t.h("f"), false) == 0);
  CHECK(exists(o, t.h("f")) == ENOENT);
  CHECK(o.unlink(t.h("f"), false) == ENOENT);
  CHECK(read_file(t.h("f")) == "host");
  int fd = -1;
  CHECK(o.open(t.h("f"), O_RDONLY, 0, fd) == ENOENT);
  REQUIRE(o.open(t.h("f"), O_WRONLY | O_CREAT | O_EXCL, 0644, fd) == 0);  // the name is free again
  ::close(fd);
  CHECK(exists(o, t.h("f")) == 0);
  // A directory: empty in the merged view once its host entries are hidden,
  // and a new one in its place does not show the host's old entries.
  CHECK(o.unlink(t.h("d"), true) == ENOTEMPTY);
  REQUIRE(o.unlink(t.h("d/x"), false) == 0);
  REQUIRE(o.unlink(t.h("d"), true) == 0);
  CHECK(exists(o, t.h("d")) == ENOENT);
  REQUIRE(o.mkdir(t.h("d"), 0755) == 0);
  CHECK(exists(o, t.h("d/x")) == ENOENT);
  CHECK(fs::exists(t.h("d/x")));
}

TEST_CASE("rename copies a host file up and hides its old name", "[overlay_fs]") {
  Tree t;
  write_file(t.h("f"), "host");
  fs::create_directories(t.h("hostdir"));
  OverlayFs o(true, t.root, false);
  REQUIRE(o.rename(t.h("f"), t.h("g"), 0) == 0);
  CHECK(exists(o, t.h("f")) == ENOENT);
  CHECK(read_file(t.r("g")) == "host");
  CHECK(read_file(t.h("f")) == "host");
  CHECK(!fs::exists(t.h("g")));
  CHECK(o.rename(t.h("f"), t.h("h"), 0) == ENOENT);
  CHECK(o.rename(t.h("g"), t.h("hostdir"), 0) == EISDIR);
  CHECK(o.rename(t.h("hostdir"), t.h("elsewhere"), 0) == EXDEV);  // as overlayfs: mv copies
  REQUIRE(o.mkdir(t.h("mine"), 0755) == 0);
  REQUIRE(o.rename(t.h("mine"), t.h("ours"), 0) == 0);  // a directory of the sandbox alone moves
  CHECK(exists(o, t.h("ours")) == 0);
  CHECK(exists(o, t.h("mine")) == ENOENT);
  CHECK(o.rename(t.h("ours"), t.h("ours/in"), 0) == EINVAL);
  CHECK(o.rename(t.h("g"), t.h("ours"), 1) == EEXIST);  // RENAME_NOREPLACE
}

TEST_CASE("a directory lists both layers, without what the guest removed", "[overlay_fs]") {
  Tree t;
  fs::create_directories(t.h("d"));
  write_file(t.h("d/host_only"), "");
  write_file(t.h("d/removed"), "");
  write_file(t.h("d/changed"), "host");
  OverlayFs o(true, t.root, false);
  int fd = -1;
  REQUIRE(o.open(t.h("d/changed"), O_WRONLY | O_APPEND, 0, fd) == 0);  // copied up: listed once
  ::close(fd);
  REQUIRE(o.open(t.h("d/new"), O_WRONLY | O_CREAT, 0644, fd) == 0);
  ::close(fd);
  REQUIRE(o.unlink(t.h("d/removed"), false) == 0);
  std::vector<sim::se::DirEntry> entries;
  REQUIRE(o.list(t.h("d"), entries) == 0);
  std::set<std::string> names;
  for (const auto& e : entries) CHECK(names.insert(e.name).second);
  CHECK(names == std::set<std::string>{".", "..", "changed", "host_only", "new"});
  CHECK(o.list(t.h("d/new"), entries) == ENOTDIR);
  CHECK(o.list(t.h("nothing"), entries) == ENOENT);
}

TEST_CASE("/proc is read-only but for the guest's standard streams", "[overlay_fs]") {
  Tree t;
  OverlayFs o(true, t.root, false);
  int fd = -1;
  CHECK(o.open("/proc/self/cwd/pa730-overlay-test-file", O_WRONLY | O_CREAT, 0644, fd) == EACCES);
  CHECK(o.open("/proc/self/root" + t.h("x"), O_WRONLY | O_CREAT, 0644, fd) == EACCES);
  CHECK(!fs::exists(t.h("x")));
  REQUIRE(o.open("/proc/self/fd/2", O_WRONLY, 0, fd) == 0);
  ::close(fd);
  CHECK(o.mkdir("/proc/self/cwd/d", 0755) == EACCES);
  CHECK(o.unlink("/proc/self/root" + t.h("x"), false) == EACCES);
}

TEST_CASE("a temporary sandbox is made at the first write and removed at the end", "[overlay_fs]") {
  Tree t;
  const char* old = std::getenv("TMPDIR");
  const std::string saved = old ? old : "";
  ::setenv("TMPDIR", t.root.c_str(), 1);
  {
    OverlayFs o(true, "", false);
    CHECK(fs::is_empty(t.root));
    int fd = -1;
    REQUIRE(o.open(t.h("new"), O_WRONLY | O_CREAT, 0644, fd) == 0);
    ::close(fd);
    REQUIRE(!fs::is_empty(t.root));
    CHECK(fs::directory_iterator(t.root)->path().filename().string().rfind("pa730-se-root.", 0) == 0);
  }
  CHECK(fs::is_empty(t.root));
  if (old) ::setenv("TMPDIR", saved.c_str(), 1);
  else ::unsetenv("TMPDIR");
}
