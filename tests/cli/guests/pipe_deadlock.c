/* Reads its own empty pipe, write end still open, with no other thread:
   Linux would sleep for ever; pa730 reports a deadlock (status 124) naming
   the pipe.  With an argument it writes to its own full pipe instead. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  (void)argv;
  int p[2];
  if (pipe(p) != 0) return 1;
  static char big[100000];
  memset(big, 'x', sizeof big);
  if (argc > 1) return write(p[1], big, sizeof big) == (ssize_t)sizeof big ? 0 : 2;
  char c;
  return read(p[0], &c, 1) == 1 ? 0 : 3;
}
