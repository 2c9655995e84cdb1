/* Startup state and MIG's reply port.

   The reply port cache is per task, not per thread: one receive right made
   lazily by mach_reply_port() and reused by every stub call, as Mach 3.0's
   libmach does without cthreads.  Two threads of one task must not make MIG
   calls at the same time (they would share the port and could take each
   other's replies); the workloads that use threads exchange messages with
   mach_msg directly.  A per-thread cache would need a thread-local pointer
   the stubs can reach without a kernel call, which this kernel does not
   provide yet. */
#include <mach.h>

mach_port_t mach_task_self_ = MACH_PORT_NULL;
mach_port_t bootstrap_port = MACH_PORT_NULL;
static mach_port_t mig_reply_port = MACH_PORT_NULL;

void mach_init(void) {
  mach_task_self_ = task_self_trap();
  if (!MACH_PORT_VALID(mach_task_self_) || task_get_bootstrap_port(mach_task_self_, &bootstrap_port) != KERN_SUCCESS)
    bootstrap_port = MACH_PORT_NULL;
  mig_init(0);
}

void mig_init(void* first) {
  (void)first;
  mig_reply_port = MACH_PORT_NULL;
}

mach_port_t mig_get_reply_port(void) {
  if (mig_reply_port == MACH_PORT_NULL) mig_reply_port = mach_reply_port();
  return mig_reply_port;
}

void mig_put_reply_port(mach_port_t reply_port) { (void)reply_port; }

void mig_dealloc_reply_port(mach_port_t reply_port) {
  if (reply_port == mig_reply_port) mig_reply_port = MACH_PORT_NULL;
  if (MACH_PORT_VALID(reply_port)) (void)mach_port_mod_refs(mach_task_self(), reply_port, MACH_PORT_RIGHT_RECEIVE, -1);
}
