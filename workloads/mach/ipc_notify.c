/* Kernel notifications: a dead-name notification when the receive right
   of a requested send-once right dies, no-senders when the last send right
   goes, and MACH_NOTIFY_SEND_ONCE when a send-once right is destroyed
   unused. */
#include "ipc_check.h"

#define TASK mach_task_self()

/* A send-once right for port p, made through a message to carrier. */
static mach_port_t send_once_right(mach_port_t carrier, mach_port_t p) {
  rcv_buffer_t buf;
  CHECK_KR(send_right(carrier, 1, p, MACH_MSG_TYPE_MAKE_SEND_ONCE), MACH_MSG_SUCCESS);
  CHECK_KR(receive(carrier, &buf, 0), MACH_MSG_SUCCESS);
  check(buf.port.type.msgt_name == MACH_MSG_TYPE_PORT_SEND_ONCE, "send-once right: %u", buf.port.type.msgt_name);
  return buf.port.port;
}

int main(void) {
  ipc_test_name = "ipc_notify";
  rcv_buffer_t buf;
  mach_port_t previous;
  const mach_port_t carrier = new_port();
  mach_port_t notify = MACH_PORT_NULL, r = MACH_PORT_NULL, s = MACH_PORT_NULL, o = MACH_PORT_NULL;
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_RECEIVE, &notify), KERN_SUCCESS);

  /* Dead name: a send-once right to r, r's receive right destroyed. */
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_RECEIVE, &r), KERN_SUCCESS);
  const mach_port_t so = send_once_right(carrier, r);
  previous = 0x1234;
  CHECK_KR(mach_port_request_notification(TASK, so, MACH_NOTIFY_DEAD_NAME, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
                                          &previous),
           KERN_SUCCESS);
  check(previous == MACH_PORT_NULL, "no earlier request: %x", previous);
  check(type_of(so) & MACH_PORT_TYPE_DNREQUEST, "the type shows the request: %x", type_of(so));
  CHECK_KR(mach_port_mod_refs(TASK, r, MACH_PORT_RIGHT_RECEIVE, -1), KERN_SUCCESS);
  CHECK_KR(receive(notify, &buf, 100), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == MACH_NOTIFY_DEAD_NAME, "dead-name notification: id %o", (unsigned)buf.head.msgh_id);
  const mach_dead_name_notification_t* dn = (const mach_dead_name_notification_t*)&buf;
  check(dn->not_port == so, "it names the dead name: %x vs %x", dn->not_port, so);
  check(dn->not_type.msgt_name == MACH_MSG_TYPE_PORT_NAME, "as a PORT_NAME: %u", dn->not_type.msgt_name);
  check((type_of(so) & MACH_PORT_TYPE_ALL_RIGHTS) == MACH_PORT_TYPE_DEAD_NAME, "now a dead name: %x", type_of(so));
  /* The notification carries one more uref of the dead name. */
  check(refs(so, MACH_PORT_RIGHT_DEAD_NAME) == 2, "dead name urefs: %x", refs(so, MACH_PORT_RIGHT_DEAD_NAME));
  CHECK_KR(mach_port_mod_refs(TASK, so, MACH_PORT_RIGHT_DEAD_NAME, -2), KERN_SUCCESS);

  /* A dead-name request on a name already dead (GNU Mach's
     ipc_right_dnrequest): without sync it is refused, KERN_INVALID_ARGUMENT,
     and the notify right made for it is destroyed unused (a
     MACH_NOTIFY_SEND_ONCE on notify); with sync the notification is sent at
     once, previous is null, and the dead name gains the notification's
     uref. */
  mach_port_t dead = MACH_PORT_NULL;
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_DEAD_NAME, &dead), KERN_SUCCESS);
  previous = 0x1234;
  CHECK_KR(mach_port_request_notification(TASK, dead, MACH_NOTIFY_DEAD_NAME, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
                                          &previous),
           KERN_INVALID_ARGUMENT);
  CHECK_KR(receive(notify, &buf, 100), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == MACH_NOTIFY_SEND_ONCE, "refused request: its notify right is destroyed: id %o",
        (unsigned)buf.head.msgh_id);
  CHECK_KR(mach_port_request_notification(TASK, dead, MACH_NOTIFY_DEAD_NAME, 1, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
                                          &previous),
           KERN_SUCCESS);
  check(previous == MACH_PORT_NULL, "immediate notification: previous %x", previous);
  CHECK_KR(receive(notify, &buf, 100), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == MACH_NOTIFY_DEAD_NAME, "immediate dead-name notification: id %o",
        (unsigned)buf.head.msgh_id);
  check(dn->not_port == dead, "it names the dead name: %x vs %x", dn->not_port, dead);
  /* GNU Mach's ipc_right_dnrequest adds the uref (bits + 1). */
  check(refs(dead, MACH_PORT_RIGHT_DEAD_NAME) == 2, "immediate notification: dead name urefs %x (expected 2)",
        refs(dead, MACH_PORT_RIGHT_DEAD_NAME));
  CHECK_KR(mach_port_destroy(TASK, dead), KERN_SUCCESS);

  /* No senders: the last send right of s goes. */
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_RECEIVE, &s), KERN_SUCCESS);
  CHECK_KR(mach_port_insert_right(TASK, s, s, MACH_MSG_TYPE_MAKE_SEND), KERN_SUCCESS);
  CHECK_KR(mach_port_insert_right(TASK, s, s, MACH_MSG_TYPE_MAKE_SEND), KERN_SUCCESS);
  CHECK_KR(mach_port_request_notification(TASK, s, MACH_NOTIFY_NO_SENDERS, 2, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE,
                                          &previous),
           KERN_SUCCESS);
  CHECK_KR(receive(notify, &buf, 0), MACH_RCV_TIMED_OUT);  /* senders remain */
  CHECK_KR(mach_port_deallocate(TASK, s), KERN_SUCCESS);
  CHECK_KR(receive(notify, &buf, 0), MACH_RCV_TIMED_OUT);  /* one remains */
  CHECK_KR(mach_port_deallocate(TASK, s), KERN_SUCCESS);
  CHECK_KR(receive(notify, &buf, 100), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == MACH_NOTIFY_NO_SENDERS, "no-senders notification: id %o", (unsigned)buf.head.msgh_id);
  const mach_no_senders_notification_t* ns = (const mach_no_senders_notification_t*)&buf;
  check(ns->not_count == 2, "make-send count 2: %u", ns->not_count);
  check(type_of(s) == MACH_PORT_TYPE_RECEIVE, "the receive right stays: %x", type_of(s));

  /* Send-once destroyed unused: its port gets MACH_NOTIFY_SEND_ONCE. */
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_RECEIVE, &o), KERN_SUCCESS);
  const mach_port_t so2 = send_once_right(carrier, o);
  CHECK_KR(mach_port_deallocate(TASK, so2), KERN_SUCCESS);
  CHECK_KR(receive(o, &buf, 100), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == MACH_NOTIFY_SEND_ONCE, "send-once notification: id %o", (unsigned)buf.head.msgh_id);
  check(buf.head.msgh_size == sizeof(mach_send_once_notification_t), "a bare header: %u", buf.head.msgh_size);
  check(type_of(so2) == (0xdead0000u | KERN_INVALID_NAME), "the send-once name is gone: %x", type_of(so2));

  /* Bad requests. */
  CHECK_KR(mach_port_request_notification(TASK, s, 12345, 0, notify, MACH_MSG_TYPE_MAKE_SEND_ONCE, &previous),
           KERN_INVALID_VALUE);
  CHECK_KR(mach_port_request_notification(TASK, 0x7fff0f, MACH_NOTIFY_DEAD_NAME, 0, notify,
                                          MACH_MSG_TYPE_MAKE_SEND_ONCE, &previous),
           KERN_INVALID_NAME);

  CHECK_KR(receive(notify, &buf, 0), MACH_RCV_TIMED_OUT);  /* nothing else arrived */
  CHECK_KR(mach_port_destroy(TASK, s), KERN_SUCCESS);
  CHECK_KR(mach_port_destroy(TASK, o), KERN_SUCCESS);
  CHECK_KR(mach_port_destroy(TASK, notify), KERN_SUCCESS);
  CHECK_KR(mach_port_destroy(TASK, carrier), KERN_SUCCESS);
  return ipc_finish();
}
