/* Sorting algorithms compared: insertion, shell, heap, quick, merge, radix. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 3000
static int orig[N], work[N], tmp[N];
static long long comparisons;

static int less(int a, int b) { comparisons++; return a < b; }

static void insertion(int *a, int n)
{
    int i, j;
    for (i = 1; i < n; i++) {
        int v = a[i];
        for (j = i; j > 0 && less(v, a[j - 1]); j--) a[j] = a[j - 1];
        a[j] = v;
    }
}
static void shell(int *a, int n)
{
    int gap, i, j;
    for (gap = n / 2; gap > 0; gap /= 2)
        for (i = gap; i < n; i++) {
            int v = a[i];
            for (j = i; j >= gap && less(v, a[j - gap]); j -= gap) a[j] = a[j - gap];
            a[j] = v;
        }
}
static void sift(int *a, int i, int n)
{
    for (;;) {
        int c = 2 * i + 1, t;
        if (c >= n) return;
        if (c + 1 < n && less(a[c], a[c + 1])) c++;
        if (!less(a[i], a[c])) return;
        t = a[i]; a[i] = a[c]; a[c] = t; i = c;
    }
}
static void heap(int *a, int n)
{
    int i, t;
    for (i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
    for (i = n - 1; i > 0; i--) { t = a[0]; a[0] = a[i]; a[i] = t; sift(a, 0, i); }
}
static void quick(int *a, int lo, int hi)
{
    while (lo < hi) {
        int p = a[lo + (hi - lo) / 2], i = lo, j = hi, t;
        while (i <= j) {
            while (less(a[i], p)) i++;
            while (less(p, a[j])) j--;
            if (i <= j) { t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quick(a, lo, j); lo = i; } else { quick(a, i, hi); hi = j; }
    }
}
static void merge(int *a, int n)
{
    int m = n / 2, i = 0, j = m, k = 0;
    if (n < 2) return;
    merge(a, m); merge(a + m, n - m);
    while (i < m && j < n) tmp[k++] = less(a[j], a[i]) ? a[j++] : a[i++];
    while (i < m) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, (size_t)n * sizeof *a);
}
static void radix(int *a, int n)
{
    int shift, i;
    for (shift = 0; shift < 32; shift += 8) {
        int cnt[257];
        memset(cnt, 0, sizeof cnt);
        for (i = 0; i < n; i++) cnt[(((unsigned)a[i] ^ 0x80000000u) >> shift & 0xff) + 1]++;
        for (i = 0; i < 256; i++) cnt[i + 1] += cnt[i];
        for (i = 0; i < n; i++) tmp[cnt[((unsigned)a[i] ^ 0x80000000u) >> shift & 0xff]++] = a[i];
        memcpy(a, tmp, (size_t)n * sizeof *a);
    }
}

static void report(const char *name)
{
    unsigned h = 0;
    int i, ok = 1;
    for (i = 0; i < N; i++) { h = h * 131 + (unsigned)work[i]; if (i && work[i - 1] > work[i]) ok = 0; }
    printf("%-10s sorted=%d hash=%08x cmps=%lld min=%d max=%d\n", name, ok, h, comparisons, work[0], work[N - 1]);
}

int main(void)
{
    unsigned s = 42;
    int i;
    for (i = 0; i < N; i++) { s ^= s << 13; s ^= s >> 17; s ^= s << 5; orig[i] = (int)(s % 100000) - 50000; }
    memcpy(work, orig, sizeof work); comparisons = 0; insertion(work, N); report("insertion");
    memcpy(work, orig, sizeof work); comparisons = 0; shell(work, N); report("shell");
    memcpy(work, orig, sizeof work); comparisons = 0; heap(work, N); report("heap");
    memcpy(work, orig, sizeof work); comparisons = 0; quick(work, 0, N - 1); report("quick");
    memcpy(work, orig, sizeof work); comparisons = 0; merge(work, N); report("merge");
    memcpy(work, orig, sizeof work); comparisons = 0; radix(work, N); report("radix");
    /* already sorted and reversed inputs */
    comparisons = 0; insertion(work, N); report("presorted");
    for (i = 0; i < N / 2; i++) { int t = work[i]; work[i] = work[N - 1 - i]; work[N - 1 - i] = t; }
    comparisons = 0; quick(work, 0, N - 1); report("reversed");
    return 0;
}
