/* Two threads for the debugger (tests/gdb/se_threads): the main thread
   waits in pthread_join while a worker stops at worker_mark. */
#include <pthread.h>
volatile int marks;
__attribute__((noinline)) void worker_mark(int id) { marks += id; }
static void* worker(void* arg) {
  worker_mark((int)(long)arg);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, (void*)5L);
  pthread_join(t, 0);
  return marks;
}
