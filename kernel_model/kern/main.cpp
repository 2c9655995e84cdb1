// Boot: the kernel's first C++ code.
#include "pa730/bootinfo.h"
#include "kern/bootstrap.h"
#include "kern/clock.h"
#include "kern/console.h"
#include "kern/ipc_tt.h"
#include "kern/kalloc.h"
#include "kern/rpc_stamps.h"
#include "ipc/mach_msg.h"
#include "kern/machine.h"
#include "kern/panic.h"
#include "kern/sched.h"
#include "kern/task.h"
#include "kern/thread.h"
#include "vm/pmap.h"
#include "vm/vm_page.h"

extern "C" char __kernel_end[];

void selftest();  // selftest/*.cpp: what this kernel image checks at boot

namespace {

// Physical pages for tasks: from the end of the kernel image to the first
// page the boot loader used (boot information and modules sit at the top).
void init_memory(const BootInfo& bi) {
  uint32_t end = reinterpret_cast<uint32_t>(&bi) & ~(machine::kPageBytes - 1);
  for (unsigned i = 0; i < bi.module_count; ++i)
    if (bi.modules[i].paddr < end) end = bi.modules[i].paddr & ~(machine::kPageBytes - 1);
  const uint32_t first = (reinterpret_cast<uint32_t>(__kernel_end) + machine::kPageBytes - 1) & ~(machine::kPageBytes - 1);
  vm_page_init(first, end);
}

[[noreturn]] void run_boot_modules(const BootInfo& bi) {
  const unsigned boot_free_pages = vm_page_free_count();
  Task* first = nullptr;
  for (unsigned i = 0; i < bi.module_count && i < BOOTINFO_MAX_MODULES; ++i) {
    Task* t = load_boot_module(bi.modules[i], bi.args[i]);
    if (t) kprintf("bootstrap: task %u: %s\n", t->id & 0xffu, t->name);
    if (!first) first = t;
  }
  if (!first) panic("bootstrap: no task could be started");
  while (tasks_alive() > 0) {
    assert_wait(tasks_event());
    thread_block();
  }
  const int status = first->exit_status;
  kprintf("all tasks done: %u of %u pages free, %u page-table entries left; exit status %d\n",
          vm_page_free_count(), boot_free_pages, pmap_entries(), status);
  machine::halt(static_cast<uint32_t>(status) & 0xffu);
}

}  // namespace

extern "C" [[noreturn]] void kernel_main(const BootInfo* bi) {
  kprintf("pa730 Mach-like kernel: booting on a simulated HP 9000/730\n");
  if (!bi || bi->magic != BOOTINFO_MAGIC) panic("no boot information from the loader");
  init_memory(*bi);
  kalloc_init();
  ipc_kernel_init();
  rpc_stamps_init();
  ipc_fast_path_enabled = !(bi->flags & BOOTINFO_NO_IPC_FAST_PATH);
  map_kernel(bi->ram_bytes);
  enter_virtual_mode();
  thread_bootstrap();
  clock_start(bi->tick_cycles);
  machine::splx(machine::kSpl0);
  machine::enable_psw_interrupts();
  selftest();
  if (bi->module_count > 0) run_boot_modules(*bi);
  // No workload: idle until the clock has ticked a few times.
  while (clock_ticks() < 3) {
  }
  machine::splhigh();
  kprintf("clock: %u ticks of %u cycles\n", clock_ticks(), clock_period());
  kprintf("halting\n");
  machine::halt(0);
}
