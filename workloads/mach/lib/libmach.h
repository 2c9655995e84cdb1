/* The user library: kernel calls (lib/kcall.S), threads, console output. */
#ifndef PA730_LIBMACH_H
#define PA730_LIBMACH_H
#include <stdarg.h>
#include <stddef.h>

#include "pa730/kcall.h"

typedef int kern_return_t;

/* Kernel calls.  Task and thread 0 mean "the caller's". */
__attribute__((noreturn)) void kc_exit(int status);
int console_write(const char* buf, unsigned len);
int task_self(void);
int task_create(void);
kern_return_t task_terminate(int task);
kern_return_t task_suspend(int task);
kern_return_t task_resume(int task);
int thread_self(void);
int thread_create(int task, void* pc, unsigned arg, void* stack);
__attribute__((noreturn)) void thread_exit(void);
kern_return_t thread_suspend(int thread);
kern_return_t thread_resume(int thread);
kern_return_t thread_wait(int thread);
kern_return_t thread_terminate(int thread);
kern_return_t thread_switch(void);
kern_return_t vm_allocate(int task, unsigned* address, unsigned size, int anywhere);
kern_return_t vm_deallocate(int task, unsigned address, unsigned size);
kern_return_t vm_protect(int task, unsigned address, unsigned size, unsigned protection);
unsigned cycle_probe(void);

/* A thread in this task running fn(arg) on a fresh stack of stack_bytes
   (vm_allocate'd); its id, or a negative error. */
int thread_spawn(void (*fn)(void*), void* arg, unsigned stack_bytes);

__attribute__((noreturn)) void exit(int status);
/* printf subset: %d %u %x %s %c %p %%, with width and 0 padding.  One call
   is one console write, so lines from different threads do not mix. */
int printf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
int vsnprintf(char* buf, size_t size, const char* fmt, va_list ap);
size_t strlen(const char* s);
void* memset(void* dst, int c, size_t n);
void* memcpy(void* dst, const void* src, size_t n);

#endif
