/* Compute a value via Collatz statistics and return 42 as the exit status. */
#include <stdio.h>

static unsigned collatz_len(unsigned long long n)
{
    unsigned len = 1;
    while (n != 1) {
        n = (n & 1) ? 3 * n + 1 : n / 2;
        len++;
    }
    return len;
}

int main(void)
{
    unsigned best = 0, besti = 0, i;
    unsigned long long total = 0;
    for (i = 1; i < 30000; i++) {
        unsigned l = collatz_len(i);
        total += l;
        if (l > best) {
            best = l;
            besti = i;
            printf("new record: %u has length %u\n", i, l);
        }
    }
    printf("longest below 30000: %u (%u steps), total %llu\n", besti, best, total);
    {
        /* peak values reached for a few starting points, using 64-bit arithmetic */
        static const unsigned starts[] = { 27, 703, 77031, 837799 };
        unsigned k;
        for (k = 0; k < 4; k++) {
            unsigned long long n = starts[k], peak = n;
            while (n != 1) {
                n = (n & 1) ? 3 * n + 1 : n >> 1;
                if (n > peak) peak = n;
            }
            printf("start %u peak %llu length %u\n", starts[k], peak, collatz_len(starts[k]));
        }
    }
    return best > 100 ? 42 : 1;
}
