/* Port rights and user references: mach_port_allocate (receive, port set,
   dead name), get_refs, mod_refs, insert_right MAKE_SEND, deallocate,
   destroy, and the errors KERN_INVALID_NAME / RIGHT / VALUE and
   KERN_UREFS_OVERFLOW. */
#include "ipc_check.h"

#define TASK mach_task_self()
#define BOGUS ((mach_port_t)0x7fff0f)  /* a name this task never had */

int main(void) {
  ipc_test_name = "ipc_rights";
  mach_port_t r = MACH_PORT_NULL, set = MACH_PORT_NULL, dead = MACH_PORT_NULL, other = MACH_PORT_NULL;

  /* A receive right: one uref, no send rights. */
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_RECEIVE, &r), KERN_SUCCESS);
  check(MACH_PORT_VALID(r), "allocate receive gives a valid name (%x)", r);
  check(type_of(r) == MACH_PORT_TYPE_RECEIVE, "receive type: %x", type_of(r));
  check(refs(r, MACH_PORT_RIGHT_RECEIVE) == 1, "receive urefs: %x", refs(r, MACH_PORT_RIGHT_RECEIVE));
  check(refs(r, MACH_PORT_RIGHT_SEND) == 0, "no send urefs yet: %x", refs(r, MACH_PORT_RIGHT_SEND));
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_RECEIVE, &other), KERN_SUCCESS);
  check(other != r, "two allocations give two names");

  /* MAKE_SEND under the receive right's name, twice: urefs add up. */
  CHECK_KR(mach_port_insert_right(TASK, r, r, MACH_MSG_TYPE_MAKE_SEND), KERN_SUCCESS);
  check(type_of(r) == MACH_PORT_TYPE_SEND_RECEIVE, "send+receive type: %x", type_of(r));
  check(refs(r, MACH_PORT_RIGHT_SEND) == 1, "one send uref: %x", refs(r, MACH_PORT_RIGHT_SEND));
  CHECK_KR(mach_port_insert_right(TASK, r, r, MACH_MSG_TYPE_MAKE_SEND), KERN_SUCCESS);
  check(refs(r, MACH_PORT_RIGHT_SEND) == 2, "two send urefs: %x", refs(r, MACH_PORT_RIGHT_SEND));
  /* A send right can only go under the port's own name in this space. */
  CHECK_KR(mach_port_insert_right(TASK, other, r, MACH_MSG_TYPE_MAKE_SEND), KERN_RIGHT_EXISTS);

  /* mod_refs up and down; deallocate drops one send uref. */
  CHECK_KR(mach_port_mod_refs(TASK, r, MACH_PORT_RIGHT_SEND, 3), KERN_SUCCESS);
  check(refs(r, MACH_PORT_RIGHT_SEND) == 5, "five send urefs: %x", refs(r, MACH_PORT_RIGHT_SEND));
  CHECK_KR(mach_port_deallocate(TASK, r), KERN_SUCCESS);
  check(refs(r, MACH_PORT_RIGHT_SEND) == 4, "deallocate: four send urefs: %x", refs(r, MACH_PORT_RIGHT_SEND));
  CHECK_KR(mach_port_mod_refs(TASK, r, MACH_PORT_RIGHT_SEND, -5), KERN_INVALID_VALUE);  /* underflow */
  CHECK_KR(mach_port_mod_refs(TASK, r, MACH_PORT_RIGHT_SEND, -4), KERN_SUCCESS);
  check(type_of(r) == MACH_PORT_TYPE_RECEIVE, "back to receive only: %x", type_of(r));
  CHECK_KR(mach_port_mod_refs(TASK, r, MACH_PORT_RIGHT_SEND, -1), KERN_INVALID_RIGHT);  /* no send right */
  CHECK_KR(mach_port_deallocate(TASK, r), KERN_INVALID_RIGHT);  /* a receive right is not deallocated */
  CHECK_KR(mach_port_mod_refs(TASK, r, MACH_PORT_RIGHT_RECEIVE, 1), KERN_INVALID_VALUE);  /* at most one */
  CHECK_KR(mach_port_mod_refs(TASK, r, MACH_PORT_RIGHT_SEND_ONCE, 1), KERN_INVALID_RIGHT);  /* none held */

  /* User-reference overflow. */
  CHECK_KR(mach_port_insert_right(TASK, r, r, MACH_MSG_TYPE_MAKE_SEND), KERN_SUCCESS);
  CHECK_KR(mach_port_mod_refs(TASK, r, MACH_PORT_RIGHT_SEND, MACH_PORT_UREFS_MAX), KERN_UREFS_OVERFLOW);
  check(refs(r, MACH_PORT_RIGHT_SEND) == 1, "overflow changed nothing: %x", refs(r, MACH_PORT_RIGHT_SEND));

  /* A port set. */
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_PORT_SET, &set), KERN_SUCCESS);
  check(type_of(set) == MACH_PORT_TYPE_PORT_SET, "port set type: %x", type_of(set));
  check(refs(set, MACH_PORT_RIGHT_PORT_SET) == 1, "port set urefs: %x", refs(set, MACH_PORT_RIGHT_PORT_SET));
  /* A right that cannot be made is an invalid capability (Mach's server-side check of poly). */
  CHECK_KR(mach_port_insert_right(TASK, set, set, MACH_MSG_TYPE_MAKE_SEND), KERN_INVALID_CAPABILITY);
  CHECK_KR(mach_port_deallocate(TASK, set), KERN_INVALID_RIGHT);

  /* A dead name: urefs only. */
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_DEAD_NAME, &dead), KERN_SUCCESS);
  check(type_of(dead) == MACH_PORT_TYPE_DEAD_NAME, "dead name type: %x", type_of(dead));
  check(refs(dead, MACH_PORT_RIGHT_DEAD_NAME) == 1, "dead name urefs: %x", refs(dead, MACH_PORT_RIGHT_DEAD_NAME));
  CHECK_KR(mach_port_mod_refs(TASK, dead, MACH_PORT_RIGHT_DEAD_NAME, 2), KERN_SUCCESS);
  check(refs(dead, MACH_PORT_RIGHT_DEAD_NAME) == 3, "dead name urefs: %x", refs(dead, MACH_PORT_RIGHT_DEAD_NAME));
  CHECK_KR(mach_port_deallocate(TASK, dead), KERN_SUCCESS);
  check(refs(dead, MACH_PORT_RIGHT_DEAD_NAME) == 2, "dead name urefs: %x", refs(dead, MACH_PORT_RIGHT_DEAD_NAME));
  CHECK_KR(mach_port_mod_refs(TASK, dead, MACH_PORT_RIGHT_DEAD_NAME, -2), KERN_SUCCESS);
  check(type_of(dead) == (0xdead0000u | KERN_INVALID_NAME), "the last uref frees the name: %x", type_of(dead));

  /* The receive right dies: its send right becomes a dead name. */
  CHECK_KR(mach_port_mod_refs(TASK, r, MACH_PORT_RIGHT_RECEIVE, -1), KERN_SUCCESS);
  check(type_of(r) == MACH_PORT_TYPE_DEAD_NAME, "send right of a dead port is a dead name: %x", type_of(r));
  check(refs(r, MACH_PORT_RIGHT_DEAD_NAME) == 1, "dead name urefs: %x", refs(r, MACH_PORT_RIGHT_DEAD_NAME));
  CHECK_KR(mach_port_destroy(TASK, r), KERN_SUCCESS);
  check(type_of(r) == (0xdead0000u | KERN_INVALID_NAME), "destroyed: %x", type_of(r));

  /* destroy takes every right a name has. */
  CHECK_KR(mach_port_insert_right(TASK, other, other, MACH_MSG_TYPE_MAKE_SEND), KERN_SUCCESS);
  CHECK_KR(mach_port_destroy(TASK, other), KERN_SUCCESS);
  check(type_of(other) == (0xdead0000u | KERN_INVALID_NAME), "destroyed send+receive: %x", type_of(other));
  CHECK_KR(mach_port_destroy(TASK, set), KERN_SUCCESS);

  /* Bad names, rights and values. */
  mach_port_urefs_t u;
  mach_port_type_t t;
  mach_port_t n;
  CHECK_KR(mach_port_get_refs(TASK, BOGUS, MACH_PORT_RIGHT_SEND, &u), KERN_INVALID_NAME);
  CHECK_KR(mach_port_type(TASK, BOGUS, &t), KERN_INVALID_NAME);
  CHECK_KR(mach_port_deallocate(TASK, BOGUS), KERN_INVALID_NAME);
  CHECK_KR(mach_port_destroy(TASK, BOGUS), KERN_INVALID_NAME);
  CHECK_KR(mach_port_mod_refs(TASK, BOGUS, MACH_PORT_RIGHT_SEND, 1), KERN_INVALID_NAME);
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_NUMBER, &n), KERN_INVALID_VALUE);
  CHECK_KR(mach_port_allocate(TASK, 99, &n), KERN_INVALID_VALUE);
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_SEND, &n), KERN_INVALID_VALUE);
  mach_port_t q = MACH_PORT_NULL;
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_RECEIVE, &q), KERN_SUCCESS);
  CHECK_KR(mach_port_get_refs(TASK, q, MACH_PORT_RIGHT_NUMBER, &u), KERN_INVALID_VALUE);
  CHECK_KR(mach_port_mod_refs(TASK, q, 77, 1), KERN_INVALID_VALUE);
  CHECK_KR(mach_port_insert_right(TASK, q, q, MACH_MSG_TYPE_INTEGER_32), KERN_INVALID_VALUE);
  CHECK_KR(mach_port_insert_right(TASK, q, BOGUS, MACH_MSG_TYPE_MAKE_SEND), KERN_INVALID_CAPABILITY);
  CHECK_KR(mach_port_allocate(MACH_PORT_NULL, MACH_PORT_RIGHT_RECEIVE, &n), KERN_INVALID_TASK);
  CHECK_KR(mach_port_destroy(TASK, q), KERN_SUCCESS);
  return ipc_finish();
}
