// The boot loader's hand-off to the guest kernel (sim/fs/boot_info.h):
// modules at the top of RAM, page-aligned, the boot information block
// below them, every word big-endian as the kernel reads it.
#include <catch2/catch.hpp>

#include <vector>

#include "sim/fs/boot_info.h"
#include "sim/user_error.h"

namespace {
uint32_t word_at(const std::vector<uint8_t>& ram, uint32_t a) {
  return (uint32_t{ram[a]} << 24) | (uint32_t{ram[a + 1]} << 16) | (uint32_t{ram[a + 2]} << 8) | ram[a + 3];
}
}  // namespace

TEST_CASE("boot modules and boot information are laid out from the top of RAM", "[boot_info]") {
  std::vector<uint8_t> ram(1 << 20, 0xee);
  std::vector<sim::BootModuleImage> modules(2);
  modules[0].name = "hello";
  modules[0].bytes.assign(5000, 0x11);  // two pages
  modules[1].name = "a_rather_long_module_name_indeed";
  modules[1].bytes.assign(10, 0x22);    // one page
  const uint32_t top = 1 << 20;
  const uint32_t bi = sim::place_boot_modules(ram.data(), top, 0x10000, modules, top);
  // Module 0 at top - 2 pages, module 1 one page below, the block one more.
  CHECK(bi == top - 4 * 4096);
  CHECK(word_at(ram, bi) == 0x50373330);  // "P730"
  CHECK(word_at(ram, bi + 4) == top);
  CHECK(word_at(ram, bi + 8) == 2);
  CHECK(std::string(reinterpret_cast<const char*>(&ram[bi + 16])) == "hello");
  CHECK(word_at(ram, bi + 16 + 24) == top - 2 * 4096);
  CHECK(word_at(ram, bi + 16 + 28) == 5000);
  // Names are cut to 23 characters and NUL-terminated.
  CHECK(std::string(reinterpret_cast<const char*>(&ram[bi + 48])) == "a_rather_long_module_na");
  CHECK(word_at(ram, bi + 48 + 24) == top - 3 * 4096);
  CHECK(ram[top - 2 * 4096] == 0x11);
  CHECK(ram[top - 2 * 4096 + 4999] == 0x11);
  CHECK(ram[top - 3 * 4096 + 9] == 0x22);
}

TEST_CASE("boot modules that do not fit are refused", "[boot_info]") {
  std::vector<uint8_t> ram(64 * 1024);
  std::vector<sim::BootModuleImage> modules(1);
  modules[0].name = "big";
  modules[0].bytes.assign(40 * 1024, 0);
  CHECK_THROWS_AS(sim::place_boot_modules(ram.data(), 64 * 1024, 32 * 1024, modules, 64 * 1024), sim::UserError);
  std::vector<sim::BootModuleImage> nine(9);
  CHECK_THROWS_AS(sim::place_boot_modules(ram.data(), 64 * 1024, 0, nine, 64 * 1024), sim::UserError);
}

TEST_CASE("boot information carries the flags and each module's argument string", "[boot_info]") {
  std::vector<uint8_t> ram(1 << 20, 0xee);
  std::vector<sim::BootModuleImage> modules(2);
  modules[0].name = "rpc_server";
  modules[0].bytes.assign(10, 0x11);
  modules[1].name = "rpc_client";
  modules[1].bytes.assign(10, 0x22);
  modules[1].args = "in:1024 1000 0";
  const uint32_t top = 1 << 20;
  const uint32_t bi = sim::place_boot_modules(ram.data(), top, 0x10000, modules, top, 0, 1u);
  // Layout of kernel_model/include/pa730/bootinfo.h: flags at 272, args at 276 + 128 * i.
  CHECK(word_at(ram, bi + 272) == 1u);
  CHECK(ram[bi + 276] == 0);  // no arguments: an empty string
  CHECK(std::string(reinterpret_cast<const char*>(&ram[bi + 276 + 128])) == "in:1024 1000 0");
  CHECK(ram[bi + 276 + 128 + 14] == 0);
  CHECK(ram[bi + 276 + 2 * 128] == 0);  // unused slots are zero
  // Without flags: 0.
  const uint32_t bi2 = sim::place_boot_modules(ram.data(), top, 0x10000, modules, top);
  CHECK(word_at(ram, bi2 + 272) == 0u);
}

TEST_CASE("workload specs NAME ARGS split at the first blank; too long is refused", "[boot_info]") {
  CHECK(sim::split_workload_spec("hello") == std::pair<std::string, std::string>{"hello", ""});
  CHECK(sim::split_workload_spec("rpc_client null 1000 0") ==
        std::pair<std::string, std::string>{"rpc_client", "null 1000 0"});
  CHECK(sim::split_workload_spec("a  b") == std::pair<std::string, std::string>{"a", " b"});
  CHECK_NOTHROW(sim::split_workload_spec("w " + std::string(127, 'x')));
  CHECK_THROWS_AS(sim::split_workload_spec("w " + std::string(128, 'x')), sim::UserError);
  std::vector<uint8_t> ram(1 << 20);
  std::vector<sim::BootModuleImage> modules(1);
  modules[0].name = "w";
  modules[0].bytes.assign(10, 0);
  modules[0].args.assign(128, 'x');
  CHECK_THROWS_AS(sim::place_boot_modules(ram.data(), 1 << 20, 0x10000, modules, 1 << 20), sim::UserError);
}
