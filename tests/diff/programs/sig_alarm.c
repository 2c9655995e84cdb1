/* alarm and setitimer(ITIMER_REAL): SIGALRM interrupts pause() and a busy loop. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

static volatile int alarms, last_code;

static void on_alrm(int sig, siginfo_t *si, void *uc) {
  (void)uc;
  alarms += sig == SIGALRM;
  last_code = si->si_code;
}

int main(int argc, char **argv) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_alrm;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGALRM, &sa, 0);

  printf("alarm first: %u\n", alarm(5));
  printf("alarm again: %u\n", alarm(1));
  int r = pause();
  printf("pause %d, alarms %d, code %d\n", r, alarms, last_code);

  struct itimerval it;
  memset(&it, 0, sizeof it);
  it.it_value.tv_usec = 20000;
  it.it_interval.tv_usec = 20000;
  setitimer(ITIMER_REAL, &it, 0);
  volatile unsigned long spins = 0;
  while (alarms < 4) spins++;
  memset(&it, 0, sizeof it);
  struct itimerval old;
  setitimer(ITIMER_REAL, &it, &old);
  printf("busy loop: alarms %d, interval was %ld us\n", alarms, (long)old.it_interval.tv_usec);
  printf("%s %d\n", argv[1], argc);
  alarm(1);
  pause();
  printf("alarms %d\n", alarms);
  fflush(stdout);
  signal(SIGALRM, SIG_DFL);
  alarm(1);
  pause();
  puts("not reached");
  return 0;
}
