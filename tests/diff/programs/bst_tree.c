/* Binary search tree and AVL-balanced tree with malloc/free. */
#include <stdio.h>
#include <stdlib.h>

struct avl { int key, height, count; struct avl *l, *r; };

static int h(struct avl *n) { return n ? n->height : 0; }
static int mx(int a, int b) { return a > b ? a : b; }
static void upd(struct avl *n) { n->height = 1 + mx(h(n->l), h(n->r)); }

static struct avl *rot_r(struct avl *y)
{
    struct avl *x = y->l;
    y->l = x->r; x->r = y; upd(y); upd(x);
    return x;
}
static struct avl *rot_l(struct avl *x)
{
    struct avl *y = x->r;
    x->r = y->l; y->l = x; upd(x); upd(y);
    return y;
}
static struct avl *balance(struct avl *n)
{
    int b;
    upd(n);
    b = h(n->l) - h(n->r);
    if (b > 1) {
        if (h(n->l->l) < h(n->l->r)) n->l = rot_l(n->l);
        return rot_r(n);
    }
    if (b < -1) {
        if (h(n->r->r) < h(n->r->l)) n->r = rot_r(n->r);
        return rot_l(n);
    }
    return n;
}
static struct avl *insert(struct avl *n, int key)
{
    if (!n) {
        n = malloc(sizeof *n);
        n->key = key; n->height = 1; n->count = 1; n->l = n->r = NULL;
        return n;
    }
    if (key < n->key) n->l = insert(n->l, key);
    else if (key > n->key) n->r = insert(n->r, key);
    else { n->count++; return n; }
    return balance(n);
}
static struct avl *remove_min(struct avl *n, struct avl **min)
{
    if (!n->l) { *min = n; return n->r; }
    n->l = remove_min(n->l, min);
    return balance(n);
}
static struct avl *erase(struct avl *n, int key)
{
    if (!n) return NULL;
    if (key < n->key) n->l = erase(n->l, key);
    else if (key > n->key) n->r = erase(n->r, key);
    else {
        struct avl *l = n->l, *r = n->r, *m;
        free(n);
        if (!r) return l;
        r = remove_min(r, &m);
        m->l = l; m->r = r;
        return balance(m);
    }
    return balance(n);
}
static void walk(struct avl *n, unsigned *acc, int *cnt)
{
    if (!n) return;
    walk(n->l, acc, cnt);
    *acc = *acc * 131 + (unsigned)n->key * (unsigned)n->count;
    (*cnt)++;
    walk(n->r, acc, cnt);
}
static void destroy(struct avl *n)
{
    if (!n) return;
    destroy(n->l); destroy(n->r); free(n);
}

int main(void)
{
    struct avl *root = NULL;
    unsigned s = 1, acc;
    int i, cnt;
    for (i = 0; i < 5000; i++) {
        s = s * 1664525u + 1013904223u;
        root = insert(root, (int)(s >> 20));
    }
    acc = 0; cnt = 0; walk(root, &acc, &cnt);
    printf("after insert: nodes %d height %d acc %08x root %d\n", cnt, h(root), acc, root->key);
    for (i = 0; i < 4096; i += 3)
        root = erase(root, i);
    acc = 0; cnt = 0; walk(root, &acc, &cnt);
    printf("after erase: nodes %d height %d acc %08x\n", cnt, h(root), acc);
    for (i = 0; i < 100000; i += 7)
        root = insert(root, i);
    acc = 0; cnt = 0; walk(root, &acc, &cnt);
    printf("after seq insert: nodes %d height %d acc %08x\n", cnt, h(root), acc);
    destroy(root);
    return 0;
}
