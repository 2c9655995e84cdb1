/* A thread faults while the task's main thread is blocked in the kernel
   (thread_wait): the whole task goes, the blocked thread with it. */
#include "libmach.h"

static void faulting(void* arg) {
  (void)arg;
  printf("fault_thread: worker storing to 0x30000000\n");
  *(volatile unsigned*)0x30000000 = 1;
  printf("fault_thread: worker still alive (wrong)\n");
}

int main(void) {
  const int id = thread_spawn(faulting, 0, 8192);
  printf("fault_thread: main waits for the worker\n");
  kc_thread_wait(id);
  printf("fault_thread: main still alive (wrong)\n");
  return 0;
}
