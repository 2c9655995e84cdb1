/* The cost of the cheapest kernel call (thread_self: gateway entry, the
   dispatcher, gateway exit), measured the paper's way -- CR16 read in user
   mode around a loop -- and printed per call.  Run with --stats to see the
   same cycles split between user and kernel mode. */
#include "libmach.h"

enum { kCalls = 100000 };

int main(void) {
  for (int i = 0; i < 100; ++i) kc_thread_self();  /* warm the caches and TLBs */
  const unsigned start = read_cr16();
  for (int i = 0; i < kCalls; ++i) kc_thread_self();
  const unsigned cycles = read_cr16() - start;
  printf("nullcall: %u kernel calls, %u cycles, %u.%02u cycles per call (loop included)\n", kCalls, cycles,
         cycles / kCalls, (cycles % kCalls) / (kCalls / 100));
  return 0;
}
