// The end of the road: print why, the interrupted registers if any, and
// halt the simulation with a non-zero status.
#pragma once
#include "arch/pcb.h"

constexpr uint32_t kPanicStatus = 3;

[[noreturn]] void panic(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void panic_trap(const SavedState& ss, const char* why);
const char* interruption_name(uint32_t code);
