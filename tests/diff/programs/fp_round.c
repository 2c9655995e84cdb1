/* rint/nearbyint/llrint and arithmetic under the four rounding modes. */
#include <stdio.h>
#include <fenv.h>
#include <math.h>

static volatile double vals[] = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.4,
                                  -2.6, 1e15 + 0.5, 0.0, -0.0, 1234567.5 };
static const int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };
static const char *names[] = { "nearest", "upward", "downward", "towardzero" };

int main(void)
{
    unsigned m, i;
    for (m = 0; m < 4; m++) {
        if (fesetround(modes[m]) != 0) {
            printf("fesetround %s failed\n", names[m]);
            continue;
        }
        printf("mode %s get=%d\n", names[m], fegetround() == modes[m]);
        for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
            double v = vals[i];
            printf("  %.17g: rint %.17g nearbyint %.17g llrint %lld\n", v, rint(v),
                   nearbyint(v), llrint(v));
        }
        {
            volatile double one = 1.0, three = 3.0, ten = 10.0;
            volatile float fone = 1.0f, fthree = 3.0f;
            double q = one / three;
            float fq = fone / fthree;
            double s = one + 1e-17;
            double n = -one / three;
            printf("  1/3 = %a  -1/3 = %a  1/3f = %a  1+1e-17 = %a  10/3 = %a\n", q, n,
                   (double)fq, s, ten / three);
            printf("  sqrt(2) = %a  (int)2.7 = %d  (float)0.1 = %a\n", sqrt(2.0 * one),
                   (int)(2.7 * one), (double)(float)(0.1 * one));
        }
    }
    fesetround(FE_TONEAREST);
    printf("round %g %g trunc %g %g floor %g ceil %g\n", round(vals[2]), round(vals[5]),
           trunc(vals[7]), trunc(vals[9]), floor(vals[8]), ceil(vals[8]));
    return 0;
}
