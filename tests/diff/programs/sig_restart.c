/* A signal handled while a thread waits in sem_wait: with SA_RESTART the
 * kernel restarts the wait and sem_wait returns only once the semaphore is
 * posted; without it sem_wait fails with EINTR.  The same for a thread
 * waiting on a condition variable (glibc hides the EINTR there). */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static sem_t sem;
static volatile sig_atomic_t handled;
static volatile int waiting;

static void on_usr1(int sig) { (void)sig; ++handled; }

static void pause_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {}
}

static void* waiter(void* arg) {
  (void)arg;
  waiting = 1;
  int rc = sem_wait(&sem);
  return (void*)(long)(rc == 0 ? 0 : errno);
}

static void run(int flags, const char* what) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sa.sa_flags = flags;
  sigaction(SIGUSR1, &sa, NULL);
  sem_init(&sem, 0, 0);
  handled = 0;
  waiting = 0;
  pthread_t t;
  pthread_create(&t, NULL, waiter, NULL);
  while (!waiting) pause_ms(1);
  pause_ms(100);  /* it is inside sem_wait by now */
  pthread_kill(t, SIGUSR1);
  pause_ms(100);
  sem_post(&sem);
  void* r;
  pthread_join(t, &r);
  int left;
  sem_getvalue(&sem, &left);
  printf("%s: handler ran %d time(s); sem_wait %s; semaphore left at %d\n", what, (int)handled,
         r ? strerror((int)(long)r) : "returned 0 (restarted)", left);
  sem_destroy(&sem);
}

int main(void) {
  run(SA_RESTART, "SA_RESTART");
  run(0, "no SA_RESTART");
  return 0;
}
