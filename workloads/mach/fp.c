/* FP in user threads: two threads compute different double-precision sums
   while the clock preempts them in the middle, so each one's FP registers
   must survive the other's (the kernel switches the FPU lazily).  main then
   recomputes both sums alone; the results must agree bit for bit.  Built
   with the FP registers enabled (and so XMPYU for integer multiplies). */
#include "libmach.h"

struct job {
  unsigned n;
  double scale;
  double result;
};

static double series(unsigned n, double scale) {
  double sum = 0.0;
  for (unsigned k = 1; k <= n; ++k) {
    const double x = (double)(k * 3u + 1u) * scale;  /* k * 3u: XMPYU */
    sum += 1.0 / (x * x);
  }
  return sum;
}

static void worker(void* arg) {
  struct job* j = arg;
  j->result = series(j->n, j->scale);
}

static unsigned long long bits(double d) {
  union {
    double d;
    unsigned long long u;
  } v = {d};
  return v.u;
}

int main(void) {
  struct job a = {150000, 0.5, 0.0}, b = {170000, 0.25, 0.0};
  const int ta = thread_spawn(worker, &a, 8192);
  const int tb = thread_spawn(worker, &b, 8192);
  kc_thread_wait(ta);
  kc_thread_wait(tb);
  const double ra = series(a.n, a.scale), rb = series(b.n, b.scale);
  const int ok = bits(ra) == bits(a.result) && bits(rb) == bits(b.result) && ra != rb;
  printf("fp: thread sums %08x%08x %08x%08x, alone %08x%08x %08x%08x: %s\n", (unsigned)(bits(a.result) >> 32),
         (unsigned)bits(a.result), (unsigned)(bits(b.result) >> 32), (unsigned)bits(b.result),
         (unsigned)(bits(ra) >> 32), (unsigned)bits(ra), (unsigned)(bits(rb) >> 32), (unsigned)bits(rb),
         ok ? "match" : "MISMATCH");
  printf("fp: 1000 * sum = %u\n", (unsigned)(ra * 1000.0));
  return ok ? 0 : 1;
}
