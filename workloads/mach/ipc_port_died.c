/* A receive right destroyed while another thread of the task waits
   receiving on it: the waiter comes back with MACH_RCV_PORT_DIED (not a
   timeout, not a hang); likewise a port set destroyed under a waiter.  A
   member port destroyed while a thread waits on its set does not end that
   wait: a message to another member still arrives. */
#include "ipc_check.h"

#define TASK mach_task_self()

static volatile mach_msg_return_t result;
static volatile int done;
static mach_port_t wait_on;

static void waiter(void* arg) {
  (void)arg;
  rcv_buffer_t buf;
  result = receive(wait_on, &buf, 2000); /* 2 s: far more than the test needs */
  done = 1;
}

/* Start a thread receiving on name, and let it block there. */
static int start_waiter(mach_port_t name) {
  wait_on = name;
  done = 0;
  result = 0xdead;
  const int t = thread_spawn(waiter, 0, 16384);
  check(t >= 0, "thread_spawn: %d", t);
  for (int i = 0; i < 20 && !done; i++) kc_thread_switch();
  check(!done, "the waiter should be blocked in mach_msg, it returned 0x%x", (unsigned)result);
  return t;
}

int main(void) {
  ipc_test_name = "ipc_port_died";

  /* A port's receive right destroyed (mach_port_destroy). */
  const mach_port_t p = new_port();
  int t = start_waiter(p);
  CHECK_KR(mach_port_destroy(TASK, p), KERN_SUCCESS);
  if (t >= 0) kc_thread_wait(t);
  CHECK_KR(result, MACH_RCV_PORT_DIED);

  /* ... and by mach_port_mod_refs(RECEIVE, -1). */
  mach_port_t q = MACH_PORT_NULL;
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_RECEIVE, &q), KERN_SUCCESS);
  t = start_waiter(q);
  CHECK_KR(mach_port_mod_refs(TASK, q, MACH_PORT_RIGHT_RECEIVE, -1), KERN_SUCCESS);
  if (t >= 0) kc_thread_wait(t);
  CHECK_KR(result, MACH_RCV_PORT_DIED);

  /* A port set destroyed under a waiter. */
  mach_port_t set = MACH_PORT_NULL;
  const mach_port_t m1 = new_port(), m2 = new_port();
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_PORT_SET, &set), KERN_SUCCESS);
  CHECK_KR(mach_port_move_member(TASK, m1, set), KERN_SUCCESS);
  t = start_waiter(set);
  CHECK_KR(mach_port_destroy(TASK, set), KERN_SUCCESS);
  if (t >= 0) kc_thread_wait(t);
  CHECK_KR(result, MACH_RCV_PORT_DIED);
  check(type_of(m1) == (MACH_PORT_TYPE_RECEIVE | MACH_PORT_TYPE_SEND), "the member survives its set: %x",
        type_of(m1));

  /* A member destroyed under a waiter on the set: the wait goes on. */
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_PORT_SET, &set), KERN_SUCCESS);
  CHECK_KR(mach_port_move_member(TASK, m1, set), KERN_SUCCESS);
  CHECK_KR(mach_port_move_member(TASK, m2, set), KERN_SUCCESS);
  t = start_waiter(set);
  CHECK_KR(mach_port_destroy(TASK, m1), KERN_SUCCESS);
  for (int i = 0; i < 5; i++) kc_thread_switch();
  check(!done, "a member's death ended the wait on its set: 0x%x", (unsigned)result);
  CHECK_KR(send_small(m2, 7, 0, MACH_SEND_TIMEOUT), MACH_MSG_SUCCESS);
  if (t >= 0) kc_thread_wait(t);
  CHECK_KR(result, MACH_MSG_SUCCESS);

  CHECK_KR(mach_port_destroy(TASK, m2), KERN_SUCCESS);
  CHECK_KR(mach_port_destroy(TASK, set), KERN_SUCCESS);
  return ipc_finish();
}
