/* Overflow detection with __builtin_*_overflow for various widths. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>

static volatile int iv[] = { 0, 1, -1, 100, INT_MAX, INT_MIN, INT_MAX / 2 + 1, -46341, 46341, 65536 };
static volatile long long lv[] = { 0, 1, -1, LLONG_MAX, LLONG_MIN, 3037000500LL, -3037000500LL, 1LL << 32 };
static volatile unsigned uv[] = { 0, 1, 0xffffffffu, 0x80000000u, 65536, 65535 };

int main(void)
{
    unsigned i, j, flags = 0;
    for (i = 0; i < sizeof iv / sizeof iv[0]; i++)
        for (j = 0; j < sizeof iv / sizeof iv[0]; j++) {
            int r1, r2, r3;
            int o1 = __builtin_add_overflow(iv[i], iv[j], &r1);
            int o2 = __builtin_sub_overflow(iv[i], iv[j], &r2);
            int o3 = __builtin_mul_overflow(iv[i], iv[j], &r3);
            flags = flags * 3 + (unsigned)(o1 * 4 + o2 * 2 + o3);
            if (j % 3 == 0)
                printf("i %d,%d: add %d/%d sub %d/%d mul %d/%d\n", iv[i], iv[j], o1, r1, o2, r2, o3, r3);
        }
    for (i = 0; i < sizeof lv / sizeof lv[0]; i++)
        for (j = 0; j < sizeof lv / sizeof lv[0]; j++) {
            long long r1, r3;
            int o1 = __builtin_add_overflow(lv[i], lv[j], &r1);
            int o3 = __builtin_mul_overflow(lv[i], lv[j], &r3);
            flags = flags * 5 + (unsigned)(o1 * 2 + o3);
            printf("ll %lld,%lld: add %d/%lld mul %d/%lld\n", lv[i], lv[j], o1, r1, o3, r3);
        }
    for (i = 0; i < sizeof uv / sizeof uv[0]; i++)
        for (j = 0; j < sizeof uv / sizeof uv[0]; j++) {
            unsigned r1, r2, r3;
            int o1 = __builtin_add_overflow(uv[i], uv[j], &r1);
            int o2 = __builtin_sub_overflow(uv[i], uv[j], &r2);
            int o3 = __builtin_mul_overflow(uv[i], uv[j], &r3);
            flags = flags * 7 + (unsigned)(o1 * 4 + o2 * 2 + o3);
            printf("u %u,%u: %d/%u %d/%u %d/%u\n", uv[i], uv[j], o1, r1, o2, r2, o3, r3);
        }
    {
        /* mixed types: result narrower than operands */
        int16_t s;
        uint8_t b;
        int o1 = __builtin_add_overflow(iv[4], 0, &s);
        int o2 = __builtin_mul_overflow(uv[4], 0u + 1u, &b);
        int o3 = __builtin_add_overflow(100, 27, &b);
        printf("narrow %d/%d %d/%u %d/%u\n", o1, s, o2, b, o3, b);
    }
    {
        /* checked factorial */
        int f = 1, k;
        for (k = 1; k < 20; k++) {
            if (__builtin_mul_overflow(f, k, &f)) { printf("factorial overflows at %d\n", k); break; }
        }
    }
    printf("flags %08x\n", flags);
    return 0;
}
