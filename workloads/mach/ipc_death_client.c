/* A server task killed in the middle of an RPC (with ipc_death_server,
   booted as two servers: `ipc_death_server death_exit exit` and
   `ipc_death_server death_term terminate`): the client gets the
   MACH_NOTIFY_SEND_ONCE of its destroyed reply right -- MIG's
   MIG_SERVER_DIED -- and never hangs.

   death_exit: request A (send only) is received by the server, request B
   (a MIG-style SEND|RCV) waits queued behind it; the server exits.  B's
   reply right dies with the queued message, A's with the server's space.
   death_term: request C (SEND|RCV, the server waiting: the optimized path
   when it is on) is received; the server terminates its own task.
   Afterwards the services' send rights are dead names and a send to one
   is MACH_SEND_INVALID_DEST. */
#include "ipc_check.h"

#define TASK mach_task_self()

static mach_port_t look_up(const char* name) {
  mach_port_t p = MACH_PORT_NULL;
  kern_return_t kr;
  unsigned tries = 0;
  while ((kr = bootstrap_look_up(bootstrap_port, name, &p)) != KERN_SUCCESS) {
    if (++tries > 100000) {
      check(0, "bootstrap_look_up(\"%s\"): 0x%x", name, (unsigned)kr);
      return MACH_PORT_NULL;
    }
    kc_thread_switch();
  }
  return p;
}

static void request(small_msg_t* m, mach_port_t server, mach_port_t reply, mach_msg_id_t id) {
  memset(m, 0, sizeof *m);
  m->head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE);
  m->head.msgh_size = sizeof *m;
  m->head.msgh_remote_port = server;
  m->head.msgh_local_port = reply;
  m->head.msgh_id = id;
  m->type = int4_type;
}

/* The reply (or notification) in buf, as MIG's user stub reads it. */
static kern_return_t mig_result(const rcv_buffer_t* buf, mach_port_t reply, const char* what) {
  if (buf->head.msgh_id != MACH_NOTIFY_SEND_ONCE) {
    check(0, "%s: a reply with id %d instead of the send-once notification", what, buf->head.msgh_id);
    return KERN_SUCCESS;
  }
  check(buf->head.msgh_size == sizeof(mach_send_once_notification_t), "%s: notification size %u", what,
        buf->head.msgh_size);
  check(buf->head.msgh_local_port == reply, "%s: notification received on %x, reply port %x", what,
        buf->head.msgh_local_port, reply);
  check(MACH_MSGH_BITS_REMOTE(buf->head.msgh_bits) == 0 || buf->head.msgh_remote_port == MACH_PORT_NULL,
        "%s: the notification carries no reply right: bits %x remote %x", what, buf->head.msgh_bits,
        buf->head.msgh_remote_port);
  return MIG_SERVER_DIED;
}

/* A MIG-style RPC: SEND|RCV on a reply port, no timeout. */
static kern_return_t rpc(mach_port_t server, mach_port_t reply, mach_msg_id_t id, const char* what) {
  union {
    small_msg_t req;
    rcv_buffer_t rcv;
  } u;
  request(&u.req, server, reply, id);
  const mach_msg_return_t mr = mach_msg(&u.req.head, MACH_SEND_MSG | MACH_RCV_MSG, sizeof u.req, sizeof u.rcv, reply,
                                        MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
  if (mr != MACH_MSG_SUCCESS) {
    check(0, "%s: mach_msg: 0x%x", what, (unsigned)mr);
    return mr;
  }
  return mig_result(&u.rcv, reply, what);
}

static mach_port_t receive_port(void) {
  mach_port_t p = MACH_PORT_NULL;
  CHECK_KR(mach_port_allocate(TASK, MACH_PORT_RIGHT_RECEIVE, &p), KERN_SUCCESS);
  return p;
}

int main(void) {
  ipc_test_name = "ipc_death_client";
  const mach_port_t s_exit = look_up("death_exit"), s_term = look_up("death_term");
  if (ipc_failures) return ipc_finish();
  rcv_buffer_t buf;

  /* death_exit: A received, B queued behind it. */
  const mach_port_t ra = receive_port(), rb = receive_port();
  small_msg_t a;
  request(&a, s_exit, ra, 100);
  CHECK_KR(mach_msg(&a.head, MACH_SEND_MSG, sizeof a, 0, MACH_PORT_NULL, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL),
           MACH_MSG_SUCCESS);
  CHECK_KR(rpc(s_exit, rb, 101, "queued request B"), MIG_SERVER_DIED);
  CHECK_KR(receive(ra, &buf, 1000), MACH_MSG_SUCCESS);
  CHECK_KR(mig_result(&buf, ra, "received request A"), MIG_SERVER_DIED);
  CHECK_KR(receive(ra, &buf, 0), MACH_RCV_TIMED_OUT); /* one notification per reply right */
  CHECK_KR(receive(rb, &buf, 0), MACH_RCV_TIMED_OUT);

  /* death_term: C received on the call path, the server task terminated. */
  const mach_port_t rc = receive_port();
  CHECK_KR(rpc(s_term, rc, 102, "request C"), MIG_SERVER_DIED);
  CHECK_KR(receive(rc, &buf, 0), MACH_RCV_TIMED_OUT);

  /* The services are gone: dead names, and sends to them fail. */
  check(type_of(s_exit) == MACH_PORT_TYPE_DEAD_NAME, "death_exit's send right is a dead name: %x", type_of(s_exit));
  check(type_of(s_term) == MACH_PORT_TYPE_DEAD_NAME, "death_term's send right is a dead name: %x", type_of(s_term));
  CHECK_KR(send_small(s_exit, 103, 0, MACH_SEND_TIMEOUT), MACH_SEND_INVALID_DEST);
  const mach_port_t rd = receive_port();
  small_msg_t d;
  request(&d, s_term, rd, 104);
  CHECK_KR(mach_msg(&d.head, MACH_SEND_MSG | MACH_RCV_MSG, sizeof d, sizeof d, rd, MACH_MSG_TIMEOUT_NONE,
                    MACH_PORT_NULL),
           MACH_SEND_INVALID_DEST);
  /* The reply ports are intact and hold nothing. */
  check(type_of(ra) == MACH_PORT_TYPE_RECEIVE && type_of(rb) == MACH_PORT_TYPE_RECEIVE &&
            type_of(rc) == MACH_PORT_TYPE_RECEIVE && type_of(rd) == MACH_PORT_TYPE_RECEIVE,
        "reply ports: %x %x %x %x", type_of(ra), type_of(rb), type_of(rc), type_of(rd));
  CHECK_KR(receive(rd, &buf, 0), MACH_RCV_TIMED_OUT);
  /* Which paths mach_msg_trap took (the test runs with the optimized path
     on and off). */
  struct ipc_statistics st;
  memset(&st, 0, sizeof st);
  CHECK_KR(mach_ipc_statistics(&st), KERN_SUCCESS);
  printf("ipc_death_client: mach_msg_trap calls: %u fast, %u slow\n", st.msgs_fast, st.msgs_slow);
  return ipc_finish();
}
