/* Without a handler an illegal instruction ends the process by SIGILL's
   default action: no output after it, exit status 128 + 4. */
#include <signal.h>
#include <stdio.h>

int main(int argc, char **argv) {
  setvbuf(stdout, 0, _IONBF, 0);
  printf("%s: before, %d arguments\n", argv[1], argc - 1);
  signal(SIGILL, SIG_IGN); /* a fault's signal cannot be ignored: force_sig resets it */
  __asm__ volatile(".word 0x00000fff");
  puts("after the illegal instruction");
  return 0;
}
