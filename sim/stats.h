// Named statistics, printed gem5-style ("name  value  # description") and
// written as JSON.  Each entry says what it counts.
//
// Objects report their own counters: each has a for_each_stat(add) that
// calls add(name, value, description) once per counter, in a fixed order
// (pa::Core, cache::Cache, mmu::Tlb, se::LinuxProcess).  A run collects them
// with obj.for_each_stat(stats.adder("prefix.")); docs/statistics.md.
#pragma once
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace sim {

class Stats {
 public:
  void add(std::string name, uint64_t value, std::string description);
  void add(std::string name, double value, std::string description);
  void add(std::string name, std::string value, std::string description);
  // The add(name, value, description) an object's for_each_stat() is given:
  // appends "<prefix><name>".  Values are uint64_t, double or std::string.
  auto adder(std::string prefix = {}) {
    return [this, prefix = std::move(prefix)](std::string_view name, auto value, std::string_view description) {
      add(prefix + std::string(name), std::move(value), std::string(description));
    };
  }
  void print(std::FILE* out) const;
  void write_json(const std::string& path) const;  // throws UserError if unwritable

 private:
  struct Entry {
    std::string name;
    std::variant<uint64_t, double, std::string> value;
    std::string description;
  };
  std::vector<Entry> entries_;
};

}  // namespace sim
