/* A word that decodes to no PA-RISC 1.1 instruction. */
int main(void) {
  __asm__ volatile(".word 0xfc000000");
  return 0;
}
