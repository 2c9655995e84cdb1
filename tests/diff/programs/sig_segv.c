/* SIGSEGV delivered to an SA_SIGINFO handler: si_addr and si_code. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static sigjmp_buf env;
static void *volatile fault_addr;
static volatile int seen_signo, seen_code;

static void on_segv(int sig, siginfo_t *si, void *uc) {
  (void)uc;
  seen_signo = sig;
  seen_code = si->si_code;
  fault_addr = si->si_addr;
  siglongjmp(env, 1);
}

static const char message[] = "read-only data";

int main(int argc, char **argv) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, 0);
  volatile int *bad = (volatile int *)(uintptr_t)(0x30000010u + 4u * (unsigned)(argc - 4));
  if (sigsetjmp(env, 1) == 0) {
    int v = *bad;
    printf("no fault: %d\n", v);
  } else {
    printf("load: signal %d code %d addr matches %d\n", seen_signo, seen_code, fault_addr == (void *)bad);
  }
  if (sigsetjmp(env, 1) == 0) {
    *bad = 5;
    puts("no fault on store");
  } else {
    printf("store: signal %d code %d addr matches %d\n", seen_signo, seen_code, fault_addr == (void *)bad);
  }
  volatile char *ro = (volatile char *)message;
  if (sigsetjmp(env, 1) == 0) {
    ro[3] = 'X';
    puts("no fault on read-only store");
  } else {
    printf("read-only store: signal %d code %d addr matches %d\n", seen_signo, seen_code,
           fault_addr == (void *)(ro + 3));
  }
  printf("%s %s\n", argv[1], message);
  return 0;
}
