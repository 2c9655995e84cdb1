/* MD5 of fixed strings (RFC 1321 test suite). */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <math.h>

static uint32_t T[64];
static const int S[64] = { 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                           5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                           4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                           6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21 };

static uint32_t rol(uint32_t x, int c) { return (x << c) | (x >> (32 - c)); }

static void md5_block(uint32_t st[4], const unsigned char *p)
{
    uint32_t m[16], a = st[0], b = st[1], c = st[2], d = st[3];
    int i;
    for (i = 0; i < 16; i++)
        m[i] = p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
    for (i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
        else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
        else { f = c ^ (b | ~d); g = (7 * i) % 16; }
        f = f + a + T[i] + m[g];
        a = d; d = c; c = b;
        b = b + rol(f, S[i]);
    }
    st[0] += a; st[1] += b; st[2] += c; st[3] += d;
}

static void md5(const char *s, unsigned char out[16])
{
    uint32_t st[4] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476 };
    size_t len = strlen(s), i, n = len;
    unsigned char buf[128];
    unsigned long long bits = (unsigned long long)len * 8;
    const unsigned char *p = (const unsigned char *)s;
    while (n >= 64) { md5_block(st, p); p += 64; n -= 64; }
    memset(buf, 0, sizeof buf);
    memcpy(buf, p, n);
    buf[n] = 0x80;
    i = n < 56 ? 56 : 120;
    {
        int k;
        for (k = 0; k < 8; k++) buf[i + k] = (unsigned char)(bits >> (8 * k));
    }
    md5_block(st, buf);
    if (i == 120) md5_block(st, buf + 64);
    for (i = 0; i < 4; i++) {
        out[4 * i] = (unsigned char)st[i]; out[4 * i + 1] = (unsigned char)(st[i] >> 8);
        out[4 * i + 2] = (unsigned char)(st[i] >> 16); out[4 * i + 3] = (unsigned char)(st[i] >> 24);
    }
}

int main(void)
{
    static const char *tests[] = {
        "", "a", "abc", "message digest", "abcdefghijklmnopqrstuvwxyz",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
    };
    unsigned i, j;
    /* T[i] = floor(abs(sin(i+1)) * 2^32), computed with libm and checked against known values */
    for (i = 0; i < 64; i++)
        T[i] = (uint32_t)(fabs(sin((double)(i + 1))) * 4294967296.0);
    printf("T[0]=%08x T[63]=%08x\n", T[0], T[63]);
    for (i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        unsigned char d[16];
        md5(tests[i], d);
        printf("MD5(\"%s\") = ", tests[i]);
        for (j = 0; j < 16; j++) printf("%02x", d[j]);
        printf("\n");
    }
    return 0;
}
