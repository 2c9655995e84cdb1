/* NaN and infinity: comparisons, classification, propagation. */
#include <stdio.h>
#include <math.h>

static volatile double zero = 0.0, one = 1.0;

static void cmp(const char *n, double a, double b)
{
    printf("%-10s < %d <= %d == %d != %d >= %d > %d unord %d\n", n, a < b, a <= b,
           a == b, a != b, a >= b, a > b, isunordered(a, b));
}

static void cmpf(const char *n, float a, float b)
{
    printf("%-10s f: < %d <= %d == %d != %d >= %d > %d\n", n, a < b, a <= b,
           a == b, a != b, a >= b, a > b);
}

static const char *cls(double x)
{
    switch (fpclassify(x)) {
    case FP_NAN: return "nan";
    case FP_INFINITE: return "inf";
    case FP_ZERO: return "zero";
    case FP_SUBNORMAL: return "subnormal";
    case FP_NORMAL: return "normal";
    }
    return "?";
}

int main(void)
{
    double nan1 = zero / zero;
    double inf = one / zero;
    double ninf = -inf;
    double nan2 = inf - inf;
    double nan3 = inf * zero;
    float fnan = (float)nan1;
    double tiny = 4.9e-324;
    cmp("nan,nan", nan1, nan1);
    cmp("nan,1", nan1, one);
    cmp("1,nan", one, nan1);
    cmp("inf,1", inf, one);
    cmp("-inf,inf", ninf, inf);
    cmp("0,-0", zero, -zero);
    cmp("1,1", one, one);
    cmpf("fnan,1", fnan, 1.0f);
    cmpf("1,2", 1.0f, 2.0f);
    printf("isnan %d %d %d %d %d\n", isnan(nan1), isnan(nan2), isnan(nan3), isnan(inf), isnan(one));
    printf("isinf %d %d %d\n", isinf(inf) != 0, isinf(ninf) != 0, isinf(nan1) != 0);
    printf("signbit %d %d %d\n", signbit(-zero) != 0, signbit(ninf) != 0, signbit(one) != 0);
    printf("isfinite %d %d %d\n", isfinite(one), isfinite(inf), isfinite(tiny));
    printf("class %s %s %s %s %s\n", cls(nan1), cls(inf), cls(-zero), cls(tiny), cls(one));
    printf("print %f %f %f %e %g\n", inf, ninf, fabs(nan1), ninf, inf);
    printf("prop %d %d %d\n", isnan(nan1 + one), isnan(nan1 * zero), isnan(sqrt(-one)));
    printf("inf arith %g %g %g %g\n", inf + inf, inf * -2.0, one / inf, -one / inf);
    printf("fmax(nan,1) %g fmin(1,nan) %g\n", fmax(nan1, one), fmin(one, nan1));
    {
        int count = 0;
        volatile double arr[6];
        int i;
        arr[0] = nan1; arr[1] = 1; arr[2] = inf; arr[3] = nan2; arr[4] = -3; arr[5] = ninf;
        for (i = 0; i < 6; i++)
            if (arr[i] != arr[i])
                count++;
        printf("self-unequal count %d\n", count);
    }
    return 0;
}
