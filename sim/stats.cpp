#include "sim/stats.h"

#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>

#include "sim/user_error.h"

namespace sim {

void Stats::add(std::string name, uint64_t value, std::string description) {
  entries_.push_back({std::move(name), value, std::move(description)});
}
void Stats::add(std::string name, double value, std::string description) {
  entries_.push_back({std::move(name), value, std::move(description)});
}
void Stats::add(std::string name, std::string value, std::string description) {
  entries_.push_back({std::move(name), std::move(value), std::move(description)});
}

void Stats::print(std::FILE* out) const {
  fmt::print(out, "---------- pa730 statistics ----------\n");
  for (const auto& e : entries_) {
    const std::string v = std::visit(
        [](const auto& x) -> std::string {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, double>) return fmt::format("{:.6f}", x);
          else return fmt::format("{}", x);
        },
        e.value);
    fmt::print(out, "{:<36} {:>20}  # {}\n", e.name, v, e.description);
  }
}

void Stats::write_json(const std::string& path) const {
  nlohmann::ordered_json j;
  for (const auto& e : entries_) std::visit([&](const auto& x) { j[e.name] = x; }, e.value);
  std::ofstream f(path);
  if (!f) throw UserError(fmt::format("{}: cannot write statistics", path));
  f << j.dump(2) << "\n";
}

}  // namespace sim
