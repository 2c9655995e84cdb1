/* A word load from an odd address raises the unaligned data reference trap.
   Linux replays it, unless the process asked for SIGBUS with
   prctl(PR_SET_UNALIGN, PR_UNALIGN_SIGBUS), as this one does when given an
   argument.  (Inline assembly: gcc would otherwise split the access into
   bytes.) */
#include <sys/prctl.h>
int main(int argc, char** argv) {
  static char buf[16] = {0, 0, 0, 0, 0, 7};
  int v, i;
  (void)argv;
  if (argc > 1) prctl(PR_SET_UNALIGN, PR_UNALIGN_SIGBUS);
  for (i = 0; i < 3; ++i) __asm__ volatile("ldw 0(%1),%0" : "=r"(v) : "r"(buf + 2));
  return v;  /* bytes 2..5 read as a big-endian word: 7 */
}
