// Any bytes as an ELF executable: load_elf accepts it or says why in a
// UserError; nothing else may escape, and nothing may crash.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "sim/elf_image.h"
#include "sim/user_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/pa730-fuzz-elf." + std::to_string(getpid());
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  try {
    const sim::ElfImage img = sim::load_elf(path);
    (void)img.end_of_data();
  } catch (const sim::UserError&) {
  }
  return 0;
}
