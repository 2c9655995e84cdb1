/* The smallest workload: print from user mode and exit 0. */
#include "libmach.h"

int main(void) {
  printf("hello from user mode: task %d, thread %x\n", kc_task_self() & 0xff, kc_thread_self());
  return 0;
}
