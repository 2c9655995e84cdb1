#include "kern/fpu.h"

extern "C" void fpu_save(uint64_t* area);
extern "C" void fpu_restore(const uint64_t* area);

namespace {
Thread* owner;  // whose values the FP registers hold
constexpr uint32_t kCcrFpu = 0xc0;  // CCR bits 24..25: coprocessors 0 and 1 (the FPU)

uint32_t read_ccr() {
  uint32_t v;
  asm volatile("mfctl %%cr10,%0" : "=r"(v));
  return v;
}
void write_ccr(uint32_t v) { asm volatile("mtctl %0,%%cr10" : : "r"(v) : "memory"); }
}  // namespace

void fpu_switch_to(Thread* next) { write_ccr(next == owner ? kCcrFpu : 0); }

bool fpu_claim(Thread* self) {
  if ((read_ccr() & kCcrFpu) == kCcrFpu) return false;  // enabled already: a real assist trap
  write_ccr(kCcrFpu);
  if (owner != self) {
    if (owner) fpu_save(owner->fp);
    fpu_restore(self->fp);
    owner = self;
  }
  return true;
}

void fpu_forget(Thread* t) {
  if (owner == t) owner = nullptr;
}
