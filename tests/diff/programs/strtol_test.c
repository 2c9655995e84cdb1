/* atoi, atol, strtol, strtoul, strtoll, strtoull with bases and error cases. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>

static const char *ins[] = { "0", "42", "-42", "  +17xyz", "0x1F", "0X1f", "017", "08", "-0x80000000",
                             "2147483647", "2147483648", "-2147483649", "4294967295", "4294967296",
                             "zz", "", "   ", "9223372036854775807", "9223372036854775808",
                             "-9223372036854775808", "18446744073709551615", "-1", "1010", "z" };
static const int bases[] = { 0, 10, 16, 8, 2, 36 };

int main(void)
{
    unsigned i, b;
    for (i = 0; i < sizeof ins / sizeof ins[0]; i++) {
        const char *s = ins[i];
        printf("\"%s\": atoi %d atol %ld atoll %lld\n", s, atoi(s), atol(s), atoll(s));
        for (b = 0; b < sizeof bases / sizeof bases[0]; b++) {
            char *e1, *e2, *e3, *e4;
            long v1; unsigned long v2; long long v3; unsigned long long v4;
            int r1, r2, r3, r4;
            errno = 0; v1 = strtol(s, &e1, bases[b]); r1 = errno == ERANGE;
            errno = 0; v2 = strtoul(s, &e2, bases[b]); r2 = errno == ERANGE;
            errno = 0; v3 = strtoll(s, &e3, bases[b]); r3 = errno == ERANGE;
            errno = 0; v4 = strtoull(s, &e4, bases[b]); r4 = errno == ERANGE;
            printf("  base %2d: l %ld/%d/%d ul %lu/%d/%d ll %lld/%d/%d ull %llu/%d/%d\n", bases[b],
                   v1, (int)(e1 - s), r1, v2, (int)(e2 - s), r2, v3, (int)(e3 - s), r3, v4,
                   (int)(e4 - s), r4);
        }
    }
    {
        /* parse a base-36 identifier and print in other bases */
        unsigned long long v = strtoull("hppa730", NULL, 36);
        printf("hppa730 base36 = %llu = %llx = %llo\n", v, v, v);
    }
    return 0;
}
