/* Conversions between int, unsigned, long long, float and double. */
#include <stdio.h>
#include <stdint.h>

static volatile double dv[] = { 0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 2147483647.0,
                                -2147483648.0, 4294967295.0, 1e10, -1e10,
                                9007199254740993.0, 123.999, -123.999, 1e18 };
static volatile int iv[] = { 0, 1, -1, 16777217, -16777217, 2147483647,
                             -2147483647 - 1, 33554433, 123456789 };
static volatile long long lv[] = { 0, 1, -1, 9007199254740993LL, -9007199254740993LL,
                                   0x7fffffffffffffffLL, 1LL << 53, 123456789012LL };
static volatile unsigned uv[] = { 0, 1, 0x80000000u, 0xffffffffu, 3000000000u };

int main(void)
{
    unsigned i;
    for (i = 0; i < sizeof dv / sizeof dv[0]; i++) {
        double d = dv[i];
        float f = (float)d;
        printf("d=%.17g f=%a", d, (double)f);
        if (d > -2147483649.0 && d < 2147483648.0)
            printf(" i=%d", (int)d);
        if (d > -1.0 && d < 4294967296.0)
            printf(" u=%u", (unsigned)d);
        if (d > -9.2e18 && d < 9.2e18)
            printf(" ll=%lld", (long long)d);
        if (d > -1.0 && d < 1.8e19)
            printf(" ull=%llu", (unsigned long long)d);
        if (f > -2147483649.0f && f < 2147483648.0f)
            printf(" fi=%d", (int)f);
        printf("\n");
    }
    for (i = 0; i < sizeof iv / sizeof iv[0]; i++) {
        int x = iv[i];
        printf("int %d -> float %a double %a\n", x, (double)(float)x, (double)x);
    }
    for (i = 0; i < sizeof lv / sizeof lv[0]; i++) {
        long long x = lv[i];
        printf("ll %lld -> float %a double %a\n", x, (double)(float)x, (double)x);
        printf("ull %llu -> double %a\n", (unsigned long long)x * 3,
               (double)((unsigned long long)x * 3));
    }
    for (i = 0; i < sizeof uv / sizeof uv[0]; i++) {
        unsigned x = uv[i];
        printf("u %u -> float %a double %a\n", x, (double)(float)x, (double)x);
    }
    {
        /* float <-> double round trips */
        volatile double third = 1.0 / 3.0;
        float ft = (float)third;
        double back = ft;
        printf("third %.17g %.9g %.17g diff %a\n", third, (double)ft, back, third - back);
        volatile float big = 3.4e38f;
        double bd = (double)big * 10.0;
        printf("big %g %g\n", bd, (double)(float)(bd / 100.0));
    }
    {
        int8_t c = (int8_t)(int)dv[5];
        int16_t s = (int16_t)(int)dv[10 - 2];
        printf("narrow %d %d\n", c, s);
    }
    return 0;
}
