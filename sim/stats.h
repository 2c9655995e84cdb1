// Named statistics, printed gem5-style ("name  value  # description") and
// written as JSON.  Each entry says what it counts.
#pragma once
#include <cstdint>
#include <cstdio>
#include <string>
#include <variant>
#include <vector>

namespace sim {

class Stats {
 public:
  void add(std::string name, uint64_t value, std::string description);
  void add(std::string name, double value, std::string description);
  void add(std::string name, std::string value, std::string description);
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
