/* A small C program whose static link pulls in a broad slice of glibc
 * (stdio, strings, stdlib, setjmp, soft and hard floating point).
 * tests/unit/test_disasm.cpp compiles it with
 *   hppa-linux-gnu-gcc-12 -static -O2 static_prog.c -lm
 * and compares pa::disassemble against objdump on every word of its code. */
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf env;

static int cmp_double(const void* a, const void* b) {
  const double x = *(const double*)a, y = *(const double*)b;
  return (x > y) - (x < y);
}

static long long mix(long long a, unsigned b, int c) {
  long long r = a * (long long)b + c;
  r ^= r >> 7;
  r /= (c | 1);
  return r % 1000003;
}

int main(int argc, char** argv) {
  double v[16];
  float f = 1.5f;
  for (int i = 0; i < 16; ++i) {
    v[i] = sin(i * 0.7) * exp(i / 8.0) + pow(1.1, i) - sqrt(i + argc);
    f = f * 1.25f + (float)i;
  }
  qsort(v, 16, sizeof v[0], cmp_double);
  char buf[128];
  snprintf(buf, sizeof buf, "%.6f %g %e %d %u %lld", v[0], v[15], (double)f, argc,
           (unsigned)strlen(argv[0]), mix(argc, 12345u, -7));
  double d = strtod(argc > 1 ? argv[1] : "2.5", NULL);
  long n = strtol(argc > 2 ? argv[2] : "42", NULL, 0);
  if (setjmp(env) == 0) {
    if (n == 42) longjmp(env, 1);
  }
  char* dup = strdup(buf);
  memmove(dup + 1, dup, strlen(dup) / 2);
  printf("%s | %s | %f %ld %d\n", buf, dup, d * (double)n, labs(n), (int)floor(d));
  free(dup);
  return 0;
}
