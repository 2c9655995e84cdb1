/* Floating-point exception flags via fenv.h. */
#include <stdio.h>
#include <fenv.h>
#include <math.h>

static volatile double zero = 0.0, one = 1.0, three = 3.0, big = 1e308, tiny = 1e-308;

static void show(const char *what)
{
    int f = fetestexcept(FE_ALL_EXCEPT);
    printf("%-14s divbyzero %d inexact %d invalid %d overflow %d underflow %d\n", what,
           (f & FE_DIVBYZERO) != 0, (f & FE_INEXACT) != 0, (f & FE_INVALID) != 0,
           (f & FE_OVERFLOW) != 0, (f & FE_UNDERFLOW) != 0);
}

int main(void)
{
    volatile double r;
    fexcept_t saved;

    feclearexcept(FE_ALL_EXCEPT);
    show("clear");
    r = one / zero;
    show("1/0");
    feclearexcept(FE_ALL_EXCEPT);
    r = one / three;
    show("1/3");
    feclearexcept(FE_ALL_EXCEPT);
    r = one + one;
    show("1+1");
    feclearexcept(FE_ALL_EXCEPT);
    r = zero / zero;
    show("0/0");
    feclearexcept(FE_ALL_EXCEPT);
    r = big * big;
    show("big*big");
    feclearexcept(FE_ALL_EXCEPT);
    r = tiny * tiny;
    show("tiny*tiny");
    feclearexcept(FE_ALL_EXCEPT);
    r = sqrt(-one);
    show("sqrt(-1)");
    feclearexcept(FE_ALL_EXCEPT);
    r = (double)(int)(three * 1.5);
    show("int conv");
    feclearexcept(FE_ALL_EXCEPT);
    r = one / zero;
    r = one / three;
    show("accumulate");
    fegetexceptflag(&saved, FE_ALL_EXCEPT);
    feclearexcept(FE_ALL_EXCEPT);
    show("cleared");
    fesetexceptflag(&saved, FE_DIVBYZERO);
    show("restored dbz");
    feclearexcept(FE_ALL_EXCEPT);
    feraiseexcept(FE_INVALID);
    show("raise invalid");
    feclearexcept(FE_INVALID);
    show("clear invalid");
    {
        fenv_t env;
        feclearexcept(FE_ALL_EXCEPT);
        fesetround(FE_UPWARD);
        fegetenv(&env);
        fesetround(FE_TONEAREST);
        r = one / three;
        show("before setenv");
        fesetenv(&env);
        printf("round restored upward %d\n", fegetround() == FE_UPWARD);
        show("after setenv");
        fesetround(FE_TONEAREST);
    }
    (void)r;
    return 0;
}
