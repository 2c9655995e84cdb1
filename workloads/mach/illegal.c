/* A task that executes an illegal instruction: killed, the system lives. */
#include "libmach.h"

int main(void) {
  printf("illegal: executing an undefined opcode\n");
  __asm__ volatile(".word 0xfc000000");
  printf("illegal: still alive (wrong)\n");
  return 0;
}
