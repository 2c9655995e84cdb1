/* strtod / strtof / atof parsing, including end pointers and special values. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>

static const char *inputs[] = {
    "0", "1", "-1", "3.14159265358979323846", "1e10", "1E-10", "  42.5abc",
    "0x1.8p3", "0x10", "-0x1p-1074", "inf", "-Infinity", "nan", "NAN(123)",
    "1e400", "1e-400", "2.2250738585072011e-308", ".5", "5.", "+.25e+2",
    "abc", "", "-", "1.7976931348623157e308", "4.9e-324",
    "123456789012345678901234567890", "0.000000000000000000000000000001",
    "9007199254740993", "1.00000000000000011102230246251565404236316680908203125",
};

int main(void)
{
    unsigned i;
    for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        const char *s = inputs[i];
        char *end;
        double d;
        float f;
        int e1, e2;
        errno = 0;
        d = strtod(s, &end);
        e1 = errno;
        printf("strtod(\"%s\") = %.17g [%a] consumed %d erange %d\n", s, d, d,
               (int)(end - s), e1 == ERANGE);
        errno = 0;
        f = strtof(s, &end);
        e2 = errno;
        printf("  strtof = %.9g [%a] consumed %d erange %d\n", (double)f, (double)f,
               (int)(end - s), e2 == ERANGE);
    }
    {
        /* parse a list */
        const char *list = "1.5, 2.25,-3.125 ,1e2,  0x1p4";
        const char *p = list;
        char *end;
        double sum = 0;
        int n = 0;
        while (*p) {
            double v = strtod(p, &end);
            if (end == p)
                break;
            sum += v;
            n++;
            p = end;
            while (*p == ' ' || *p == ',')
                p++;
        }
        printf("list n=%d sum=%g\n", n, sum);
    }
    printf("atof %g %g\n", atof("2.5e3"), atof("-7.75xyz"));
    {
        char buf[64];
        double v = 0.1;
        int k;
        for (k = 0; k < 5; k++) {
            snprintf(buf, sizeof buf, "%.17g", v);
            printf("roundtrip %s %d\n", buf, strtod(buf, NULL) == v);
            v = v * 7.3 + 1e-3;
        }
        (void)strlen(buf);
    }
    return 0;
}
