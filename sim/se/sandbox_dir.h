// The host directory that receives the files a guest writes under
// se.allow_writes (the overlay's upper layer, sim/se/overlay_fs.h).
//
// An explicit se.root names an existing directory that outlives the run.
// Otherwise a fresh pa730-se-root.XXXXXX is made under $TMPDIR (or /tmp) the
// first time the guest writes -- a run that writes nothing leaves nothing --
// and removed with everything in it when the run ends, unless se.keep_root
// asks to keep it (its path is then printed once on stderr).
#pragma once
#include <string>

namespace sim::se {

class SandboxDir {
 public:
  SandboxDir(std::string explicit_root, bool keep);
  ~SandboxDir();
  SandboxDir(const SandboxDir&) = delete;
  SandboxDir& operator=(const SandboxDir&) = delete;

  // The directory's absolute host path, made now if it does not exist yet;
  // empty when it cannot be made (errno says why).
  const std::string& path();
  // The path if the directory exists already, else empty (never creates).
  const std::string& existing() const { return path_; }

 private:
  std::string path_;
  bool temporary_;  // made by mkdtemp: ours to remove
  bool keep_;
  int failed_ = 0;  // errno of a failed mkdtemp: not tried again
};

}  // namespace sim::se
