/* Static and global initialisation: aggregates, designated initialisers, constructors. */
#include <stdio.h>
#include <string.h>

struct point { int x, y; };
struct shape { const char *name; int n; struct point pts[4]; double area; };

int g_int = 42;
int g_zero;
static long long g_ll = -1234567890123LL;
static const char g_str[] = "static string";
static const char *g_ptrs[] = { "zero", "one", "two", g_str };
static struct shape shapes[] = {
    { "square", 4, { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } }, 1.0 },
    { .name = "tri", .n = 3, .pts = { [2] = { 5, 5 }, [0] = { 0, 0 }, [1] = { 10, 0 } }, .area = 25.0 },
    { .name = "empty" },
};
static int sparse[100] = { [3] = 3, [50] = 50, [99] = 99 };
static int *ptr_to_global = &g_int;
static int (*fp_init)(const char *) = 0;
static unsigned char bytes[] = { 1, 2, 3, [10] = 0xff };
static double dtab[] = { 1.0 / 3.0, 2.5e-10, -0.0 };
static int ctor_order[4];
static int ctor_n;

__attribute__((constructor(101))) static void early(void) { ctor_order[ctor_n++] = 101; g_zero += 5; }
__attribute__((constructor(200))) static void late(void) { ctor_order[ctor_n++] = 200; g_zero *= 3; }
__attribute__((destructor)) static void at_end(void) { printf("destructor ran g_zero=%d\n", g_zero); }

static int counter(void)
{
    static int calls;
    static int initialised = 100;
    return ++calls + initialised++;
}

int main(void)
{
    int i, s = 0;
    printf("g_int %d g_zero %d g_ll %lld\n", g_int, g_zero, g_ll);
    printf("ctors %d: %d %d\n", ctor_n, ctor_order[0], ctor_order[1]);
    for (i = 0; i < 4; i++) printf("ptrs[%d]=%s\n", i, g_ptrs[i]);
    for (i = 0; i < 3; i++) {
        int k, px = 0;
        for (k = 0; k < 4; k++) px += shapes[i].pts[k].x * 10 + shapes[i].pts[k].y;
        printf("shape %s n=%d area=%g px=%d\n", shapes[i].name, shapes[i].n, shapes[i].area, px);
    }
    for (i = 0; i < 100; i++) s += sparse[i];
    printf("sparse sum %d sizeof bytes %u last %u\n", s, (unsigned)sizeof bytes, bytes[10]);
    printf("ptr_to_global %d fp_init null %d\n", *ptr_to_global, fp_init == 0);
    printf("dtab %.17g %g %g\n", dtab[0], dtab[1], dtab[2]);
    {
        int c1 = counter(), c2 = counter(), c3 = counter();
        printf("counter %d %d %d\n", c1, c2, c3);
    }
    *ptr_to_global = 7;
    printf("g_int now %d strlen %u\n", g_int, (unsigned)strlen(g_str));
    return 0;
}
