// The kernel's half of the papers' CR16 method (include/pa730/stages.h,
// PA730_CR16_STAMPS, the kernel_cr16 image): the stamp page every task
// sees at PA730_STAMP_PAGE, and the stamps of the direction in progress.
// In other images nothing is mapped.
#include "kern/rpc_stamps.h"

#include "include/pa730/kcall.h"
#include "include/pa730/stages.h"
#include "kern/task.h"
#include "vm/pmap.h"
#include "vm/vm_page.h"

#if defined(PA730_CR16_STAMPS)
extern "C" {
unsigned pa730_kstamp_pending[PA730_KSTEPS];
}
namespace {
volatile unsigned* stamp_page;  // its physical address: the kernel's view
}

void pa730_kstamp_commit(bool request) {
  volatile unsigned* slot = stamp_page + (request ? 4 : 14);
  for (unsigned i = 0; i < PA730_KSTEPS; ++i) slot[i] = pa730_kstamp_pending[i];
}

void rpc_stamps_init() { stamp_page = reinterpret_cast<volatile unsigned*>(vm_page_alloc()); }

void rpc_stamps_map(Task* task) {
  if (!stamp_page) return;
  pmap_enter(task->space, PA730_STAMP_PAGE, reinterpret_cast<uint32_t>(stamp_page),
             pmap_user_protection(VM_PROT_READ | VM_PROT_WRITE, task->pid) | tlbprot::D);
}

void rpc_stamps_unmap(Task* task) {
  if (stamp_page) (void)pmap_remove(task->space, PA730_STAMP_PAGE);
}
#else
void rpc_stamps_init() {}
void rpc_stamps_map(Task*) {}
void rpc_stamps_unmap(Task*) {}
#endif
