/* Shared by the ipc_* workloads: checks that print what failed, and small
   message helpers.  Each program prints "NAME: ok" and exits 0, or prints
   every failed check and exits 1. */
#ifndef IPC_CHECK_H
#define IPC_CHECK_H
#include <mach.h>

static const char* ipc_test_name;
static int ipc_failures;

__attribute__((format(printf, 2, 3))) static void check(int ok, const char* fmt, ...) {
  if (ok) return;
  char line[200];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  printf("%s: FAILED: %s\n", ipc_test_name, line);
  ++ipc_failures;
}

/* A Mach return code compared with the one expected. */
#define CHECK_KR(expr, expected)                                                                      \
  do {                                                                                                \
    const kern_return_t kr_ = (expr);                                                                 \
    check(kr_ == (kern_return_t)(expected), "%s: got 0x%x, expected %s (0x%x)", #expr, (unsigned)kr_, \
          #expected, (unsigned)(expected));                                                          \
  } while (0)

__attribute__((unused)) static int ipc_finish(void) {
  if (ipc_failures) {
    printf("%s: %d checks failed\n", ipc_test_name, ipc_failures);
    return 1;
  }
  printf("%s: ok\n", ipc_test_name);
  return 0;
}

/* A message with four inline integers. */
typedef struct {
  mach_msg_header_t head;
  mach_msg_type_t type;
  int data[4];
} small_msg_t;

/* A message carrying one port right (or any other one-word item). */
typedef struct {
  mach_msg_header_t head;
  mach_msg_type_t type;
  mach_port_t port;
} port_msg_t;

/* Room for any message the tests receive. */
typedef union {
  mach_msg_header_t head;
  small_msg_t small;
  port_msg_t port;
  char bytes[1024];
} rcv_buffer_t;

static const mach_msg_type_t int4_type = {MACH_MSG_TYPE_INTEGER_32, 32, 4, TRUE, FALSE, FALSE, 0};

__attribute__((unused)) static void set_type(mach_msg_type_t* t, unsigned name, unsigned size, unsigned number) {
  t->msgt_name = name;
  t->msgt_size = size;
  t->msgt_number = number;
  t->msgt_inline = TRUE;
  t->msgt_longform = FALSE;
  t->msgt_deallocate = FALSE;
  t->msgt_unused = 0;
}

/* Send four integers to dest (a send right: COPY_SEND), without blocking. */
__attribute__((unused)) static mach_msg_return_t send_small(mach_port_t dest, mach_msg_id_t id, int a, mach_msg_option_t extra) {
  small_msg_t m;
  m.head.msgh_bits = MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0);
  m.head.msgh_size = sizeof m;
  m.head.msgh_remote_port = dest;
  m.head.msgh_local_port = MACH_PORT_NULL;
  m.head.msgh_seqno = 0;
  m.head.msgh_id = id;
  m.type = int4_type;
  for (int i = 0; i < 4; i++) m.data[i] = a + i;
  return mach_msg(&m.head, MACH_SEND_MSG | extra, sizeof m, 0, MACH_PORT_NULL,
                  (extra & MACH_SEND_TIMEOUT) ? 0 : MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
}

/* Send one right (disposition `how`) of `right` in the body, to dest. */
__attribute__((unused)) static mach_msg_return_t send_right(mach_port_t dest, mach_msg_id_t id, mach_port_t right, unsigned how) {
  port_msg_t m;
  m.head.msgh_bits = MACH_MSGH_BITS_COMPLEX | MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0);
  m.head.msgh_size = sizeof m;
  m.head.msgh_remote_port = dest;
  m.head.msgh_local_port = MACH_PORT_NULL;
  m.head.msgh_seqno = 0;
  m.head.msgh_id = id;
  set_type(&m.type, how, 32, 1);
  m.port = right;
  return mach_msg(&m.head, MACH_SEND_MSG | MACH_SEND_TIMEOUT, sizeof m, 0, MACH_PORT_NULL, 0, MACH_PORT_NULL);
}

/* Receive on name into buf, waiting at most timeout_ms. */
__attribute__((unused)) static mach_msg_return_t receive(mach_port_t name, rcv_buffer_t* buf, mach_msg_timeout_t timeout_ms) {
  return mach_msg(&buf->head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof *buf, name, timeout_ms, MACH_PORT_NULL);
}

/* A receive right with a send right under the same name. */
__attribute__((unused)) static mach_port_t new_port(void) {
  mach_port_t p = MACH_PORT_NULL;
  CHECK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &p), KERN_SUCCESS);
  CHECK_KR(mach_port_insert_right(mach_task_self(), p, p, MACH_MSG_TYPE_MAKE_SEND), KERN_SUCCESS);
  return p;
}

__attribute__((unused)) static mach_port_urefs_t refs(mach_port_t name, mach_port_right_t right) {
  mach_port_urefs_t r = 0xdead;
  kern_return_t kr = mach_port_get_refs(mach_task_self(), name, right, &r);
  return kr == KERN_SUCCESS ? r : 0xdead0000u | (unsigned)kr;
}

__attribute__((unused)) static mach_port_type_t type_of(mach_port_t name) {
  mach_port_type_t t = 0;
  kern_return_t kr = mach_port_type(mach_task_self(), name, &t);
  return kr == KERN_SUCCESS ? t : 0xdead0000u | (unsigned)kr;
}

#endif
