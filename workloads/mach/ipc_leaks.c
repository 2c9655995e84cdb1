/* Nothing leaks: the counts of mach_ipc_statistics (live ports, port sets,
   entries, kmsgs) are the same before and after creating and destroying
   ports, port sets, rights and messages -- including messages still queued
   when their port dies, rights inside them, send-once rights that die
   unused, notifications sent at once and dead-name requests cancelled. */
#include "ipc_check.h"

#define TASK mach_task_self()

static struct ipc_statistics snapshot(void) {
  struct ipc_statistics s;
  memset(&s, 0, sizeof s);
  CHECK_KR(mach_ipc_statistics(&s), KERN_SUCCESS);
  return s;
}

static void round_of_work(int n) {
  rcv_buffer_t buf;
  mach_port_t set = MACH_PORT_NULL;
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_PORT_SET, &set), KERN_SUCCESS);
  for (int i = 0; i < n; i++) {
    const mach_port_t p = new_port(), q = new_port();
    mach_port_t dead = MACH_PORT_NULL;
    CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_DEAD_NAME, &dead), KERN_SUCCESS);
    CHECK_KR(mach_port_move_member(TASK, q, set), KERN_SUCCESS);
    /* messages received, and messages left queued */
    CHECK_KR(send_small(p, 1, i, MACH_SEND_TIMEOUT), MACH_MSG_SUCCESS);
    CHECK_KR(receive(p, &buf, 0), MACH_MSG_SUCCESS);
    CHECK_KR(send_small(p, 2, i, MACH_SEND_TIMEOUT), MACH_MSG_SUCCESS);
    CHECK_KR(send_small(q, 3, i, MACH_SEND_TIMEOUT), MACH_MSG_SUCCESS);
    /* rights inside a queued message, and a send-once right dying unused */
    CHECK_KR(send_right(p, 4, q, MACH_MSG_TYPE_MAKE_SEND), MACH_MSG_SUCCESS);
    CHECK_KR(send_right(p, 5, q, MACH_MSG_TYPE_MAKE_SEND_ONCE), MACH_MSG_SUCCESS);
    CHECK_KR(send_right(q, 6, p, MACH_MSG_TYPE_MAKE_SEND_ONCE), MACH_MSG_SUCCESS);
    CHECK_KR(receive(set, &buf, 0), MACH_MSG_SUCCESS);  /* q's id 3 */
    CHECK_KR(receive(set, &buf, 0), MACH_MSG_SUCCESS);  /* q's id 6: a send-once right for p */
    CHECK_KR(mach_port_deallocate(TASK, buf.port.port), KERN_SUCCESS);  /* -> a notification queued on p */
    /* A dead-name request on a name already dead: refused without sync
       (GNU Mach's ipc_right_dnrequest answers KERN_INVALID_ARGUMENT; the
       notify right made for it is destroyed, a send-once notification to
       p); with sync the notification goes at once (queued on p; ipc_notify
       checks its contents and the dead name's extra uref). */
    mach_port_t previous = 0x1234;
    CHECK_KR(mach_port_request_notification(TASK, dead, MACH_NOTIFY_DEAD_NAME, 0, p, MACH_MSG_TYPE_MAKE_SEND_ONCE,
                                            &previous),
             KERN_INVALID_ARGUMENT);
    CHECK_KR(mach_port_request_notification(TASK, dead, MACH_NOTIFY_DEAD_NAME, 1, p, MACH_MSG_TYPE_MAKE_SEND_ONCE,
                                            &previous),
             KERN_SUCCESS);
    check(previous == MACH_PORT_NULL, "immediate dead-name notification: previous %x", previous);
    /* A dead-name request that never fires: on q's send right, cancelled
       when q is destroyed (after p: its port-deleted notification goes to a
       dead port). */
    CHECK_KR(mach_port_request_notification(TASK, q, MACH_NOTIFY_DEAD_NAME, 0, p, MACH_MSG_TYPE_MAKE_SEND_ONCE,
                                            &previous),
             KERN_SUCCESS);
    CHECK_KR(mach_port_destroy(TASK, dead), KERN_SUCCESS);  /* every uref */
    CHECK_KR(mach_port_destroy(TASK, p), KERN_SUCCESS);  /* with messages, rights and notifications queued */
    CHECK_KR(mach_port_destroy(TASK, q), KERN_SUCCESS);
  }
  CHECK_KR(mach_port_destroy(TASK, set), KERN_SUCCESS);
}

int main(void) {
  ipc_test_name = "ipc_leaks";
  /* A first round brings every lazily made structure into being. */
  round_of_work(2);
  const struct ipc_statistics before = snapshot();
  round_of_work(50);
  const struct ipc_statistics after = snapshot();
  check(after.ports == before.ports, "ports: %u before, %u after", before.ports, after.ports);
  check(after.port_sets == before.port_sets, "port sets: %u before, %u after", before.port_sets, after.port_sets);
  check(after.entries == before.entries, "entries: %u before, %u after", before.entries, after.entries);
  check(after.kmsgs == before.kmsgs, "kmsgs: %u before, %u after", before.kmsgs, after.kmsgs);
  check(after.msgs_fast + after.msgs_slow > before.msgs_fast + before.msgs_slow, "mach_msg_trap calls were counted");
  return ipc_finish();
}
