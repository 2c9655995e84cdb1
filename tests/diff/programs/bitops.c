/* Bit manipulation: popcount, clz, ctz, bswap, rotates, parity, bit reversal, extraction. */
#include <stdio.h>
#include <stdint.h>

static volatile uint32_t v32[] = { 1, 0x80000000u, 0xffffffffu, 0x12345678u, 0xf0f0f0f0u, 0x00010000u, 0x7u, 0xdeadbeefu };
static volatile uint64_t v64[] = { 1, 0x8000000000000000ULL, 0x0123456789abcdefULL, 0xffffffff00000000ULL, 0x100000000ULL };

static uint32_t rev32(uint32_t x)
{
    x = (x & 0x55555555u) << 1 | ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) << 2 | ((x >> 2) & 0x33333333u);
    x = (x & 0x0f0f0f0fu) << 4 | ((x >> 4) & 0x0f0f0f0fu);
    return __builtin_bswap32(x);
}
static uint32_t rotl(uint32_t x, unsigned r) { r &= 31; return r ? (x << r) | (x >> (32 - r)) : x; }
static uint32_t extract(uint32_t x, unsigned pos, unsigned len) { return (x >> pos) & ((1u << len) - 1); }
static uint32_t deposit(uint32_t x, uint32_t v, unsigned pos, unsigned len)
{
    uint32_t m = ((1u << len) - 1) << pos;
    return (x & ~m) | ((v << pos) & m);
}
static int sext(uint32_t x, unsigned bits) { return (int)(x << (32 - bits)) >> (32 - bits); }

int main(void)
{
    unsigned i, r;
    for (i = 0; i < sizeof v32 / sizeof v32[0]; i++) {
        uint32_t x = v32[i];
        printf("%08x: pop %d clz %d ctz %d par %d bswap %08x rev %08x ffs %d\n", x, __builtin_popcount(x),
               __builtin_clz(x), __builtin_ctz(x), __builtin_parity(x), __builtin_bswap32(x), rev32(x),
               __builtin_ffs((int)x));
        for (r = 0; r < 32; r += 9)
            printf("  rotl %u %08x extract(%u,5) %02x deposit %08x sext(%u) %d\n", r, rotl(x, r), r,
                   extract(x, r, 5), deposit(x, 0x15, r, 5), r + 1, sext(x, r + 1));
    }
    for (i = 0; i < sizeof v64 / sizeof v64[0]; i++) {
        uint64_t x = v64[i];
        printf("%016llx: pop %d clz %d ctz %d bswap %016llx\n", (unsigned long long)x, __builtin_popcountll(x),
               __builtin_clzll(x), __builtin_ctzll(x), (unsigned long long)__builtin_bswap64(x));
    }
    {
        /* Gray codes and subset enumeration */
        unsigned g, prev = 0, bad = 0, sub, cnt = 0, mask = 0x2d;
        for (i = 0; i < 256; i++) {
            g = i ^ (i >> 1);
            if (i && __builtin_popcount(g ^ prev) != 1) bad++;
            prev = g;
        }
        for (sub = mask;; sub = (sub - 1) & mask) { cnt++; if (!sub) break; }
        printf("gray bad %u subsets of %x: %u\n", bad, mask, cnt);
    }
    {
        uint32_t x = 0xabcd1234u;
        uint16_t h = (uint16_t)(x >> 16), l = (uint16_t)x;
        int8_t b = (int8_t)(x >> 8);
        printf("split %04x %04x %d lowest set %08x clear lowest %08x\n", h, l, b, x & -x, x & (x - 1));
    }
    return 0;
}
