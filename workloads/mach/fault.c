/* A task that touches an address it never allocated: the kernel kills it
   with a one-line report and the rest of the system runs on. */
#include "libmach.h"

int main(void) {
  printf("fault: storing to 0x30000000, which is not mapped\n");
  *(volatile unsigned*)0x30000000 = 1;
  printf("fault: still alive (wrong)\n");
  return 0;
}
