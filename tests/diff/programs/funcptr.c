/* Function pointers: dispatch tables, callbacks, pointers returned from functions. */
#include <stdio.h>

typedef int (*binop)(int, int);
typedef double (*unop)(double);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int maxi(int a, int b) { return a > b ? a : b; }
static int gcd(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a; }

static double half(double x) { return x / 2; }
static double sq(double x) { return x * x; }
static double neg(double x) { return -x; }

static const struct { const char *name; binop f; } ops[] = {
    { "add", add }, { "sub", sub }, { "mul", mul }, { "max", maxi }, { "gcd", gcd },
};

static binop lookup(char c)
{
    switch (c) {
    case '+': return add;
    case '-': return sub;
    case '*': return mul;
    default: return 0;
    }
}

static int fold(const int *a, int n, binop f, int init)
{
    int i;
    for (i = 0; i < n; i++) init = f(init, a[i]);
    return init;
}

static double compose(const unop *fs, int n, double x)
{
    int i;
    for (i = n - 1; i >= 0; i--) x = fs[i](x);
    return x;
}

static void for_each(int *a, int n, void (*cb)(int *, void *), void *ctx)
{
    int i;
    for (i = 0; i < n; i++) cb(&a[i], ctx);
}
static void accumulate(int *x, void *ctx) { *(long *)ctx += *x; *x *= 2; }

struct counter { int count; int (*step)(struct counter *); };
static int step1(struct counter *c) { return c->count += 1; }
static int step3(struct counter *c) { c->count += 3; if (c->count > 10) c->step = step1; return c->count; }

int main(void)
{
    int a[] = { 12, 18, 30, 42, 66 };
    unsigned i;
    const char *expr = "+-*?";
    unop chain[] = { half, sq, neg, sq };
    long total = 0;
    struct counter ctr = { 0, step3 };

    for (i = 0; i < sizeof ops / sizeof ops[0]; i++)
        printf("%s: f(84,36)=%d fold=%d\n", ops[i].name, ops[i].f(84, 36), fold(a, 5, ops[i].f, ops[i].f == mul ? 1 : 0));
    for (i = 0; expr[i]; i++) {
        binop f = lookup(expr[i]);
        if (f) printf("'%c' -> %d\n", expr[i], f(7, 5));
        else printf("'%c' -> none\n", expr[i]);
    }
    printf("compose %g %g\n", compose(chain, 4, 3.0), compose(chain + 2, 2, -1.5));
    for_each(a, 5, accumulate, &total);
    printf("total %ld a[4]=%d\n", total, a[4]);
    for (i = 0; i < 8; i++) printf("%d ", ctr.step(&ctr));
    printf("\n");
    {
        int (*table[3])(int, int) = { gcd, maxi, sub };
        int (*(*pt)[3])(int, int) = &table;
        printf("ptr-to-array %d %d %d\n", (*pt)[0](100, 75), (*pt)[1](-3, -9), (*pt)[2](1, 10));
    }
    return 0;
}
