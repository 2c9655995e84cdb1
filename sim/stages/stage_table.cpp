#include "sim/stages/stage_table.h"

namespace sim::stages {

namespace {

// The table's scheme column, as a token.
constexpr Scheme mt_ = Scheme::Mt;
constexpr Scheme inks_ = Scheme::Inks;
#define PA730_STAGE_ENTRY(id, scheme, key, label) StageInfo{id, scheme##_, #key, label},
constexpr StageInfo kAll[] = {PA730_STAGE_TABLE(PA730_STAGE_ENTRY)};
#undef PA730_STAGE_ENTRY
static_assert(std::size(kAll) == kMtStages + kInksStages, "stages.h: one table entry per stage");

#define PA730_SLOW_ENTRY(id, key, label) SlowReasonInfo{id, #key, label},
constexpr SlowReasonInfo kSlow[] = {PA730_SLOW_REASON_TABLE(PA730_SLOW_ENTRY)};
#undef PA730_SLOW_ENTRY
static_assert(std::size(kSlow) == kSlowReasons, "stages.h: one table entry per slow reason");

constexpr bool table_in_id_order() {
  for (unsigned i = 0; i < kMtStages; ++i)
    if (kAll[i].id != STAGE_MT_BASE + i || kAll[i].scheme != Scheme::Mt) return false;
  for (unsigned i = 0; i < kInksStages; ++i)
    if (kAll[kMtStages + i].id != STAGE_INKS_BASE + i || kAll[kMtStages + i].scheme != Scheme::Inks) return false;
  for (unsigned i = 0; i < kSlowReasons; ++i)
    if (kSlow[i].id != MARK_SLOW_BASE + i) return false;
  return true;
}
static_assert(table_in_id_order(), "stages.h: tables in marker-id order, MT first");

}  // namespace

const StageInfo& stage_info(Scheme s, unsigned index) {
  return kAll[(s == Scheme::Mt ? 0 : kMtStages) + index];
}

const SlowReasonInfo& slow_reason_info(unsigned index) { return kSlow[index]; }

}  // namespace sim::stages
