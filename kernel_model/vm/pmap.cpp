#include "vm/pmap.h"

#include "include/pa730/kcall.h"
#include "kern/machine.h"
#include "kern/panic.h"

extern "C" {
alignas(32) HptEntry hpt[kHptBuckets];
}

namespace {

constexpr unsigned kOverflowEntries = 2048;
alignas(32) HptEntry overflow[kOverflowEntries];
HptEntry* overflow_free;
bool overflow_ready;
unsigned entries;

HptEntry* bucket(uint32_t space, uint32_t vpn) { return &hpt[(vpn ^ (space << 6)) % kHptBuckets]; }

HptEntry* new_overflow_entry() {
  if (!overflow_ready) {
    for (auto& e : overflow) {
      e.next = overflow_free;
      overflow_free = &e;
    }
    overflow_ready = true;
  }
  HptEntry* e = overflow_free;
  if (!e) panic("hashed page table: out of overflow entries (%u)", kOverflowEntries);
  overflow_free = e->next;
  return e;
}

}  // namespace

uint32_t pmap_user_protection(unsigned prot, uint32_t pid) {
  // Access rights type: 0 read, 1 read/write, 2 read/execute, 3 all.
  const bool write = prot & VM_PROT_WRITE, exec = prot & VM_PROT_EXECUTE;
  const uint32_t type = exec ? (write ? 3 : 2) : (write ? 1 : 0);
  // PL1 = PL2 = 3: user read/write, and execute only at user privilege.
  return (type << tlbprot::TypeShift) | (3u << tlbprot::Pl1Shift) | (3u << tlbprot::Pl2Shift) | (pid << 1);
}

HptEntry* pmap_find(uint32_t space, uint32_t va) {
  const uint32_t vpn = va >> machine::kPageShift;
  for (HptEntry* e = bucket(space, vpn); e; e = e->next)
    if (e->space == space && e->vpn == vpn) return e;
  return nullptr;
}

void pmap_enter(uint32_t space, uint32_t va, uint32_t pa, uint32_t tlb_p) {
  const uint32_t vpn = va >> machine::kPageShift;
  HptEntry* e = pmap_find(space, va);
  if (!e) {
    HptEntry* head = bucket(space, vpn);
    if (head->space == 0) {
      e = head;
    } else {
      e = new_overflow_entry();
      e->next = head->next;
      head->next = e;
    }
    ++entries;
  } else {
    machine::purge_tlb_page(space, va);
  }
  e->vpn = vpn;
  e->tlb_a = pa >> 7;
  e->tlb_p = tlb_p;
  e->space = space;
}

uint32_t pmap_remove(uint32_t space, uint32_t va) {
  const uint32_t vpn = va >> machine::kPageShift;
  HptEntry* head = bucket(space, vpn);
  HptEntry* prev = nullptr;
  for (HptEntry* e = head; e; prev = e, e = e->next) {
    if (head->space == 0) break;
    if (e->space != space || e->vpn != vpn) continue;
    const uint32_t pa = (e->tlb_a << 7) & ~(machine::kPageBytes - 1);
    if (e == head) {
      if (HptEntry* n = head->next) {  // pull the first overflow entry into the head
        head->space = n->space;
        head->vpn = n->vpn;
        head->tlb_a = n->tlb_a;
        head->tlb_p = n->tlb_p;
        head->next = n->next;
        n->next = overflow_free;
        overflow_free = n;
      } else {
        head->space = 0;
        head->vpn = 0;
      }
    } else {
      prev->next = e->next;
      e->next = overflow_free;
      overflow_free = e;
    }
    --entries;
    machine::purge_tlb_page(space, va);
    return pa;
  }
  return 0;
}

void pmap_protect(uint32_t space, uint32_t va, uint32_t tlb_p) {
  HptEntry* e = pmap_find(space, va);
  if (!e) return;
  const bool writable_type = ((tlb_p >> tlbprot::TypeShift) & 7u) == 1 || ((tlb_p >> tlbprot::TypeShift) & 7u) == 3;
  e->tlb_p = tlb_p | (writable_type ? (e->tlb_p & tlbprot::D) : 0);
  machine::purge_tlb_page(space, va);
}

unsigned pmap_entries() { return entries; }
