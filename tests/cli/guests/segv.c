/* Store through a wild pointer: Linux delivers SIGSEGV. */
int main(void) {
  volatile int* p = (volatile int*)0x7f000000;
  *p = 1;
  return 0;
}
