/* malloc-heavy singly and doubly linked lists: insert, reverse, sort, delete. */
#include <stdio.h>
#include <stdlib.h>

struct node { int val; struct node *next; };
struct dnode { long long key; struct dnode *prev, *next; char payload[13]; };

static struct node *push(struct node *h, int v)
{
    struct node *n = malloc(sizeof *n);
    if (!n) { printf("oom\n"); exit(1); }
    n->val = v;
    n->next = h;
    return n;
}

static struct node *reverse(struct node *h)
{
    struct node *prev = NULL;
    while (h) {
        struct node *nx = h->next;
        h->next = prev;
        prev = h;
        h = nx;
    }
    return prev;
}

static struct node *merge(struct node *a, struct node *b)
{
    struct node head, *t = &head;
    while (a && b) {
        if (a->val <= b->val) { t->next = a; a = a->next; }
        else { t->next = b; b = b->next; }
        t = t->next;
    }
    t->next = a ? a : b;
    return head.next;
}

static struct node *msort(struct node *h)
{
    struct node *slow, *fast, *mid;
    if (!h || !h->next)
        return h;
    slow = h; fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    mid = slow->next;
    slow->next = NULL;
    return merge(msort(h), msort(mid));
}

static unsigned checksum(const struct node *h, int *count)
{
    unsigned s = 0;
    *count = 0;
    for (; h; h = h->next) { s = s * 31 + (unsigned)h->val; (*count)++; }
    return s;
}

int main(void)
{
    struct node *l = NULL, **pp;
    struct dnode *dh = NULL, *dt = NULL, *d;
    int i, cnt;
    unsigned x = 7;

    for (i = 0; i < 3000; i++) {
        x = x * 69069u + 1;
        l = push(l, (int)(x >> 16) - 32768);
    }
    printf("initial %08x n=%d\n", checksum(l, &cnt), cnt);
    l = reverse(l);
    printf("reversed %08x n=%d\n", checksum(l, &cnt), cnt);
    l = msort(l);
    printf("sorted %08x n=%d first=%d\n", checksum(l, &cnt), cnt, l->val);
    /* delete all negatives */
    for (pp = &l; *pp;) {
        if ((*pp)->val < 0) { struct node *dead = *pp; *pp = dead->next; free(dead); }
        else pp = &(*pp)->next;
    }
    printf("nonneg %08x n=%d first=%d\n", checksum(l, &cnt), cnt, l->val);
    while (l) { struct node *n = l->next; free(l); l = n; }

    for (i = 0; i < 500; i++) {
        d = calloc(1, sizeof *d);
        d->key = (long long)i * i * 1000003LL;
        snprintf(d->payload, sizeof d->payload, "item%d", i);
        d->prev = dt;
        if (dt) dt->next = d; else dh = d;
        dt = d;
    }
    /* remove every third node */
    for (d = dh, i = 0; d; i++) {
        struct dnode *nx = d->next;
        if (i % 3 == 0) {
            if (d->prev) d->prev->next = d->next; else dh = d->next;
            if (d->next) d->next->prev = d->prev; else dt = d->prev;
            free(d);
        }
        d = nx;
    }
    {
        long long ks = 0;
        int n = 0;
        for (d = dt; d; d = d->prev) { ks ^= d->key + n; n++; }
        printf("dlist n=%d ks=%lld head=%s tail=%s\n", n, ks, dh->payload, dt->payload);
    }
    while (dh) { d = dh->next; free(dh); dh = d; }
    return 0;
}
