/* 32-bit multiplication: signed/unsigned, wraparound, constants, high halves. */
#include <stdio.h>
#include <stdint.h>

static volatile int32_t vals[] = { 0, 1, -1, 3, -3, 1000, -1000, 46341, -46341,
                                   65535, 65536, 0x7fffffff, -0x7fffffff - 1,
                                   123456789, -987654321, 0x55555555 };
#define N (sizeof vals / sizeof vals[0])

static int32_t mulhs(int32_t a, int32_t b) { return (int32_t)(((int64_t)a * b) >> 32); }
static uint32_t mulhu(uint32_t a, uint32_t b) { return (uint32_t)(((uint64_t)a * b) >> 32); }

int main(void)
{
    unsigned i, j;
    uint32_t acc = 0;
    for (i = 0; i < N; i++) {
        for (j = i; j < N; j++) {
            int32_t a = vals[i], b = vals[j];
            uint32_t lo = (uint32_t)a * (uint32_t)b;
            int32_t hs = mulhs(a, b);
            uint32_t hu = mulhu((uint32_t)a, (uint32_t)b);
            acc = acc * 0x9e3779b1u + lo + (uint32_t)hs + hu;
            if ((i + j) % 3 == 0)
                printf("%d * %d = lo %08x hs %08x hu %08x\n", a, b, lo, (uint32_t)hs, hu);
        }
    }
    for (i = 0; i < N; i++) {
        int32_t a = vals[i];
        /* multiplications by constants become shift-and-add sequences */
        printf("k %d: %d %d %d %d %d\n", a, a * 3, a * 10, a * 100, a * -17, a * 1025);
    }
    {
        unsigned short s1 = 60000, s2 = 60000;
        signed char c1 = -100, c2 = 120;
        unsigned r2 = (unsigned)s1 * s2;
        printf("promo %u %d\n", r2, c1 * c2);
    }
    {
        uint32_t f = 1;
        for (i = 1; i <= 20; i++) {
            f *= i;
            printf("fact%u mod 2^32 = %u\n", i, f);
        }
    }
    printf("acc %08x\n", acc);
    return 0;
}
