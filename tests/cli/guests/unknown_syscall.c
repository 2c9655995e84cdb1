/* A system call number Linux does not have: ENOSYS, reported once. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
  long r1 = syscall(9999);
  int e1 = errno;
  long r2 = syscall(9999);
  printf("%ld %d %ld\n", r1, e1 == ENOSYS, r2);
  return 0;
}
