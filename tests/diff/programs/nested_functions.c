/* GCC nested functions: taking the address of a nested function that uses
   its parent's locals makes GCC build a trampoline on the stack, flush it
   from the data cache and the instruction cache (fdc, fic), and call it. */
#include <stdio.h>
#include <stdlib.h>

static void apply(int *v, int n, void (*f)(int *)) {
  for (int i = 0; i < n; ++i) f(&v[i]);
}

static int sort_desc_by(int *v, int n, int bias) {
  int compares = 0;
  int cmp(const void *a, const void *b) {
    ++compares;
    int x = *(const int *)a + bias, y = *(const int *)b + bias;
    return (y > x) - (y < x);
  }
  qsort(v, (size_t)n, sizeof *v, cmp);
  return compares;
}

int main(void) {
  int total = 0, scale = 3;
  void add_scaled(int *p) { total += *p * scale; *p += 1; }
  int v[8] = {5, -2, 9, 0, 7, 7, -11, 4};
  apply(v, 8, add_scaled);
  printf("total %d\n", total);
  for (int round = 0; round < 3; ++round) {
    scale = round + 1;
    apply(v, 8, add_scaled);
    printf("round %d total %d\n", round, total);
  }
  int c = sort_desc_by(v, 8, 100);
  printf("sorted:");
  for (int i = 0; i < 8; ++i) printf(" %d", v[i]);
  printf("\ncompares>0 %d\n", c > 0);
  return total & 0x7f;
}
