/* Messages to oneself: inline data, FIFO order and msgh_seqno, receive
   buffers too small (with and without MACH_RCV_LARGE), timeouts, a full
   queue and mach_port_set_qlimit, and malformed sends. */
#include "ipc_check.h"

#define TASK mach_task_self()
#define BOGUS ((mach_port_t)0x7fff0f)
#define UNMAPPED ((void*)0x30000000)

static small_msg_t header_only(mach_port_t dest, unsigned bits) {
  small_msg_t m;
  memset(&m, 0, sizeof m);
  m.head.msgh_bits = bits;
  m.head.msgh_size = sizeof m;
  m.head.msgh_remote_port = dest;
  m.type = int4_type;
  return m;
}

static mach_msg_return_t send_raw(small_msg_t* m, mach_msg_size_t size) {
  return mach_msg(&m->head, MACH_SEND_MSG | MACH_SEND_TIMEOUT, size, 0, MACH_PORT_NULL, 0, MACH_PORT_NULL);
}

int main(void) {
  ipc_test_name = "ipc_messages";
  rcv_buffer_t buf;
  const mach_port_t p = new_port();

  /* Inline data arrives as sent. */
  CHECK_KR(send_small(p, 1000, 40, 0), MACH_MSG_SUCCESS);
  memset(&buf, 0, sizeof buf);
  CHECK_KR(receive(p, &buf, 0), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == 1000, "id %d", buf.head.msgh_id);
  check(buf.head.msgh_size == sizeof(small_msg_t), "size %u", buf.head.msgh_size);
  check(buf.head.msgh_local_port == p, "local port %x is the receive right %x", buf.head.msgh_local_port, p);
  check(buf.head.msgh_remote_port == MACH_PORT_NULL, "no reply port: %x", buf.head.msgh_remote_port);
  check(!(buf.head.msgh_bits & MACH_MSGH_BITS_COMPLEX), "not complex: %x", buf.head.msgh_bits);
  check(buf.small.type.msgt_name == MACH_MSG_TYPE_INTEGER_32 && buf.small.type.msgt_number == 4, "descriptor");
  check(buf.small.data[0] == 40 && buf.small.data[3] == 43, "data %d..%d", buf.small.data[0], buf.small.data[3]);
  const mach_msg_seqno_t first = buf.head.msgh_seqno;

  /* FIFO, and sequence numbers one apart. */
  for (int i = 0; i < 3; i++) CHECK_KR(send_small(p, 2000 + i, i, 0), MACH_MSG_SUCCESS);
  for (int i = 0; i < 3; i++) {
    CHECK_KR(receive(p, &buf, 0), MACH_MSG_SUCCESS);
    check(buf.head.msgh_id == 2000 + i, "FIFO: message %d has id %d", i, buf.head.msgh_id);
    check(buf.head.msgh_seqno == first + 1 + (unsigned)i, "seqno %u, expected %u", buf.head.msgh_seqno,
          first + 1 + (unsigned)i);
  }

  /* Too large, without MACH_RCV_LARGE: the message is dequeued and lost. */
  CHECK_KR(send_small(p, 3000, 0, 0), MACH_MSG_SUCCESS);
  CHECK_KR(mach_msg(&buf.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, sizeof(mach_msg_header_t), p, 0, MACH_PORT_NULL),
           MACH_RCV_TOO_LARGE);
  CHECK_KR(receive(p, &buf, 0), MACH_RCV_TIMED_OUT);
  /* ... with MACH_RCV_LARGE: it stays queued and msgh_size tells its size. */
  CHECK_KR(send_small(p, 3001, 0, 0), MACH_MSG_SUCCESS);
  buf.head.msgh_size = 0;
  CHECK_KR(mach_msg(&buf.head, MACH_RCV_MSG | MACH_RCV_TIMEOUT | MACH_RCV_LARGE, 0, sizeof(mach_msg_header_t), p, 0,
                    MACH_PORT_NULL),
           MACH_RCV_TOO_LARGE);
  check(buf.head.msgh_size == sizeof(small_msg_t), "RCV_LARGE reports the size: %u", buf.head.msgh_size);
  CHECK_KR(receive(p, &buf, 0), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == 3001, "the large message is still there: id %d", buf.head.msgh_id);

  /* Timeouts on an empty queue: none, and a short one. */
  CHECK_KR(receive(p, &buf, 0), MACH_RCV_TIMED_OUT);
  CHECK_KR(receive(p, &buf, 5), MACH_RCV_TIMED_OUT);

  /* A full queue: the default limit is 5 messages. */
  for (unsigned i = 0; i < MACH_PORT_QLIMIT_DEFAULT; i++)
    CHECK_KR(send_small(p, 4000 + (int)i, 0, MACH_SEND_TIMEOUT), MACH_MSG_SUCCESS);
  CHECK_KR(send_small(p, 4999, 0, MACH_SEND_TIMEOUT), MACH_SEND_TIMED_OUT);
  for (unsigned i = 0; i < MACH_PORT_QLIMIT_DEFAULT; i++) CHECK_KR(receive(p, &buf, 0), MACH_MSG_SUCCESS);
  CHECK_KR(receive(p, &buf, 0), MACH_RCV_TIMED_OUT);
  /* ... and a limit of our own. */
  CHECK_KR(mach_port_set_qlimit(TASK, p, 2), KERN_SUCCESS);
  CHECK_KR(send_small(p, 5000, 0, MACH_SEND_TIMEOUT), MACH_MSG_SUCCESS);
  CHECK_KR(send_small(p, 5001, 0, MACH_SEND_TIMEOUT), MACH_MSG_SUCCESS);
  CHECK_KR(send_small(p, 5002, 0, MACH_SEND_TIMEOUT), MACH_SEND_TIMED_OUT);
  CHECK_KR(receive(p, &buf, 0), MACH_MSG_SUCCESS);
  CHECK_KR(receive(p, &buf, 0), MACH_MSG_SUCCESS);
  CHECK_KR(mach_port_set_qlimit(TASK, p, MACH_PORT_QLIMIT_MAX + 1), KERN_INVALID_VALUE);
  CHECK_KR(mach_port_set_qlimit(TASK, BOGUS, 3), KERN_INVALID_NAME);
  CHECK_KR(mach_port_set_qlimit(TASK, p, MACH_PORT_QLIMIT_DEFAULT), KERN_SUCCESS);

  /* Malformed sends. */
  small_msg_t m = header_only(p, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0));
  CHECK_KR(send_raw(&m, 20), MACH_SEND_MSG_TOO_SMALL);  /* shorter than a header */
  CHECK_KR(send_raw(&m, 26), MACH_SEND_MSG_TOO_SMALL);  /* not a multiple of 4 */
  m = header_only(BOGUS, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0));
  CHECK_KR(send_raw(&m, sizeof m), MACH_SEND_INVALID_DEST);
  m = header_only(MACH_PORT_NULL, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0));
  CHECK_KR(send_raw(&m, sizeof m), MACH_SEND_INVALID_DEST);
  m = header_only(p, MACH_MSGH_BITS(MACH_MSG_TYPE_INTEGER_32, 0));  /* not a disposition */
  CHECK_KR(send_raw(&m, sizeof m), MACH_SEND_INVALID_HEADER);
  m = header_only(p, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, MACH_MSG_TYPE_MAKE_SEND_ONCE));
  m.head.msgh_local_port = BOGUS;
  CHECK_KR(send_raw(&m, sizeof m), MACH_SEND_INVALID_REPLY);
  m = header_only(p, MACH_MSGH_BITS_COMPLEX | MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0));
  set_type(&m.type, MACH_MSG_TYPE_LAST + 3, 32, 4);  /* no such type */
  CHECK_KR(send_raw(&m, sizeof m), MACH_SEND_INVALID_TYPE);
  m = header_only(p, MACH_MSGH_BITS_COMPLEX | MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0));
  set_type(&m.type, MACH_MSG_TYPE_COPY_SEND, 32, 1);
  m.data[0] = (int)BOGUS;  /* a right we do not have */
  CHECK_KR(send_raw(&m, 32), MACH_SEND_INVALID_RIGHT);
  CHECK_KR(mach_msg((mach_msg_header_t*)UNMAPPED, MACH_SEND_MSG | MACH_SEND_TIMEOUT, 40, 0, MACH_PORT_NULL, 0,
                    MACH_PORT_NULL),
           MACH_SEND_INVALID_DATA);
  CHECK_KR(receive(p, &buf, 0), MACH_RCV_TIMED_OUT);  /* none of them was queued */

  /* Receiving into unmapped memory, and on names that cannot receive. */
  CHECK_KR(send_small(p, 6000, 0, 0), MACH_MSG_SUCCESS);
  CHECK_KR(mach_msg((mach_msg_header_t*)UNMAPPED, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, 1024, p, 0, MACH_PORT_NULL),
           MACH_RCV_INVALID_DATA);
  CHECK_KR(receive(p, &buf, 0), MACH_RCV_TIMED_OUT);  /* that message is gone */
  /* A read-only buffer: sending from it is fine, receiving into it is not. */
  vm_address_t ro = 0;
  CHECK_KR(vm_allocate(TASK, &ro, 4096, TRUE), KERN_SUCCESS);
  *(small_msg_t*)ro = header_only(p, MACH_MSGH_BITS(MACH_MSG_TYPE_COPY_SEND, 0));
  CHECK_KR(vm_protect(TASK, ro, 4096, FALSE, VM_PROT_READ), KERN_SUCCESS);
  CHECK_KR(mach_msg((mach_msg_header_t*)ro, MACH_SEND_MSG | MACH_SEND_TIMEOUT, sizeof(small_msg_t), 0,
                    MACH_PORT_NULL, 0, MACH_PORT_NULL),
           MACH_MSG_SUCCESS);
  CHECK_KR(mach_msg((mach_msg_header_t*)ro, MACH_RCV_MSG | MACH_RCV_TIMEOUT, 0, 1024, p, 0, MACH_PORT_NULL),
           MACH_RCV_INVALID_DATA);
  CHECK_KR(receive(p, &buf, 0), MACH_RCV_TIMED_OUT);  /* lost too */
  CHECK_KR(vm_deallocate(TASK, ro, 4096), KERN_SUCCESS);
  CHECK_KR(receive(BOGUS, &buf, 0), MACH_RCV_INVALID_NAME);
  CHECK_KR(receive(MACH_PORT_NULL, &buf, 0), MACH_RCV_INVALID_NAME);
  CHECK_KR(mach_port_mod_refs(TASK, p, MACH_PORT_RIGHT_RECEIVE, -1), KERN_SUCCESS);  /* p: send right only now */
  CHECK_KR(receive(p, &buf, 0), MACH_RCV_INVALID_NAME);
  CHECK_KR(send_small(p, 7000, 0, MACH_SEND_TIMEOUT), MACH_SEND_INVALID_DEST);  /* a dead name */
  CHECK_KR(mach_port_destroy(TASK, p), KERN_SUCCESS);
  return ipc_finish();
}
