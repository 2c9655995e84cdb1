/* printf formatting of doubles: %f %e %g %a with widths and precisions. */
#include <stdio.h>

static volatile double vals[] = { 0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3.0, 2.0 / 3.0,
                                  123456789.125, 1e-5, 1e-7, 6.02214076e23,
                                  1.7976931348623157e308, 2.2250738585072014e-308,
                                  4.9406564584124654e-324, 0.5, 1.5, 2.5, 99.995,
                                  1e21, 1e22, 5e-324 * 3, -271828.18284590452 };

int main(void)
{
    unsigned i;
    for (i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        double v = vals[i];
        printf("[%f] [%.0f] [%.3f] [%12.4f] [%-12.2f|]\n", v, v, v, v, v);
        printf("[%e] [%.0e] [%.10E] [%+e]\n", v, v, v, v);
        printf("[%g] [%.3g] [%#g] [%.17g] [%G]\n", v, v, v, v, v);
        printf("[%a] [%.3a] [%A]\n", v, v, v);
    }
    {
        float f = 3.14159265f;
        printf("float [%f] [%.10f] [%a]\n", (double)f, (double)f, (double)f);
    }
    printf("rounding %.0f %.0f %.0f %.0f %.1f %.2f\n", 0.5, 1.5, 2.5, 3.5, 0.25, 1.005);
    printf("big %.0f\n", 1e300);
    printf("%08.3f|%-8.3e|% g|%+.2f\n", 3.14159, -2.71828, 42.0, 0.0);
    {
        /* powers of ten and two, printed exactly */
        double p10 = 1.0, p2 = 1.0;
        int k;
        for (k = 0; k < 25; k += 4) {
            printf("1e%d = %.0f  2^%d = %.0f  2^-%d = %.30g\n", k, p10, k * 3, p2, k * 3, 1.0 / p2);
            p10 *= 1e4;
            p2 *= 4096.0;
        }
    }
    return 0;
}
