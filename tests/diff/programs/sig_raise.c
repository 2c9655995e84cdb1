/* raise/kill to self with handlers, blocking, SA_RESETHAND, SIG_IGN, and a
   final default-action SIGTERM. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile int usr1_count, usr2_count, last_sig;

static void on_usr1(int sig) { usr1_count++; last_sig = sig; }
static void on_usr2(int sig, siginfo_t *si, void *uc) {
  (void)uc;
  usr2_count++;
  last_sig = sig;
  printf("  usr2 handler: signo %d code %d\n", si->si_signo, si->si_code);
}

int main(int argc, char **argv) {
  printf("args %d %s\n", argc, argv[argc - 1]);
  signal(SIGUSR1, on_usr1);
  printf("raise returns %d\n", raise(SIGUSR1));
  printf("usr1 count %d last %d\n", usr1_count, last_sig);
  printf("kill probe %d\n", kill(getpid(), 0));

  sigset_t set, old;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  sigprocmask(SIG_BLOCK, &set, &old);
  printf("old mask had USR1: %d\n", sigismember(&old, SIGUSR1));
  raise(SIGUSR1);
  printf("blocked: count still %d\n", usr1_count);
  sigset_t pend;
  sigpending(&pend);
  printf("pending USR1: %d\n", sigismember(&pend, SIGUSR1));
  sigprocmask(SIG_UNBLOCK, &set, 0);
  printf("after unblock: count %d\n", usr1_count);

  struct sigaction sa, prev;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_usr2;
  sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
  sigaction(SIGUSR2, &sa, &prev);
  printf("previous usr2 is default: %d\n", prev.sa_handler == SIG_DFL);
  kill(getpid(), SIGUSR2);
  sigaction(SIGUSR2, 0, &prev);
  printf("usr2 count %d, reset to default: %d\n", usr2_count, prev.sa_handler == SIG_DFL);

  signal(SIGUSR1, SIG_IGN);
  raise(SIGUSR1);
  printf("ignored: count %d\n", usr1_count);
  raise(SIGCHLD);
  puts("SIGCHLD default ignored");
  void (*h)(int) = signal(SIGUSR1, on_usr1);
  printf("signal returned SIG_IGN: %d\n", h == SIG_IGN);
  fflush(stdout);
  raise(SIGTERM);
  puts("not reached");
  return 0;
}
