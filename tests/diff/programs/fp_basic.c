/* Basic float and double arithmetic: + - * / sqrt, printed exactly. */
#include <stdio.h>
#include <math.h>

static volatile double dv[] = { 0.0, -0.0, 1.0, -1.5, 3.141592653589793, 1e-300,
                                1e300, 2.5e-310, 123456.789, -0.1, 7.0 };
static volatile float fv[] = { 0.0f, 1.0f, -2.25f, 3.1415927f, 1e-38f, 3e38f,
                               1e-45f, 0.1f, -65504.0f, 7.0f };
#define ND (sizeof dv / sizeof dv[0])
#define NF (sizeof fv / sizeof fv[0])

int main(void)
{
    unsigned i, j;
    for (i = 0; i < ND; i++) {
        for (j = 0; j < ND; j += 3) {
            double a = dv[i], b = dv[j];
            printf("d %a %a: %a %a %a %a\n", a, b, a + b, a - b, a * b, a / b);
        }
        printf("sqrt(|%a|) = %a\n", dv[i], sqrt(fabs(dv[i])));
    }
    for (i = 0; i < NF; i++) {
        for (j = 1; j < NF; j += 2) {
            float a = fv[i], b = fv[j];
            float s = a + b, d = a - b, m = a * b, q = a / b;
            printf("f %a %a: %a %a %a %a\n", (double)a, (double)b, (double)s,
                   (double)d, (double)m, (double)q);
        }
        printf("sqrtf(|%a|) = %a\n", (double)fv[i], (double)sqrtf(fabsf(fv[i])));
    }
    {
        /* accumulation: harmonic sums in float and double */
        float hf = 0.0f;
        double hd = 0.0;
        for (i = 1; i <= 2000; i++) {
            hf += 1.0f / (float)i;
            hd += 1.0 / (double)i;
        }
        printf("harmonic %.9g %.17g\n", (double)hf, hd);
    }
    {
        volatile double x = 2.0;
        double y = x;
        for (i = 0; i < 6; i++) {
            y = 0.5 * (y + x / y);  /* Newton iteration for sqrt(2) */
            printf("newton %d %.17g\n", i, y);
        }
        printf("fmin/fmax %g %g fabs %g copysign %g\n", fmin(x, -y), fmax(x, -y),
               fabs(-x), copysign(3.0, -x));
    }
    return 0;
}
