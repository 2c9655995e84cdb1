/* Task and thread management: suspend/resume a thread, terminate it from
   another thread, create/suspend/resume/terminate an (empty) task. */
#include "libmach.h"

static volatile unsigned counter;
static int failures;

static void check(int ok, const char* what) {
  printf("tasks: %s: %s\n", what, ok ? "ok" : "FAILED");
  if (!ok) ++failures;
}

static void counting(void* arg) {
  (void)arg;
  for (;;) counter = counter + 1;
}

/* Keep the processor busy (preemptible) for about `ticks` clock ticks. */
static void busy(unsigned ticks) {
  const unsigned start = kc_cycle_probe();
  while (kc_cycle_probe() - start < ticks * 670000u) {
  }
}

int main(void) {
  const int id = thread_spawn(counting, 0, 8192);
  check(id > 0, "thread_spawn");
  busy(3);
  check(counter > 0, "the new thread runs when main is preempted");
  check(kc_thread_suspend(id) == KERN_SUCCESS, "thread_suspend");
  const unsigned before = counter;
  busy(3);
  check(counter == before, "a suspended thread does not run");
  check(kc_thread_resume(id) == KERN_SUCCESS, "thread_resume");
  busy(3);
  check(counter != before, "a resumed thread runs again");
  check(kc_thread_terminate(id) == KERN_SUCCESS, "thread_terminate another thread");
  check(kc_thread_wait(id) == KERN_SUCCESS, "thread_wait returns once it is gone");
  check(kc_thread_suspend(id) == KERN_INVALID_ARGUMENT, "a terminated thread id is invalid");

  const int t = kc_task_create();
  check(t > 0 && t != kc_task_self(), "task_create");
  unsigned a = 0;
  check(kc_vm_allocate(t, &a, 8192, 1) == KERN_SUCCESS && a != 0, "vm_allocate in the new task");
  check(kc_task_suspend(t) == KERN_SUCCESS && kc_task_resume(t) == KERN_SUCCESS, "task_suspend / task_resume");
  check(kc_task_terminate(t) == KERN_SUCCESS, "task_terminate");
  check(kc_task_terminate(t) == KERN_INVALID_ARGUMENT, "a terminated task id is invalid");
  printf("tasks: %d failures\n", failures);
  return failures;
}
