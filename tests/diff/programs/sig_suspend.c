/* sigsuspend: a blocked pending signal is delivered under the temporary
   mask, and the old mask comes back; SIGALRM wakes a suspended process. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile int usr1, alrm;
static volatile int usr1_blocked_in_handler;

static void on_sig(int sig) {
  if (sig == SIGUSR1) {
    usr1++;
    sigset_t cur;
    sigprocmask(SIG_BLOCK, 0, &cur);
    usr1_blocked_in_handler = sigismember(&cur, SIGUSR1);
  } else if (sig == SIGALRM) {
    alrm++;
  }
}

int main(int argc, char **argv) {
  signal(SIGUSR1, on_sig);
  signal(SIGALRM, on_sig);
  sigset_t block, empty, cur;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  sigaddset(&block, SIGALRM);
  sigemptyset(&empty);
  sigprocmask(SIG_BLOCK, &block, 0);
  raise(SIGUSR1);
  printf("pending, not delivered: %d\n", usr1);
  int r = sigsuspend(&empty);
  printf("sigsuspend %d errno EINTR %d usr1 %d blocked in handler %d\n", r, errno == EINTR, usr1,
         usr1_blocked_in_handler);
  sigprocmask(SIG_BLOCK, 0, &cur);
  printf("mask restored: usr1 %d alrm %d\n", sigismember(&cur, SIGUSR1), sigismember(&cur, SIGALRM));
  alarm(1);
  r = sigsuspend(&empty);
  printf("woken by alarm: %d %d\n", r, alrm);
  printf("%s %d\n", argv[1], argc);
  return 0;
}
