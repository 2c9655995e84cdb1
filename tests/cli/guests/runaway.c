/* Never ends: --max-cycles must stop it and say where. */
int main(void) {
  volatile unsigned n = 0;
  for (;;) ++n;
}
