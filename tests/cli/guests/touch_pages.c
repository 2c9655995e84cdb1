/* Touches 300 distinct pages, more than the 96-entry DTLB holds, twice. */
#include <stdlib.h>
int main(void) {
  char* p = malloc(300 * 4096);
  for (int round = 0; round < 2; ++round)
    for (int i = 0; i < 300; ++i) p[i * 4096] += (char)i;
  return p[4096] == 2 ? 0 : 1;
}
