/* rfi is privileged: at privilege 3 it raises the privileged-operation trap. */
int main(void) {
  __asm__ volatile("rfi");
  return 0;
}
