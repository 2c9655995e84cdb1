/* A handler returns through rt_sigreturn with the registers intact; a fault
   inside a SIGSEGV handler (its signal blocked) kills the process. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile int depth;
static volatile int *volatile bad;

static void on_usr1(int sig) {
  depth++;
  if (depth < 3) raise(SIGUSR1);  /* deferred: blocked while the handler runs */
  printf("usr1 handler %d at depth %d\n", sig, depth);
}

static void on_segv(int sig) {
  printf("segv handler %d; faulting again\n", sig);
  fflush(stdout);
  (void)*bad;
  puts("not reached");
}

int main(int argc, char **argv) {
  signal(SIGUSR1, on_usr1);
  long a = argc * 11, b = argc * 13;
  double d = argc * 0.5;
  raise(SIGUSR1);
  printf("after nested raises: depth %d, a %ld b %ld d %.2f\n", depth, a, b, d);
  signal(SIGSEGV, on_segv);
  bad = (volatile int *)(uintptr_t)(0x30000000u + (unsigned)argc);
  bad = (volatile int *)((uintptr_t)bad & ~3u);
  printf("%s\n", argv[1]);
  fflush(stdout);
  return *bad;
}
