/* Type punning via unions and memcpy: float bits, endianness, tagged unions. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

union fbits { float f; uint32_t u; unsigned char b[4]; };
union dbits { double d; uint64_t u; uint32_t w[2]; };

enum kind { K_INT, K_DBL, K_STR, K_PAIR };
struct value {
    enum kind k;
    union { int i; double d; const char *s; struct { short a, b; } pair; } u;
};

static void show(const struct value *v)
{
    switch (v->k) {
    case K_INT: printf("int %d\n", v->u.i); break;
    case K_DBL: printf("dbl %g\n", v->u.d); break;
    case K_STR: printf("str %s\n", v->u.s); break;
    case K_PAIR: printf("pair %d,%d\n", v->u.pair.a, v->u.pair.b); break;
    }
}

int main(void)
{
    union fbits fb;
    union dbits db;
    static const float fs[] = { 1.0f, -2.0f, 0.1f, 3.4028235e38f, 1e-45f, 0.0f };
    static const double ds[] = { 1.0, -0.0, 0.1, 1e308, 5e-324 };
    struct value vals[4];
    unsigned i;
    for (i = 0; i < sizeof fs / sizeof fs[0]; i++) {
        fb.f = fs[i];
        printf("float %g bits %08x sign %u exp %u mant %06x bytes %02x%02x%02x%02x\n", (double)fb.f,
               fb.u, fb.u >> 31, (fb.u >> 23) & 0xff, fb.u & 0x7fffff, fb.b[0], fb.b[1], fb.b[2], fb.b[3]);
    }
    for (i = 0; i < sizeof ds / sizeof ds[0]; i++) {
        db.d = ds[i];
        printf("double %g bits %016llx hi %08x lo %08x\n", db.d, (unsigned long long)db.u, db.w[0], db.w[1]);
    }
    fb.u = 0x7fc00000u;
    printf("from bits: nan? %d\n", fb.f != fb.f);
    fb.u = 0x40490fdbu;
    printf("from bits: %.7f\n", (double)fb.f);
    {
        /* fast inverse square root using integer bit tricks */
        float x = 2.0f, h = 0.5f * x, y;
        uint32_t bits;
        memcpy(&bits, &x, 4);
        bits = 0x5f3759dfu - (bits >> 1);
        memcpy(&y, &bits, 4);
        y = y * (1.5f - h * y * y);
        printf("rsqrt(2) ~ %.6f bits %08x\n", (double)y, bits);
    }
    {
        uint32_t one = 1;
        unsigned char c;
        memcpy(&c, &one, 1);
        printf("big endian %d\n", c == 0);
    }
    vals[0].k = K_INT; vals[0].u.i = -17;
    vals[1].k = K_DBL; vals[1].u.d = 6.25;
    vals[2].k = K_STR; vals[2].u.s = "tagged";
    vals[3].k = K_PAIR; vals[3].u.pair.a = 300; vals[3].u.pair.b = -2;
    for (i = 0; i < 4; i++) show(&vals[i]);
    printf("sizeof value %u\n", (unsigned)sizeof(struct value));
    return 0;
}
