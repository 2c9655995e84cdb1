/* Floating-point edge cases: NaN bit patterns, conversion saturation,
 * rounding modes and exception flags.
 *
 * Every value is printed as hex bits (and %a) so that NaN payloads and signs
 * are compared exactly.  Each operation lives in a noipa function so that
 * the compiler cannot move it across the fenv.h calls that read and clear
 * the flags (GCC does not model the FP status as a side effect). */
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define OP __attribute__((noipa))

static uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static double dfrom(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static float ffrom(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }

OP static double add(double a, double b) { return a + b; }
OP static double sub(double a, double b) { return a - b; }
OP static double mul(double a, double b) { return a * b; }
OP static double dvd(double a, double b) { return a / b; }
OP static double neg(double a) { return -a; }
OP static double dsqrt(double a) { return sqrt(a); }
OP static float addf(float a, float b) { return a + b; }
OP static float subf(float a, float b) { return a - b; }
OP static float mulf(float a, float b) { return a * b; }
OP static float dvdf(float a, float b) { return a / b; }
OP static float fsqrt(float a) { return sqrtf(a); }
OP static double f2d(float a) { return a; }
OP static float d2f(double a) { return (float)a; }
OP static long long d2i(double a) { return (int)a; }
OP static long long d2u(double a) { return (unsigned)a; }
OP static long long d2ll(double a) { return (long long)a; }
OP static long long d2ull(double a) { return (long long)(unsigned long long)a; }
OP static long long d2s(double a) { return (short)a; }
OP static long long f2i(float a) { return (int)a; }
OP static long long f2u(float a) { return (unsigned)a; }
OP static long long f2ll(float a) { return (long long)a; }
OP static long long f2ull(float a) { return (long long)(unsigned long long)a; }
OP static float i2f(int a) { return (float)a; }
OP static double i2d(int a) { return (double)a; }
OP static float u2f(unsigned a) { return (float)a; }
OP static double u2d(unsigned a) { return (double)a; }
OP static float ll2f(long long a) { return (float)a; }
OP static double ll2d(long long a) { return (double)a; }
OP static float ull2f(unsigned long long a) { return (float)a; }
OP static double ull2d(unsigned long long a) { return (double)a; }
OP static long long eq(double a, double b) { return a == b; }
OP static long long ne(double a, double b) { return a != b; }
OP static long long lt(double a, double b) { return a < b; }
OP static long long ge(double a, double b) { return a >= b; }
OP static long long lessq(double a, double b) { return isless(a, b); }
OP static long long unord(double a, double b) { return isunordered(a, b); }
OP static long long ltf(float a, float b) { return a < b; }
OP static long long eqf(float a, float b) { return a == b; }

static const char *flags(void)
{
    static char buf[8];
    int f = fetestexcept(FE_ALL_EXCEPT);
    buf[0] = (f & FE_INVALID) ? 'V' : '-';
    buf[1] = (f & FE_DIVBYZERO) ? 'Z' : '-';
    buf[2] = (f & FE_OVERFLOW) ? 'O' : '-';
    buf[3] = (f & FE_UNDERFLOW) ? 'U' : '-';
    buf[4] = (f & FE_INEXACT) ? 'I' : '-';
    buf[5] = 0;
    return buf;
}

/* Each printer reads the flags raised since the last printer, then clears them. */
static void pd(const char *what, double d)
{
    const char *f = flags();
    printf("%-22s %016llx %-24a %s\n", what, (unsigned long long)dbits(d), d, f);
    feclearexcept(FE_ALL_EXCEPT);
}

static void pf(const char *what, float x)
{
    const char *f = flags();
    printf("%-22s %08x %-16a %s\n", what, (unsigned)fbits(x), (double)x, f);
    feclearexcept(FE_ALL_EXCEPT);
}

static void pi(const char *what, long long v)
{
    const char *f = flags();
    printf("%-22s %016llx %s\n", what, (unsigned long long)v, f);
    feclearexcept(FE_ALL_EXCEPT);
}

static void nan_ops(void)
{
    double inf = dvd(1.0, 0.0);
    float finf = dvdf(1.0f, 0.0f);
    /* PA-RISC 1.x: a NaN whose fraction MSB is clear is quiet, set is signalling. */
    double q1 = dfrom(0x7ff4000000000123ull), q2 = dfrom(0xfff0000000000456ull);
    double s1 = dfrom(0x7ff8000000000789ull), s2 = dfrom(0xfffc000000000abcull);
    float fq = ffrom(0x7fa00123u), fs = ffrom(0x7fc00456u), fq2 = ffrom(0xff800001u);

    feclearexcept(FE_ALL_EXCEPT);
    printf("-- NaN results\n");
    pd("0/0", dvd(0.0, 0.0));
    pd("inf-inf", sub(inf, inf));
    pd("0*inf", mul(0.0, inf));
    pd("inf/inf", dvd(inf, inf));
    pd("-inf+inf", add(neg(inf), inf));
    pd("sqrt(-1)", dsqrt(-1.0));
    pd("sqrt(-0)", dsqrt(-0.0));
    pf("f 0/0", dvdf(0.0f, 0.0f));
    pf("f inf-inf", subf(finf, finf));
    pf("f 0*inf", mulf(0.0f, finf));
    pf("f sqrt(-1)", fsqrt(-1.0f));
    printf("-- NaN propagation\n");
    pd("q1+1", add(q1, 1.0));
    pd("1+q1", add(1.0, q1));
    pd("q1+q2", add(q1, q2));
    pd("q2+q1", add(q2, q1));
    pd("q2*1", mul(q2, 1.0));
    pd("1/q2", dvd(1.0, q2));
    pd("s1+1", add(s1, 1.0));
    pd("1-s2", sub(1.0, s2));
    pd("q1+s1", add(q1, s1));
    pd("s2*q2", mul(s2, q2));
    pd("q1/s2", dvd(q1, s2));
    pd("s1-s2", sub(s1, s2));
    pd("inf*q1", mul(inf, q1));
    pd("sqrt(q2)", dsqrt(q2));
    pd("sqrt(s1)", dsqrt(s1));
    pd("-q1", neg(q1));
    pd("fabs(q2)", fabs(q2));
    pd("-s1", neg(s1));
    pf("fq+1", addf(fq, 1.0f));
    pf("fs+1", addf(fs, 1.0f));
    pf("1*fq2", mulf(1.0f, fq2));
    pf("fq2-fq", subf(fq2, fq));
    pf("fs/fq", dvdf(fs, fq));
    pf("sqrtf(fq2)", fsqrt(fq2));
    printf("-- NaN conversions\n");
    pd("(double)fq", f2d(fq));
    pd("(double)fs", f2d(fs));
    pd("(double)fq2", f2d(fq2));
    pf("(float)q1", d2f(q1));
    pf("(float)q2", d2f(q2));
    pf("(float)s1", d2f(s1));
    pf("(float)s2", d2f(s2));
    pf("(float)0x7ff4..01", d2f(dfrom(0x7ff4000000000001ull)));
    pf("(float)0x7ff0..01", d2f(dfrom(0x7ff0000000000001ull)));
    printf("-- NaN compares\n");
    pi("q1==q1", eq(q1, q1));
    pi("q1!=1", ne(q1, 1.0));
    pi("q1<1", lt(q1, 1.0));
    pi("q1>=1", ge(q1, 1.0));
    pi("s1==1", eq(s1, 1.0));
    pi("s1!=s1", ne(s1, s1));
    pi("isless(q1,1)", lessq(q1, 1.0));
    pi("isless(s1,1)", lessq(s1, 1.0));
    pi("isunordered(q1,1)", unord(q1, 1.0));
    pi("isunordered(1,2)", unord(1.0, 2.0));
    pi("f fq<1", ltf(fq, 1.0f));
    pi("f fs==1", eqf(fs, 1.0f));
    pi("f fq==fq", eqf(fq, fq));
    pi("-0==0", eq(-0.0, 0.0));
    pi("-inf<inf", lt(neg(inf), inf));
    feclearexcept(FE_ALL_EXCEPT);
}

static void conversions(void)
{
    static const double dv[] = {1e10, -1e10, 3e9, -3e9, 2147483647.5, 2147483648.0,
                                -2147483648.5, -2147483649.0, 1e19, -1e19, 1.8e19, 9.3e18,
                                9.2233720368547758e18, -9.2233720368547758e18, -0.75, -1.5,
                                2.5, -2.5, 0.0, -0.0, 4294967295.7, 4294967296.0, 65535.9,
                                -32768.9};
    static const float fv[] = {1e10f, -1e10f, 3e9f, -3e9f, 2147483648.0f, -2147483904.0f,
                               1e19f, -1e19f, -0.75f, 2.5f, 4294967296.0f, 1.5e19f,
                               9.2233720e18f, -9.2233720e18f};
    double inf = dvd(1.0, 0.0), nan = dfrom(0x7ff4000000000000ull);
    double snan = dfrom(0x7ff8000000000000ull);
    float finf = dvdf(1.0f, 0.0f), fnan = ffrom(0x7fa00000u);
    unsigned i;
    char name[48];

    feclearexcept(FE_ALL_EXCEPT);
    printf("-- double to integer\n");
    for (i = 0; i < sizeof dv / sizeof dv[0]; i++) {
        double x = dv[i];
        snprintf(name, sizeof name, "(int)%.17g", x);
        pi(name, d2i(x));
        snprintf(name, sizeof name, "(uns)%.17g", x);
        pi(name, d2u(x));
        snprintf(name, sizeof name, "(ll)%.17g", x);
        pi(name, d2ll(x));
        snprintf(name, sizeof name, "(ull)%.17g", x);
        pi(name, d2ull(x));
        snprintf(name, sizeof name, "(short)%.17g", x);
        pi(name, d2s(x));
    }
    pi("(int)inf", d2i(inf));
    pi("(int)-inf", d2i(neg(inf)));
    pi("(int)nan", d2i(nan));
    pi("(int)-nan", d2i(neg(nan)));
    pi("(int)snan", d2i(snan));
    pi("(uns)nan", d2u(nan));
    pi("(uns)-inf", d2u(neg(inf)));
    pi("(ll)nan", d2ll(nan));
    pi("(ll)-inf", d2ll(neg(inf)));
    pi("(ull)inf", d2ull(inf));
    pi("(ull)nan", d2ull(nan));
    printf("-- float to integer\n");
    for (i = 0; i < sizeof fv / sizeof fv[0]; i++) {
        float x = fv[i];
        snprintf(name, sizeof name, "f(int)%.9g", (double)x);
        pi(name, f2i(x));
        snprintf(name, sizeof name, "f(uns)%.9g", (double)x);
        pi(name, f2u(x));
        snprintf(name, sizeof name, "f(ll)%.9g", (double)x);
        pi(name, f2ll(x));
        snprintf(name, sizeof name, "f(ull)%.9g", (double)x);
        pi(name, f2ull(x));
    }
    pi("f(int)inf", f2i(finf));
    pi("f(int)nan", f2i(fnan));
    pi("f(ll)nan", f2ll(fnan));
    pi("f(ull)-inf", f2ull(-finf));
    printf("-- integer to float\n");
    pf("(float)16777217", i2f(16777217));
    pd("(double)-2147483647", i2d(-2147483647));
    pf("(float)-2147483647", i2f(-2147483647));
    pf("(float)4294967295u", u2f(4294967295u));
    pd("(double)4294967295u", u2d(4294967295u));
    pd("(double)2^62+1", ll2d((1LL << 62) + 1));
    pf("(float)2^62+1", ll2f((1LL << 62) + 1));
    pd("(double)-(2^60+3)", ll2d(-((1LL << 60) + 3)));
    pd("(double)ull max", ull2d(18446744073709551615ull));
    pf("(float)ull max", ull2f(18446744073709551615ull));
    pd("(double)2^63+1025", ull2d((1ull << 63) + 1025));
    pd("(double)2^63+1024", ull2d((1ull << 63) + 1024));
    feclearexcept(FE_ALL_EXCEPT);
}

static void rounding(void)
{
    static const int modes[] = {FE_TONEAREST, FE_TOWARDZERO, FE_UPWARD, FE_DOWNWARD};
    static const char *const names[] = {"nearest", "zero", "up", "down"};
    unsigned m;

    for (m = 0; m < 4; m++) {
        fesetround(modes[m]);
        feclearexcept(FE_ALL_EXCEPT);
        printf("-- rounding %s (fegetround ok %d)\n", names[m], fegetround() == modes[m]);
        pd("1/3", dvd(1.0, 3.0));
        pd("-1/3", dvd(-1.0, 3.0));
        pd("2/3", dvd(2.0, 3.0));
        pd("-2/3", dvd(-2.0, 3.0));
        pf("f 1/3", dvdf(1.0f, 3.0f));
        pf("f -1/3", dvdf(-1.0f, 3.0f));
        pf("f 2/3", dvdf(2.0f, 3.0f));
        pd("big*10", mul(1e308, 10.0));
        pd("-big*10", mul(-1e308, 10.0));
        pf("fbig*10", mulf(3e38f, 10.0f));
        pd("1/tiny", dvd(1.0, 1e-310));
        pd("tiny*tiny", mul(1e-308, 1e-308));
        pd("-tiny*tiny", mul(-1e-308, 1e-308));
        pd("1+2^-60", add(1.0, 0x1p-60));
        pd("1-2^-60", sub(1.0, 0x1p-60));
        pd("-1-2^-60", sub(-1.0, 0x1p-60));
        pd("1-1", sub(1.0, 1.0));
        pd("-1+1", add(-1.0, 1.0));
        pd("sqrt(2)", dsqrt(2.0));
        pf("sqrtf(2)", fsqrt(2.0f));
        pf("(float)0.1", d2f(0.1));
        pf("(float)-0.1", d2f(-0.1));
        pf("(float)1e39", d2f(1e39));
        pf("(float)1e-46", d2f(1e-46));
        pd("rint(2.5)", rint(2.5));
        pd("rint(-2.5)", rint(-2.5));
        pd("rint(3.5)", rint(3.5));
        pd("nearbyint(2.5)", nearbyint(2.5));
        pi("lrint(2.5)", lrint(2.5));
        pi("lrint(-2.5)", lrint(-2.5));
        pi("llrint(5e15+1.5)", llrint(5e15 + 1.5));
        pi("(int)2.7", d2i(2.7));
        pi("(int)-2.7", d2i(-2.7));
        pd("(double)2^62+1", ll2d((1LL << 62) + 1));
        pd("(double)-(2^62+1)", ll2d(-((1LL << 62) + 1)));
        pf("(float)16777217", i2f(16777217));
        pf("(float)-16777217", i2f(-16777217));
        pd("(double)ull max", ull2d(18446744073709551615ull));
    }
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
}

static void flag_tests(void)
{
    double r;
    float fr;

    feclearexcept(FE_ALL_EXCEPT);
    printf("-- flags\n");
    pd("1/0", dvd(1.0, 0.0));
    pd("-1/0", dvd(-1.0, 0.0));
    pd("1/3", dvd(1.0, 3.0));
    pd("1+1", add(1.0, 1.0));
    pd("big*big", mul(1e308, 1e308));
    pd("tiny*tiny", mul(1e-308, 1e-308));
    pd("subnormal exact", mul(0x1p-1023, 0.5));
    pd("subnormal inexact", mul(0x1p-1060, 0x1.8p-20));
    pd("dmin*(1-2^-52)", mul(0x1.0000000000001p-1022, 0x1.ffffffffffffep-1));
    pf("fmin*(1-2^-23)", mulf(0x1.000002p-126f, 0x1.fffffcp-1f));
    pf("(float)tiny", d2f(1e-308));
    pf("(float)big", d2f(1e308));
    pf("(float)1/3", d2f(dvd(1.0, 3.0)));
    pf("(float)0x1.ffffffp-127", d2f(0x1.ffffffp-127));
    r = dvd(1.0, 0.0);
    r = dvd(1.0, 3.0);
    pd("accumulate", r);
    feraiseexcept(FE_OVERFLOW | FE_INEXACT);
    printf("raised O|I: %s\n", flags());
    feclearexcept(FE_INEXACT);
    printf("cleared I: %s\n", flags());
    feclearexcept(FE_ALL_EXCEPT);
    {
        fenv_t env;
        fegetenv(&env);
        r = dvd(0.0, 0.0);
        printf("after 0/0: %s\n", flags());
        fesetenv(&env);
        printf("after fesetenv: %s\n", flags());
        r = dvd(1.0, 3.0);
        feholdexcept(&env);
        printf("feholdexcept: %s\n", flags());
        r = dvd(1.0, 0.0);
        feupdateenv(&env);
        printf("feupdateenv: %s\n", flags());
        fr = mulf(1e30f, 1e30f);
        printf("f overflow: %s %08x\n", flags(), (unsigned)fbits(fr));
    }
    feclearexcept(FE_ALL_EXCEPT);
    (void)r;
}

int main(void)
{
    nan_ops();
    conversions();
    rounding();
    flag_tests();
    return 0;
}
