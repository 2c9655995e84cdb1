/* Sieve of Eratosthenes, prime counting, twin primes, segmented sieve. */
#include <stdio.h>
#include <string.h>

#define N 200000
static unsigned char comp[N + 1];

int main(void)
{
    int i, j, count = 0, twins = 0, last = 0;
    unsigned long long sum = 0;
    for (i = 2; (long)i * i <= N; i++)
        if (!comp[i])
            for (j = i * i; j <= N; j += i)
                comp[j] = 1;
    for (i = 2; i <= N; i++) {
        if (!comp[i]) {
            count++;
            sum += (unsigned)i;
            if (last && i - last == 2)
                twins++;
            last = i;
            if (count <= 25 || count % 2000 == 0)
                printf("p[%d]=%d\n", count, i);
        }
    }
    printf("pi(%d)=%d sum=%llu twins=%d largest=%d\n", N, count, sum, twins, last);
    {
        /* segmented sieve for [10^9, 10^9 + 20000) using the small primes */
        static unsigned char seg[20000];
        const unsigned long long lo = 1000000000ULL;
        int c = 0;
        unsigned long long first = 0, lastp = 0;
        memset(seg, 0, sizeof seg);
        for (i = 2; i <= 31623; i++) {
            unsigned long long start;
            if (comp[i])
                continue;
            start = (lo + (unsigned long long)i - 1) / (unsigned long long)i * (unsigned long long)i;
            for (; start < lo + 20000; start += (unsigned long long)i)
                seg[start - lo] = 1;
        }
        for (i = 0; i < 20000; i++)
            if (!seg[i]) {
                c++;
                if (!first) first = lo + (unsigned)i;
                lastp = lo + (unsigned)i;
            }
        printf("segment primes %d first %llu last %llu\n", c, first, lastp);
    }
    return 0;
}
