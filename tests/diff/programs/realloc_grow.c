/* realloc growth/shrink patterns, dynamic string builder, many small allocs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sb { char *p; size_t len, cap; };

static void sb_add(struct sb *s, const char *t)
{
    size_t n = strlen(t);
    if (s->len + n + 1 > s->cap) {
        size_t nc = s->cap ? s->cap : 4;
        while (nc < s->len + n + 1)
            nc = nc * 3 / 2 + 1;
        s->p = realloc(s->p, nc);
        if (!s->p) { printf("oom\n"); exit(1); }
        s->cap = nc;
    }
    memcpy(s->p + s->len, t, n + 1);
    s->len += n;
}

static unsigned hashbuf(const void *p, size_t n)
{
    const unsigned char *b = p;
    unsigned h = 2166136261u;
    while (n--) { h ^= *b++; h *= 16777619u; }
    return h;
}

int main(void)
{
    struct sb s = { NULL, 0, 0 };
    int *arr = NULL;
    size_t n = 0, cap = 0, i;
    char tmp[32];
    void *blocks[256];
    unsigned total = 0;

    for (i = 0; i < 2000; i++) {
        snprintf(tmp, sizeof tmp, "%u,", (unsigned)(i * i % 977));
        sb_add(&s, tmp);
    }
    printf("sb len %u hash %08x tail %s\n", (unsigned)s.len, hashbuf(s.p, s.len), s.p + s.len - 12);
    /* shrink */
    s.p = realloc(s.p, 100);
    s.p[99] = 0;
    printf("shrunk %s\n", s.p + 80);
    free(s.p);

    for (i = 0; i < 50000; i++) {
        if (n == cap) {
            cap = cap ? cap * 2 : 1;
            arr = realloc(arr, cap * sizeof *arr);
        }
        arr[n++] = (int)(i ^ (i >> 3));
    }
    printf("array n %u cap %u hash %08x\n", (unsigned)n, (unsigned)cap, hashbuf(arr, n * sizeof *arr));
    arr = realloc(arr, 10 * sizeof *arr);
    printf("after shrink %d %d %d\n", arr[0], arr[5], arr[9]);
    free(arr);

    /* fragmentation churn with varying sizes */
    memset(blocks, 0, sizeof blocks);
    for (i = 0; i < 20000; i++) {
        size_t k = (i * 7919) % 256;
        size_t sz = (i * 31) % 700 + 1;
        if (blocks[k]) {
            total += ((unsigned char *)blocks[k])[0];
            free(blocks[k]);
            blocks[k] = NULL;
        } else {
            blocks[k] = malloc(sz);
            memset(blocks[k], (int)(i & 0xff), sz);
        }
        if (i % 5000 == 0 && blocks[(k + 1) % 256]) {
            blocks[(k + 1) % 256] = realloc(blocks[(k + 1) % 256], sz * 4);
        }
    }
    for (i = 0; i < 256; i++)
        free(blocks[i]);
    printf("churn total %u\n", total);
    {
        char *big = malloc(1 << 20);
        memset(big, 'x', 1 << 20);
        big = realloc(big, 3 << 20);
        memset(big + (1 << 20), 'y', 2 << 20);
        printf("big %c %c %08x\n", big[0], big[(3 << 20) - 1], hashbuf(big + 1000000, 100000));
        free(big);
    }
    return 0;
}
