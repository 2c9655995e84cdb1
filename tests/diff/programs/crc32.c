/* CRC-32 (table and bitwise), Adler-32, and FNV-1a over generated data. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t table[256];

static void make_table(void)
{
    uint32_t i, j, c;
    for (i = 0; i < 256; i++) {
        c = i;
        for (j = 0; j < 8; j++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static uint32_t crc32_tab(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    while (n--)
        c = table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static uint32_t crc32_bit(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    int k;
    while (n--) {
        c ^= *p++;
        for (k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

static uint32_t adler32(const unsigned char *p, size_t n)
{
    uint32_t a = 1, b = 0;
    while (n--) {
        a = (a + *p++) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

static uint32_t fnv1a(const unsigned char *p, size_t n)
{
    uint32_t h = 2166136261u;
    while (n--) { h ^= *p++; h *= 16777619u; }
    return h;
}

int main(void)
{
    static unsigned char data[65536];
    static const char *strs[] = { "", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog",
                                  "message digest" };
    unsigned i;
    make_table();
    for (i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        const unsigned char *s = (const unsigned char *)strs[i];
        size_t n = strlen(strs[i]);
        printf("\"%s\": crc32 %08x/%08x adler32 %08x fnv1a %08x\n", strs[i], crc32_tab(s, n),
               crc32_bit(s, n), adler32(s, n), fnv1a(s, n));
    }
    for (i = 0; i < sizeof data; i++)
        data[i] = (unsigned char)((i * 2654435761u) >> 13);
    printf("data crc32 %08x adler32 %08x fnv1a %08x\n", crc32_tab(data, sizeof data),
           adler32(data, sizeof data), fnv1a(data, sizeof data));
    printf("bitwise crc32 of 4096 %08x\n", crc32_bit(data, 4096));
    for (i = 1; i <= 8; i++)
        printf("prefix %u crc %08x\n", i * 1000, crc32_tab(data + i, i * 1000));
    return 0;
}
