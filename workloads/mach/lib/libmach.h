/* The user library: the original kernel calls on integer ids (kc_*, lib/
   kcall.S), threads, console output and a few C library functions.  The
   Mach 3.0 interface (ports, messages, MIG support) is <mach.h>, which
   includes this file. */
#ifndef PA730_LIBMACH_H
#define PA730_LIBMACH_H
#include <stdarg.h>
#include <stddef.h>

#include "mach/kern_return.h"
#include "pa730/kcall.h"

/* Kernel calls on integer ids.  Task and thread 0 mean "the caller's". */
__attribute__((noreturn)) void kc_exit(int status);
int kc_console_write(const char* buf, unsigned len);
int kc_task_self(void);
int kc_task_create(void);
kern_return_t kc_task_terminate(int task);
kern_return_t kc_task_suspend(int task);
kern_return_t kc_task_resume(int task);
int kc_thread_self(void);
int kc_thread_create(int task, void* pc, unsigned arg, void* stack);
__attribute__((noreturn)) void kc_thread_exit(void);
kern_return_t kc_thread_suspend(int thread);
kern_return_t kc_thread_resume(int thread);
kern_return_t kc_thread_wait(int thread);
kern_return_t kc_thread_terminate(int thread);
kern_return_t kc_thread_switch(void);
kern_return_t kc_vm_allocate(int task, unsigned* address, unsigned size, int anywhere);
kern_return_t kc_vm_deallocate(int task, unsigned address, unsigned size);
kern_return_t kc_vm_protect(int task, unsigned address, unsigned size, unsigned protection);
unsigned kc_cycle_probe(void);


/* A thread in this task running fn(arg) on a fresh stack of stack_bytes
   (kc_vm_allocate'd); its id, or a negative error. */
int thread_spawn(void (*fn)(void*), void* arg, unsigned stack_bytes);

__attribute__((noreturn)) void exit(int status);
/* printf subset: %d %u %x %s %c %p %%, with width and 0 padding.  One call
   is one console write, so lines from different threads do not mix. */
int printf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
int vsnprintf(char* buf, size_t size, const char* fmt, va_list ap);
int snprintf(char* buf, size_t size, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
size_t strlen(const char* s);
int strcmp(const char* a, const char* b);
void* memset(void* dst, int c, size_t n);
void* memcpy(void* dst, const void* src, size_t n);
int memcmp(const void* a, const void* b, size_t n);
/* Decimal (or 0x hex) to unsigned; *ok cleared on anything else. */
unsigned long strtoul_simple(const char* s, int* ok);

/* CR16, the interval timer: readable in user mode on the 730. */
static inline unsigned read_cr16(void) {
  unsigned v;
  __asm__ volatile("mfctl %%cr16,%0" : "=r"(v));
  return v;
}

#endif
