// A bare PA-RISC core on flat memory, for unit tests: no SystemC, no OS.
// Code is assembled from source text with the cross assembler so tests
// read like the manual's examples.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <memory>

#include "cache/cache.h"
#include "pa_risc/core.h"

namespace test {

// Assemble PA-RISC source (GNU as syntax) and return the words of .text.
// Fails the calling test (via exception) if the cross binutils are missing.
std::vector<uint32_t> assemble(const std::string& source);

class FlatBackend : public pa::MemoryBackend {
 public:
  FlatBackend(uint32_t base, uint32_t bytes);
  void fill(pa::GuestMemory& mem, uint32_t space, uint32_t offset, pa::Access access) override;
  uint32_t base() const { return base_; }
  uint32_t size() const { return static_cast<uint32_t>(bytes_.size()); }
  // The host address that physical address 0 would have: physical = virtual here.
  const uint8_t* physical_origin() const { return bytes_.data() - base_; }
  // Write a big-endian word behind the core's back (loading programs).
  void poke_word(uint32_t addr, uint32_t word);

 private:
  uint32_t base_;
  std::vector<uint8_t> bytes_;
};

class TestMachine {
 public:
  static constexpr uint32_t kCodeBase = 0x10000;
  static constexpr uint32_t kDataBase = 0x20000;

  // Functional: one cycle per instruction.  Timed: the PA7000 timing model,
  // with or without the 730's caches (cache::CacheConfig::hp730_*()).
  enum class Mode { Functional, Timed, TimedNoCaches };
  explicit TestMachine(Mode mode = Mode::Functional);
  // Load code at kCodeBase and point the queue at it (privilege 3).
  void load(const std::vector<uint32_t>& code);
  void load_asm(const std::string& source) { load(assemble(source)); }
  // Run until IAOQ front reaches `stop` (an offset into the code) or max insns.
  pa::RunResult run_to(uint32_t stop_offset, uint64_t max_insns = 100000);
  // Run exactly n instructions (nullified ones count), whatever they cost in cycles.
  pa::RunResult step(uint64_t n);

  uint32_t& gr(unsigned r) { return core.state().gr[r]; }
  pa::CpuState& state() { return core.state(); }
  uint32_t pc() const { return core.state().iaoq_front & ~3u; }

  uint64_t cycles() const { return core.state().cycles; }

  FlatBackend backend;
  pa::GuestMemory mem;
  pa::Core core;
  std::unique_ptr<cache::Cache> icache, dcache;
};

}  // namespace test
