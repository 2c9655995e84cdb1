// Statistics reported by their objects: for_each_stat(add) gives each
// counter's name, value and description in a fixed order, and
// sim::Stats::adder(prefix) collects them under the owner's name.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cache/cache.h"
#include "mmu/tlb.h"
#include "pa_risc/core_stats.h"
#include "sim/stats.h"
#include "tests/support/test_machine.h"

namespace {

struct Seen {
  std::vector<std::string> names;
  template <class V>
  void operator()(std::string_view name, V, std::string_view description) {
    CHECK(!description.empty());
    names.emplace_back(name);
  }
};

}  // namespace

TEST_CASE("stats: a TLB reports its insertions and evictions, unprefixed", "[stats]") {
  mmu::Tlb tlb(mmu::TlbConfig{});
  Seen seen;
  tlb.for_each_stat([&](std::string_view n, uint64_t v, std::string_view d) { seen(n, v, d); });
  CHECK(seen.names == std::vector<std::string>{"inserts", "evictions"});
}

TEST_CASE("stats: the core reports cpu counters; stalls and classes only when timed", "[stats]") {
  for (const auto mode : {test::TestMachine::Mode::Functional, test::TestMachine::Mode::Timed}) {
    test::TestMachine m(mode);
    Seen seen;
    m.core.for_each_stat([&](std::string_view n, auto v, std::string_view d) { seen(n, v, d); });
    REQUIRE(!seen.names.empty());
    CHECK(seen.names.front() == "interruptions.total");
    const bool timed = mode == test::TestMachine::Mode::Timed;
    CHECK(seen.names.back() == (timed ? "cpi" : "timing"));
  }
}

TEST_CASE("stats: Stats::adder prefixes the names an object reports", "[stats]") {
  cache::Cache c(cache::CacheConfig::hp730_dcache());
  sim::Stats st;
  c.for_each_stat(st.adder("dcache."));
  const std::string path = std::string(PA730_BUILD_DIR) + "/test_stats.json";
  st.write_json(path);
  std::FILE* f = std::fopen(path.c_str(), "r");
  REQUIRE(f);
  std::string text(4096, '\0');
  text.resize(std::fread(text.data(), 1, text.size(), f));
  std::fclose(f);
  std::remove(path.c_str());
  CHECK(text.find("\"dcache.read_hits\": 0") != std::string::npos);
  CHECK(text.find("\"dcache.purges\": 0") != std::string::npos);
}
