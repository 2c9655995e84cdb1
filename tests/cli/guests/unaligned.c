/* A word load from an odd address raises the unaligned data reference trap. */
int main(void) {
  static char buf[16];
  volatile int* p = (volatile int*)(buf + 1);
  return *p;
}
