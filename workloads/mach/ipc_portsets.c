/* Port sets: mach_port_move_member in and out, a receive on the set takes
   the first message queued on any member (and names the member), members
   cannot be received from directly, messages queued before the move come
   along. */
#include "ipc_check.h"

#define TASK mach_task_self()
#define BOGUS ((mach_port_t)0x7fff0f)

int main(void) {
  ipc_test_name = "ipc_portsets";
  rcv_buffer_t buf;
  mach_port_t set = MACH_PORT_NULL;
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_PORT_SET, &set), KERN_SUCCESS);
  const mach_port_t a = new_port(), b = new_port(), c = new_port();

  CHECK_KR(receive(set, &buf, 0), MACH_RCV_TIMED_OUT);  /* an empty set */
  CHECK_KR(mach_port_move_member(TASK, a, set), KERN_SUCCESS);
  CHECK_KR(mach_port_move_member(TASK, b, set), KERN_SUCCESS);

  /* b first, then a: the set delivers in that order, naming the member. */
  CHECK_KR(send_small(b, 2, 20, 0), MACH_MSG_SUCCESS);
  CHECK_KR(send_small(a, 1, 10, 0), MACH_MSG_SUCCESS);
  CHECK_KR(receive(a, &buf, 0), MACH_RCV_IN_SET);  /* a member is received through its set */
  CHECK_KR(receive(set, &buf, 0), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == 2 && buf.head.msgh_local_port == b, "first: id %d from %x (b is %x)", buf.head.msgh_id,
        buf.head.msgh_local_port, b);
  CHECK_KR(receive(set, &buf, 0), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == 1 && buf.head.msgh_local_port == a, "second: id %d from %x (a is %x)", buf.head.msgh_id,
        buf.head.msgh_local_port, a);
  CHECK_KR(receive(set, &buf, 0), MACH_RCV_TIMED_OUT);

  /* Messages queued on a port before it joins come with it. */
  CHECK_KR(send_small(c, 3, 30, 0), MACH_MSG_SUCCESS);
  CHECK_KR(mach_port_move_member(TASK, c, set), KERN_SUCCESS);
  CHECK_KR(receive(set, &buf, 0), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == 3 && buf.head.msgh_local_port == c, "moved in: id %d from %x", buf.head.msgh_id,
        buf.head.msgh_local_port);

  /* Out of the set: received directly again, no longer through the set. */
  CHECK_KR(mach_port_move_member(TASK, a, MACH_PORT_NULL), KERN_SUCCESS);
  CHECK_KR(send_small(a, 4, 40, 0), MACH_MSG_SUCCESS);
  CHECK_KR(receive(set, &buf, 0), MACH_RCV_TIMED_OUT);
  CHECK_KR(receive(a, &buf, 0), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == 4, "after leaving the set: id %d", buf.head.msgh_id);
  CHECK_KR(mach_port_move_member(TASK, a, MACH_PORT_NULL), KERN_NOT_IN_SET);

  /* Errors. */
  CHECK_KR(mach_port_move_member(TASK, a, b), KERN_INVALID_RIGHT);       /* b is not a set */
  CHECK_KR(mach_port_move_member(TASK, set, set), KERN_INVALID_RIGHT);   /* a set is not a member */
  CHECK_KR(mach_port_move_member(TASK, BOGUS, set), KERN_INVALID_NAME);
  CHECK_KR(mach_port_move_member(TASK, a, BOGUS), KERN_INVALID_NAME);
  CHECK_KR(send_small(set, 5, 0, MACH_SEND_TIMEOUT), MACH_SEND_INVALID_DEST);  /* a set has no send rights */

  /* Destroying the set frees its members, whose messages stay queued. */
  CHECK_KR(send_small(b, 6, 60, 0), MACH_MSG_SUCCESS);
  CHECK_KR(mach_port_destroy(TASK, set), KERN_SUCCESS);
  check(type_of(b) == MACH_PORT_TYPE_SEND_RECEIVE, "member survives its set: %x", type_of(b));
  CHECK_KR(receive(b, &buf, 0), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == 6, "queued message kept: id %d", buf.head.msgh_id);

  CHECK_KR(mach_port_destroy(TASK, a), KERN_SUCCESS);
  CHECK_KR(mach_port_destroy(TASK, b), KERN_SUCCESS);
  CHECK_KR(mach_port_destroy(TASK, c), KERN_SUCCESS);
  return ipc_finish();
}
