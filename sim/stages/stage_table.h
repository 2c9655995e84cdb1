// The stages and markers of kernel_model/include/pa730/stages.h as tables
// the simulator can index: one entry per stage of each scheme (MT, INKS)
// and one per slow-path reason, with the JSON key and the label.  The ids
// are stages.h's own; nothing here defines one.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

#include "kernel_model/include/pa730/stages.h"

namespace sim::stages {

enum class Scheme : uint8_t { Mt, Inks };
constexpr unsigned kSchemes = 2;
inline constexpr std::string_view scheme_key(Scheme s) { return s == Scheme::Mt ? "mt" : "inks"; }

constexpr unsigned kMtStages = STAGE_MT_COUNT;
constexpr unsigned kInksStages = STAGE_INKS_COUNT;
constexpr unsigned kSlowReasons = SLOW_REASON_COUNT;
constexpr unsigned stage_count(Scheme s) { return s == Scheme::Mt ? kMtStages : kInksStages; }

struct StageInfo {
  uint32_t id;
  Scheme scheme;
  std::string_view key;    // JSON key: the paper_tables.json row key (MT) or row number (INKS)
  std::string_view label;  // what the stage is
};

// Stage `index` (marker id - base) of a scheme.
const StageInfo& stage_info(Scheme s, unsigned index);

struct SlowReasonInfo {
  uint32_t id;
  std::string_view key;
  std::string_view label;
};
const SlowReasonInfo& slow_reason_info(unsigned index);  // id - MARK_SLOW_BASE

}  // namespace sim::stages
