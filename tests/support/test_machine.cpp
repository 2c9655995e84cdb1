#include "tests/support/test_machine.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>

namespace test {

std::vector<uint32_t> assemble(const std::string& source) {
  char dir[] = "/tmp/pa730-asm-XXXXXX";
  if (!mkdtemp(dir)) throw std::runtime_error("mkdtemp failed");
  const std::string d = dir;
  {
    std::ofstream s(d + "/t.s");
    s << "\t.level 1.1\n\t.text\n" << source << "\n";
  }
  const std::string cmd = "hppa-linux-gnu-as -o " + d + "/t.o " + d + "/t.s 2>" + d + "/err && " +
                          "hppa-linux-gnu-objcopy -O binary -j .text " + d + "/t.o " + d + "/t.bin";
  const int rc = std::system(cmd.c_str());
  std::string err;
  {
    std::ifstream e(d + "/err");
    err.assign(std::istreambuf_iterator<char>(e), {});
  }
  std::vector<uint32_t> words;
  if (rc == 0) {
    std::ifstream b(d + "/t.bin", std::ios::binary);
    unsigned char w[4];
    while (b.read(reinterpret_cast<char*>(w), 4))
      words.push_back((uint32_t{w[0]} << 24) | (uint32_t{w[1]} << 16) | (uint32_t{w[2]} << 8) | w[3]);
  }
  std::system(("rm -rf " + d).c_str());
  if (rc != 0) throw std::runtime_error("assembly failed: " + err);
  return words;
}

FlatBackend::FlatBackend(uint32_t base, uint32_t bytes) : base_(base), bytes_(bytes, 0) {}

void FlatBackend::fill(pa::GuestMemory& mem, uint32_t, uint32_t offset, pa::Access) {
  if (offset < base_ || offset - base_ >= bytes_.size()) return;
  const uint32_t vpn = offset >> pa::kPageBits;
  mem.map_page(vpn, bytes_.data() + ((vpn << pa::kPageBits) - base_), true, true, true);
}

TestMachine::TestMachine(Mode mode) : backend(0x10000, 0x40000), mem(&backend), core(mem) {
  core.state().cr[pa::cr::Ccr] = 0xc0;  // FP coprocessor enabled, as a Linux process has it
  if (mode == Mode::Functional) return;
  pa::TimingParams t;
  t.enabled = true;
  core.set_timing(t);
  if (mode == Mode::Timed) {
    icache = std::make_unique<cache::Cache>(cache::CacheConfig::hp730_icache());
    dcache = std::make_unique<cache::Cache>(cache::CacheConfig::hp730_dcache());
  }
  core.set_caches(icache.get(), dcache.get(), backend.physical_origin());
}

void FlatBackend::poke_word(uint32_t addr, uint32_t word) {
  for (unsigned i = 0; i < 4; ++i) bytes_.at(addr - base_ + i) = static_cast<uint8_t>(word >> (24 - 8 * i));
}

void TestMachine::load(const std::vector<uint32_t>& code) {
  // Straight into memory: loading must not touch the caches or statistics.
  for (size_t i = 0; i < code.size(); ++i) backend.poke_word(kCodeBase + static_cast<uint32_t>(4 * i), code[i]);
  for (uint32_t vpn = kCodeBase >> pa::kPageBits; vpn <= (kCodeBase + 4 * code.size()) >> pa::kPageBits; ++vpn)
    mem.unmap_page(vpn);  // drop any predecode of the old contents
  core.state().iaoq_front = kCodeBase | 3u;
  core.state().iaoq_back = (kCodeBase + 4) | 3u;
}

pa::RunResult TestMachine::step(uint64_t n) {
  pa::RunResult r;
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t before = core.counters().instructions;
    // A one-cycle budget issues exactly one instruction (or none, when the
    // loop stops first to look at interrupts).
    while (core.counters().instructions == before) {
      r = core.run(1);
      if (r.reason != pa::StopReason::BudgetExhausted) return r;
    }
  }
  return r;
}

pa::RunResult TestMachine::run_to(uint32_t stop_offset, uint64_t max_insns) {
  pa::RunResult r;
  for (uint64_t i = 0; i < max_insns; ++i) {
    if (pc() == kCodeBase + stop_offset && !core.state().nullify_next) return r;
    r = step(1);
    if (r.reason == pa::StopReason::Trap) return r;
  }
  throw std::runtime_error("run_to: stop address not reached");
}

}  // namespace test
