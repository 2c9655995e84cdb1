#include "sim/fs/boot_info.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "sim/elf_image.h"
#include "sim/user_error.h"

namespace sim {

namespace {

constexpr uint32_t kMagic = 0x50373330;
constexpr uint32_t kPage = 4096;
constexpr size_t kNameBytes = 24;

void put_word(uint8_t* p, uint32_t v) {
  p[0] = static_cast<uint8_t>(v >> 24);
  p[1] = static_cast<uint8_t>(v >> 16);
  p[2] = static_cast<uint8_t>(v >> 8);
  p[3] = static_cast<uint8_t>(v);
}

}  // namespace

BootModuleImage load_boot_module(const std::string& name_or_path) {
  namespace fs = std::filesystem;
  const bool is_path = name_or_path.find('/') != std::string::npos;
  const fs::path file = is_path ? fs::path(name_or_path) : fs::path(PA730_GUEST_DIR) / "workloads" / (name_or_path + ".elf");
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::string known;
    if (!is_path) {
      std::vector<std::string> names;
      std::error_code ec;
      for (const auto& e : fs::directory_iterator(fs::path(PA730_GUEST_DIR) / "workloads", ec))
        if (e.path().extension() == ".elf") names.push_back(e.path().stem().string());
      std::sort(names.begin(), names.end());
      for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
    }
    throw UserError(fmt::format("--workload {}: cannot read {}{}", name_or_path, file.string(),
                                known.empty() ? "" : fmt::format(" (built workloads: {})", known)));
  }
  BootModuleImage m;
  m.name = fs::path(name_or_path).stem().string().substr(0, kNameBytes - 1);
  m.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (m.bytes.size() < 4 || std::memcmp(m.bytes.data(), "\x7f" "ELF", 4) != 0)
    throw UserError(fmt::format("--workload {}: {} is not an ELF file", name_or_path, file.string()));
  // The kernel's loader is small; refuse here, with the ELF loader's precise
  // message, what it could not run (wrong machine, dynamic, broken headers).
  try {
    (void)load_elf(file.string());
  } catch (const UserError& e) {
    throw UserError(fmt::format("--workload {}: {}", name_or_path, e.what()));
  }
  return m;
}

uint32_t place_boot_modules(uint8_t* ram, uint32_t top, uint32_t floor, const std::vector<BootModuleImage>& modules,
                            uint32_t ram_bytes, uint32_t tick_cycles) {
  if (modules.size() > kMaxBootModules)
    throw UserError(fmt::format("boot: at most {} workloads (got {})", kMaxBootModules, modules.size()));
  uint32_t next = top;
  std::vector<uint32_t> where;
  for (const auto& m : modules) {
    const uint32_t size = static_cast<uint32_t>(m.bytes.size());
    const uint32_t need = (size + kPage - 1) & ~(kPage - 1);
    if (need > next - floor) throw UserError(fmt::format("boot: workload {} does not fit in RAM", m.name));
    next -= need;
    std::memcpy(ram + next, m.bytes.data(), size);
    where.push_back(next);
  }
  if (next - floor < kPage) throw UserError("boot: no room for the boot information");
  next -= kPage;
  uint8_t* bi = ram + next;
  std::memset(bi, 0, kPage);
  put_word(bi + 0, kMagic);
  put_word(bi + 4, ram_bytes);
  put_word(bi + 8, static_cast<uint32_t>(modules.size()));
  put_word(bi + 12, tick_cycles);
  for (size_t i = 0; i < modules.size(); ++i) {
    uint8_t* e = bi + 16 + 32 * i;
    std::memcpy(e, modules[i].name.data(), std::min(modules[i].name.size(), kNameBytes - 1));
    put_word(e + 24, where[i]);
    put_word(e + 28, static_cast<uint32_t>(modules[i].bytes.size()));
  }
  return next;
}

}  // namespace sim
