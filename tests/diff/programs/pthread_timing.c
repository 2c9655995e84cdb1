/* Threads and time: sleeps, a timed condition wait that must time out, a
 * timed join, a signal sent to one thread with pthread_kill, and a main
 * thread that leaves with pthread_exit while another finishes. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static volatile sig_atomic_t got_usr1;
static volatile int ready;
static pthread_t main_thread;

static void on_usr1(int sig) { got_usr1 = sig; }

static void* sleeper(void* arg) {
  struct timespec ts = {0, 20 * 1000 * 1000};
  nanosleep(&ts, NULL);
  return arg;
}

static void* signalled(void* arg) {
  (void)arg;
  ready = 1;
  while (!got_usr1) {
    struct timespec ts = {0, 1000 * 1000};
    nanosleep(&ts, NULL);
  }
  return (void*)(long)got_usr1;
}

static void* last_one(void* arg) {
  (void)arg;
  pthread_join(main_thread, NULL);  /* the main thread has gone */
  usleep(5000);
  printf("the last thread ends the process\n");
  fflush(stdout);
  return NULL;
}

int main(void) {
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pthread_t s[3];
  for (long i = 0; i < 3; ++i) pthread_create(&s[i], NULL, sleeper, (void*)i);
  for (int i = 0; i < 3; ++i) pthread_join(s[i], NULL);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  long ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
  printf("three 20 ms sleeps in parallel took at least 20 ms: %s\n", ms >= 20 ? "yes" : "no");

  pthread_mutex_lock(&lock);
  struct timespec deadline;
  clock_gettime(CLOCK_REALTIME, &deadline);
  deadline.tv_nsec += 10 * 1000 * 1000;
  if (deadline.tv_nsec >= 1000000000) { deadline.tv_sec++; deadline.tv_nsec -= 1000000000; }
  int rc = pthread_cond_timedwait(&never, &lock, &deadline);
  pthread_mutex_unlock(&lock);
  printf("timed wait: %s\n", strerror(rc));

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigaction(SIGUSR1, &sa, NULL);
  pthread_t k;
  pthread_create(&k, NULL, signalled, NULL);
  while (!ready) sched_yield();
  pthread_kill(k, SIGUSR1);
  void* r;
  pthread_join(k, &r);
  printf("thread saw signal %ld\n", (long)r);


  main_thread = pthread_self();
  pthread_t last;
  pthread_create(&last, NULL, last_one, NULL);
  fflush(stdout);
  pthread_exit(NULL);
}
