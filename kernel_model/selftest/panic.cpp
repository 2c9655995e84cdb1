// A kernel image whose boot faults in kernel mode: the panic path must
// print the interruption and the registers and halt with kPanicStatus.
#include "kern/console.h"

void selftest() {
  kprintf("selftest: executing an illegal instruction in the kernel\n");
  asm volatile(".word 0xfc000000");
}
