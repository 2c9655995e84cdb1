/* A task that branches to an address it never mapped: the instruction TLB
   miss finds no translation and no region, and the task is killed. */
#include "libmach.h"

int main(void) {
  printf("badjump: branching to 0x30000000\n");
  __asm__ volatile("ldil L%%0x30000000,%%r1\n\tbe,n 0(%%sr4,%%r1)" ::: "r1");
  printf("badjump: still alive (wrong)\n");
  return 0;
}
