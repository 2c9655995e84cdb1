/* Touch more pages than the 96-entry DTLB holds, several times over, so the
   software refill handler runs: the stats show the misses and the cycles
   spent in the handlers. */
#include "libmach.h"

enum { kPages = 256, kRounds = 4 };

int main(void) {
  unsigned base = 0;
  if (kc_vm_allocate(0, &base, kPages * 4096, 1) != KERN_SUCCESS) {
    printf("tlbstress: vm_allocate failed\n");
    return 1;
  }
  volatile unsigned* p = (volatile unsigned*)base;
  unsigned sum = 0;
  for (unsigned round = 0; round < kRounds; ++round)
    for (unsigned page = 0; page < kPages; ++page) {
      p[page * 1024 + round] = page + round;
      sum += p[page * 1024 + round];
    }
  const unsigned expected = kRounds * (kPages * (kPages - 1) / 2) + kPages * (kRounds * (kRounds - 1) / 2);
  printf("tlbstress: %u pages x %u rounds, sum %u (expected %u)\n", kPages, kRounds, sum, expected);
  return sum == expected ? 0 : 1;
}
