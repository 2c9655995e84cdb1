/* mach_msg as libmach has it, mach_msg_destroy and mach_msg_server. */
#include <mach.h>

#define LIBMACH_OPTIONS (MACH_SEND_INTERRUPT | MACH_RCV_INTERRUPT)

/* The kernel never sees libmach's own option bits (so that they do not
   knock an RPC off the optimized path).  An interrupted send is retried
   whole, an interrupted receive alone, unless the caller asked to be told. */
mach_msg_return_t mach_msg(mach_msg_header_t* msg, mach_msg_option_t option, mach_msg_size_t send_size,
                           mach_msg_size_t rcv_size, mach_port_t rcv_name, mach_msg_timeout_t timeout,
                           mach_port_t notify) {
  const mach_msg_option_t trap_option = option & ~LIBMACH_OPTIONS;
  mach_msg_return_t mr = mach_msg_trap(msg, trap_option, send_size, rcv_size, rcv_name, timeout, notify);
  USER_MARK(STAGE_MT_USER);
  if (mr == MACH_MSG_SUCCESS) return mr;
  if ((option & MACH_SEND_INTERRUPT) == 0)
    while (mr == MACH_SEND_INTERRUPTED) {
      mr = mach_msg_trap(msg, trap_option, send_size, rcv_size, rcv_name, timeout, notify);
      USER_MARK(STAGE_MT_USER);
    }
  if ((option & MACH_RCV_INTERRUPT) == 0)
    while (mr == MACH_RCV_INTERRUPTED) {
      mr = mach_msg_trap(msg, trap_option & ~MACH_SEND_MSG, 0, rcv_size, rcv_name, timeout, notify);
      USER_MARK(STAGE_MT_USER);
    }
  return mr;
}

/* A right as a received (or built but unsent) message holds it. */
static void destroy_port(mach_port_t port, mach_msg_type_name_t type) {
  if (!MACH_PORT_VALID(port)) return;
  switch (type) {
    case MACH_MSG_TYPE_MOVE_SEND:
    case MACH_MSG_TYPE_MOVE_SEND_ONCE:
      (void)mach_port_deallocate(mach_task_self(), port);
      break;
    case MACH_MSG_TYPE_MOVE_RECEIVE:
      (void)mach_port_mod_refs(mach_task_self(), port, MACH_PORT_RIGHT_RECEIVE, -1);
      break;
    default:  /* COPY_SEND, MAKE_SEND, MAKE_SEND_ONCE: nothing was taken */
      break;
  }
}

void mach_msg_destroy(mach_msg_header_t* msg) {
  const mach_msg_bits_t mbits = msg->msgh_bits;
  /* msgh_local_port holds no right: receiving consumed the destination's. */
  destroy_port(msg->msgh_remote_port, MACH_MSGH_BITS_REMOTE(mbits));
  if (!(mbits & MACH_MSGH_BITS_COMPLEX)) return;
  char* p = (char*)(msg + 1);
  char* const end = (char*)msg + msg->msgh_size;
  while (p + sizeof(mach_msg_type_t) <= end) {
    const mach_msg_type_t* t = (const mach_msg_type_t*)p;
    mach_msg_type_name_t name = t->msgt_name;
    unsigned size = t->msgt_size, number = t->msgt_number;
    if (t->msgt_longform) {
      const mach_msg_type_long_t* l = (const mach_msg_type_long_t*)p;
      name = l->msgtl_name;
      size = l->msgtl_size;
      number = l->msgtl_number;
      p += sizeof(mach_msg_type_long_t);
    } else {
      p += sizeof(mach_msg_type_t);
    }
    const unsigned bytes = (number * size + 7) / 8;
    if (t->msgt_inline) {
      if (MACH_MSG_TYPE_PORT_ANY(name))
        for (unsigned i = 0; i < number && p + 4 * (i + 1) <= end; i++) destroy_port(((mach_port_t*)p)[i], name);
      p += (bytes + 3) & ~3u;
    } else {
      vm_offset_t addr = *(vm_offset_t*)p;
      if (MACH_MSG_TYPE_PORT_ANY(name))
        for (unsigned i = 0; i < number; i++) destroy_port(((mach_port_t*)addr)[i], name);
      if (bytes) (void)vm_deallocate(mach_task_self(), addr, bytes);
      p += sizeof(vm_offset_t);
    }
  }
}

/* The shape of Mach 3.0's mach_msg_server: after the first receive, each
   reply goes out in the same mach_msg(SEND|RCV) call that receives the next
   request, into the other buffer (the two swap). */
mach_msg_return_t mach_msg_server(boolean_t (*demux)(mach_msg_header_t*, mach_msg_header_t*),
                                  mach_msg_size_t max_size, mach_port_t rcv_name, mach_msg_option_t options) {
  vm_address_t a = 0, b = 0;
  kern_return_t kr = vm_allocate(mach_task_self(), &a, max_size, TRUE);
  if (kr == KERN_SUCCESS) kr = vm_allocate(mach_task_self(), &b, max_size, TRUE);
  if (kr != KERN_SUCCESS) return kr;
  mig_reply_header_t* request = (mig_reply_header_t*)a;
  mig_reply_header_t* reply = (mig_reply_header_t*)b;
  options &= ~(MACH_SEND_MSG | MACH_RCV_MSG);

  mach_msg_return_t mr = mach_msg(&request->Head, MACH_RCV_MSG | options, 0, max_size, rcv_name,
                                  MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL);
  for (;;) {
    while (mr == MACH_MSG_SUCCESS) {
      (void)(*demux)(&request->Head, &reply->Head);
      if (!(reply->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX)) {
        if (reply->RetCode == MIG_NO_REPLY) {
          /* The server keeps the request's reply right to answer later. */
          reply->Head.msgh_remote_port = MACH_PORT_NULL;
        } else if (reply->RetCode != KERN_SUCCESS && request->Head.msgh_remote_port != MACH_PORT_NULL) {
          /* An error reply: the request's other rights are not wanted.
             Keep its reply right (the reply uses it). */
          request->Head.msgh_remote_port = MACH_PORT_NULL;
          mach_msg_destroy(&request->Head);
        }
      }
      if (reply->Head.msgh_remote_port == MACH_PORT_NULL) {
        /* Nobody to answer (a simpleroutine, or MIG_NO_REPLY). */
        if (reply->Head.msgh_bits & MACH_MSGH_BITS_COMPLEX) mach_msg_destroy(&reply->Head);
        break;
      }
      /* Send the reply and receive the next request in one call.  A plain
         send right might block on a full queue: then do not wait. */
      mig_reply_header_t* const sent = reply;
      reply = request;
      request = sent;
      mach_msg_option_t o = MACH_SEND_MSG | MACH_RCV_MSG | options;
      if (MACH_MSGH_BITS_REMOTE(sent->Head.msgh_bits) != MACH_MSG_TYPE_MOVE_SEND_ONCE) o |= MACH_SEND_TIMEOUT;
      USER_MARK(STAGE_INKS(13));
      mr = mach_msg(&sent->Head, o, sent->Head.msgh_size, max_size, rcv_name, MACH_MSG_TIMEOUT_NONE,
                    MACH_PORT_NULL);
    }
    if (mr == MACH_SEND_INVALID_DEST || mr == MACH_SEND_TIMED_OUT) {
      /* The reply could not be sent: it is still in the buffer now named
         request; release what it carries. */
      mach_msg_destroy(&request->Head);
    } else if (mr == MACH_RCV_TOO_LARGE) {
      /* The kernel destroyed the request (no MACH_RCV_LARGE). */
    } else if (mr != MACH_MSG_SUCCESS) {
      return mr;
    }
    mr = mach_msg(&request->Head, MACH_RCV_MSG | options, 0, max_size, rcv_name, MACH_MSG_TIMEOUT_NONE,
                  MACH_PORT_NULL);
  }
}
