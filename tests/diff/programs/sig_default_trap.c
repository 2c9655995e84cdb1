/* Without a handler a break instruction ends the process by SIGTRAP's
   default action (a core dump): no output after it, exit status 128 + 5.
   SIGTRAP blocked changes nothing, as under Linux's force_sig. */
#include <signal.h>
#include <stdio.h>

int main(int argc, char **argv) {
  setvbuf(stdout, 0, _IONBF, 0);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTRAP);
  sigprocmask(SIG_BLOCK, &set, 0);
  printf("%s: before, SIGTRAP blocked %d\n", argv[1], sigismember(&set, SIGTRAP));
  __asm__ volatile("break 0,0");
  puts("after the break");
  return 0;
}
