/* libm transcendental functions (software, so exact results must match). */
#include <stdio.h>
#include <math.h>

static volatile double xs[] = { 0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0, 100.0, -0.75, -2.5 };

int main(void)
{
    unsigned i;
    for (i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        double x = xs[i];
        printf("x=%g sin %a cos %a tan %a\n", x, sin(x), cos(x), tan(x));
        printf("  exp %a expm1 %a atan %a sinh %a tanh %a\n", exp(x), expm1(x), atan(x),
               sinh(x), tanh(x));
        if (x > 0)
            printf("  log %a log10 %a log2 %a cbrt %a\n", log(x), log10(x), log2(x), cbrt(x));
        if (x >= -1 && x <= 1)
            printf("  asin %a acos %a\n", asin(x), acos(x));
        printf("  pow(x,1.5) %a pow(2,x) %a hypot %a atan2 %a\n", pow(fabs(x), 1.5),
               pow(2.0, x), hypot(x, 3.0), atan2(x, -1.0));
        printf("  fmod %a remainder %a\n", fmod(x, 0.7), remainder(x, 0.7));
        {
            int e;
            double m = frexp(x, &e);
            double ip, fp = modf(x, &ip);
            printf("  frexp %a %d ldexp %a modf %a %a\n", m, e, ldexp(x, 5), ip, fp);
        }
        printf("  sinf %a expf %a\n", (double)sinf((float)x), (double)expf((float)x));
    }
    {
        double s = 0;
        for (i = 0; i < 1000; i++)
            s += sin(i * 0.01) * exp(-(double)i * 0.001);
        printf("sum %.17g\n", s);
    }
    return 0;
}
