#include "sim/stages/stage_clock.h"

#include <cstring>
#include <fmt/format.h>
#include <stdexcept>

namespace sim::stages {

StageClock::StageClock() {
  current_[idx(Scheme::Mt)] = STAGE_MT_OUTSIDE - STAGE_MT_BASE;
  current_[idx(Scheme::Inks)] = STAGE_INKS_OUTSIDE - STAGE_INKS_BASE;
}

void StageClock::charge(const Figures& now) {
  // One delta, both schemes, two fields at a time (the arrays never
  // overlap: two schemes' stages and the last sample).
  uint64_t* __restrict mt = whole_[idx(Scheme::Mt)][current_[idx(Scheme::Mt)]].begin();
  uint64_t* __restrict inks = whole_[idx(Scheme::Inks)][current_[idx(Scheme::Inks)]].begin();
  uint64_t* __restrict last = last_.begin();
  const uint64_t* __restrict n = now.begin();
  using Pair = uint64_t __attribute__((vector_size(16)));
  const auto get = [](const uint64_t* p) {
    Pair v;
    std::memcpy(&v, p, sizeof v);
    return v;
  };
  const auto put = [](uint64_t* p, Pair v) { std::memcpy(p, &v, sizeof v); };
  unsigned f = 0;
  for (; f + 2 <= Figures::kFields; f += 2) {
    const Pair v = get(n + f);
    const Pair d = v - get(last + f);
    put(mt + f, get(mt + f) + d);
    put(inks + f, get(inks + f) + d);
    put(last + f, v);
  }
  for (; f < Figures::kFields; ++f) {
    const uint64_t d = n[f] - last[f];
    mt[f] += d;
    inks[f] += d;
    last[f] = n[f];
  }
}

void StageClock::begin_region() {
  if (measuring_) return;
  measuring_ = true;
  region_start_ = whole_;
  region_start_total_ = last_;
}

void StageClock::end_region() {
  if (!measuring_) return;
  measuring_ = false;
  for (unsigned s = 0; s < kSchemes; ++s)
    for (unsigned i = 0; i < stage_count(static_cast<Scheme>(s)); ++i)
      add_delta(measured_[s][i], whole_[s][i], region_start_[s][i]);
  add_delta(measured_total_, last_, region_start_total_);
}

void StageClock::on_marker(uint32_t id, const pa::Core& core, uint64_t instructions, uint64_t cycles, unsigned) {
  Figures now;
  core.sample(instructions, cycles, now);
  charge(now);
  apply(id, now);
}

void StageClock::apply(uint32_t id, const Figures& now) {
  ++markers_;
  constexpr unsigned mt = idx(Scheme::Mt), inks = idx(Scheme::Inks);
  if (id >= STAGE_MT_BASE && id < STAGE_MT_BASE + STAGE_MT_COUNT) {
    current_[mt] = id - STAGE_MT_BASE;
  } else if (id >= STAGE_INKS_BASE && id < STAGE_INKS_BASE + STAGE_INKS_COUNT) {
    current_[inks] = id - STAGE_INKS_BASE;
    if (id == STAGE_INKS(3)) request_ = true;
    if (id == STAGE_INKS(13)) request_ = false;
  } else if (id >= KSTEP_BEFORE_COPYIN && id <= KSTEP_COPYOUT) {
    current_[inks] = (request_ ? 4 : 14) + (id - KSTEP_BEFORE_COPYIN);
  } else if (id == MT_ENTRY_EXIT_SENDER || id == MT_ENTRY_EXIT_RECEIVER) {
    const bool client = (id == MT_ENTRY_EXIT_SENDER) == request_;
    current_[mt] = (client ? STAGE_MT_CLIENT_ENTRY_EXIT : STAGE_MT_SERVER_ENTRY_EXIT) - STAGE_MT_BASE;
  } else if (id == MARK_MEASURE_BEGIN) {
    begin_region();
    ++regions_begun_;
  } else if (id == MARK_MEASURE_END) {
    end_region();
    ++regions_ended_;
  } else if (id == MARK_CALL_BEGIN) {
    call_open_ = measuring_;
    call_start_ = now;
  } else if (id == MARK_CALL_END) {
    if (!call_open_) return;
    call_open_ = false;
    const uint64_t total = now.cycles - call_start_.cycles;
    const uint64_t kernel = now.kernel_cycles - call_start_.kernel_cycles;
    ++calls_.calls;
    calls_.total_cycles += total;
    const uint64_t insts = now.insts - call_start_.insts;
    const uint64_t kernel_insts = now.kernel_insts - call_start_.kernel_insts;
    calls_.total_insts += insts;
    calls_.kernel_cycles += kernel;
    calls_.kernel_insts += kernel_insts;
    if (total < calls_.min_total_cycles) calls_.min_total_cycles = total;
    if (kernel < calls_.min_kernel_cycles) calls_.min_kernel_cycles = kernel;
    if (insts < calls_.min_total_insts) calls_.min_total_insts = insts;
    if (kernel_insts < calls_.min_kernel_insts) calls_.min_kernel_insts = kernel_insts;
  } else if (id == MARK_FAST_PATH) {
    if (measuring_) ++fast_;
  } else if (id >= MARK_SLOW_BASE && id < MARK_SLOW_BASE + SLOW_REASON_COUNT) {
    if (measuring_) ++slow_[id - MARK_SLOW_BASE];
  } else {
    ++unknown_;
  }
}

void StageClock::finish(const pa::Core& core) {
  Figures now;
  core.sample(core.counters().instructions, core.state().cycles, now);
  charge(now);
  end_region();  // a region still open ends with the run
  // Every instruction and cycle belongs to exactly one stage of each scheme.
  for (unsigned s = 0; s < kSchemes; ++s) {
    Figures whole{}, region{};
    for (unsigned i = 0; i < stage_count(static_cast<Scheme>(s)); ++i) {
      add_delta(whole, whole_[s][i], Figures{});
      add_delta(region, measured_[s][i], Figures{});
    }
    for (unsigned f = 0; f < Figures::kFields; ++f) {
      if (whole.begin()[f] != now.begin()[f] || region.begin()[f] != measured_total_.begin()[f])
        throw std::logic_error(fmt::format("stage clock: the {} stages do not sum to the totals (field {})",
                                           scheme_key(static_cast<Scheme>(s)), f));
    }
  }
}

}  // namespace sim::stages
