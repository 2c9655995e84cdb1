/* Unaligned-safe access via memcpy, byte-order handling, packed struct access. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct rec { uint16_t a; uint32_t b; uint64_t c; double d; char tag[3]; };
struct __attribute__((packed)) prec { uint8_t x; uint32_t y; uint16_t z; uint64_t w; };

static uint32_t load32(const unsigned char *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint64_t load64(const unsigned char *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static void store16(unsigned char *p, uint16_t v) { memcpy(p, &v, 2); }
static uint32_t be32(const unsigned char *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static uint32_t le32(const unsigned char *p) { return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0]; }

int main(void)
{
    unsigned char buf[128];
    struct rec r = { 0x1234, 0xdeadbeef, 0x0123456789abcdefULL, -2.5, "ok" }, r2;
    struct prec pr[3];
    int i, off;

    for (i = 0; i < 128; i++) buf[i] = (unsigned char)(i * 11 + 1);
    for (off = 0; off < 8; off++)
        printf("off %d: load32 %08x load64 %016llx be %08x le %08x\n", off, load32(buf + off),
               (unsigned long long)load64(buf + off), be32(buf + off), le32(buf + off));
    for (off = 1; off < 4; off++) {
        memset(buf, 0, sizeof buf);
        memcpy(buf + off, &r, sizeof r);
        memcpy(&r2, buf + off, sizeof r2);
        printf("struct via off %d: a=%x b=%x c=%llx d=%g tag=%s same=%d\n", off, r2.a, r2.b,
               (unsigned long long)r2.c, r2.d, r2.tag, memcmp(&r, &r2, sizeof r) == 0);
        store16(buf + off + 1, 0xabcd);
        printf("  bytes %02x %02x %02x %02x\n", buf[off], buf[off + 1], buf[off + 2], buf[off + 3]);
    }
    printf("sizeof rec %u prec %u\n", (unsigned)sizeof(struct rec), (unsigned)sizeof(struct prec));
    for (i = 0; i < 3; i++) {
        pr[i].x = (uint8_t)(i + 1);
        pr[i].y = 0x11223344u * (uint32_t)(i + 1);
        pr[i].z = (uint16_t)(0x5566 + i);
        pr[i].w = 0x8877665544332211ULL >> i;
    }
    for (i = 0; i < 3; i++) {
        pr[i].y += 5;
        pr[i].w ^= pr[i].y;
        printf("packed[%d] x=%u y=%08x z=%04x w=%016llx\n", i, pr[i].x, pr[i].y, pr[i].z,
               (unsigned long long)pr[i].w);
    }
    {
        const unsigned char *raw = (const unsigned char *)pr;
        unsigned h = 0;
        for (i = 0; i < (int)sizeof pr; i++) h = h * 31 + raw[i];
        printf("packed raw hash %08x\n", h);
    }
    {
        double dv[4] = { 1.5, -0.25, 1e100, 3.0 }, dsum = 0;
        unsigned char dbuf[40];
        for (i = 0; i < 4; i++) memcpy(dbuf + 1 + i * 8, &dv[i], 8);
        for (i = 0; i < 4; i++) { double t; memcpy(&t, dbuf + 1 + i * 8, 8); dsum += t; }
        printf("unaligned doubles sum %g\n", dsum);
    }
    return 0;
}
