/* Two threads that wait for each other: the main thread joins a thread that
   waits for a mutex the main thread holds.  Linux would sleep for ever;
   pa730 ends the run (status 124) naming where each thread waits. */
#include <pthread.h>
static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static void* worker(void* arg) {
  pthread_mutex_lock(&held);
  return arg;
}
int main(void) {
  pthread_t t;
  pthread_mutex_lock(&held);
  pthread_create(&t, 0, worker, 0);
  pthread_join(t, 0);
  return 0;
}
