/* ITIMER_VIRTUAL and ITIMER_PROF count the CPU time the process uses: a
 * busy loop receives their signals (SIGVTALRM, SIGPROF) at every interval,
 * and getitimer reads the interval back. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>

static volatile sig_atomic_t ticks[2];
static void on_vtalrm(int sig) { (void)sig; ++ticks[0]; }
static void on_prof(int sig) { (void)sig; ++ticks[1]; }

static void run(int which, int slot, int sig, void (*h)(int), const char* name) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = h;
  sa.sa_flags = SA_RESTART;
  sigaction(sig, &sa, NULL);
  struct itimerval it = {{0, 5000}, {0, 5000}};  /* every 5 ms of CPU time */
  setitimer(which, &it, NULL);
  struct itimerval back;
  getitimer(which, &back);
  volatile unsigned long spin = 0;
  while (ticks[slot] < 4) ++spin;
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(which, &off, NULL);
  getitimer(which, &back);
  printf("%s: 4 signals while spinning: %s; disarmed: %ld.%06ld left\n", name, ticks[slot] >= 4 ? "yes" : "no",
         (long)back.it_value.tv_sec, (long)back.it_value.tv_usec);
}

int main(void) {
  run(ITIMER_VIRTUAL, 0, SIGVTALRM, on_vtalrm, "ITIMER_VIRTUAL");
  run(ITIMER_PROF, 1, SIGPROF, on_prof, "ITIMER_PROF");
  return 0;
}
