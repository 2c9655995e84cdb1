#include "libmach.h"

struct start_block {
  void (*fn)(void*);
  void* arg;
};

extern char __thread_entry[];

/* Called from crt0's __thread_entry with the block at the stack's base. */
__attribute__((noreturn)) void __thread_start(struct start_block* b);
void __thread_start(struct start_block* b) {
  b->fn(b->arg);
  kc_thread_exit();
}

int thread_spawn(void (*fn)(void*), void* arg, unsigned stack_bytes) {
  unsigned stack = 0;
  kern_return_t kr = kc_vm_allocate(0, &stack, stack_bytes, 1);
  if (kr != KERN_SUCCESS) return -kr;
  struct start_block* b = (struct start_block*)stack;
  b->fn = fn;
  b->arg = arg;
  /* The block sits at the base; the thread's frames grow up after it. */
  return kc_thread_create(0, __thread_entry, stack, (void*)(stack + 64));
}

void exit(int status) { kc_exit(status); }
