// The machine configuration has one source per fact: the built-in defaults
// (pa_risc/timing.h's PA730_TIMING_PARAMS, sim/config.h, the caches'
// hp730_*cache()) and configs/hp730.cfg, which documents each value's
// source, must agree -- a default changed without the file fails here.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <string>

#include "pa_risc/timing.h"
#include "sim/config.h"

namespace {

// configs/hp730.cfg as "section.key" -> value text (comments and blanks dropped).
std::map<std::string, std::string> read_ini(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  std::map<std::string, std::string> out;
  std::string line, section;
  const auto trim = [](std::string s) {
    const size_t a = s.find_first_not_of(" \t\r");
    const size_t b = s.find_last_not_of(" \t\r");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
  };
  while (std::getline(in, line)) {
    line = trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    if (line.front() == '[') {
      section = line.substr(1, line.find(']') - 1);
      continue;
    }
    const size_t eq = line.find('=');
    REQUIRE(eq != std::string::npos);
    out[section + "." + trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
  }
  return out;
}

// Numbers compare by value (the file writes addresses in hex).
bool same_value(const std::string& a, const std::string& b) {
  if (a == b) return true;
  try {
    size_t ua = 0, ub = 0;
    const unsigned long long na = std::stoull(a, &ua, 0), nb = std::stoull(b, &ub, 0);
    return ua == a.size() && ub == b.size() && na == nb;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace

TEST_CASE("configs/hp730.cfg holds every timing parameter at its default", "[config]") {
  const auto ini = read_ini(sim::default_config_path());
  const pa::TimingParams defaults;
  int checked = 0;
#define PA730_CHECK_TIMING(name, default_value, description)       \
  {                                                                \
    INFO("timing." #name);                                         \
    REQUIRE(ini.count("timing." #name) == 1);                      \
    CHECK(ini.at("timing." #name) == std::to_string(default_value)); \
    CHECK(defaults.name == default_value);                         \
    ++checked;                                                     \
  }
  PA730_TIMING_PARAMS(PA730_CHECK_TIMING)
#undef PA730_CHECK_TIMING
  CHECK(checked == 16);
}

TEST_CASE("every key of configs/hp730.cfg has the built-in default's value", "[config]") {
  const auto ini = read_ini(sim::default_config_path());
  const sim::MachineConfig built_in;
  const sim::MachineConfig loaded = sim::load_config(sim::default_config_path(), {});
  const auto defaults = sim::config_settings(built_in);
  const auto from_file = sim::config_settings(loaded);
  REQUIRE(defaults.size() == from_file.size());
  for (size_t i = 0; i < defaults.size(); ++i) {
    const auto& [key, value] = defaults[i];
    INFO(key << ": built in " << value << ", configs/hp730.cfg " << from_file[i].second);
    REQUIRE(from_file[i].first == key);
    // The file lists every key the simulator knows.
    CHECK(ini.count(key) == 1);
    // The core's own default is the functional model, one cycle per
    // instruction; the machine file turns the PA7000 timing on.
    if (key == "timing.enabled") {
      CHECK(value == "false");
      CHECK(from_file[i].second == "true");
      continue;
    }
    CHECK(same_value(value, from_file[i].second));
  }
  CHECK(ini.size() == defaults.size());
}
