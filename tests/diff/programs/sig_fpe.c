/* SIGFPE from integer division by zero delivered to an SA_SIGINFO handler;
   siglongjmp leaves the handler. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static sigjmp_buf env;
static volatile int seen_signo, seen_code, count;

static void on_fpe(int sig, siginfo_t *si, void *uc) {
  (void)uc;
  seen_signo = sig;
  seen_code = si->si_code;
  count++;
  siglongjmp(env, 1);
}

int main(int argc, char **argv) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fpe;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  if (sigaction(SIGFPE, &sa, 0) != 0) { puts("sigaction failed"); return 1; }
  struct sigaction old;
  sigaction(SIGFPE, 0, &old);
  printf("old handler matches: %d, flags has SA_SIGINFO: %d\n", old.sa_sigaction == on_fpe,
         (old.sa_flags & SA_SIGINFO) != 0);
  volatile int zero = argc - 4;  /* 0 with the three test arguments */
  volatile int num = 1000;
  for (int round = 0; round < 3; ++round) {
    if (sigsetjmp(env, 1) == 0) {
      volatile int q = num / zero;
      printf("no trap: %d\n", q);
    } else {
      printf("round %d: caught signal %d code %d (count %d)\n", round, seen_signo, seen_code, count);
    }
  }
  volatile unsigned uz = (unsigned)zero;
  if (sigsetjmp(env, 1) == 0) {
    volatile unsigned q = 77u % uz;
    printf("no trap: %u\n", q);
  } else {
    printf("unsigned: caught signal %d code %d\n", seen_signo, seen_code);
  }
  sigset_t cur;
  sigprocmask(SIG_BLOCK, 0, &cur);
  printf("SIGFPE blocked after longjmp: %d\n", sigismember(&cur, SIGFPE));
  printf("%s %d\n", argv[1], num / (zero + 7));
  return 0;
}
