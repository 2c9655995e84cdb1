/* long double arithmetic and printing (on hppa it is the same as double). */
#include <stdio.h>
#include <float.h>
#include <math.h>

int main(void)
{
    volatile long double a = 1.0L, b = 3.0L;
    long double third = a / b, s = 0;
    int i;
    printf("sizeof long double %u LDBL_MANT_DIG %d LDBL_DIG %d\n", (unsigned)sizeof(long double),
           LDBL_MANT_DIG, LDBL_DIG);
    printf("third %.20Lg %La\n", third, third);
    printf("LDBL_EPSILON %Lg LDBL_MAX %Lg\n", LDBL_EPSILON, LDBL_MAX);
    for (i = 1; i <= 100; i++) s += 1.0L / ((long double)i * i);
    printf("basel %.18Lf sqrt(6s) %.18Lf\n", s, sqrtl(6 * s));
    {
        long double x = 2.0L, y;
        y = sqrtl(x);
        printf("sqrtl %.20Lg y*y-2 %Lg\n", y, y * y - x);
        printf("expl(1) %.18Lg logl(10) %.18Lg powl %.18Lg\n", expl(a), logl(10.0L * a), powl(b, 0.5L * a));
    }
    {
        long long big = 9007199254740993LL;
        long double ld = (long double)big;
        printf("ll->ld %.1Lf back %lld\n", ld, (long long)ld);
        printf("cmp %d %d\n", (long double)1.0 == a, third * 3 == a);
    }
    printf("mixed %Lg %g\n", third + 0.5, (double)(third * 2));
    return 0;
}
