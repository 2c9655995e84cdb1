/* Several threads in one task, each printing as it goes; the clock's
   quantum (one tick) interleaves them, the same way on every run.  Boot it
   twice to get several tasks. */
#include "libmach.h"

static volatile unsigned sink;

static void spin(unsigned n) {
  for (unsigned i = 0; i < n; ++i) sink = sink + i;
}

static void worker(void* arg) {
  const char* name = arg;
  for (int i = 1; i <= 3; ++i) {
    printf("task %d %s%d\n", kc_task_self() & 0xff, name, i);
    spin(60000);  /* about a tick: the clock preempts us */
  }
}

int main(void) {
  static const char* const names[] = {"a", "b", "c"};
  int ids[3];
  for (int i = 0; i < 3; ++i) {
    ids[i] = thread_spawn(worker, (void*)names[i], 16384);
    if (ids[i] < 0) {
      printf("thread_spawn failed: %d\n", ids[i]);
      return 1;
    }
  }
  for (int i = 0; i < 3; ++i) kc_thread_wait(ids[i]);
  printf("task %d: all threads done\n", kc_task_self() & 0xff);
  return 0;
}
