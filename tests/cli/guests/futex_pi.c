/* A priority-inheritance futex operation (what PTHREAD_PRIO_INHERIT mutexes
   use under contention) is not served: it is named once on stderr and
   fails with ENOSYS.  The plain operations work: a wait whose value does
   not match fails with EAGAIN, a wake with no waiter wakes none. */
#include <errno.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int word = 5, ok = 1;
  for (int i = 0; i < 2; ++i) ok &= syscall(SYS_futex, &word, 6 /* FUTEX_LOCK_PI */, 0, 0, 0, 0) == -1 && errno == ENOSYS;
  ok &= syscall(SYS_futex, &word, 0 /* FUTEX_WAIT */, 4, 0, 0, 0) == -1 && errno == EAGAIN;
  ok &= syscall(SYS_futex, &word, 1 /* FUTEX_WAKE */, 1, 0, 0, 0) == 0;
  ok &= syscall(SYS_futex, &word, 0x7f, 0, 0, 0, 0) == -1 && errno == ENOSYS;
  printf("futex results as expected: %d\n", ok);
  return ok ? 0 : 1;
}
