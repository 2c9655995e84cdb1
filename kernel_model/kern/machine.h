// The few machine facts the kernel needs, as inline functions over the
// PA-RISC instructions that provide them.
#pragma once
#include <stdint.h>

namespace machine {

// Simulator devices (I/O space, reached untranslated).
inline volatile uint8_t* const kConsole = reinterpret_cast<volatile uint8_t*>(0xf0000000u);
inline volatile uint32_t* const kHalt = reinterpret_cast<volatile uint32_t*>(0xf0001000u);

constexpr uint32_t kPageBytes = 4096;
constexpr unsigned kPageShift = 12;

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

constexpr uint32_t kEirrTimer = 0x80000000u;  // EIRR/EIEM bit 0

// Interrupt priority levels are EIEM values, as on PA: the external
// interrupts a level lets through.  PSW I stays on in kernel code; only
// the interruption paths run with it off.
using Spl = uint32_t;
constexpr Spl kSpl0 = kEirrTimer;  // everything (the clock is the only source)
constexpr Spl kSplHigh = 0;        // nothing
inline Spl splx(Spl level) {
  Spl old;
  asm volatile("mfctl %%cr15,%0\n\tmtctl %1,%%cr15" : "=&r"(old) : "r"(level) : "memory");
  return old;
}
inline Spl splhigh() { return splx(kSplHigh); }

inline uint32_t system_mask() {
  uint32_t mask;
  asm volatile("ssm 0,%0" : "=r"(mask));  // reads the system mask, sets nothing
  return mask;
}
inline void set_system_mask(uint32_t mask) { asm volatile("mtsm %0" : : "r"(mask) : "memory"); }
inline void enable_psw_interrupts() { asm volatile("ssm 1,%%r0" : : : "memory"); }
inline void disable_psw_interrupts() { asm volatile("rsm 1,%%r0" : : : "memory"); }

// The protection id of the running task (CR8, PID1: id in bits 16..30,
// write-disable clear).
inline void set_protection_id(uint32_t pid) { asm volatile("mtctl %0,%%cr8" : : "r"(pid << 1) : "memory"); }

// Purge one page's translations from both TLBs.
inline void purge_tlb_page(uint32_t space, uint32_t va) {
  asm volatile("mtsp %0,%%sr1\n\tpdtlb 0(%%sr1,%1)\n\tpitlb 0(%%sr1,%1)" : : "r"(space), "r"(va) : "memory");
}

// The firmware's block-TLB information (PDC_BLOCK_TLB, option 0): min and
// max block sizes in pages, fixed- and variable-range slot counts.
inline int32_t pdc_btlb_info(uint32_t info[4]) {
  register uint32_t r26 asm("r26") = 18;
  register uint32_t r25 asm("r25") = 0;
  register uint32_t r24 asm("r24") = reinterpret_cast<uint32_t>(info);
  register int32_t r28 asm("r28");
  asm volatile("diag 0x100" : "=r"(r28) : "r"(r26), "r"(r25), "r"(r24) : "memory");
  return r28;
}

// The firmware's block-TLB insert (PDC_BLOCK_TLB, option 1; sim/fs/full_system.h).
inline int32_t pdc_btlb_insert(uint32_t space, uint32_t vpage, uint32_t ppage, uint32_t pages, uint32_t prot,
                               uint32_t slot) {
  register uint32_t r26 asm("r26") = 18;
  register uint32_t r25 asm("r25") = 1;
  register uint32_t r24 asm("r24") = space;
  register uint32_t r23 asm("r23") = vpage;
  register uint32_t r22 asm("r22") = ppage;
  register uint32_t r21 asm("r21") = pages;
  register uint32_t r20 asm("r20") = prot;
  register uint32_t r19 asm("r19") = slot;
  register int32_t r28 asm("r28");
  asm volatile("diag 0x100"
               : "=r"(r28)
               : "r"(r26), "r"(r25), "r"(r24), "r"(r23), "r"(r22), "r"(r21), "r"(r20), "r"(r19)
               : "memory");
  return r28;
}

[[noreturn]] inline void halt(uint32_t status) {
  *kHalt = status;
  for (;;) {
  }
}

}  // namespace machine

extern "C" void enter_virtual_mode();
