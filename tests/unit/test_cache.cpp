// Cache timing model (cache/cache.h).  Every expected cycle count and set
// index below is worked out by hand in the comment beside it, from the rules
// in cache.h: hit 0, miss = miss_penalty (14), + dirty_writeback (14) when the
// victim is dirty; write-through stores + write_through_cycles.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "cache/cache.h"

namespace {

using cache::Cache;
using cache::CacheConfig;
using cache::SpaceHash;
using cache::WritePolicy;
using Catch::Matchers::Contains;

constexpr bool R = false;  // load / fetch
constexpr bool W = true;   // store
constexpr uint32_t kMiss = 14;
constexpr uint32_t kWb = 14;
constexpr uint32_t k256K = 256 * 1024;

}  // namespace

TEST_CASE("cache: cold miss, then hits in the same line", "[cache]") {
  Cache c(CacheConfig::hp730_dcache());
  REQUIRE(c.num_sets() == 8192);  // 256 KB / 32 B, direct-mapped
  CHECK(c.access(0, 0x1000, 0x1000, R) == kMiss);
  CHECK(c.access(0, 0x1000, 0x1000, R) == 0);
  CHECK(c.access(0, 0x101c, 0x101c, R) == 0);      // last word of the 32-byte line
  CHECK(c.access(0, 0x1020, 0x1020, R) == kMiss);  // next line
  const auto s = c.stats();
  CHECK(s.read_misses == 2);
  CHECK(s.read_hits == 2);
  CHECK(s.write_hits == 0);
  CHECK(s.write_misses == 0);
}

TEST_CASE("cache: two lines 256 KB apart evict each other (direct-mapped)", "[cache]") {
  Cache c(CacheConfig::hp730_dcache());
  // Offsets 0x10000 and 0x50000 differ only in bit 18, above the 13 index
  // bits (offset bits 5..17), and the space hash XORs the same 7 << 12 into
  // both: (0x10000 ^ 0x7000) >> 5 = 0xb80; (0x50000 ^ 0x7000) >> 5 = 0x2b80,
  // & 0x1fff = 0xb80.  Same set.
  const uint32_t a = 0x00010000, b = 0x00050000;
  REQUIRE(c.set_index(7, a) == 0xb80);
  REQUIRE(c.set_index(7, b) == 0xb80);
  // Ping-pong A,B,A,B,... 10 loads: each one evicts the other (clean) line,
  // so each is a miss of 14 cycles and nothing is written back:
  // 10 x 14 = 140 cycles.
  uint32_t total = 0;
  for (int i = 0; i < 5; ++i) {
    total += c.access(7, a, a, R);
    total += c.access(7, b, b, R);
  }
  CHECK(total == 140);
  CHECK(c.stats().read_misses == 10);
  CHECK(c.stats().read_hits == 0);
  CHECK(c.stats().writebacks == 0);
}

TEST_CASE("cache: dirty victim costs a write-back", "[cache]") {
  Cache c(CacheConfig::hp730_dcache());
  const uint32_t a = 0x00010000, b = 0x00050000;  // same set, see above
  CHECK(c.access(0, a, a, W) == kMiss);        // write-allocate: fill, line now dirty
  CHECK(c.is_dirty(0, a, a));
  CHECK(c.access(0, a + 4, a + 4, W) == 0);    // write hit, write-back: no stall
  CHECK(c.access(0, b, b, R) == kMiss + kWb);  // evicts dirty A: 14 + 14 = 28
  CHECK(c.stats().writebacks == 1);
  CHECK_FALSE(c.contains(0, a, a));
  CHECK(c.access(0, a, a, R) == kMiss);        // B was clean: 14
  CHECK(c.stats().writebacks == 1);
}

TEST_CASE("cache: write-through costs", "[cache]") {
  CacheConfig cfg = CacheConfig::hp730_dcache();
  cfg.write_policy = WritePolicy::write_through;
  cfg.write_through_cycles = 5;
  const uint32_t a = 0x00010000, b = 0x00050000;  // same set

  SECTION("write-allocate") {
    Cache c(cfg);
    CHECK(c.access(0, a, a, R) == kMiss);      // 14
    CHECK(c.access(0, a, a, W) == 5);          // hit, but the store goes to memory: 5
    CHECK_FALSE(c.is_dirty(0, a, a));          // write-through lines are never dirty
    CHECK(c.access(0, b, b, W) == kMiss + 5);  // miss: fill 14 + store 5 = 19; A clean
    CHECK(c.stats().writebacks == 0);
    CHECK(c.access(0, b, b, R) == 0);          // B was filled
  }
  SECTION("no write-allocate") {
    cfg.allocate_on_write_miss = false;
    Cache c(cfg);
    CHECK(c.access(0, a, a, W) == 5);      // store goes around the cache: 5, no fill
    CHECK_FALSE(c.contains(0, a, a));
    CHECK(c.access(0, a, a, R) == kMiss);  // so the load still misses: 14
    CHECK(c.stats().write_misses == 1);
    CHECK(c.stats().read_misses == 1);
  }
  SECTION("write-back without write-allocate") {
    cfg.write_policy = WritePolicy::write_back;
    cfg.allocate_on_write_miss = false;
    Cache c(cfg);
    CHECK(c.access(0, a, a, W) == 5);      // write-around: write_through_cycles
    CHECK_FALSE(c.contains(0, a, a));
    CHECK(c.access(0, a, a, R) == kMiss);
    CHECK(c.access(0, a, a, W) == 0);      // now a write-back hit
    CHECK(c.is_dirty(0, a, a));
  }
}

TEST_CASE("cache: 2-way LRU keeps both conflicting lines", "[cache]") {
  CacheConfig cfg = CacheConfig::hp730_dcache();
  cfg.ways = 2;
  Cache c(cfg);
  REQUIRE(c.num_sets() == 4096);  // 256 KB / 32 B / 2 ways; a way spans 128 KB
  const uint32_t a = 0x00010000, b = 0x00050000, d = 0x00090000;
  // All three select set (offset >> 5) & 0xfff = 0x800 (space 0: no hash).
  REQUIRE(c.set_index(0, a) == 0x800);
  REQUIRE(c.set_index(0, b) == 0x800);
  REQUIRE(c.set_index(0, d) == 0x800);
  // A and B ping-pong: 2 cold misses, then 8 hits = 28 cycles (the
  // direct-mapped cache of the test above pays 140 for the same 10 loads).
  uint32_t total = 0;
  for (int i = 0; i < 5; ++i) {
    total += c.access(0, a, a, R);
    total += c.access(0, b, b, R);
  }
  CHECK(total == 2 * kMiss);
  // LRU: touch A (B is now least recent), then D evicts B, not A.
  CHECK(c.access(0, a, a, R) == 0);
  CHECK(c.access(0, d, d, R) == kMiss);
  CHECK(c.contains(0, a, a));
  CHECK_FALSE(c.contains(0, b, b));
  CHECK(c.contains(0, d, d));
  // Now A is LRU: B comes back in place of A.
  CHECK(c.access(0, b, b, R) == kMiss);
  CHECK_FALSE(c.contains(0, a, a));
  CHECK(c.contains(0, d, d));
  // A flushed way is refilled before any valid way is evicted.
  c.flush_line(0, d, d);
  CHECK(c.access(0, a, a, W) == kMiss);
  CHECK(c.contains(0, b, b));
  // Dirty LRU victim: B is LRU now; E evicts it (clean) then A's turn: dirty.
  const uint32_t e = 0x000d0000;
  CHECK(c.access(0, e, e, R) == kMiss);          // evicts B (clean)
  CHECK(c.access(0, b, b, R) == kMiss + kWb);    // evicts A (LRU, dirty)
}

TEST_CASE("cache: space hashing puts the same offset of two spaces in different sets",
          "[cache]") {
  // D-cache: 8192 sets, index = offset bits 5..17; default hash XORs space
  // bits 0..5 into offset bits 12..17.  Offset 0x00401234:
  //   no hash:  0x00401234 >> 5 = 0x20091, & 0x1fff = 0x091
  //   space 1:  0x00401234 ^ (1 << 12) = 0x00400234 >> 5 = 0x20011 -> 0x011
  //   space 2:  0x00401234 ^ (2 << 12) = 0x00403234 >> 5 = 0x20191 -> 0x191
  //   space 0x41: only bits 0..5 count, 0x41 & 0x3f = 1 -> 0x011 (collides
  //   with space 1)
  const uint32_t off = 0x00401234;
  Cache d(CacheConfig::hp730_dcache());
  CHECK(d.set_index(0, off) == 0x091);
  CHECK(d.set_index(1, off) == 0x011);
  CHECK(d.set_index(2, off) == 0x191);
  CHECK(d.set_index(0x41, off) == 0x011);

  // I-cache: 4096 sets, index = offset bits 5..16, space bits 0..4 into
  // offset bits 12..16: the same three values masked by 0xfff; space 0x21
  // keeps only 0x21 & 0x1f = 1.
  Cache i(CacheConfig::hp730_icache());
  REQUIRE(i.num_sets() == 4096);
  CHECK(i.set_index(1, off) == 0x011);
  CHECK(i.set_index(2, off) == 0x191);
  CHECK(i.set_index(0x21, off) == 0x011);

  // Without hashing both spaces use set 0x091.
  CacheConfig flat = CacheConfig::hp730_dcache();
  flat.space_hash = SpaceHash::none;
  Cache f(flat);
  CHECK(f.set_index(1, off) == 0x091);
  CHECK(f.set_index(2, off) == 0x091);

  SECTION("two spaces, same offset, different physical pages coexist") {
    CHECK(d.access(1, off, 0x00101234, R) == kMiss);
    CHECK(d.access(2, off, 0x00202234, R) == kMiss);
    CHECK(d.access(1, off, 0x00101234, R) == 0);
    CHECK(d.access(2, off, 0x00202234, R) == 0);
    // Without hashing they would conflict in set 0x091.
    CHECK(f.access(1, off, 0x00101234, R) == kMiss);
    CHECK(f.access(2, off, 0x00202234, R) == kMiss);
    CHECK(f.access(1, off, 0x00101234, R) == kMiss);
  }
  SECTION("colliding spaces are told apart by the physical tag") {
    CHECK(d.access(1, off, 0x00101234, R) == kMiss);
    CHECK(d.access(0x41, off, 0x00301234, R) == kMiss);  // same set, other page
    CHECK_FALSE(d.contains(1, off, 0x00101234));          // evicted
    CHECK(d.access(1, off, 0x00101234, R) == kMiss);
    CHECK(d.access(0x41, off, 0x00101234, R) == 0);       // same physical line: hit
  }
}

TEST_CASE("cache: physical tags make virtual aliases in one set hit", "[cache]") {
  Cache c(CacheConfig::hp730_dcache());
  // Two virtual addresses 256 KB apart, one physical line.  Space 3 XORs
  // 3 << 12 into both: (0x01000 ^ 0x3000) >> 5 = 0x100 and
  // (0x41000 ^ 0x3000) >> 5 = 0x2100, & 0x1fff = 0x100: the same set.
  const uint32_t v1 = 0x00001000, v2 = 0x00041000, pa = 0x00007000;
  REQUIRE(c.set_index(3, v1) == 0x100);
  REQUIRE(c.set_index(3, v2) == 0x100);
  CHECK(c.access(3, v1, pa, W) == kMiss);
  CHECK(c.access(3, v2, pa + 8, R) == 0);  // alias hits the line v1 filled
  CHECK(c.is_dirty(3, v2, pa));
  // A non-equivalent alias (different set) of the same physical line is a
  // separate copy: it misses, and the hardware does not keep the two
  // coherent -- software must avoid such aliases (PA-RISC 1.1 "Address
  // Aliasing"); the model just charges what the hardware would.
  const uint32_t v3 = 0x00002000;
  REQUIRE(c.set_index(3, v3) != c.set_index(3, v1));
  CHECK(c.access(3, v3, pa, R) == kMiss);
  CHECK(c.contains(3, v1, pa));
  CHECK(c.contains(3, v3, pa));
}

TEST_CASE("cache: FDC writes a dirty line back and invalidates it", "[cache]") {
  Cache c(CacheConfig::hp730_dcache());
  const uint32_t a = 0x00010000;
  c.access(5, a, a, W);
  CHECK(c.flush_line(5, a + 16, a + 16) == kWb);  // any byte of the line; 0 + 14
  CHECK(c.stats().writebacks == 1);
  CHECK(c.stats().flushes == 1);
  CHECK_FALSE(c.contains(5, a, a));
  CHECK(c.flush_line(5, a, a) == 0);  // not present: nothing to do
  CHECK(c.stats().flushes == 2);
  CHECK(c.access(5, a, a, R) == kMiss);
  CHECK(c.flush_line(5, a, a) == 0);  // clean: invalidated, no write-back
  CHECK_FALSE(c.contains(5, a, a));
  CHECK(c.stats().writebacks == 1);
  // A line of another physical page in the selected set is left alone.
  c.access(5, a, a, W);
  CHECK(c.flush_line(5, a, 0x00990000) == 0);
  CHECK(c.is_dirty(5, a, a));

  SECTION("maintenance_cycles adds to each operation") {
    CacheConfig cfg = CacheConfig::hp730_dcache();
    cfg.maintenance_cycles = 2;
    Cache m(cfg);
    m.access(0, a, a, W);
    CHECK(m.flush_line(0, a, a) == 2 + kWb);
    CHECK(m.flush_line(0, a, a) == 2);
    CHECK(m.purge_line(0, a, a) == 2);
    CHECK(m.flush_entry(0, a) == 2);
  }
}

TEST_CASE("cache: FIC on the I-cache invalidates", "[cache]") {
  Cache ic(CacheConfig::hp730_icache());
  CHECK(ic.access(9, 0x4000, 0x8000, R) == kMiss);
  CHECK(ic.flush_line(9, 0x4000, 0x8000) == 0);  // I-cache lines are never dirty
  CHECK_FALSE(ic.contains(9, 0x4000, 0x8000));
  CHECK(ic.access(9, 0x4000, 0x8000, R) == kMiss);
  CHECK(ic.stats().writebacks == 0);
}

TEST_CASE("cache: PDC discards a dirty line without writing it back", "[cache]") {
  Cache c(CacheConfig::hp730_dcache());
  const uint32_t a = 0x00010000, b = 0x00050000;  // same set
  c.access(0, a, a, W);
  REQUIRE(c.is_dirty(0, a, a));
  CHECK(c.purge_line(0, a, a) == 0);
  CHECK_FALSE(c.contains(0, a, a));
  CHECK(c.stats().purges == 1);
  CHECK(c.stats().writebacks == 0);
  // The set is empty now: a conflicting load pays only the fill.
  CHECK(c.access(0, b, b, R) == kMiss);
  CHECK(c.stats().writebacks == 0);
}

TEST_CASE("cache: FDCE flushes the selected entry whatever it holds", "[cache]") {
  Cache c(CacheConfig::hp730_dcache());
  const uint32_t a = 0x00010000;  // set 0x800
  c.access(0, a, 0x00123000, W);
  // 0x00050000 selects set 0x800 too; no tag compare: the dirty line goes.
  CHECK(c.flush_entry(0, 0x00050000) == kWb);
  CHECK_FALSE(c.contains(0, a, 0x00123000));
  CHECK(c.flush_entry(0, a) == 0);  // empty entry
  CHECK(c.stats().flushes == 2);
  CHECK(c.stats().writebacks == 1);

  SECTION("an FDCE loop over every entry empties the cache") {
    // Three dirty and one clean line in different sets.
    c.access(0, 0x00000000, 0x00000000, W);
    c.access(0, 0x00000020, 0x00000020, W);
    c.access(0, 0x0003ffe0, 0x0003ffe0, W);
    c.access(0, 0x00001000, 0x00001000, R);
    // Loop as PDC_CACHE_INFO describes it: base 0, stride = line size,
    // count = number of sets.  Cost = 3 write-backs x 14 = 42.
    uint32_t total = 0;
    for (uint32_t i = 0; i < c.num_sets(); ++i) total += c.flush_entry(0, i * 32);
    CHECK(total == 3 * kWb);
    CHECK_FALSE(c.contains(0, 0x00001000, 0x00001000));
    CHECK(c.stats().writebacks == 1 + 3);
  }
  SECTION("2-way: every way of the set") {
    CacheConfig cfg = CacheConfig::hp730_dcache();
    cfg.ways = 2;
    Cache t(cfg);
    t.access(0, 0x00010000, 0x00010000, W);
    t.access(0, 0x00050000, 0x00050000, W);
    CHECK(t.flush_entry(0, 0x00010000) == 2 * kWb);
    CHECK_FALSE(t.contains(0, 0x00010000, 0x00010000));
    CHECK_FALSE(t.contains(0, 0x00050000, 0x00050000));
  }
}

TEST_CASE("cache: flush_all and invalidate_all", "[cache]") {
  Cache c(CacheConfig::hp730_dcache());
  c.access(0, 0x0000, 0x0000, W);
  c.access(0, 0x1000, 0x1000, W);
  c.access(0, 0x2000, 0x2000, R);
  CHECK(c.flush_all() == 2 * kWb);
  CHECK(c.stats().writebacks == 2);
  CHECK(c.stats().flushes == 0);
  CHECK_FALSE(c.contains(0, 0x2000, 0x2000));
  c.access(0, 0x0000, 0x0000, W);
  c.invalidate_all();
  CHECK_FALSE(c.contains(0, 0x0000, 0x0000));
  CHECK(c.flush_all() == 0);
  CHECK(c.stats().writebacks == 2);
}

TEST_CASE("cache: statistics", "[cache]") {
  Cache c(CacheConfig::hp730_dcache());
  const uint32_t a = 0x00010000, b = 0x00050000;  // same set
  c.access(0, a, a, R);      // read miss
  c.access(0, a, a, R);      // read hit
  c.access(0, a, a, W);      // write hit (dirty)
  c.access(0, b, b, W);      // write miss, evicts dirty A: write-back
  c.access(0, 0x40, 0x40, W);  // write miss
  c.flush_line(0, b, b);     // flush, write-back
  c.flush_entry(0, 0x40);    // flush, write-back
  c.purge_line(0, a, a);     // purge
  const auto s = c.stats();
  CHECK(s.read_hits == 1);
  CHECK(s.read_misses == 1);
  CHECK(s.write_hits == 1);
  CHECK(s.write_misses == 2);
  CHECK(s.writebacks == 3);
  CHECK(s.flushes == 2);
  CHECK(s.purges == 1);

  std::vector<std::string> names;
  std::vector<uint64_t> values;
  c.for_each_stat([&](std::string_view name, uint64_t value, std::string_view desc) {
    names.emplace_back(name);
    values.push_back(value);
    CHECK_FALSE(desc.empty());
  });
  CHECK(names == std::vector<std::string>{"read_hits", "read_misses", "write_hits",
                                          "write_misses", "writebacks", "flushes", "purges"});
  CHECK(values == std::vector<uint64_t>{1, 1, 1, 2, 3, 2, 1});

  c.reset_stats();
  const auto z = c.stats();
  CHECK(z.read_hits + z.read_misses + z.write_hits + z.write_misses + z.writebacks +
            z.flushes + z.purges ==
        0);
}

TEST_CASE("cache: configuration validation", "[cache]") {
  const auto with = [](auto edit) {
    CacheConfig c = CacheConfig::hp730_dcache();
    edit(c);
    return c;
  };
  CHECK_NOTHROW(CacheConfig::hp730_dcache().validate());
  CHECK_NOTHROW(CacheConfig::hp730_icache().validate());
  CHECK_NOTHROW(with([](CacheConfig& c) { c.ways = 8192; }).validate());  // fully associative
  CHECK_NOTHROW(with([](CacheConfig& c) { c.space_hash = SpaceHash::none; c.space_hash_bits = 0; })
                    .validate());

  CHECK_THROWS_AS(Cache(with([](CacheConfig& c) { c.size_bytes = 100000; })),
                  std::invalid_argument);
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.size_bytes = 100000; }).validate(),
                    Contains("size_bytes (100000) must be a non-zero power of two"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.size_bytes = 0; }).validate(),
                    Contains("size_bytes"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.line_bytes = 24; }).validate(),
                    Contains("line_bytes (24) must be a power of two"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.line_bytes = 2; }).validate(),
                    Contains("at least 4"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.size_bytes = 16; }).validate(),
                    Contains("line_bytes (32) is larger than size_bytes (16)"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.ways = 0; }).validate(), Contains("ways (0)"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.ways = 3; }).validate(),
                    Contains("ways (3) must be a power of two"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.ways = 16384; }).validate(),
                    Contains("exceeds the number of lines (8192"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.space_hash_bits = 0; }).validate(),
                    Contains("space_hash_bits (0) must be in 1..32"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.space_hash_bits = 33; }).validate(),
                    Contains("space_hash_bits"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.space_hash_shift = 32; }).validate(),
                    Contains("space_hash_shift (32) must be below 32"));
  CHECK_THROWS_WITH(with([](CacheConfig& c) { c.space_hash_shift = 4; }).validate(),
                    Contains("below log2(line_bytes)"));
}

// Hidden (not run by default, nor by ctest): build/tests/unit_tests "[.bench]"
TEST_CASE("cache: ns per hit access", "[.bench]") {
  for (uint32_t ways : {1u, 2u}) {
    CacheConfig cfg = CacheConfig::hp730_dcache();
    cfg.ways = ways;
    Cache c(cfg);
    // 1024 distinct lines (32 KB): after the first pass every access hits.
    constexpr uint32_t kLines = 1024;
    constexpr uint32_t kPasses = 100000;
    for (uint32_t i = 0; i < kLines; ++i) c.access(1, i * 32, 0x100000 + i * 32, false);
    uint64_t stall = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (uint32_t p = 0; p < kPasses; ++p)
      for (uint32_t i = 0; i < kLines; ++i)
        stall += c.access(1, i * 32 + (p & 28), 0x100000 + i * 32 + (p & 28), (i & 7) == 0);
    const auto t1 = std::chrono::steady_clock::now();
    const double ns = std::chrono::duration<double, std::nano>(t1 - t0).count();
    const double n = double(kLines) * kPasses;
    std::printf("cache bench (%u-way): %.0f hit accesses, %.2f ns/access, stall sum %llu\n",
                ways, n, ns / n, static_cast<unsigned long long>(stall));
    CHECK(stall == 0);
  }
}
