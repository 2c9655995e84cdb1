/* fork() would make a second process, which syscall emulation cannot run:
   the clone is named once on stderr and fails with ENOSYS, as any call
   that is not served. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
  int ok = 1;
  for (int i = 0; i < 2; ++i) ok &= fork() == -1 && errno == ENOSYS;
  printf("fork failed with ENOSYS twice: %d\n", ok);
  return ok ? 0 : 1;
}
