/* C types of rpcbench.defs. */
#ifndef RPCBENCH_TYPES_H
#define RPCBENCH_TYPES_H
#include <mach/std_types.h>
typedef char rpc_in32_t[32];
typedef char rpc_in64_t[64];
typedef char rpc_in1024_t[1024];
typedef char rpc_in32768_t[32768];
typedef char rpc_out1024_t[1024];
typedef int rpc_words32_t[32];
typedef char rpc_var_t[65536];
/* Fill patterns the client checks. */
#define RPC_OUT_BYTE(i) ((char)(0x5a ^ (i)))
#define RPC_INOUT_WORD(w) ((w) * 3 + 1)
#endif
