/* 32-bit division and modulus with negatives and edge cases. */
#include <stdio.h>
#include <limits.h>

static volatile int sa[] = { 0, 1, -1, 2, -2, 7, -7, 100, -100, 12345, -12345,
                             INT_MAX, INT_MIN, INT_MAX - 1, INT_MIN + 1, 1 << 30 };
static volatile int sb[] = { 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 16, -16,
                             1000, -1000, 65536, INT_MAX, INT_MIN, 0x12345 };
static volatile unsigned ua[] = { 0, 1, 2, 99, 0x80000000u, 0xffffffffu,
                                  0xdeadbeefu, 1000000u, 4294967295u - 5 };
static volatile unsigned ub[] = { 1, 2, 3, 7, 10, 16, 255, 256, 0x10000,
                                  0x7fffffffu, 0x80000000u, 0xffffffffu, 12345 };

int main(void)
{
    unsigned i, j, sum = 0;
    for (i = 0; i < sizeof sa / sizeof sa[0]; i++) {
        for (j = 0; j < sizeof sb / sizeof sb[0]; j++) {
            int a = sa[i], b = sb[j];
            int q, r;
            if (a == INT_MIN && b == -1)
                continue;
            q = a / b;
            r = a % b;
            sum = sum * 31 + (unsigned)q * 7 + (unsigned)r;
            if ((i + j) % 4 == 0)
                printf("%d / %d = %d, %d %% %d = %d\n", a, b, q, a, b, r);
            if (q * b + r != a)
                printf("IDENTITY FAIL %d %d\n", a, b);
        }
    }
    for (i = 0; i < sizeof ua / sizeof ua[0]; i++) {
        for (j = 0; j < sizeof ub / sizeof ub[0]; j++) {
            unsigned a = ua[i], b = ub[j];
            sum = sum * 17 + a / b + (a % b) * 3;
            if ((i * 3 + j) % 5 == 0)
                printf("%u / %u = %u r %u\n", a, b, a / b, a % b);
        }
    }
    /* constant divisors (compiled to multiply/shift sequences at -O2) */
    for (i = 0; i < sizeof sa / sizeof sa[0]; i++) {
        int a = sa[i];
        printf("c %d: %d %d %d %d %d %d\n", a, a / 3, a % 3, a / 10, a % 10,
               a / -7, a % 1000);
    }
    for (i = 0; i < sizeof ua / sizeof ua[0]; i++) {
        unsigned a = ua[i];
        printf("cu %u: %u %u %u %u\n", a, a / 3, a % 7, a / 100, a % 65536);
    }
    printf("sum %08x\n", sum);
    return 0;
}
