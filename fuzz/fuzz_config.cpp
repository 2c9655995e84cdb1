// Any configuration file and --set values: load_config gives a machine
// configuration or a UserError naming the problem; nothing else escapes.
// Input: the file text, then after a NUL byte one --set value per line.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "sim/config.h"
#include "sim/user_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  const std::string text = input.substr(0, nul);
  std::vector<std::string> overrides;
  if (nul != std::string::npos) {
    std::istringstream lines(input.substr(nul + 1));
    for (std::string line; std::getline(lines, line);) overrides.push_back(line);
  }
  static const std::string path = "/tmp/pa730-fuzz-config." + std::to_string(getpid()) + ".cfg";
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  try {
    const sim::MachineConfig cfg = sim::load_config(path, overrides);
    (void)sim::config_settings(cfg);
  } catch (const sim::UserError&) {
  }
  return 0;
}
