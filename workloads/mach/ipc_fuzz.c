/* Bad input to mach_msg: thousands of mach_msg_trap calls with random
   headers, sizes, names, options and bodies from a fixed-seed PRNG (as
   kcall_fuzz.c does for the other calls).  Every call must come back --
   the kernel must not panic and this task must not be killed -- and the
   task's ports must still work at the end.  Calls never block: every send
   carries MACH_SEND_TIMEOUT and every receive MACH_RCV_TIMEOUT with a zero
   timeout. */
#include "ipc_check.h"

#define TASK mach_task_self()
#define CALLS 6000

static unsigned seed = 730;
static unsigned rnd(void) {
  seed = seed * 1103515245u + 12345u;
  return (seed >> 1) ^ (seed << 7);
}

static mach_port_t names[8];  /* receive+send rights, a port set with a member, a dead name, a reply port */

static mach_port_t any_name(void) {
  switch (rnd() % 8) {
    case 0: return MACH_PORT_NULL;
    case 1: return MACH_PORT_DEAD;
    case 2: return rnd();
    case 3: return (rnd() % 64) << 8 | (rnd() % 4);  /* plausible index and generation */
    default: return names[rnd() % 8];
  }
}

static unsigned any_disposition(void) {
  return rnd() % 4 == 0 ? rnd() % 256 : MACH_MSG_TYPE_MOVE_RECEIVE + rnd() % 6 + (rnd() % 8 == 0 ? 6 : 0);
}

/* The message buffer: big enough for every send this makes and for every
   message those sends can queue (a receive copies out msgh_size bytes). */
static union {
  mach_msg_header_t head;
  unsigned words[2048];
} msg;

static void* any_buffer(void) {
  switch (rnd() % 16) {
    case 0: return 0;
    case 1: return (void*)0x30000000;      /* unmapped */
    case 2: return (void*)0x00001000;      /* below user text: unmapped */
    case 3: return (void*)&any_name;       /* read-only text */
    case 4: return (char*)&msg + 1 + rnd() % 3;  /* misaligned */
    case 5: return (void*)0xfffffff0u;     /* wraps */
    default: return &msg;
  }
}

static void random_message(void) {
  const unsigned n = rnd() % 64;
  for (unsigned i = 0; i < n; i++) msg.words[6 + i] = rnd() % 3 ? rnd() : any_name();
  /* Sometimes well-formed descriptors with random rights. */
  if (rnd() % 2) {
    unsigned w = 6;
    while (w + 2 < 6 + n) {
      mach_msg_type_t* t = (mach_msg_type_t*)&msg.words[w];
      const unsigned k = rnd() % 4;
      t->msgt_name = k == 0 ? any_disposition() : (k == 1 ? MACH_MSG_TYPE_INTEGER_32 : rnd() % 24);
      t->msgt_size = rnd() % 4 ? 32 : rnd() % 256;
      t->msgt_number = rnd() % 3 ? 1 + rnd() % 2 : rnd() % 4096;
      t->msgt_inline = rnd() % 8 != 0;
      t->msgt_longform = rnd() % 16 == 0;
      t->msgt_deallocate = rnd() % 16 == 0;
      t->msgt_unused = 0;
      msg.words[w + 1] = t->msgt_inline ? any_name() : (rnd() % 2 ? 0x30000000u : (unsigned)&msg);
      w += 2 + (t->msgt_inline && t->msgt_number > 1 ? 1 : 0);
    }
  }
  unsigned bits = MACH_MSGH_BITS(any_disposition(), rnd() % 3 ? 0 : any_disposition());
  if (rnd() % 2) bits |= MACH_MSGH_BITS_COMPLEX;
  if (rnd() % 16 == 0) bits |= rnd() & MACH_MSGH_BITS_UNUSED;
  msg.head.msgh_bits = bits;
  msg.head.msgh_size = 24 + 4 * n;
  msg.head.msgh_remote_port = rnd() % 4 ? names[0] : any_name();
  msg.head.msgh_local_port = rnd() % 2 ? MACH_PORT_NULL : any_name();
  msg.head.msgh_seqno = rnd();
  msg.head.msgh_id = (mach_msg_id_t)rnd();
}

static void make_names(void) {
  names[0] = new_port();
  names[1] = new_port();
  (void)mach_port_allocate(TASK, MACH_PORT_RIGHT_PORT_SET, &names[2]);
  (void)mach_port_allocate(TASK, MACH_PORT_RIGHT_DEAD_NAME, &names[3]);
  (void)mach_port_move_member(TASK, names[1], names[2]);
  names[4] = new_port();
  names[5] = new_port();  /* not the task port: moving it away would leave us without mach_task_self() */
  names[6] = mach_reply_port();
  names[7] = names[0];
}

int main(void) {
  ipc_test_name = "ipc_fuzz";
  make_names();
  unsigned ok = 0, errors = 0, received = 0;
  for (int i = 0; i < CALLS; i++) {
    random_message();
    mach_msg_option_t option = rnd() % 8 == 0 ? (mach_msg_option_t)rnd() : (mach_msg_option_t)(rnd() % 4);
    if (option & MACH_SEND_MSG) option |= MACH_SEND_TIMEOUT;
    if (option & MACH_RCV_MSG) option |= MACH_RCV_TIMEOUT;
    option &= ~(MACH_SEND_NOTIFY | MACH_RCV_NOTIFY | MACH_SEND_CANCEL);
    unsigned send_size = rnd() % 4 ? msg.head.msgh_size : rnd() % 8 ? rnd() % 600 : rnd();
    if (send_size > sizeof msg) send_size = rnd() % 4 ? sizeof msg : send_size;
    const unsigned rcv_size = rnd() % 4 ? sizeof msg : rnd() % 2 ? rnd() % 64 : rnd();
    void* buffer = any_buffer();
    const mach_port_t rcv_name = rnd() % 2 ? names[rnd() % 8] : any_name();
    const mach_msg_return_t mr =
        mach_msg_trap(buffer, option, send_size, rcv_size, rcv_name, 0, rnd() % 4 ? MACH_PORT_NULL : any_name());
    if (mr == MACH_MSG_SUCCESS) {
      ++ok;
      if ((option & MACH_RCV_MSG) && buffer == &msg) {
        ++received;
        mach_msg_destroy(&msg.head);  /* release what it brought (rights, regions) */
      }
    } else {
      ++errors;
    }
    if (i % 500 == 499) {
      /* Drain what piled up, and make sure the main port still works. */
      rcv_buffer_t buf;
      while (receive(names[0], &buf, 0) == MACH_MSG_SUCCESS) mach_msg_destroy(&buf.head);
      if (type_of(names[0]) != MACH_PORT_TYPE_SEND_RECEIVE) names[0] = new_port();
    }
  }
  printf("ipc_fuzz: %d calls, %u accepted (%u received), %u refused; still alive\n", CALLS, ok, received, errors);
  /* After all that, ordinary messages still go through. */
  rcv_buffer_t buf;
  while (receive(names[0], &buf, 0) == MACH_MSG_SUCCESS) mach_msg_destroy(&buf.head);
  CHECK_KR(send_small(names[0], 42, 7, MACH_SEND_TIMEOUT), MACH_MSG_SUCCESS);
  CHECK_KR(receive(names[0], &buf, 0), MACH_MSG_SUCCESS);
  check(buf.head.msgh_id == 42 && buf.small.data[0] == 7, "a message after the fuzzing: id %d", buf.head.msgh_id);
  return ipc_finish();
}
