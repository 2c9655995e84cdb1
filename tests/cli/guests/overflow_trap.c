/* addo traps on signed overflow: Linux delivers SIGFPE. */
int main(void) {
  int a = 0x7fffffff, b = 1, c;
  __asm__ volatile("addo %1,%2,%0" : "=r"(c) : "r"(a), "r"(b));
  return c;
}
