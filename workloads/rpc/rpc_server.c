/* The RPC benchmark server: a receive right registered as "rpcbench",
   served by mach_msg_server with the MIG demux rpcbench_server.  While
   checking is on (the client's warm-up calls) the work functions make data
   the client verifies (Out fills a pattern, InOut turns each word w into
   3w + 1); while it is off (the measured calls) they just return, as the
   papers' null work functions do, at the cost of one test of a flag. */
#include <mach.h>

#include "rpcbenchServer.h"

kern_return_t rpc_null(mach_port_t server) {
  (void)server;
  return KERN_SUCCESS;
}

kern_return_t rpc_in32(mach_port_t server, const rpc_in32_t data) {
  (void)server, (void)data;
  return KERN_SUCCESS;
}

kern_return_t rpc_in64(mach_port_t server, const rpc_in64_t data) {
  (void)server, (void)data;
  return KERN_SUCCESS;
}

kern_return_t rpc_in1024(mach_port_t server, const rpc_in1024_t data) {
  (void)server, (void)data;
  return KERN_SUCCESS;
}

kern_return_t rpc_in32768(mach_port_t server, const rpc_in32768_t data) {
  (void)server, (void)data;
  return KERN_SUCCESS;
}

static boolean_t checking = TRUE;

kern_return_t rpc_set_checking(mach_port_t server, boolean_t on) {
  (void)server;
  checking = on;
  return KERN_SUCCESS;
}

static void fill_out(char* data, unsigned n) {
  for (unsigned i = 0; i < n; i++) data[i] = RPC_OUT_BYTE(i);
}

kern_return_t rpc_out1024(mach_port_t server, rpc_out1024_t data) {
  (void)server;
  if (checking) fill_out(data, sizeof(rpc_out1024_t));
  return KERN_SUCCESS;
}

kern_return_t rpc_inout128(mach_port_t server, rpc_words32_t data) {
  (void)server;
  if (checking)
    for (int i = 0; i < 32; i++) data[i] = RPC_INOUT_WORD(data[i]);
  return KERN_SUCCESS;
}

kern_return_t rpc_var_in(mach_port_t server, const rpc_var_t data, mach_msg_type_number_t dataCnt) {
  (void)server, (void)data, (void)dataCnt;
  return KERN_SUCCESS;
}

kern_return_t rpc_var_out(mach_port_t server, natural_t count, rpc_var_t data, mach_msg_type_number_t* dataCnt) {
  (void)server;
  if (count > *dataCnt) return KERN_INVALID_ARGUMENT;
  if (checking) fill_out(data, count);
  *dataCnt = count;
  return KERN_SUCCESS;
}

kern_return_t rpc_var_inout(mach_port_t server, const rpc_var_t data, mach_msg_type_number_t dataCnt,
                            rpc_var_t result, mach_msg_type_number_t* resultCnt) {
  (void)server;
  if (dataCnt > *resultCnt) return KERN_INVALID_ARGUMENT;
  if (checking)
    for (unsigned i = 0; i < dataCnt; i++) result[i] = (char)(data[i] ^ 0x5a);
  *resultCnt = dataCnt;
  return KERN_SUCCESS;
}

kern_return_t rpc_shutdown(mach_port_t server) {
  (void)server;
  exit(0);
}

/* The largest request or reply: a 64 KB variable array and its headers. */
#define MAX_MESSAGE (65536 + 256)

int main(void) {
  mach_port_t port;
  kern_return_t kr = mach_port_allocate(mach_task_self(), MACH_PORT_RIGHT_RECEIVE, &port);
  if (kr != KERN_SUCCESS) {
    printf("rpc_server: mach_port_allocate: %d\n", kr);
    return 1;
  }
  kr = bootstrap_register(bootstrap_port, "rpcbench", port);
  if (kr != KERN_SUCCESS) {
    printf("rpc_server: bootstrap_register: %d\n", kr);
    return 1;
  }
  const mach_msg_return_t mr = mach_msg_server(rpcbench_server, MAX_MESSAGE, port, MACH_MSG_OPTION_NONE);
  printf("rpc_server: mach_msg_server returned %x\n", mr);
  return 1;
}
