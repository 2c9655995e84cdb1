/* The server half of the server-death test (ipc_death_client has the
   checks): `ipc_death_server NAME exit|terminate` registers a receive right
   as NAME, receives one request and dies without replying -- by kc_exit
   ("exit", after yielding so that the client can queue a second request
   behind the first) or by task_terminate(mach_task_self()) ("terminate").
   The reply right it holds and any request still queued on its port are
   destroyed with its space; each client then gets the MACH_NOTIFY_SEND_ONCE
   of its reply right (MIG: MIG_SERVER_DIED). */
#include "ipc_check.h"

int main(int argc, char** argv) {
  ipc_test_name = "ipc_death_server";
  if (argc < 3) {
    printf("usage: ipc_death_server NAME exit|terminate\n");
    return 1;
  }
  const int by_exit = strcmp(argv[2], "exit") == 0;
  mach_port_t port = MACH_PORT_NULL;
  CHECK_KR(mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &port), KERN_SUCCESS);
  CHECK_KR(bootstrap_register(bootstrap_port, argv[1], port), KERN_SUCCESS);
  if (ipc_failures) return ipc_finish();
  rcv_buffer_t buf;
  CHECK_KR(mach_msg(&buf.head, MACH_RCV_MSG, 0, sizeof buf, port, MACH_MSG_TIMEOUT_NONE, MACH_PORT_NULL),
           MACH_MSG_SUCCESS);
  check(MACH_MSGH_BITS_REMOTE(buf.head.msgh_bits) == MACH_MSG_TYPE_PORT_SEND_ONCE,
        "the request carries a send-once reply right: bits %x", buf.head.msgh_bits);
  printf("ipc_death_server %s: request %d received; dying without a reply (%s)\n", argv[1], buf.head.msgh_id,
         by_exit ? "kc_exit" : "task_terminate");
  if (by_exit) {
    for (int i = 0; i < 20; i++) kc_thread_switch(); /* the client queues its second request and blocks */
    kc_exit(ipc_failures ? 1 : 0);
  }
  CHECK_KR(task_terminate(mach_task_self()), KERN_SUCCESS);
  printf("ipc_death_server %s: FAILED: still alive after task_terminate(mach_task_self())\n", argv[1]);
  return 1;
}
