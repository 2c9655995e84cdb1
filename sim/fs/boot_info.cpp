#include "sim/fs/boot_info.h"

#include <algorithm>
#include <cstddef>
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

constexpr uint32_t kPage = 4096;
constexpr size_t kNameBytes = BOOTINFO_NAME_BYTES;
static_assert(sizeof(BootInfo) <= kPage);

// Stores `v` big-endian at byte `offset` of the block (offsets from the
// structs of pa730/bootinfo.h: the guest reads them there).
void put_word(uint8_t* block, size_t offset, uint32_t v) {
  uint8_t* p = block + offset;
  p[0] = static_cast<uint8_t>(v >> 24);
  p[1] = static_cast<uint8_t>(v >> 16);
  p[2] = static_cast<uint8_t>(v >> 8);
  p[3] = static_cast<uint8_t>(v);
}
// Byte offset of module i's entry, of its args string.
constexpr size_t module_offset(size_t i) { return offsetof(BootInfo, modules) + sizeof(BootModule) * i; }
constexpr size_t args_offset(size_t i) { return offsetof(BootInfo, args) + BOOTINFO_ARGS_BYTES * i; }

}  // namespace

std::pair<std::string, std::string> split_workload_spec(const std::string& spec) {
  const size_t blank = spec.find_first_of(" \t");
  if (blank == std::string::npos) return {spec, ""};
  std::string args = spec.substr(blank + 1);
  if (args.size() > kMaxBootArgsLength)
    throw UserError(fmt::format("--workload '{}': arguments are {} bytes, at most {} fit in the boot information",
                                spec, args.size(), kMaxBootArgsLength));
  return {spec.substr(0, blank), std::move(args)};
}

BootModuleImage load_boot_module(const std::string& spec, uint64_t ram_bytes) {
  namespace fs = std::filesystem;
  auto [name_or_path, args] = split_workload_spec(spec);
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
  // Asked before reading: a module that cannot fit is refused at once,
  // however large the file.
  std::error_code size_error;
  const uintmax_t file_bytes = fs::file_size(file, size_error);
  if (!size_error && file_bytes > ram_bytes)
    throw UserError(fmt::format("--workload {}: {} is {} KB, larger than the simulated RAM ({} KB; memory.size_mb)",
                                name_or_path, file.string(), file_bytes >> 10, ram_bytes >> 10));
  BootModuleImage m;
  m.name = fs::path(name_or_path).stem().string().substr(0, kNameBytes - 1);
  m.args = std::move(args);
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
                            uint32_t ram_bytes, uint32_t tick_cycles, uint32_t flags) {
  if (modules.size() > kMaxBootModules)
    throw UserError(fmt::format("boot: at most {} workloads (got {})", kMaxBootModules, modules.size()));
  uint32_t next = top;
  std::vector<uint32_t> where;
  for (const auto& m : modules) {
    const uint32_t size = static_cast<uint32_t>(m.bytes.size());
    const uint32_t need = (size + kPage - 1) & ~(kPage - 1);
    if (need > next - floor) throw UserError(fmt::format("boot: workload {} does not fit in RAM", m.name));
    next -= need;
    if (size) std::memcpy(ram + next, m.bytes.data(), size);  // an empty image has no data() to copy (fuzz_boot_modules)
    where.push_back(next);
  }
  if (next - floor < kPage) throw UserError("boot: no room for the boot information");
  next -= kPage;
  uint8_t* bi = ram + next;
  std::memset(bi, 0, kPage);
  put_word(bi, offsetof(BootInfo, magic), BOOTINFO_MAGIC);
  put_word(bi, offsetof(BootInfo, ram_bytes), ram_bytes);
  put_word(bi, offsetof(BootInfo, module_count), static_cast<uint32_t>(modules.size()));
  put_word(bi, offsetof(BootInfo, tick_cycles), tick_cycles);
  put_word(bi, offsetof(BootInfo, flags), flags);
  for (size_t i = 0; i < modules.size(); ++i) {
    const size_t e = module_offset(i);
    std::memcpy(bi + e + offsetof(BootModule, name), modules[i].name.data(),
                std::min(modules[i].name.size(), kNameBytes - 1));
    put_word(bi, e + offsetof(BootModule, paddr), where[i]);
    put_word(bi, e + offsetof(BootModule, size), static_cast<uint32_t>(modules[i].bytes.size()));
    if (modules[i].args.size() > kMaxBootArgsLength)
      throw UserError(fmt::format("boot: the arguments of workload {} are longer than {} bytes", modules[i].name,
                                  kMaxBootArgsLength));
    std::memcpy(bi + args_offset(i), modules[i].args.data(), modules[i].args.size());
  }
  return next;
}

}  // namespace sim
