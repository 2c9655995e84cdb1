/* Open-addressing and chained hash tables with string keys, resize and delete. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry { char *key; int value; struct entry *next; };
struct chained { struct entry **b; unsigned nb, count; };

static unsigned hash_str(const char *s)
{
    unsigned h = 5381;
    while (*s) h = h * 33 ^ (unsigned char)*s++;
    return h;
}

static void ch_resize(struct chained *t, unsigned nb)
{
    struct entry **nbk = calloc(nb, sizeof *nbk);
    unsigned i;
    for (i = 0; i < t->nb; i++) {
        struct entry *e = t->b[i], *nx;
        for (; e; e = nx) {
            unsigned k = hash_str(e->key) % nb;
            nx = e->next; e->next = nbk[k]; nbk[k] = e;
        }
    }
    free(t->b); t->b = nbk; t->nb = nb;
}

static void ch_put(struct chained *t, const char *key, int v)
{
    unsigned k;
    struct entry *e;
    if (t->count >= t->nb * 2) ch_resize(t, t->nb * 2 + 1);
    k = hash_str(key) % t->nb;
    for (e = t->b[k]; e; e = e->next)
        if (!strcmp(e->key, key)) { e->value += v; return; }
    e = malloc(sizeof *e);
    e->key = malloc(strlen(key) + 1);
    strcpy(e->key, key);
    e->value = v; e->next = t->b[k]; t->b[k] = e; t->count++;
}

static int ch_get(struct chained *t, const char *key, int *out)
{
    struct entry *e;
    for (e = t->b[hash_str(key) % t->nb]; e; e = e->next)
        if (!strcmp(e->key, key)) { *out = e->value; return 1; }
    return 0;
}

static int ch_del(struct chained *t, const char *key)
{
    struct entry **pp = &t->b[hash_str(key) % t->nb];
    for (; *pp; pp = &(*pp)->next)
        if (!strcmp((*pp)->key, key)) {
            struct entry *d = *pp; *pp = d->next; free(d->key); free(d); t->count--; return 1;
        }
    return 0;
}

/* open addressing with linear probing on integer keys */
#define OA_SIZE 4096
static int oa_keys[OA_SIZE], oa_vals[OA_SIZE];
static char oa_used[OA_SIZE];

static void oa_put(int key, int val)
{
    unsigned i = ((unsigned)key * 2654435761u) >> 20;
    while (oa_used[i] && oa_keys[i] != key) i = (i + 1) & (OA_SIZE - 1);
    oa_used[i] = 1; oa_keys[i] = key; oa_vals[i] = val;
}
static int oa_get(int key, int def)
{
    unsigned i = ((unsigned)key * 2654435761u) >> 20;
    while (oa_used[i]) { if (oa_keys[i] == key) return oa_vals[i]; i = (i + 1) & (OA_SIZE - 1); }
    return def;
}

int main(void)
{
    struct chained t = { NULL, 0, 0 };
    char key[32];
    int i, v, found = 0, total = 0;
    unsigned j;
    t.b = calloc(7, sizeof *t.b); t.nb = 7;
    for (i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "k%d", (i * 37) % 1700);
        ch_put(&t, key, i);
    }
    printf("count %u buckets %u\n", t.count, t.nb);
    for (i = 0; i < 1700; i += 3) {
        snprintf(key, sizeof key, "k%d", i);
        found += ch_del(&t, key);
    }
    printf("deleted %d count %u\n", found, t.count);
    for (i = 0; i < 1800; i += 50) {
        snprintf(key, sizeof key, "k%d", i);
        if (ch_get(&t, key, &v)) printf("%s=%d ", key, v); else printf("%s=- ", key);
    }
    printf("\n");
    for (j = 0; j < t.nb; j++) {
        struct entry *e;
        for (e = t.b[j]; e; e = e->next) total += e->value;
    }
    printf("total %d\n", total);
    for (i = 0; i < 3000; i++) oa_put(i * 7 - 5000, i);
    for (i = 0; i < 3000; i += 250) printf("oa %d -> %d\n", i * 7 - 5000, oa_get(i * 7 - 5000, -1));
    printf("oa missing %d\n", oa_get(1, -1));
    for (j = 0; j < t.nb; j++) {
        struct entry *e = t.b[j], *nx;
        for (; e; e = nx) { nx = e->next; free(e->key); free(e); }
    }
    free(t.b);
    return 0;
}
