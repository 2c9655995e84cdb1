/* vm_allocate / vm_deallocate / vm_protect as Mach documents them, and
   copyin's fault recovery; ends with a store to a read-only page, which
   must kill the task. */
#include "libmach.h"

static int failures;

static void check(int ok, const char* what) {
  printf("vm: %s: %s\n", what, ok ? "ok" : "FAILED");
  if (!ok) ++failures;
}

int main(void) {
  unsigned a = 0;
  check(kc_vm_allocate(0, &a, 3 * 4096, 1) == KERN_SUCCESS && a != 0 && (a & 4095) == 0,
        "vm_allocate anywhere gives a page-aligned address");
  volatile unsigned* p = (volatile unsigned*)a;
  check(p[0] == 0 && p[1024] == 0 && p[2048 + 1023] == 0, "new memory reads as zero");
  for (unsigned i = 0; i < 3 * 1024; ++i) p[i] = i * 7;
  unsigned sum = 0;
  for (unsigned i = 0; i < 3 * 1024; ++i) sum += p[i] - i * 7;
  check(sum == 0, "written values read back");

  unsigned fixed = 0x28000000;
  check(kc_vm_allocate(0, &fixed, 4096, 0) == KERN_SUCCESS && fixed == 0x28000000, "vm_allocate at a fixed address");
  check(kc_vm_allocate(0, &fixed, 4096, 0) == KERN_NO_SPACE, "allocating it again: KERN_NO_SPACE");
  check(kc_vm_deallocate(0, fixed, 4096) == KERN_SUCCESS, "vm_deallocate");
  check(kc_vm_allocate(0, &fixed, 4096, 0) == KERN_SUCCESS, "the range is free again");
  check(*(volatile unsigned*)fixed == 0, "and comes back zero-filled");

  check(kc_vm_protect(0, a + 4096, 4096, VM_PROT_READ) == KERN_SUCCESS, "vm_protect the middle page read-only");
  check(p[1024] == 1024 * 7, "it still reads");
  check(kc_vm_protect(0, 0x2f000000, 4096, VM_PROT_READ) == KERN_INVALID_ADDRESS,
        "vm_protect of unallocated memory: KERN_INVALID_ADDRESS");
  check(kc_console_write((const char*)0x2f000000, 4) == KERN_INVALID_ADDRESS,
        "console_write from an unmapped buffer: KERN_INVALID_ADDRESS (copyin recovered)");
  unsigned* bad = (unsigned*)(a + 4096);
  check(kc_vm_allocate(0, bad, 4096, 1) == KERN_INVALID_ADDRESS,
        "vm_allocate storing its result into a read-only page: KERN_INVALID_ADDRESS");
  printf("vm: %d failures; now storing to the read-only page\n", failures);
  p[1024] = 1;
  printf("vm: the store went through (wrong)\n");
  return 1;
}
