/* The Mach 3.0 calls on tasks, threads and the host, by their port names:
   mach_task_self/mach_thread_self/mach_host_self, thread_create +
   thread_set_state + thread_resume (the Mach way to start a thread),
   thread_get_state, thread_suspend/resume/terminate, task_create /
   task_suspend / task_resume / task_terminate, host_get_time, vm_* on a
   task port, and the errors for names that are not such ports. */
#include <mach.h>

#include "ipc_check.h"

static volatile int counter;
static volatile int started;

/* The new thread's code: it counts until terminated.  It runs on a stack
   the creator allocated, with dp set up by thread_set_state. */
static void worker(void) {
  started = 1;
  for (;;) {
    ++counter;
    kc_thread_switch();
  }
}

static void wait_for(volatile int* flag) {
  for (unsigned i = 0; i < 10000 && !*flag; i++) kc_thread_switch();
}

static unsigned read_dp(void) {
  unsigned dp;
  __asm__("copy %%r27,%0" : "=r"(dp));
  return dp;
}

int main(void) {
  ipc_test_name = "mach_tasks";
  mach_port_t self = mach_task_self();
  mach_port_t me = mach_thread_self();
  mach_port_t host = mach_host_self();
  check(MACH_PORT_VALID(self) && MACH_PORT_VALID(me) && MACH_PORT_VALID(host), "self ports %x %x %x", self, me,
        host);
  /* Each call gives one more user reference, as Mach's traps do. */
  mach_port_urefs_t before = 0, after = 0;
  CHECK_KR(mach_port_get_refs(self, me, MACH_PORT_RIGHT_SEND, &before), KERN_SUCCESS);
  check(mach_thread_self() == me, "the same name for the same thread");
  CHECK_KR(mach_port_get_refs(self, me, MACH_PORT_RIGHT_SEND, &after), KERN_SUCCESS);
  check(after == before + 1, "urefs %u -> %u", before, after);
  CHECK_KR(mach_port_deallocate(self, me), KERN_SUCCESS);

  /* host_get_time: simulated time moves forward. */
  time_value_t t0, t1;
  CHECK_KR(host_get_time(host, &t0), KERN_SUCCESS);
  for (int i = 0; i < 2000; i++) kc_thread_switch();
  CHECK_KR(host_get_time(host, &t1), KERN_SUCCESS);
  check(t0.microseconds < 1000000 && t1.microseconds < 1000000, "microseconds in range");
  check(t1.seconds > t0.seconds || (t1.seconds == t0.seconds && t1.microseconds > t0.microseconds),
        "time advances: %d.%06d -> %d.%06d", t0.seconds, t0.microseconds, t1.seconds, t1.microseconds);
  CHECK_KR(host_get_time(self, &t0), KERN_INVALID_HOST);

  /* A thread made the Mach way. */
  vm_address_t stack = 0;
  CHECK_KR(vm_allocate(self, &stack, 65536, TRUE), KERN_SUCCESS);
  thread_t th = MACH_PORT_NULL;
  CHECK_KR(thread_create(self, &th), KERN_SUCCESS);
  struct parisc_thread_state st;
  mach_msg_type_number_t count = PARISC_THREAD_STATE_COUNT;
  CHECK_KR(thread_get_state(th, PARISC_THREAD_STATE, (thread_state_t)&st, &count), KERN_SUCCESS);
  check(count == PARISC_THREAD_STATE_COUNT, "state count %u", count);
  memset(&st, 0, sizeof st);
  st.gr[27] = read_dp();
  st.gr[30] = stack + 64;
  st.iioq_head = (unsigned)worker;
  st.iioq_tail = (unsigned)worker + 4;
  CHECK_KR(thread_set_state(th, PARISC_THREAD_STATE, (thread_state_t)&st, 1), KERN_INVALID_ARGUMENT);
  CHECK_KR(thread_set_state(th, 99, (thread_state_t)&st, PARISC_THREAD_STATE_COUNT), KERN_INVALID_ARGUMENT);
  CHECK_KR(thread_set_state(th, PARISC_THREAD_STATE, (thread_state_t)&st, PARISC_THREAD_STATE_COUNT), KERN_SUCCESS);
  check(!started, "a created thread waits for its resume");
  CHECK_KR(thread_resume(th), KERN_SUCCESS);
  wait_for(&started);
  check(started, "the thread ran from the state set");
  /* Once it has run, its registers live on its kernel stack: no setting. */
  CHECK_KR(thread_set_state(th, PARISC_THREAD_STATE, (thread_state_t)&st, PARISC_THREAD_STATE_COUNT), KERN_FAILURE);
  CHECK_KR(thread_suspend(th), KERN_SUCCESS);
  const int frozen = counter;
  for (int i = 0; i < 50; i++) kc_thread_switch();
  check(counter == frozen, "a suspended thread does not run (%d -> %d)", frozen, counter);
  CHECK_KR(thread_resume(th), KERN_SUCCESS);
  for (int i = 0; i < 50; i++) kc_thread_switch();
  check(counter > frozen, "resumed, it runs again");
  CHECK_KR(thread_resume(th), KERN_FAILURE);  /* not suspended */
  CHECK_KR(thread_terminate(th), KERN_SUCCESS);
  const int last = counter;
  for (int i = 0; i < 50; i++) kc_thread_switch();
  check(counter == last, "a terminated thread stays stopped");
  /* Its port died with it: the name is a dead name now. */
  mach_port_type_t type = 0;
  CHECK_KR(mach_port_type(self, th, &type), KERN_SUCCESS);
  check((type & MACH_PORT_TYPE_ALL_RIGHTS) == MACH_PORT_TYPE_DEAD_NAME, "dead thread port: type %x", type);
  CHECK_KR(thread_resume(th), KERN_INVALID_ARGUMENT);
  CHECK_KR(mach_port_deallocate(self, th), KERN_SUCCESS);

  /* A child task: its own space, suspended and resumed, terminated. */
  task_t child = MACH_PORT_NULL;
  CHECK_KR(task_create(self, FALSE, &child), KERN_SUCCESS);
  check(MACH_PORT_VALID(child) && child != self, "child task port %x", child);
  vm_address_t there = 0;
  CHECK_KR(vm_allocate(child, &there, 8192, TRUE), KERN_SUCCESS);
  CHECK_KR(vm_deallocate(child, there, 8192), KERN_SUCCESS);
  CHECK_KR(task_suspend(child), KERN_SUCCESS);
  CHECK_KR(task_resume(child), KERN_SUCCESS);
  CHECK_KR(task_terminate(child), KERN_SUCCESS);
  CHECK_KR(task_suspend(child), KERN_INVALID_ARGUMENT);  /* dead now */
  CHECK_KR(mach_port_deallocate(self, child), KERN_SUCCESS);

  /* Names that are not task or thread ports. */
  mach_port_t r;
  CHECK_KR(mach_port_allocate(self, MACH_PORT_RIGHT_RECEIVE, &r), KERN_SUCCESS);
  CHECK_KR(task_suspend(r), KERN_INVALID_ARGUMENT);
  CHECK_KR(thread_suspend(r), KERN_INVALID_ARGUMENT);
  CHECK_KR(thread_create(host, &th), KERN_INVALID_ARGUMENT);
  CHECK_KR(vm_allocate(0x12345, &there, 4096, TRUE), KERN_INVALID_ARGUMENT);
  CHECK_KR(task_create(self, FALSE, (task_t*)0x7ffff000), KERN_INVALID_ADDRESS);
  CHECK_KR(mach_port_destroy(self, r), KERN_SUCCESS);
  return ipc_finish();
}
