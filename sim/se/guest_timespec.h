// struct timespec as a Linux/hppa guest passes it: old_timespec32
// {s32 sec, s32 nsec} or, for the *_time64 calls, __kernel_timespec
// {s64 sec, s64 nsec}, big-endian, in guest memory.
#pragma once
#include <algorithm>
#include <cstdint>

#include "pa_risc/guest_memory.h"

namespace sim::se {

constexpr uint64_t kNsPerSec = 1000000000ull;

// False: not a valid time (negative, or nanoseconds out of range).
inline bool read_timespec(pa::GuestMemory& mem, uint32_t at, bool time64, uint64_t& ns) {
  int64_t sec;
  uint32_t nsec;
  if (time64) {
    sec = static_cast<int64_t>(mem.host_load<uint64_t>(0, at));
    nsec = mem.host_load<uint32_t>(0, at + 12);  // a 32-bit task's nsec: the low word only
  } else {
    sec = static_cast<int32_t>(mem.host_load<uint32_t>(0, at));
    nsec = mem.host_load<uint32_t>(0, at + 4);
  }
  if (sec < 0 || nsec >= kNsPerSec) return false;
  constexpr int64_t kMaxSec = int64_t{1} << 32;  // far beyond any run; keeps the arithmetic exact
  ns = static_cast<uint64_t>(std::min(sec, kMaxSec)) * kNsPerSec + nsec;
  return true;
}

inline void write_timespec(pa::GuestMemory& mem, uint32_t at, bool time64, uint64_t ns) {
  if (time64) {
    mem.host_store<uint64_t>(0, at, ns / kNsPerSec);
    mem.host_store<uint64_t>(0, at + 8, ns % kNsPerSec);
  } else {
    mem.host_store<uint32_t>(0, at, static_cast<uint32_t>(ns / kNsPerSec));
    mem.host_store<uint32_t>(0, at + 4, static_cast<uint32_t>(ns % kNsPerSec));
  }
}

}  // namespace sim::se
