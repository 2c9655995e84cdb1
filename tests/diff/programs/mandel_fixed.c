/* Mandelbrot set in 16.16 fixed point (integer only) and in double; ASCII output. */
#include <stdio.h>

#define FIX(x) ((int)((x) * 65536))

static int iter_fixed(int cr, int ci, int maxit)
{
    int zr = 0, zi = 0, it;
    for (it = 0; it < maxit; it++) {
        long long zr2 = (long long)zr * zr >> 16, zi2 = (long long)zi * zi >> 16;
        if (zr2 + zi2 > FIX(4.0)) break;
        zi = (int)(((long long)zr * zi >> 15) + ci);
        zr = (int)(zr2 - zi2 + cr);
    }
    return it;
}

static int iter_double(double cr, double ci, int maxit)
{
    double zr = 0, zi = 0;
    int it;
    for (it = 0; it < maxit; it++) {
        double zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) break;
        zi = 2 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
    }
    return it;
}

int main(void)
{
    static const char shades[] = " .:-=+*#%@";
    int y, x;
    unsigned long sumf = 0, sumd = 0;
    for (y = 0; y < 24; y++) {
        for (x = 0; x < 64; x++) {
            int cr = FIX(-2.2) + x * (FIX(3.0) / 64);
            int ci = FIX(-1.2) + y * (FIX(2.4) / 24);
            int it = iter_fixed(cr, ci, 200);
            sumf += (unsigned long)it;
            putchar(shades[it >= 200 ? 9 : it % 9]);
        }
        putchar('\n');
    }
    for (y = 0; y < 40; y++)
        for (x = 0; x < 60; x++)
            sumd += (unsigned long)iter_double(-2.0 + x * 0.045, -1.0 + y * 0.05, 300);
    printf("fixed sum %lu double sum %lu\n", sumf, sumd);
    return 0;
}
