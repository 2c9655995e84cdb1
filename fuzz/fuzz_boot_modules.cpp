// Any set of boot modules (names, argument strings, images, sizes) placed
// in RAM with the boot information: place_boot_modules lays them out or
// refuses with a UserError; it never writes outside RAM.
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "sim/fs/boot_info.h"
#include "sim/user_error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 8) return 0;
  auto u16 = [&](size_t at) { return static_cast<uint32_t>(data[at] << 8 | data[at + 1]); };
  // RAM of 4..64 pages, the kernel's end somewhere inside it.
  const uint32_t pages = 4 + (data[0] % 61);
  const uint32_t ram_bytes = pages * 4096;
  const uint32_t floor = (u16(1) % pages) * 4096;
  const unsigned count = data[3] % 12;
  std::vector<sim::BootModuleImage> modules;
  size_t at = 4;
  for (unsigned i = 0; i < count && at + 4 <= size; ++i) {
    sim::BootModuleImage m;
    const uint32_t name_len = data[at] % 48, args_len = data[at + 1];
    const uint32_t image_len = u16(at + 2) * 8;
    at += 4;
    auto take = [&](uint32_t n) {
      std::string s;
      for (uint32_t k = 0; k < n && at < size; ++k) s.push_back(static_cast<char>(data[at++]));
      return s;
    };
    m.name = take(name_len);
    m.args = take(args_len);
    m.bytes.assign(image_len, static_cast<uint8_t>(i));
    modules.push_back(std::move(m));
  }
  // Guard zones around RAM catch writes outside it (ASan reports them too).
  std::vector<uint8_t> memory(ram_bytes + 2 * 4096, 0xa5);
  uint8_t* ram = memory.data() + 4096;
  try {
    const uint32_t info = sim::place_boot_modules(ram, ram_bytes, floor, modules, ram_bytes, 1000, 0);
    if (info < floor || info >= ram_bytes) __builtin_trap();
  } catch (const sim::UserError&) {
  }
  for (size_t i = 0; i < 4096; ++i)
    if (memory[i] != 0xa5 || memory[ram_bytes + 4096 + i] != 0xa5) __builtin_trap();
  return 0;
}
