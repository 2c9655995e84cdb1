/* Loads and stores that are not naturally aligned.  PA-RISC traps each;
 * Linux/hppa replays it in its unaligned-access handler and the program
 * goes on with the right values (qemu-hppa performs it directly).  Covers
 * the 14-bit displacement forms, the indexed and scaled forms, stores with
 * base modification in a copy loop, and FP word and doubleword transfers. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static unsigned char buf[64] __attribute__((aligned(16)));

__attribute__((noinline)) static uint32_t ldw(const unsigned char* p) { return *(const volatile uint32_t*)p; }
__attribute__((noinline)) static uint16_t ldh(const unsigned char* p) { return *(const volatile uint16_t*)p; }
__attribute__((noinline)) static void stw(unsigned char* p, uint32_t v) { *(volatile uint32_t*)p = v; }
__attribute__((noinline)) static void sth(unsigned char* p, uint16_t v) { *(volatile uint16_t*)p = v; }
__attribute__((noinline)) static uint32_t ldwx(const unsigned char* p, int i) { return ((const volatile uint32_t*)p)[i]; }
__attribute__((noinline)) static double fldd(const unsigned char* p) { return *(const volatile double*)p; }
__attribute__((noinline)) static void fstd(unsigned char* p, double v) { *(volatile double*)p = v; }
__attribute__((noinline)) static float fldw(const unsigned char* p) { return *(const volatile float*)p; }
__attribute__((noinline)) static void fstw(unsigned char* p, float v) { *(volatile float*)p = v; }
__attribute__((noinline)) static void copy_words(uint32_t* dst, const uint32_t* src, int n) {
  while (n--) *dst++ = *src++;
}

static void dump(const char* what) {
  printf("%-22s", what);
  for (int i = 0; i < 24; ++i) printf(" %02x", buf[i]);
  printf("\n");
}

int main(void) {
  for (int i = 0; i < 64; ++i) buf[i] = (unsigned char)(i * 7 + 3);
  for (int off = 0; off < 4; ++off)
    printf("ldw +%d %08x  ldh +%d %04x  ldwx +%d[2] %08x\n", off, ldw(buf + off), off, ldh(buf + off), off,
           ldwx(buf + off, 2));
  stw(buf + 1, 0xdeadbeef);
  dump("stw +1");
  sth(buf + 7, 0x1234);
  dump("sth +7");
  copy_words((uint32_t*)(buf + 10), (const uint32_t*)(buf + 1), 3);
  dump("copy 3 words +1 -> +10");
  fstd(buf + 4, 3.25);
  dump("fstd +4");
  printf("fldd +4 %g\n", fldd(buf + 4));
  fstw(buf + 2, -1.5f);
  dump("fstw +2");
  printf("fldw +2 %g\n", (double)fldw(buf + 2));
  double d;
  memcpy(&d, buf + 4, sizeof d);
  printf("memcpy sees %g\n", d);
  return 0;
}
