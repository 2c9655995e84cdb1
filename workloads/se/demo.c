/* Demo for `pa730 se`: a little integer and floating-point work whose
   answer is easy to check by eye. */
#include <math.h>
#include <stdio.h>

static int is_prime(unsigned n) {
  if (n < 2) return 0;
  for (unsigned d = 2; d * d <= n; ++d)
    if (n % d == 0) return 0;
  return 1;
}

int main(void) {
  unsigned count = 0, last = 0;
  for (unsigned n = 0; n < 20000; ++n)
    if (is_prime(n)) { ++count; last = n; }
  printf("Hello from a simulated HP 9000/730 (PA-RISC 1.1, PA7000).\n");
  printf("primes below 20000: %u (largest %u)\n", count, last);
  double pi = 0;
  for (int k = 0; k < 100000; ++k) pi += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
  printf("Leibniz pi after 1e5 terms: %.9f (error %.2e)\n", pi, fabs(pi - M_PI));
  return 0;
}
