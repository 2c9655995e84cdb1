// The physical map: a hashed page table shared by all tasks, keyed by
// (space, virtual page), holding the two words the TLB insert instructions
// take.  The refill handlers in arch/tlb_miss.S walk it; this file keeps
// it.  Why hashed: it is what PA-RISC operating systems use (HP-UX's
// hashed page directory, Utah Mach's pmap), it needs one table for every
// space, and a refill costs one cache line per probe.
//
// Entry layout (arch/tlb_miss.S knows it): space, vpn, TLB address word
// (physical address >> 7), TLB protection word (IxTLBP format), next.
// An unused bucket head has space 0 (the kernel's space, which the block
// TLB maps and the table never holds).
#pragma once
#include <stdint.h>

struct HptEntry {
  uint32_t space;
  uint32_t vpn;
  uint32_t tlb_a;
  uint32_t tlb_p;
  HptEntry* next;
  uint32_t pad[3];
};
static_assert(sizeof(HptEntry) == 32, "arch/tlb_miss.S: one entry per cache line");

constexpr unsigned kHptBuckets = 4096;  // arch/tlb_miss.S: mod 4096

// TLB protection word bits (IxTLBP, PA bit numbers in comments).
namespace tlbprot {
constexpr uint32_t D = 1u << 28;  // bit 3: dirty
constexpr unsigned TypeShift = 24, Pl1Shift = 22, Pl2Shift = 20;
}

// The protection word for a user page of a task with protection id `pid`
// and Mach protection `prot` (VM_PROT_*); writable pages start clean.
uint32_t pmap_user_protection(unsigned prot, uint32_t pid);
void pmap_enter(uint32_t space, uint32_t va, uint32_t pa, uint32_t tlb_p);
// Remove the translation (and purge it from the TLBs); its physical page,
// or 0 if there was none.
uint32_t pmap_remove(uint32_t space, uint32_t va);
// Change the protection of a present page, keeping its dirty bit.
void pmap_protect(uint32_t space, uint32_t va, uint32_t tlb_p);
HptEntry* pmap_find(uint32_t space, uint32_t va);
unsigned pmap_entries();
