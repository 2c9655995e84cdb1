/* Real-time signals queue, standard ones do not: several sigqueue()s of one
   real-time signal arrive one by one, oldest first, each with its own
   value, and lower-numbered signals before higher; a standard signal sent
   twice while blocked arrives once, with the first sender's value.
   (SIGRTMAX is left out: qemu-hppa keeps the host's for itself.) */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int order[32], values[32], codes[32], taken;

static void on_signal(int sig, siginfo_t *si, void *uc) {
  (void)uc;
  if (taken < 32) {
    order[taken] = sig;
    values[taken] = si->si_value.sival_int;
    codes[taken] = si->si_code;
    taken++;
  }
}

static const char *name(int sig) {
  static char buf[16];
  if (sig == SIGUSR1) return "USR1";
  if (sig == SIGUSR2) return "USR2";
  snprintf(buf, sizeof buf, "RTMIN+%d", sig - SIGRTMIN);
  return buf;
}

static void queue(int sig, int value) {
  union sigval v = {.sival_int = value};
  if (sigqueue(getpid(), sig, v) != 0) perror("sigqueue");
}

static void show(const char *what) {
  printf("%s:", what);
  for (int i = 0; i < taken; ++i) {
    /* kill's siginfo has no value (qemu leaves a stale one there). */
    if (codes[i] == SI_USER)
      printf(" %s=kill", name(order[i]));
    else
      printf(" %s=%d", name(order[i]), values[i]);
  }
  printf("\n");
  taken = 0;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_signal;
  sa.sa_flags = SA_SIGINFO;
  sigset_t set;
  sigemptyset(&set);
  const int sigs[] = {SIGUSR1, SIGUSR2, SIGRTMIN + 1, SIGRTMIN + 2, SIGRTMIN + 5};
  for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; ++i) {
    sigaction(sigs[i], &sa, 0);
    sigaddset(&set, sigs[i]);
  }

  /* Delivered to handlers when the mask opens: Linux sets up a frame for
     each deliverable signal, lowest first, so the last set up runs first,
     and a handler's own signal stays blocked until it returns. */
  sigprocmask(SIG_BLOCK, &set, 0);
  queue(SIGRTMIN + 2, 1);
  queue(SIGRTMIN + 2, 2);
  queue(SIGRTMIN + 5, 9);
  queue(SIGRTMIN + 1, 10);
  queue(SIGUSR2, 5);
  queue(SIGUSR2, 6);  /* dropped: SIGUSR2 is already pending */
  queue(SIGRTMIN + 2, 3);
  queue(SIGRTMIN + 1, 11);
  kill(getpid(), SIGRTMIN + 1);  /* kill queues a real-time signal too, value 0 */
  sigset_t pending;
  sigpending(&pending);
  printf("pending: USR2 %d RTMIN+1 %d RTMIN+2 %d RTMIN+5 %d USR1 %d\n", sigismember(&pending, SIGUSR2),
         sigismember(&pending, SIGRTMIN + 1), sigismember(&pending, SIGRTMIN + 2), sigismember(&pending, SIGRTMIN + 5),
         sigismember(&pending, SIGUSR1));
  sigprocmask(SIG_UNBLOCK, &set, 0);
  show("handlers");

  /* Taken synchronously: the set stays pending until the last instance. */
  sigprocmask(SIG_BLOCK, &set, 0);
  queue(SIGRTMIN + 1, 20);
  queue(SIGRTMIN + 1, 21);
  queue(SIGUSR1, 30);
  siginfo_t si;
  for (int i = 0; i < 3; ++i) {
    int sig = sigwaitinfo(&set, &si);
    sigpending(&pending);
    printf("sigwaitinfo %s value %d code %d, RTMIN+1 still pending %d\n", name(sig), si.si_value.sival_int,
           si.si_code, sigismember(&pending, SIGRTMIN + 1));
  }

  /* Ignoring a signal drops every queued instance. */
  queue(SIGRTMIN + 2, 40);
  queue(SIGRTMIN + 2, 41);
  signal(SIGRTMIN + 2, SIG_IGN);
  sigpending(&pending);
  printf("after SIG_IGN: RTMIN+2 pending %d\n", sigismember(&pending, SIGRTMIN + 2));
  sigaction(SIGRTMIN + 2, &sa, 0);
  sigprocmask(SIG_UNBLOCK, &set, 0);
  show("after unblock");
  return 0;
}
