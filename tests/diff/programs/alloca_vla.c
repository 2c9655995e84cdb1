/* alloca and variable-length arrays, including VLAs in loops and 2-D VLAs. */
#include <stdio.h>
#include <alloca.h>
#include <string.h>

static int vla_sum(int n)
{
    int a[n];
    int i, s = 0;
    for (i = 0; i < n; i++) a[i] = i * i - n;
    for (i = 0; i < n; i++) s += a[i];
    return s;
}

static long matrix_trace(int rows, int cols)
{
    long m[rows][cols];
    long t = 0;
    int i, j;
    for (i = 0; i < rows; i++)
        for (j = 0; j < cols; j++)
            m[i][j] = (long)i * cols + j;
    for (i = 0; i < rows && i < cols; i++) t += m[i][i];
    return t + (long)sizeof m;
}

static void fill2d(int n, int m, double a[n][m])
{
    int i, j;
    for (i = 0; i < n; i++)
        for (j = 0; j < m; j++)
            a[i][j] = i + j / 10.0;
}

static unsigned alloca_chain(int depth)
{
    char *p;
    unsigned h = 0;
    int i, n = 100 + depth * 37;
    if (depth == 0) return 1;
    p = alloca((size_t)n);
    memset(p, depth, (size_t)n);
    for (i = 0; i < n; i++) h = h * 7 + (unsigned char)p[i];
    return h ^ alloca_chain(depth - 1);
}

static int align_check(void)
{
    int ok = 1, i;
    for (i = 1; i < 40; i += 3) {
        double *d = alloca(sizeof(double) * (size_t)i);
        char *c = alloca((size_t)i);
        d[0] = i;
        c[0] = (char)i;
        if (((unsigned long)d & 7) != 0) ok = 0;
        ok &= (d[0] == i) && (c[0] == i);
    }
    return ok;
}

int main(void)
{
    int n;
    for (n = 1; n <= 200; n *= 3)
        printf("vla_sum(%d)=%d\n", n, vla_sum(n));
    printf("trace %ld %ld\n", matrix_trace(5, 7), matrix_trace(30, 20));
    {
        int r = 6, c = 4, i;
        double grid[r][c];
        double s = 0;
        fill2d(r, c, grid);
        for (i = 0; i < r; i++) s += grid[i][c - 1];
        printf("grid sum %g sizeof %u\n", s, (unsigned)sizeof grid);
    }
    printf("alloca_chain %08x\n", alloca_chain(20));
    printf("align ok %d\n", align_check());
    for (n = 0; n < 5; n++) {
        char name[n + 8];
        snprintf(name, sizeof name, "loop%d-%d", n, n * n);
        printf("%s (%u)\n", name, (unsigned)sizeof name);
    }
    return 0;
}
