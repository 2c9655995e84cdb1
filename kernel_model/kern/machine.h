// The few machine facts the kernel needs, as inline functions over the
// PA-RISC instructions that provide them.
#pragma once
#include <stdint.h>

namespace machine {

// Simulator devices (I/O space, reached untranslated).
inline volatile uint8_t* const kConsole = reinterpret_cast<volatile uint8_t*>(0xf0000000u);
inline volatile uint32_t* const kHalt = reinterpret_cast<volatile uint32_t*>(0xf0001000u);

inline uint32_t read_interval_timer() {
  uint32_t v;
  asm volatile("mfctl %%cr16,%0" : "=r"(v));
  return v;
}
inline void arm_interval_timer(uint32_t at) { asm volatile("mtctl %0,%%cr16" : : "r"(at)); }
inline uint32_t read_eirr() {
  uint32_t v;
  asm volatile("mfctl %%cr23,%0" : "=r"(v));
  return v;
}
inline void clear_eirr(uint32_t bits) { asm volatile("mtctl %0,%%cr23" : : "r"(bits)); }
inline void set_eiem(uint32_t mask) { asm volatile("mtctl %0,%%cr15" : : "r"(mask)); }
inline void enable_interrupts() { asm volatile("ssm 1,%%r0" : : : "memory"); }
inline bool interrupts_enabled() {
  uint32_t mask;
  asm volatile("ssm 0,%0" : "=r"(mask));  // reads the system mask, sets nothing
  return mask & 1u;
}
inline void disable_interrupts() { asm volatile("rsm 1,%%r0" : : : "memory"); }

constexpr uint32_t kEirrTimer = 0x80000000u;  // EIRR/EIEM bit 0

[[noreturn]] inline void halt(uint32_t status) {
  *kHalt = status;
  for (;;) {
  }
}

}  // namespace machine
