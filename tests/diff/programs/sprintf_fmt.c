/* sprintf / snprintf with many integer and string conversions. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <inttypes.h>

static const char *volatile long_str = "overflowing string";
static volatile size_t five = 5;

int main(void)
{
    char buf[256];
    char small[8];
    int n;
    static const int iv[] = { 0, 1, -1, 42, -42, 2147483647, -2147483647 - 1, 255 };
    unsigned i;

    for (i = 0; i < sizeof iv / sizeof iv[0]; i++) {
        n = sprintf(buf, "[%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o|%u]", iv[i], iv[i],
                    iv[i], iv[i], iv[i], iv[i], (unsigned)iv[i], (unsigned)iv[i],
                    (unsigned)iv[i], (unsigned)iv[i], (unsigned)iv[i], (unsigned)iv[i]);
        printf("%2d %s\n", n, buf);
    }
    n = sprintf(buf, "%lld %llu %llx %" PRId64 " %" PRIx64, -1234567890123LL,
                18446744073709551615ULL, 0xdeadbeefcafeULL, (int64_t)-5, (uint64_t)0xabcdef);
    printf("%d %s\n", n, buf);
    n = sprintf(buf, "%hd %hu %hhd %hhu %ld %lu", (short)-3, (unsigned short)65535,
                (signed char)-128, (unsigned char)200, -100000L, 4000000000UL);
    printf("%d %s\n", n, buf);
    n = sprintf(buf, "[%s|%10s|%-10s|%.3s|%c|%3c|%%]", "str", "right", "left", "truncate", 'x', 'y');
    printf("%d %s\n", n, buf);
    n = sprintf(buf, "[%*d|%-*d|%.*s|%*.*f]", 6, 12, 6, 34, 2, "abcdef", 9, 2, 3.14159);
    printf("%d %s\n", n, buf);
    n = snprintf(small, sizeof small, "%s", long_str);
    printf("snprintf ret %d [%s] len %u\n", n, small, (unsigned)strlen(small));
    n = snprintf(small, sizeof small, "%d", 1234567);
    printf("snprintf exact ret %d [%s]\n", n, small);
    n = snprintf(NULL, 0, "%d-%s-%x", 99999, "measure", 0xfff);
    printf("snprintf measure %d\n", n);
    n = snprintf(buf, five, "%c%c%c%c%c%c", 'a', 'b', 'c', 'd', 'e', 'f');
    printf("snprintf trunc %d [%s]\n", n, buf);
    {
        /* build a table via repeated snprintf into a growing offset */
        size_t off = 0;
        int k;
        for (k = 1; k <= 12; k++)
            off += (size_t)snprintf(buf + off, sizeof buf - off, "%d^2=%d;", k, k * k);
        printf("table %u %s\n", (unsigned)off, buf);
    }
    {
        int pos1 = 0, pos2 = 0;
        sprintf(buf, "ab%ncdef%n", &pos1, &pos2);
        printf("%%n %d %d\n", pos1, pos2);
    }
    printf("%s\n", buf);
    return 0;
}
