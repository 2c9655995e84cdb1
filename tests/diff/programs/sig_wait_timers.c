/* Signals taken synchronously and sent by timers: sigwait, sigwaitinfo and
   sigtimedwait in a thread that blocks them; sigqueue with a value; POSIX
   timers (timer_create/settime/gettime/delete) with SIGEV_SIGNAL, a
   periodic one, and SIGEV_THREAD, whose notifications glibc runs in a
   helper thread.  Every count printed is one the program waits for, so the
   output does not depend on how fast time passes. */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* The second signal is sent only once the first has been taken, so the
   order the waits see does not depend on how fast the host runs threads. */
static sem_t first_taken;
static void *sender(void *arg) {
  usleep(1000);
  kill(getpid(), SIGUSR1);
  while (sem_wait(&first_taken) != 0) {
  }
  pthread_kill(*(pthread_t *)arg, SIGUSR2);
  return 0;
}

static volatile int rt_calls, rt_value, rt_code, ticks;
static void on_rt(int sig, siginfo_t *si, void *uc) {
  (void)sig;
  (void)uc;
  rt_calls++;
  rt_value = si->si_value.sival_int;
  rt_code = si->si_code;
}
static void on_tick(int sig) {
  (void)sig;
  ticks++;
}

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int thread_notes, note_value;
static void on_note(union sigval v) {
  pthread_mutex_lock(&lock);
  thread_notes++;
  note_value = v.sival_int;
  pthread_cond_signal(&cond);
  pthread_mutex_unlock(&lock);
}

int main(int argc, char **argv) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  sigaddset(&set, SIGUSR2);
  pthread_sigmask(SIG_BLOCK, &set, 0);
  pthread_t self = pthread_self(), t;
  sem_init(&first_taken, 0, 0);
  pthread_create(&t, 0, sender, &self);
  int sig = 0;
  int r = sigwait(&set, &sig);
  sem_post(&first_taken);
  printf("sigwait %d sig %d\n", r, sig);
  siginfo_t si;
  memset(&si, 0, sizeof si);
  r = sigwaitinfo(&set, &si);
  printf("sigwaitinfo %d signo %d code %d\n", r, si.si_signo, si.si_code);
  pthread_join(t, 0);

  /* Both pending at once: Linux takes the thread's own signals before the
     process's, whatever their numbers. */
  kill(getpid(), SIGUSR1);
  pthread_kill(self, SIGUSR2);
  int first = 0, second = 0;
  sigwait(&set, &first);
  sigwait(&set, &second);
  printf("both pending: %d then %d\n", first, second);
  struct timespec ts = {0, 2000000};
  errno = 0;
  r = sigtimedwait(&set, &si, &ts);
  printf("sigtimedwait, none sent: %d %s\n", r, errno == EAGAIN ? "EAGAIN" : "other");
  ts.tv_nsec = 0;
  raise(SIGUSR1);
  printf("sigtimedwait, one pending: %d\n", sigtimedwait(&set, &si, &ts));

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_rt;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGRTMIN + 1, &sa, 0);
  union sigval v = {.sival_int = 77};
  printf("sigqueue %d: calls %d value %d code %d\n", sigqueue(getpid(), SIGRTMIN + 1, v), rt_calls, rt_value,
         rt_code);

  /* A one-shot timer with a value, seen by an SA_SIGINFO handler. */
  struct sigevent sev;
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_SIGNAL;
  sev.sigev_signo = SIGRTMIN + 1;
  sev.sigev_value.sival_int = 5;
  timer_t one;
  printf("timer_create %d\n", timer_create(CLOCK_MONOTONIC, &sev, &one));
  struct itimerspec its = {{0, 0}, {0, 200000000}}, cur; /* long enough to be read back armed under load */
  printf("timer_settime %d\n", timer_settime(one, 0, &its, 0));
  timer_gettime(one, &cur);
  printf("armed: %d, interval %ld\n", cur.it_value.tv_sec > 0 || cur.it_value.tv_nsec > 0, cur.it_interval.tv_nsec);
  while (rt_calls < 2) pause();
  printf("timer fired: value %d code %s\n", rt_value, rt_code == SI_TIMER ? "SI_TIMER" : "other");
  timer_gettime(one, &cur);
  printf("disarmed after: %d\n", cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec == 0);
  printf("timer_delete %d, again %d\n", timer_delete(one), timer_delete(one));

  /* A periodic timer, SIGALRM by default (no sigevent). */
  signal(SIGALRM, on_tick);
  timer_t tick;
  timer_create(CLOCK_MONOTONIC, 0, &tick);
  struct itimerspec period = {{0, 1000000}, {0, 1000000}};
  timer_settime(tick, 0, &period, 0);
  while (ticks < 4) pause();
  struct itimerspec stop = {{0, 0}, {0, 0}};
  timer_settime(tick, 0, &stop, 0);
  printf("periodic timer ticked at least 4 times: %d, overrun >= 0: %d\n", ticks >= 4, timer_getoverrun(tick) >= 0);
  timer_delete(tick);

  /* SIGEV_THREAD: glibc's helper thread calls the function. */
  memset(&sev, 0, sizeof sev);
  sev.sigev_notify = SIGEV_THREAD;
  sev.sigev_notify_function = on_note;
  sev.sigev_value.sival_int = 99;
  timer_t note;
  printf("thread timer_create %d\n", timer_create(CLOCK_REALTIME, &sev, &note));
  struct itimerspec soon = {{0, 0}, {0, 2000000}};
  timer_settime(note, 0, &soon, 0);
  pthread_mutex_lock(&lock);
  while (thread_notes == 0) pthread_cond_wait(&cond, &lock);
  pthread_mutex_unlock(&lock);
  printf("thread notification: %d value %d\n", thread_notes, note_value);
  timer_delete(note);
  errno = 0;
  printf("bad clock: %d %s\n", timer_create((clockid_t)99, 0, &note), errno == EINVAL ? "EINVAL" : "other");
  printf("%s %d\n", argv[1], argc);
  return 0;
}
