/* Numerical algorithms in double: Kahan summation, Simpson integration, Newton, RK4, Horner. */
#include <stdio.h>
#include <math.h>

static double f1(double x) { return exp(-x * x); }
static double f2(double x) { return 1.0 / (1.0 + x * x); }

static double simpson(double (*f)(double), double a, double b, int n)
{
    double h = (b - a) / n, s = f(a) + f(b);
    int i;
    for (i = 1; i < n; i++) s += f(a + i * h) * (i & 1 ? 4 : 2);
    return s * h / 3;
}

static double horner(const double *c, int n, double x)
{
    double r = 0;
    int i;
    for (i = n - 1; i >= 0; i--) r = r * x + c[i];
    return r;
}

int main(void)
{
    int i;
    double naive = 0, kahan = 0, comp = 0;
    for (i = 0; i < 100000; i++) {
        double v = 0.1 + i * 1e-9;
        double y = v - comp, t = kahan + y;
        naive += v;
        comp = (t - kahan) - y;
        kahan = t;
    }
    printf("naive %.17g kahan %.17g\n", naive, kahan);
    printf("simpson exp(-x^2) [0,3] %.17g\n", simpson(f1, 0, 3, 1000));
    printf("simpson 4/(1+x^2) [0,1] %.17g\n", 4 * simpson(f2, 0, 1, 500));
    {
        /* Newton for cube root of 10 and root of cos(x) - x */
        double x = 2;
        for (i = 0; i < 8; i++) x -= (x * x * x - 10) / (3 * x * x);
        printf("cbrt(10) newton %.17g\n", x);
        x = 1;
        for (i = 0; i < 8; i++) x -= (cos(x) - x) / (-sin(x) - 1);
        printf("cos fixed point %.17g\n", x);
    }
    {
        /* RK4 for y' = -2ty, y(0)=1 up to t=2 */
        double t = 0, y = 1, h = 0.01;
        for (i = 0; i < 200; i++) {
            double k1 = -2 * t * y, k2 = -2 * (t + h / 2) * (y + h / 2 * k1);
            double k3 = -2 * (t + h / 2) * (y + h / 2 * k2), k4 = -2 * (t + h) * (y + h * k3);
            y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
            t += h;
        }
        printf("rk4 y(2) %.17g exact %.17g\n", y, exp(-4.0));
    }
    {
        static const double c[] = { 1, -3, 0.5, 2, -0.25, 0.125 };
        for (i = -2; i <= 2; i++) printf("poly(%d) %.17g\n", i, horner(c, 6, i * 0.75));
    }
    {
        /* Leibniz and Wallis products */
        double pi1 = 0, pi2 = 1;
        for (i = 0; i < 20000; i++) pi1 += (i & 1 ? -4.0 : 4.0) / (2 * i + 1);
        for (i = 1; i < 20000; i++) { double n = 4.0 * i * i; pi2 *= n / (n - 1); }
        printf("leibniz %.17g wallis %.17g\n", pi1, 2 * pi2);
    }
    return 0;
}
