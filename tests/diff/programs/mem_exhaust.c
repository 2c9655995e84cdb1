/* Allocating until malloc fails: the program must see NULL (ENOMEM from
   mmap and brk), never be killed, and recover once it frees.  Under
   pa730 the limit is the simulated RAM; under qemu-hppa the guest address
   space.  Only what both must agree on is printed. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define BLOCK (1u << 20)
#define MAX_BLOCKS 5000

static char *blocks[MAX_BLOCKS];

int main(void) {
  int n = 0;
  while (n < MAX_BLOCKS) {
    char *p = malloc(BLOCK);
    if (!p) break;
    p[0] = (char)n;          /* touch one page of each block */
    p[BLOCK - 1] = (char)n;
    blocks[n++] = p;
  }
  printf("malloc failed before %d blocks: %s\n", MAX_BLOCKS, n < MAX_BLOCKS ? "yes" : "no");
  printf("at least 16 blocks: %s\n", n >= 16 ? "yes" : "no");
  int intact = 1;
  for (int i = 0; i < n; ++i) intact &= blocks[i][0] == (char)i && blocks[i][BLOCK - 1] == (char)i;
  printf("blocks intact: %s\n", intact ? "yes" : "no");
  void *huge = mmap(0, 0xf0000000u, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  printf("huge mmap: %s\n", huge == MAP_FAILED && errno == ENOMEM ? "ENOMEM" : "mapped");
  for (int i = 0; i < n; ++i) free(blocks[i]);
  char *again = malloc(BLOCK);
  printf("malloc after free: %s\n", again ? "ok" : "NULL");
  if (again) memset(again, 1, BLOCK);
  return 0;
}
