/* SA_ONSTACK handlers run on the sigaltstack; sigaltstack reports it. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static char alt[16384];
static volatile int on_alt, flags_in_handler, calls;

static void on_usr1(int sig) {
  volatile char here;
  uintptr_t p = (uintptr_t)&here;
  on_alt = p >= (uintptr_t)alt && p < (uintptr_t)alt + sizeof alt;
  stack_t cur;
  sigaltstack(0, &cur);
  flags_in_handler = cur.ss_flags;
  calls += sig;
}

int main(int argc, char **argv) {
  stack_t ss, old;
  sigaltstack(0, &old);
  printf("initial flags %d size %d\n", old.ss_flags, (int)old.ss_size);
  ss.ss_sp = alt;
  ss.ss_size = 100;
  ss.ss_flags = 0;
  printf("too small: %d\n", sigaltstack(&ss, 0));
  ss.ss_size = sizeof alt;
  printf("install: %d\n", sigaltstack(&ss, 0));
  sigaltstack(0, &old);
  printf("now flags %d size %d sp matches %d\n", old.ss_flags, (int)old.ss_size, old.ss_sp == alt);

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, 0);
  raise(SIGUSR1);
  printf("onstack handler: on alt %d, flags %d, calls %d\n", on_alt, flags_in_handler, calls);
  sa.sa_flags = 0;
  sigaction(SIGUSR1, &sa, 0);
  raise(SIGUSR1);
  printf("plain handler: on alt %d, flags %d, calls %d\n", on_alt, flags_in_handler, calls);
  ss.ss_flags = SS_DISABLE;
  printf("disable: %d\n", sigaltstack(&ss, 0));
  sigaltstack(0, &old);
  printf("after disable flags %d; %s %d\n", old.ss_flags, argv[1], argc);
  return 0;
}
