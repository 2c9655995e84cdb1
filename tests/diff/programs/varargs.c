/* Variadic functions: own va_list processing, va_copy, vsnprintf, mixed types. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static long long sum_ints(int count, ...)
{
    va_list ap;
    long long s = 0;
    int i;
    va_start(ap, count);
    for (i = 0; i < count; i++)
        s += va_arg(ap, int);
    va_end(ap);
    return s;
}

/* mini formatter: i=int, l=long long, d=double, s=string, c=char */
static void mini(const char *fmt, ...)
{
    va_list ap, ap2;
    const char *p;
    int count = 0;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    for (p = fmt; *p; p++) {
        switch (*p) {
        case 'i': printf("int:%d ", va_arg(ap, int)); break;
        case 'l': printf("ll:%lld ", va_arg(ap, long long)); break;
        case 'd': printf("dbl:%.6g ", va_arg(ap, double)); break;
        case 's': printf("str:%s ", va_arg(ap, const char *)); break;
        case 'c': printf("chr:%c ", va_arg(ap, int)); break;
        }
        count++;
    }
    va_end(ap);
    /* second pass with the copy: only count doubles */
    {
        double dsum = 0;
        for (p = fmt; *p; p++) {
            switch (*p) {
            case 'i': case 'c': (void)va_arg(ap2, int); break;
            case 'l': (void)va_arg(ap2, long long); break;
            case 'd': dsum += va_arg(ap2, double); break;
            case 's': (void)va_arg(ap2, const char *); break;
            }
        }
        printf("| n=%d dsum=%g\n", count, dsum);
    }
    va_end(ap2);
}

static int my_printf(char *out, size_t n, const char *fmt, ...)
{
    va_list ap;
    int r;
    va_start(ap, fmt);
    r = vsnprintf(out, n, fmt, ap);
    va_end(ap);
    return r;
}

static double avg(int n, ...)
{
    va_list ap;
    double s = 0;
    int i;
    va_start(ap, n);
    for (i = 0; i < n; i++)
        s += va_arg(ap, double);
    va_end(ap);
    return n ? s / n : 0;
}

int main(void)
{
    char buf[128];
    int r;
    printf("sum0=%lld\n", sum_ints(0));
    printf("sum3=%lld\n", sum_ints(3, 1, 2, 3));
    printf("sum10=%lld\n", sum_ints(10, 100, -200, 300, -400, 500, 600, 700, 800, 900, 1000));
    mini("ilds", 7, 123456789012345LL, 2.5, "hello");
    mini("dldidcs", 1.25, -1LL, 3.5, 42, -0.25, 'Z', "end");
    mini("iiiiiiiid", 1, 2, 3, 4, 5, 6, 7, 8, 9.75);
    mini("lllld", 1LL << 40, 2LL, 3LL, -4LL, 1e100);
    r = my_printf(buf, sizeof buf, "%s=%d (%.2f) %lld", "val", -5, 2.0 / 3.0, 1LL << 62);
    printf("my_printf %d [%s] %u\n", r, buf, (unsigned)strlen(buf));
    printf("avg %g %g\n", avg(4, 1.0, 2.0, 3.0, 4.5), avg(1, -7.0));
    return 0;
}
