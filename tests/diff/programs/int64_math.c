/* 64-bit integer arithmetic: mul, div, mod, shifts, signed and unsigned. */
#include <stdio.h>
#include <stdint.h>

static volatile int64_t sv[] = {
    0, 1, -1, 7, -7, 123456789012345LL, -987654321098765LL,
    0x7fffffffffffffffLL, (-0x7fffffffffffffffLL - 1), 0x100000000LL,
    -0x100000000LL, 65537, 3, -3
};
static volatile uint64_t uv[] = {
    0, 1, 2, 0xffffffffffffffffULL, 0x8000000000000000ULL,
    0x123456789abcdef0ULL, 0xfedcba9876543210ULL, 0xffffffffULL,
    0x100000000ULL, 10, 1000000007ULL
};
#define NS (sizeof sv / sizeof sv[0])
#define NU (sizeof uv / sizeof uv[0])

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ULL;
    h ^= h >> 29;
    return h;
}

int main(void)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    unsigned i, j;

    for (i = 0; i < NS; i++) {
        for (j = 0; j < NS; j++) {
            int64_t a = sv[i], b = sv[j];
            int64_t p = (int64_t)((uint64_t)a * (uint64_t)b);
            h = mix(h, (uint64_t)p);
            if (b != 0 && !(a == (-0x7fffffffffffffffLL - 1) && b == -1)) {
                int64_t q = a / b, r = a % b;
                h = mix(h, (uint64_t)q);
                h = mix(h, (uint64_t)r);
                if (i % 3 == 0 && j % 2 == 0)
                    printf("s %lld / %lld = %lld rem %lld\n",
                           (long long)a, (long long)b, (long long)q, (long long)r);
            }
        }
    }
    for (i = 0; i < NU; i++) {
        for (j = 0; j < NU; j++) {
            uint64_t a = uv[i], b = uv[j];
            h = mix(h, a * b);
            if (b) {
                h = mix(h, a / b);
                h = mix(h, a % b);
                if (j == 9 || j == 10)
                    printf("u %llu / %llu = %llu rem %llu\n",
                           (unsigned long long)a, (unsigned long long)b,
                           (unsigned long long)(a / b), (unsigned long long)(a % b));
            }
        }
    }
    for (i = 0; i < 64; i += 5) {
        volatile unsigned s = i;
        int64_t a = sv[6];
        uint64_t b = uv[6];
        printf("shift %2u: %016llx %016llx %016llx\n", s,
               (unsigned long long)(a >> s), (unsigned long long)(b >> s),
               (unsigned long long)(b << s));
        h = mix(h, (uint64_t)(a >> s) ^ (b << s));
    }
    /* mixed 32/64 widening */
    {
        volatile int32_t x = -123456789;
        volatile uint32_t y = 3000000000u;
        int64_t w = (int64_t)x * y;
        uint64_t z = (uint64_t)y * y;
        printf("widen %lld %llu\n", (long long)w, (unsigned long long)z);
    }
    printf("hash %016llx\n", (unsigned long long)h);
    return 0;
}
