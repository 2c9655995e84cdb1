/* Arbitrary-precision unsigned arithmetic: factorial, powers, Fibonacci, division. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define LIMBS 200  /* 32-bit limbs, little-endian */
typedef struct { uint32_t d[LIMBS]; int n; } big;

static void set(big *a, uint32_t v) { memset(a, 0, sizeof *a); a->d[0] = v; a->n = v ? 1 : 0; }
static void norm(big *a) { while (a->n > 0 && a->d[a->n - 1] == 0) a->n--; }

static void mul_small(big *a, uint32_t m)
{
    uint64_t carry = 0;
    int i;
    for (i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->d[i] * m + carry;
        a->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) a->d[a->n++] = (uint32_t)carry;
}

static void add(big *r, const big *a, const big *b)
{
    uint64_t carry = 0;
    int i, n = a->n > b->n ? a->n : b->n;
    for (i = 0; i < n; i++) {
        uint64_t t = (uint64_t)a->d[i] + b->d[i] + carry;
        r->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    r->n = n;
    if (carry) r->d[r->n++] = 1;
}

static void mul(big *r, const big *a, const big *b)
{
    big t;
    int i, j;
    memset(&t, 0, sizeof t);
    for (i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (j = 0; j < b->n; j++) {
            uint64_t x = (uint64_t)a->d[i] * b->d[j] + t.d[i + j] + carry;
            t.d[i + j] = (uint32_t)x;
            carry = x >> 32;
        }
        t.d[i + b->n] = (uint32_t)carry;
    }
    t.n = a->n + b->n;
    norm(&t);
    *r = t;
}

static uint32_t div_small(big *a, uint32_t m)
{
    uint64_t rem = 0;
    int i;
    for (i = a->n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | a->d[i];
        a->d[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    norm(a);
    return (uint32_t)rem;
}

static void print(const char *label, const big *a)
{
    static char buf[LIMBS * 10 + 2];
    big t = *a;
    int pos = (int)sizeof buf - 1;
    buf[pos] = 0;
    if (t.n == 0) buf[--pos] = '0';
    while (t.n > 0) {
        uint32_t r = div_small(&t, 1000000000u);
        int k;
        for (k = 0; k < 9; k++) {
            buf[--pos] = (char)('0' + r % 10);
            r /= 10;
            if (t.n == 0 && r == 0) break;
        }
    }
    printf("%s = %s (%u digits)\n", label, buf + pos, (unsigned)strlen(buf + pos));
}

int main(void)
{
    static big a, b, c;
    int i;
    set(&a, 1);
    for (i = 2; i <= 100; i++) mul_small(&a, (uint32_t)i);
    print("100!", &a);
    set(&a, 1);
    for (i = 0; i < 200; i++) mul_small(&a, 3);
    print("3^200", &a);
    set(&a, 0); set(&b, 1);
    for (i = 0; i < 500; i++) { add(&c, &a, &b); a = b; b = c; }
    print("fib(501)", &b);
    set(&a, 2);
    for (i = 0; i < 9; i++) mul(&a, &a, &a);
    print("2^512", &a);
    set(&b, 0xffffffffu);
    mul(&c, &a, &b);
    print("2^512*(2^32-1)", &c);
    {
        uint32_t r = div_small(&c, 1000007u);
        printf("mod 1000007 = %u\n", r);
    }
    return 0;
}
