// The stage clock: a StageListener that charges every instruction and cycle
// of a run to the current stage of each scheme (stages.h):
//
//  * two schemes at once, MT (0x10..0x16) and INKS (0x20..0x35), each with
//    one current stage, initially its "outside" stage;
//  * at every marker the counters' advance since the previous marker goes
//    to the current stage of EACH scheme, then the marker changes its
//    scheme's stage -- so the stages of a scheme sum to the run's totals;
//  * direction-relative kernel markers (0x40..0x49) map by the direction
//    the last STAGE_INKS(3) (request) or STAGE_INKS(13) (reply) set;
//  * control markers: MARK_MEASURE_BEGIN/END bound the region whose
//    figures are reported; MARK_CALL_BEGIN/END bound one measured call
//    (per-call totals, kernel share, minimum); MARK_FAST_PATH and
//    MARK_SLOW_BASE + reason count the path mach_msg took.
//
// A marker costs a counter sample (a few dozen additions) and one
// accumulation of a fixed-size array per scheme: no allocation, no lookup
// by name.  The measured region's figures are differences of the run's
// figures at its two ends, so they cost nothing per marker.
#pragma once
#include <array>
#include <cstdint>
#include <string>

#include "pa_risc/core.h"
#include "sim/stages/stage_table.h"

namespace sim::stages {

using Figures = pa::CounterSample;  // one stage's totals: every field summed

inline void add_delta(Figures& to, const Figures& now, const Figures& before) {
  uint64_t* t = to.begin();
  const uint64_t* a = now.begin();
  const uint64_t* b = before.begin();
  for (unsigned i = 0; i < Figures::kFields; ++i) t[i] += a[i] - b[i];
}

struct CallTotals {
  uint64_t calls = 0;
  uint64_t total_cycles = 0, total_insts = 0, kernel_cycles = 0, kernel_insts = 0;
  uint64_t min_total_cycles = ~uint64_t{0}, min_kernel_cycles = ~uint64_t{0};
  uint64_t min_total_insts = ~uint64_t{0}, min_kernel_insts = ~uint64_t{0};
};

class StageClock : public pa::StageListener {
 public:
  StageClock();
  void on_marker(uint32_t id, const pa::Core& core, uint64_t instructions, uint64_t cycles,
                 unsigned privilege) override;
  // Charges the rest of the run (after the last marker) and checks that the
  // stages of each scheme sum to the core's totals; throws std::logic_error
  // if they do not.
  void finish(const pa::Core& core);

  // Inside the measured region(s) (MARK_MEASURE_BEGIN..END).
  const Figures& measured(Scheme s, unsigned stage) const { return measured_[idx(s)][stage]; }
  // The whole run.
  const Figures& whole(Scheme s, unsigned stage) const { return whole_[idx(s)][stage]; }
  const Figures& totals() const { return last_; }  // the run's counters (after finish())
  const Figures& measured_totals() const { return measured_total_; }
  const CallTotals& calls() const { return calls_; }
  uint64_t fast_paths() const { return fast_; }
  uint64_t slow_paths(unsigned reason) const { return slow_[reason]; }
  uint64_t regions_begun() const { return regions_begun_; }
  uint64_t regions_ended() const { return regions_ended_; }
  uint64_t markers() const { return markers_; }
  uint64_t unknown_markers() const { return unknown_; }
  unsigned current(Scheme s) const { return current_[idx(s)]; }

 private:
  static constexpr unsigned idx(Scheme s) { return static_cast<unsigned>(s); }
  void charge(const Figures& now);
  void apply(uint32_t id, const Figures& now);
  void begin_region();
  void end_region();

  using PerStage = std::array<std::array<Figures, kInksStages>, kSchemes>;
  PerStage measured_{}, whole_{};
  PerStage region_start_{};    // whole_ when the open region began
  Figures region_start_total_{};
  Figures measured_total_{};
  Figures last_{};
  Figures call_start_{};
  std::array<unsigned, kSchemes> current_{};  // stage index per scheme
  bool request_ = true;                       // direction of the RPC in progress
  bool measuring_ = false;
  bool call_open_ = false;
  CallTotals calls_;
  uint64_t fast_ = 0;
  std::array<uint64_t, kSlowReasons> slow_{};
  uint64_t regions_begun_ = 0, regions_ended_ = 0, markers_ = 0, unknown_ = 0;
};

}  // namespace sim::stages
