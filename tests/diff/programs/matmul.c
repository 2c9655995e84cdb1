/* Integer and double matrix multiply, transpose, determinant by elimination. */
#include <stdio.h>

#define N 40
static int ai[N][N], bi[N][N], ci[N][N];
static double ad[N][N], bd[N][N], cd[N][N];

int main(void)
{
    int i, j, k;
    unsigned chk = 0;
    double tr = 0, fro = 0;
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) {
            ai[i][j] = (i * 7 + j * 3) % 19 - 9;
            bi[i][j] = (i * j + 5) % 23 - 11;
            ad[i][j] = (double)((i + 1) * (j + 2) % 17) / 8.0 - 1.0;
            bd[i][j] = (i == j) ? 2.0 : 1.0 / (double)(i + j + 1);
        }
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) {
            int s = 0;
            for (k = 0; k < N; k++)
                s += ai[i][k] * bi[k][j];
            ci[i][j] = s;
            chk = chk * 31 + (unsigned)s;
        }
    printf("int matmul chk %08x c[0][0]=%d c[%d][%d]=%d\n", chk, ci[0][0], N - 1, N - 1, ci[N - 1][N - 1]);
    for (i = 0; i < N; i++)
        for (j = 0; j < N; j++) {
            double s = 0;
            for (k = 0; k < N; k++)
                s += ad[i][k] * bd[k][j];
            cd[i][j] = s;
        }
    for (i = 0; i < N; i++) {
        tr += cd[i][i];
        for (j = 0; j < N; j++)
            fro += cd[i][j] * cd[i][j];
    }
    printf("double matmul trace %.17g fro2 %.17g c[3][5]=%a\n", tr, fro, cd[3][5]);
    /* determinant of bd via Gaussian elimination with partial pivoting */
    {
        static double m[N][N];
        double det = 1;
        for (i = 0; i < N; i++)
            for (j = 0; j < N; j++)
                m[i][j] = bd[i][j];
        for (k = 0; k < N; k++) {
            int piv = k;
            for (i = k + 1; i < N; i++)
                if ((m[i][k] < 0 ? -m[i][k] : m[i][k]) > (m[piv][k] < 0 ? -m[piv][k] : m[piv][k]))
                    piv = i;
            if (piv != k) {
                for (j = 0; j < N; j++) { double t = m[k][j]; m[k][j] = m[piv][j]; m[piv][j] = t; }
                det = -det;
            }
            det *= m[k][k];
            for (i = k + 1; i < N; i++) {
                double f = m[i][k] / m[k][k];
                for (j = k; j < N; j++)
                    m[i][j] -= f * m[k][j];
            }
        }
        printf("det %.17g\n", det);
    }
    /* transpose in place and check symmetry of A*A^T */
    {
        long long sym = 0;
        for (i = 0; i < N; i++)
            for (j = 0; j < N; j++) {
                long long s = 0;
                for (k = 0; k < N; k++)
                    s += (long long)ai[i][k] * ai[j][k];
                sym += (i < j) ? s : -s;
            }
        printf("sym test %lld\n", sym);
    }
    return 0;
}
