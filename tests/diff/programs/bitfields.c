/* Bit-fields: signed/unsigned, packed structs, straddling fields, raw layout. */
#include <stdio.h>
#include <string.h>

struct flags {
    unsigned a : 1;
    unsigned b : 3;
    signed c : 5;
    unsigned d : 7;
    signed e : 12;
    unsigned f : 4;
};

struct __attribute__((packed)) packed_rec {
    unsigned char tag;
    unsigned int value;
    unsigned short len;
    signed int s : 9;
    unsigned int u : 23;
};

struct wide {
    unsigned long long lo : 40;
    unsigned long long hi : 24;
    signed long long sx : 33;
};

static void dump(const void *p, size_t n)
{
    const unsigned char *b = p;
    size_t i;
    for (i = 0; i < n; i++)
        printf("%02x", b[i]);
    printf("\n");
}

int main(void)
{
    struct flags f;
    struct packed_rec pr;
    struct wide w;
    int i;

    memset(&f, 0, sizeof f);
    printf("sizeof flags %u packed %u wide %u\n", (unsigned)sizeof f, (unsigned)sizeof pr,
           (unsigned)sizeof w);
    for (i = -20; i < 40; i += 7) {
        f.a = (unsigned)i;
        f.b = (unsigned)i;
        f.c = i;
        f.d = (unsigned)(i * 5);
        f.e = i * 100;
        f.f = (unsigned)(i + 3);
        printf("i=%d a=%u b=%u c=%d d=%u e=%d f=%u raw=", i, f.a, f.b, f.c, f.d, f.e, f.f);
        dump(&f, sizeof f);
    }
    f.c = 15;
    f.c++;
    printf("c overflow to %d\n", f.c);
    f.b = 7;
    f.b += 2;
    printf("b wrap %u\n", f.b);

    memset(&pr, 0, sizeof pr);
    pr.tag = 0xAB;
    pr.value = 0x12345678;
    pr.len = 0xBEEF;
    pr.s = -200;
    pr.u = 0x7ABCDE;
    printf("packed s=%d u=%x value=%x raw=", pr.s, pr.u, pr.value);
    dump(&pr, sizeof pr);
    pr.value += 0x11111111;
    pr.s = pr.s / 2;
    printf("packed2 s=%d value=%x\n", pr.s, pr.value);

    memset(&w, 0, sizeof w);
    w.lo = 0x123456789aULL;
    w.hi = 0xfedcba;
    w.sx = -4000000000LL;
    printf("wide lo=%llx hi=%llx sx=%lld raw=", (unsigned long long)w.lo,
           (unsigned long long)w.hi, (long long)w.sx);
    dump(&w, sizeof w);
    w.lo = w.lo * 3;
    w.sx = w.sx + 1;
    printf("wide2 lo=%llx sx=%lld\n", (unsigned long long)w.lo, (long long)w.sx);
    return 0;
}
