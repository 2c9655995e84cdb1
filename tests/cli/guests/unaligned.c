/* A word load from an odd address raises the unaligned data reference trap.
   (Inline assembly: gcc would otherwise split the access into bytes.) */
int main(void) {
  static char buf[16];
  int v;
  __asm__ volatile("ldw 0(%1),%0" : "=r"(v) : "r"(buf + 1));
  return v;
}
