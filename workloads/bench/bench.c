/*
 * pa730 speed benchmark: a compute-bound, deterministic mix of integer
 * loops, array walks, a small hash table, multiplies/divides and function
 * calls.  Prints one checksum line per kernel and a final checksum.
 *
 * Usage: bench [SCALE]   (SCALE defaults to 16; work is linear in SCALE)
 *
 * Build: hppa-linux-gnu-gcc-12 -static -O2 -o bench.elf bench.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define NOINLINE __attribute__((noinline))

static uint32_t rng_state = 0x12345678u;

static inline uint32_t xorshift(void)
{
    uint32_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return rng_state = x;
}

/* 1. integer loop: LCG/xorshift mixing, shifts, rotates, compares */
static NOINLINE uint32_t k_intloop(unsigned iters)
{
    uint32_t a = 1, b = 2, c = 3;
    unsigned i;
    for (i = 0; i < iters; i++) {
        a = a * 1664525u + 1013904223u;
        b ^= a >> 7;
        b = (b << 3) | (b >> 29);
        c += (a & 0xff) < (b & 0xff) ? a : b;
        if ((c & 15) == 3)
            c ^= 0x55aa55aau;
    }
    return a ^ b ^ c;
}

/* 2. array walks: strided sums, prefix sums, byte-array histogram */
#define ARR 16384
static int32_t arr[ARR];
static uint8_t bytes[ARR * 4];

static NOINLINE uint32_t k_arrays(unsigned reps)
{
    uint32_t sum = 0;
    unsigned r, i, stride;
    unsigned hist[256];
    for (r = 0; r < reps; r++) {
        for (i = 0; i < ARR; i++)
            arr[i] = (int32_t)(i * 2654435761u >> 4) + (int32_t)r;
        for (i = 1; i < ARR; i++)
            arr[i] += arr[i - 1];
        for (stride = 1; stride <= 64; stride *= 4)
            for (i = 0; i < ARR; i += stride)
                sum += (uint32_t)arr[i] >> (stride & 7);
        memset(hist, 0, sizeof hist);
        for (i = 0; i < sizeof bytes; i++)
            bytes[i] = (uint8_t)(i * 7 + r);
        for (i = 0; i < sizeof bytes; i++)
            hist[bytes[i] ^ (uint8_t)(i >> 8)]++;
        for (i = 0; i < 256; i++)
            sum = (sum * 31 + hist[i] * (i + 1)) ^ (sum >> 11);
    }
    return sum;
}

/* 3. small hash table: open addressing with insert / lookup / delete */
#define HSIZE 4096
static uint32_t hkeys[HSIZE];
static uint32_t hvals[HSIZE];

static NOINLINE int h_insert(uint32_t key, uint32_t val)
{
    uint32_t i = (key * 0x9e3779b1u) >> 20;
    unsigned probes = 0;
    while (hkeys[i] != 0 && hkeys[i] != key) {
        i = (i + 1) & (HSIZE - 1);
        if (++probes >= HSIZE)
            return 0;
    }
    hkeys[i] = key;
    hvals[i] += val;
    return 1;
}

static NOINLINE uint32_t h_lookup(uint32_t key)
{
    uint32_t i = (key * 0x9e3779b1u) >> 20;
    while (hkeys[i] != 0) {
        if (hkeys[i] == key)
            return hvals[i];
        i = (i + 1) & (HSIZE - 1);
    }
    return 0;
}

static NOINLINE uint32_t k_hash(unsigned rounds)
{
    uint32_t sum = 0;
    unsigned r, i;
    for (r = 0; r < rounds; r++) {
        memset(hkeys, 0, sizeof hkeys);
        memset(hvals, 0, sizeof hvals);
        rng_state = 0x9abcdef0u + r;
        for (i = 0; i < HSIZE * 3 / 4; i++)
            h_insert((xorshift() & 0x3fff) | 1, i);
        for (i = 0; i < HSIZE; i++)
            sum += h_lookup((xorshift() & 0x3fff) | 1);
    }
    return sum;
}

/* 4. multiplies and divides: modular exponentiation, gcd, variable divisors */
static NOINLINE uint32_t mulmod(uint32_t a, uint32_t b, uint32_t m)
{
    return (uint32_t)((uint64_t)a * b % m);
}

static NOINLINE uint32_t powmod(uint32_t b, uint32_t e, uint32_t m)
{
    uint32_t r = 1;
    while (e) {
        if (e & 1)
            r = mulmod(r, b, m);
        b = mulmod(b, b, m);
        e >>= 1;
    }
    return r;
}

static NOINLINE uint32_t k_muldiv(unsigned iters)
{
    uint32_t sum = 0;
    unsigned i;
    int32_t s = 0;
    for (i = 1; i <= iters; i++) {
        uint32_t a = i * 2654435761u, b = i | 1, t;
        sum += powmod(a % 1000003u, i & 0xffff, 1000000007u);
        while (b) { t = a % b; a = b; b = t; }      /* gcd */
        sum += a;
        s += (int32_t)(i * 40503u) / (((int32_t)(i & 255) - 128) | 1);
        s ^= (int32_t)((int64_t)(int32_t)(i * 7919u) * (int32_t)(i * 104729u) >> 17);
    }
    return sum ^ (uint32_t)s;
}

/* 5. function calls: recursion, calls through pointers, struct arguments */
struct vec { int x, y, z; };

static NOINLINE unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static NOINLINE int dot(struct vec a, struct vec b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static NOINLINE struct vec cross(struct vec a, struct vec b)
{
    struct vec r = { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
    return r;
}
static NOINLINE int op_add(int a, int b) { return a + b; }
static NOINLINE int op_sub(int a, int b) { return a - b; }
static NOINLINE int op_xor(int a, int b) { return a ^ b; }
static NOINLINE int op_mix(int a, int b) { return (a << 1) - (b >> 1); }
static int (*const ops[4])(int, int) = { op_add, op_sub, op_xor, op_mix };

static NOINLINE uint32_t k_calls(unsigned iters)
{
    uint32_t sum = fib(24);
    unsigned i;
    int acc = 0;
    struct vec v = { 1, 2, 3 }, w = { 4, 5, 6 };
    for (i = 0; i < iters; i++) {
        acc = ops[i & 3](acc, (int)i);
        if ((i & 63) == 0) {
            v = cross(v, w);
            v.x = (v.x & 1023) + 1; v.y = (v.y & 1023) - 512; v.z = (v.z & 511) + (int)(i & 7);
            acc += dot(v, w);
        }
    }
    return sum ^ (uint32_t)acc;
}

/* 6. insertion sort + binary search on small arrays (branchy code) */
static NOINLINE uint32_t k_sort(unsigned reps)
{
    static int a[256];
    uint32_t sum = 0;
    unsigned r;
    int i, j;
    for (r = 0; r < reps; r++) {
        rng_state = 0x2468aceu + r;
        for (i = 0; i < 256; i++)
            a[i] = (int)(xorshift() % 100000);
        for (i = 1; i < 256; i++) {
            int v = a[i];
            for (j = i; j > 0 && a[j - 1] > v; j--)
                a[j] = a[j - 1];
            a[j] = v;
        }
        for (i = 0; i < 256; i += 8) {
            int key = a[i] + (int)(r & 1), lo = 0, hi = 255;
            while (lo <= hi) {
                int mid = (lo + hi) >> 1;
                if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
            }
            sum += (uint32_t)lo;
        }
        sum = sum * 3 + (uint32_t)a[128];
    }
    return sum;
}

int main(int argc, char **argv)
{
    unsigned scale = 16;
    uint32_t c[6], total = 0;
    int i;
    if (argc > 1) {
        long v = strtol(argv[1], NULL, 10);
        if (v < 1 || v > 100000) {
            fprintf(stderr, "bench: bad scale '%s'\n", argv[1]);
            return 2;
        }
        scale = (unsigned)v;
    }
    c[0] = k_intloop(scale * 6000000u);
    c[1] = k_arrays(scale * 12u);
    c[2] = k_hash(scale * 40u);
    c[3] = k_muldiv(scale * 12000u);
    c[4] = k_calls(scale * 3000000u);
    c[5] = k_sort(scale * 120u);
    for (i = 0; i < 6; i++) {
        printf("kernel %d: %08x\n", i, c[i]);
        total = (total ^ c[i]) * 0x01000193u;
    }
    printf("scale %u checksum %08x\n", scale, total);
    return 0;
}
