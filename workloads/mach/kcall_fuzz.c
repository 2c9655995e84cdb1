/* Bad input to the kernel: thousands of kernel calls with random numbers
   and arguments -- bad pointers, bad ids, absurd sizes and protections.
   Every call must come back with an error or a harmless success; the kernel
   must not panic and the task must not be killed.  Calls that would
   legitimately end or stop the caller (exit, thread_exit, terminating or
   suspending itself, starting threads at random addresses in itself) are
   given only ids that cannot name the caller. */
#include "libmach.h"

static unsigned seed = 12345;
static unsigned rnd(void) {
  seed = seed * 1103515245u + 12345u;
  return (seed >> 1) ^ (seed << 7);
}

/* An argument that is "interesting": small, huge, or a random address. */
static unsigned arg(void) {
  switch (rnd() % 6) {
    case 0: return rnd() % 8;
    case 1: return 0xffffffffu - rnd() % 8;
    case 2: return 0x30000000u + (rnd() & 0xffffff);  /* never mapped */
    case 3: return rnd() & 0x7fffffffu;
    case 4: return 0x20000000u + ((rnd() % 64) << 12);  /* vm_allocate's area */
    default: return rnd();
  }
}

/* A range in vm_allocate's area that stays below the stack (0x40000000):
   deallocating or protecting one's own stack is allowed, and fatal. */
static void area_range(unsigned* start, unsigned* size) {
  *start = 0x20000000u + (arg() & 0x1fffffffu);
  const unsigned room = 0x40000000u - *start;
  *size = arg() % (room + 1);
}

/* An id that names neither this task nor this thread (0 would). */
static unsigned foreign_id(int self_task, int self_thread) {
  for (;;) {
    const unsigned id = arg();
    if (id != 0 && id != (unsigned)self_task && id != (unsigned)self_thread) return id;
  }
}

int main(void) {
  const int self_task = kc_task_self(), self_thread = kc_thread_self();
  unsigned errors = 0, successes = 0;
  for (int i = 0; i < 4000; ++i) {
    int r;
    switch (rnd() % 13) {
      case 0: r = kc_console_write((const char*)arg(), rnd() % 4 == 0 ? arg() : 0); break;
      case 1: r = kc_task_terminate(foreign_id(self_task, self_thread)); break;
      case 2: r = kc_task_suspend(foreign_id(self_task, self_thread)); break;
      case 3: r = kc_task_resume(arg()); break;
      case 4:
        /* An id on success, a negated error otherwise. */
        r = kc_thread_create(foreign_id(self_task, self_thread), (void*)arg(), arg(), (void*)arg());
        r = r > 0 ? KERN_SUCCESS : -r;
        break;
      case 5: r = kc_thread_suspend(foreign_id(self_task, self_thread)); break;
      case 6: r = kc_thread_resume(arg()); break;
      case 7: r = kc_thread_terminate(foreign_id(self_task, self_thread)); break;
      case 8: r = kc_vm_allocate(rnd() % 2 ? 0 : arg(), (unsigned*)arg(), arg(), rnd() % 2); break;
      case 9: {
        unsigned start, size;
        area_range(&start, &size);
        r = kc_vm_deallocate(rnd() % 2 ? 0 : arg(), start, size);
        break;
      }
      case 10: {
        unsigned start, size;
        area_range(&start, &size);
        r = kc_vm_protect(rnd() % 2 ? 0 : arg(), start, size, arg());
        break;
      }
      case 11: r = kc_thread_wait(foreign_id(self_task, self_thread) | 0x10000u); break;  /* never a live thread */
      default: {
        /* Raw: a number beyond the table. */
        register unsigned r22 __asm__("r22") = 100 + rnd() % 1000;
        register int r28 __asm__("r28");
        __asm__ volatile("ldil L%%0x40000,%%r1\n\tble 0(%%sr2,%%r1)\n\tcopy %1,%%r22"
                         : "=r"(r28) : "r"(r22) : "r1", "r19", "r20", "r21", "r23", "r24", "r25", "r26", "r29", "r31",
                           "memory");
        r = r28;
        break;
      }
    }
    if (r == KERN_SUCCESS) ++successes;
    else ++errors;
  }
  printf("kcall_fuzz: 4000 calls, %u refused, %u accepted; still alive\n", errors, successes);
  return 0;
}
