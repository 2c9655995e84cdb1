/* Rights carried in message bodies: MAKE_SEND, COPY_SEND, MOVE_SEND,
   MAKE_SEND_ONCE and MOVE_SEND_ONCE to oneself, and MOVE_RECEIVE to a
   second thread of the task, which then receives on the moved right. */
#include "ipc_check.h"

#define TASK mach_task_self()

static mach_port_t carrier;  /* messages with rights travel through this port */

/* Receive one message carrying a right; its name, and the type it came as. */
static mach_port_t take_right(unsigned* type) {
  rcv_buffer_t buf;
  CHECK_KR(receive(carrier, &buf, 0), MACH_MSG_SUCCESS);
  check(buf.head.msgh_bits & MACH_MSGH_BITS_COMPLEX, "a message with a right is complex: %x", buf.head.msgh_bits);
  *type = buf.port.type.msgt_name;
  return buf.port.port;
}

static volatile int moved_done;
static volatile mach_port_t moved_name;
static volatile unsigned moved_type, moved_id;

/* Thread B: receives the receive right, then a message on it. */
static void receiver(void* arg) {
  (void)arg;
  rcv_buffer_t buf;
  if (receive(carrier, &buf, 2000) == MACH_MSG_SUCCESS) {
    moved_name = buf.port.port;
    moved_type = buf.port.type.msgt_name;
    if (receive(moved_name, &buf, 2000) == MACH_MSG_SUCCESS) moved_id = (unsigned)buf.head.msgh_id;
  }
  moved_done = 1;
}

int main(void) {
  ipc_test_name = "ipc_rights_in_msgs";
  unsigned type;
  carrier = new_port();
  mach_port_t r = MACH_PORT_NULL;
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_RECEIVE, &r), KERN_SUCCESS);

  /* MAKE_SEND: a new send right, under the port's name in this space. */
  CHECK_KR(send_right(carrier, 1, r, MACH_MSG_TYPE_MAKE_SEND), MACH_MSG_SUCCESS);
  mach_port_t got = take_right(&type);
  check(type == MACH_MSG_TYPE_PORT_SEND, "MAKE_SEND arrives as PORT_SEND: %u", type);
  check(got == r, "same port, same name: %x vs %x", got, r);
  check(refs(r, MACH_PORT_RIGHT_SEND) == 1, "one send uref: %x", refs(r, MACH_PORT_RIGHT_SEND));

  /* COPY_SEND: the sender keeps its right, the receiver gets another. */
  CHECK_KR(send_right(carrier, 2, r, MACH_MSG_TYPE_COPY_SEND), MACH_MSG_SUCCESS);
  check(refs(r, MACH_PORT_RIGHT_SEND) == 1, "in flight: still one uref: %x", refs(r, MACH_PORT_RIGHT_SEND));
  got = take_right(&type);
  check(type == MACH_MSG_TYPE_PORT_SEND && got == r, "COPY_SEND arrives: %u %x", type, got);
  check(refs(r, MACH_PORT_RIGHT_SEND) == 2, "two send urefs: %x", refs(r, MACH_PORT_RIGHT_SEND));

  /* MOVE_SEND: gone from the sender while in flight. */
  CHECK_KR(send_right(carrier, 3, r, MACH_MSG_TYPE_MOVE_SEND), MACH_MSG_SUCCESS);
  check(refs(r, MACH_PORT_RIGHT_SEND) == 1, "moved out: one uref: %x", refs(r, MACH_PORT_RIGHT_SEND));
  got = take_right(&type);
  check(type == MACH_MSG_TYPE_PORT_SEND && got == r, "MOVE_SEND arrives: %u %x", type, got);
  check(refs(r, MACH_PORT_RIGHT_SEND) == 2, "back: two urefs: %x", refs(r, MACH_PORT_RIGHT_SEND));

  /* MAKE_SEND_ONCE: a send-once right, under a name of its own. */
  CHECK_KR(send_right(carrier, 4, r, MACH_MSG_TYPE_MAKE_SEND_ONCE), MACH_MSG_SUCCESS);
  const mach_port_t once = take_right(&type);
  check(type == MACH_MSG_TYPE_PORT_SEND_ONCE, "MAKE_SEND_ONCE arrives as PORT_SEND_ONCE: %u", type);
  check(once != r && type_of(once) == MACH_PORT_TYPE_SEND_ONCE, "send-once name %x type %x", once, type_of(once));

  /* MOVE_SEND_ONCE in a body, then used as a destination: it is consumed. */
  CHECK_KR(send_right(carrier, 5, once, MACH_MSG_TYPE_MOVE_SEND_ONCE), MACH_MSG_SUCCESS);
  check(type_of(once) == (0xdead0000u | KERN_INVALID_NAME), "moved away: %x", type_of(once));
  const mach_port_t once2 = take_right(&type);
  check(type == MACH_MSG_TYPE_PORT_SEND_ONCE && type_of(once2) == MACH_PORT_TYPE_SEND_ONCE, "MOVE_SEND_ONCE: %u %x",
        type, type_of(once2));
  small_msg_t m;
  memset(&m, 0, sizeof m);
  m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_MOVE_SEND_ONCE, 0);
  m.head.msgh_size = sizeof m;
  m.head.msgh_remote_port = once2;
  m.head.msgh_id = 55;
  m.type = int4_type;
  CHECK_KR(mach_msg(&m.head, MACH_SEND_MSG | MACH_SEND_TIMEOUT, sizeof m, 0, MACH_PORT_NULL, 0, MACH_PORT_NULL),
           MACH_MSG_SUCCESS);
  check(type_of(once2) == (0xdead0000u | KERN_INVALID_NAME), "a used send-once right is gone: %x", type_of(once2));
  rcv_buffer_t buf;
  CHECK_KR(receive(r, &buf, 0), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == 55, "the send-once message arrived on r: id %d", buf.head.msgh_id);

  /* MOVE_RECEIVE to another thread, which then receives on it. */
  const int tid = thread_spawn(receiver, 0, 16384);
  check(tid > 0, "thread_spawn: %d", tid);
  CHECK_KR(send_right(carrier, 6, r, MACH_MSG_TYPE_MOVE_RECEIVE), MACH_MSG_SUCCESS);
  /* Our send rights stay; the receive right is in flight or with thread B. */
  for (int i = 0; i < 1000 && moved_name == MACH_PORT_NULL; i++) kc_thread_switch();
  check(moved_type == MACH_MSG_TYPE_PORT_RECEIVE, "MOVE_RECEIVE arrives as PORT_RECEIVE: %u", moved_type);
  check(moved_name == r, "a receive right joins the send rights' name: %x vs %x", moved_name, r);
  CHECK_KR(send_small(r, 66, 0, MACH_SEND_TIMEOUT), MACH_MSG_SUCCESS);
  if (tid > 0) kc_thread_wait(tid);
  check(moved_done && moved_id == 66, "thread B received on the moved right: id %u", moved_id);
  check(type_of(r) == MACH_PORT_TYPE_SEND_RECEIVE, "the task holds send+receive: %x", type_of(r));

  CHECK_KR(mach_port_destroy(TASK, r), KERN_SUCCESS);
  CHECK_KR(mach_port_destroy(TASK, carrier), KERN_SUCCESS);
  return ipc_finish();
}
